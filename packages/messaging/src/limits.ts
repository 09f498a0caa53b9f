/**
 * Checks content against a vendor's documented limits and kinds before anything is sent,
 * so a message the vendor would refuse (or cut) fails here with an error that names the
 * limit, not later as a 400 from the vendor or a silently shortened message.
 */
import { RequestValidationError } from '@parley/runtime'
import type { Content } from './content.js'
import type { ContentLimit } from './specification.js'

/** Content over one of the vendor's limits (too many choices, a text too long). Nothing was sent. */
export class ContentLimitError extends RequestValidationError {
  static override readonly kind: string = 'ContentLimitError'
  declare readonly vendor: string
  /** The content kind the limit applies to. */
  declare readonly contentKind: string
  /** Where in the content: `choices`, `choices[2].title`, `text`. */
  declare readonly path: string
  declare readonly maximum: number
  declare readonly actual: number
  /** What is counted: the characters of a text, or the items of a list. */
  declare readonly unit: 'characters' | 'items'
  /** Where the vendor documents the limit. */
  declare readonly source: string

  constructor(fields: {
    vendor: string
    contentKind: string
    path: string
    maximum: number
    actual: number
    unit: 'characters' | 'items'
    source: string
  }) {
    super({
      parameter: `content.${fields.path}`,
      message:
        `${fields.vendor} takes at most ${fields.maximum} ${fields.unit} in ${fields.contentKind} content's ` +
        `\`${fields.path}\` (${fields.source}); this one has ${fields.actual}. Nothing was sent.`,
    })
    Object.assign(this, fields)
  }
}

/** A content kind the adapter does not send (possible only from untyped code). Nothing was sent. */
export class UnsupportedContentError extends RequestValidationError {
  static override readonly kind: string = 'UnsupportedContentError'
  declare readonly vendor: string
  declare readonly contentKind: string

  constructor({
    vendor,
    contentKind,
    supported,
  }: { vendor: string; contentKind: string; supported: ReadonlyArray<string> }) {
    super({
      parameter: 'content.kind',
      message: `${vendor} cannot send ${JSON.stringify(contentKind)} content; it sends ${supported.join(', ')} (see chat.capabilities.content). Nothing was sent.`,
    })
    Object.assign(this, { vendor, contentKind })
  }
}

interface Measurement {
  readonly path: string
  readonly size: number
  readonly isText: boolean
}

/** Every value `path` reaches in `value` (`a[].b` visits each element of `a`), with its concrete path. */
function measure(value: unknown, segments: ReadonlyArray<string>, concretePath: string): Measurement[] {
  if (segments.length === 0) {
    // Characters as people count them (code points), not UTF-16 units.
    if (typeof value === 'string') return [{ path: concretePath, size: [...value].length, isText: true }]
    if (Array.isArray(value)) return [{ path: concretePath, size: value.length, isText: false }]
    return []
  }
  const [segment = '', ...rest] = segments
  const each = segment.endsWith('[]')
  const field = each ? segment.slice(0, -2) : segment
  const child = (value as Record<string, unknown> | null | undefined)?.[field]
  const childPath = concretePath ? `${concretePath}.${field}` : field
  if (!each) return measure(child, rest, childPath)
  if (!Array.isArray(child)) return []
  return child.flatMap((element, index) => measure(element, rest, `${childPath}[${index}]`))
}

/** Throws `UnsupportedContentError` or `ContentLimitError` when `content` cannot go out as it is. */
export function checkContent(
  vendor: string,
  sendable: ReadonlyArray<string>,
  limits: ReadonlyArray<ContentLimit>,
  content: Content,
): void {
  const kind = (content as { kind?: unknown } | null | undefined)?.kind
  if (typeof kind !== 'string' || !sendable.includes(kind))
    throw new UnsupportedContentError({ vendor, contentKind: String(kind), supported: sendable })
  for (const limit of limits) {
    if (limit.kind !== kind) continue
    for (const measurement of measure(content, limit.path.split('.'), '')) {
      if (measurement.size <= limit.maximum) continue
      throw new ContentLimitError({
        vendor,
        contentKind: kind,
        path: measurement.path,
        maximum: limit.maximum,
        actual: measurement.size,
        unit: measurement.isText ? 'characters' : 'items',
        source: limit.source,
      })
    }
  }
}

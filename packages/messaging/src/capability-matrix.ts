/**
 * The capability matrix and the content-kind table across every adapter, read from the
 * adapters themselves (for the docs portal, the README and the tests). Not exported from
 * the package index, so it never pulls all vendors into a bundle.
 */
import { CONTENT_KINDS, type ContentKind } from './content.js'
import { createMessaging } from './messaging.js'
import type { Capability, ContentLimit, MessagingAdapter } from './specification.js'

export interface VendorContent {
  readonly send: ReadonlyArray<ContentKind>
  readonly receive: ReadonlyArray<ContentKind>
  readonly droppedFields: Readonly<Record<string, ReadonlyArray<string>>>
  readonly limits: ReadonlyArray<ContentLimit>
}

export interface CapabilityMatrix {
  readonly operations: ReadonlyArray<Capability>
  /** Each vendor's operations. */
  readonly vendors: Readonly<Record<string, ReadonlyArray<Capability>>>
  readonly contentKinds: ReadonlyArray<ContentKind>
  /** What each vendor carries, its dropped fields and limits. */
  readonly content: Readonly<Record<string, VendorContent>>
  /** The content-kind x vendor table, one sentence per cell (the README and the portal show it). */
  readonly contentTable: Readonly<Record<ContentKind, Readonly<Record<string, string>>>>
}

async function loadAdapters(): Promise<MessagingAdapter[]> {
  const [botpress, khoros, mehery, avaamo] = await Promise.all([
    import('./adapters/botpress-messaging.js'),
    import('./adapters/khoros-flow.js'),
    import('./adapters/mehery-xms.js'),
    import('./adapters/avaamo.js'),
  ])
  // Credentials are not checked until a call is made, so placeholders describe each adapter.
  return [
    botpress.botpressMessaging({}),
    khoros.khorosFlow({}),
    mehery.meheryXms({ channelId: 'placeholder' }),
    avaamo.avaamo({ botId: 0 }),
  ] as unknown as MessagingAdapter[]
}

/** One cell of the content table: whether the vendor sends and receives the kind, what it drops, its limits. */
export function describeContentCell(kind: ContentKind, content: VendorContent): string {
  const sends = content.send.includes(kind)
  const receives = content.receive.includes(kind)
  if (!sends && !receives) return '—'
  const directions = sends && receives ? 'send, receive' : sends ? 'send' : 'receive'
  const dropped = sends ? (content.droppedFields[kind] ?? []) : []
  const limits = content.limits
    .filter((limit) => limit.kind === kind)
    .map((limit) => `\`${limit.path}\` ≤ ${limit.maximum}`)
  const notes = [...(dropped.length > 0 ? [`no ${dropped.map((field) => `\`${field}\``).join(', ')}`] : []), ...limits]
  return notes.length > 0 ? `${directions} (${notes.join('; ')})` : directions
}

export async function describeCapabilities(): Promise<CapabilityMatrix> {
  const { ALL_CAPABILITIES } = await import('./specification.js')
  const adapters = await loadAdapters()
  const vendors: Record<string, Capability[]> = {}
  const content: Record<string, VendorContent> = {}
  for (const adapter of adapters) {
    const chat = createMessaging(adapter)
    vendors[adapter.vendor] = ALL_CAPABILITIES.filter(
      (capability) => (chat.capabilities as Record<string, unknown>)[capability] === true,
    )
    content[adapter.vendor] = {
      send: [...adapter.content.send],
      receive: [...adapter.content.receive],
      droppedFields: Object.fromEntries(
        Object.entries(adapter.droppedFields as Record<string, ReadonlyArray<string>>).map(([kind, fields]) => [
          kind,
          [...fields],
        ]),
      ),
      limits: adapter.limits.map((limit) => ({ ...limit })),
    }
  }
  const contentTable = Object.fromEntries(
    CONTENT_KINDS.map((kind) => [
      kind,
      Object.fromEntries(
        Object.entries(content).map(([vendor, vendorContent]) => [vendor, describeContentCell(kind, vendorContent)]),
      ),
    ]),
  ) as Record<ContentKind, Record<string, string>>
  return { operations: [...ALL_CAPABILITIES], vendors, contentKinds: [...CONTENT_KINDS], content, contentTable }
}

/** The content table as Markdown, for the README. */
export function contentTableMarkdown(matrix: CapabilityMatrix): string {
  const vendorIds = Object.keys(matrix.content)
  const lines = [
    `| kind | ${vendorIds.join(' | ')} |`,
    `| --- | ${vendorIds.map(() => '---').join(' | ')} |`,
    ...matrix.contentKinds.map(
      (kind) =>
        `| \`${kind}\` | ${vendorIds.map((vendor) => matrix.contentTable[kind]?.[vendor] ?? '—').join(' | ')} |`,
    ),
  ]
  return lines.join('\n')
}

// The README's content table sits between these markers; what is between them is written
// by `pnpm --filter @parley/messaging capabilities`.
export const contentTableStart =
  '<!-- content-table: generated from the adapters by `pnpm --filter @parley/messaging capabilities`; do not edit -->'
export const contentTableEnd = '<!-- /content-table -->'

/** `readme` with its generated content table replaced by `table`. */
export function withContentTable(readme: string, table: string): string {
  const start = readme.indexOf(contentTableStart)
  const end = readme.indexOf(contentTableEnd)
  if (start === -1 || end < start) throw new Error('README.md: the content-table markers are missing')
  return `${readme.slice(0, start + contentTableStart.length)}\n${table}\n${readme.slice(end)}`
}

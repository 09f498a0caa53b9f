/**
 * URL building: path parameters percent-encoded (a Flow thread id `abc|o_1` travels as
 * `abc%7Co_1`), query parameters in OpenAPI's default style (form, exploded; objects as
 * deepObject), undefined values left out.
 */
const pathParameterPattern = /\{([^}]+)\}/g

export function serializePathValue(value: unknown): string {
  if (value instanceof Date) return encodeURIComponent(value.toISOString())
  if (Array.isArray(value)) return value.map((item) => encodeURIComponent(String(item))).join(',')
  return encodeURIComponent(String(value))
}

/**
 * A URL template split once: `parts` alternates literal text and parameter names
 * (`['/users/', 'id', '']`), `names` lists the parameters in order. Templates come from
 * generated code, so the cache holds one entry per operation; it stops growing at 1,000
 * in case a caller builds URLs on the fly.
 */
export interface CompiledTemplate {
  readonly parts: ReadonlyArray<string>
  readonly names: ReadonlyArray<string>
}

const compiledTemplates = new Map<string, CompiledTemplate>()

export function compileTemplate(template: string): CompiledTemplate {
  let compiled = compiledTemplates.get(template)
  if (!compiled) {
    const parts = template.split(pathParameterPattern)
    compiled = { parts, names: parts.filter((_part, index) => index % 2 === 1) }
    if (compiledTemplates.size < 1000) compiledTemplates.set(template, compiled)
  }
  return compiled
}

/** The path of a compiled template with its parameters filled in and percent-encoded. */
export function fillTemplate({ parts }: CompiledTemplate, path: Record<string, unknown> | undefined): string {
  let result = parts[0] as string
  for (let index = 1; index < parts.length; index += 2) result += serializePathValue(path?.[parts[index] as string]) + parts[index + 1]
  return result
}

export const fillPath = (template: string, path: Record<string, unknown> | undefined): string => fillTemplate(compileTemplate(template), path)

/** Path parameter names of a URL template, in order. */
export const pathParameterNames = (template: string): ReadonlyArray<string> => compileTemplate(template).names

function serializeScalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString()
  return String(value)
}

function appendQueryValue(parts: string[], key: string, value: unknown): void {
  if (value === undefined) return
  if (value === null) {
    parts.push(`${encodeURIComponent(key)}=`)
    return
  }
  if (Array.isArray(value)) {
    for (const item of value) appendQueryValue(parts, key, item)
    return
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [subKey, subValue] of Object.entries(value)) appendQueryValue(parts, `${key}[${subKey}]`, subValue)
    return
  }
  parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(serializeScalar(value))}`)
}

export function serializeQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return ''
  const parts: string[] = []
  for (const key in query) appendQueryValue(parts, key, query[key])
  return parts.join('&')
}

export function joinUrl(baseUrl: string, path: string): string {
  if (!baseUrl) return path
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl
  return path.startsWith('/') ? base + path : `${base}/${path}`
}

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

export function fillPath(template: string, path: Record<string, unknown> | undefined): string {
  if (!template.includes('{')) return template
  return template.replace(pathParameterPattern, (_match, name: string) => serializePathValue(path?.[name]))
}

/** Path parameter names of a URL template, in order. */
export function pathParameterNames(template: string): string[] {
  return [...template.matchAll(pathParameterPattern)].map((match) => match[1] as string)
}

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

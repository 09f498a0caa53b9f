/**
 * URL building: path parameters percent-encoded (a Flow thread id `abc|o_1` travels as
 * `abc%7Co_1`), query parameters in OpenAPI's default style (form, exploded; objects as
 * deepObject), undefined values left out.
 */
const pathParameterPattern = /\{([^}]+)\}/g

/** One value percent-encoded: dates as ISO 8601, everything else as its string. */
const encodeValue = (value: unknown): string =>
  encodeURIComponent(value instanceof Date ? value.toISOString() : String(value))

const dotSegment = /^(?:\.|%2e){1,2}$/i

const isScalar = (value: unknown): boolean =>
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  value instanceof Date

/**
 * Why a value cannot fill a path parameter, or `undefined` when it can. A dot segment
 * (`.`, `..`, or their percent-encoded forms) would make the URL resolve to another
 * endpoint; objects, functions and NaN would be stringified into nonsense.
 */
export function pathValueProblem(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return 'missing'
  const items = Array.isArray(value) ? value : [value]
  if (items.length === 0) return 'missing'
  for (const item of items) {
    if (!isScalar(item)) return 'not a string, finite number or boolean'
    if (typeof item === 'string' && (item === '' || dotSegment.test(item)))
      return item === '' ? 'an empty item' : 'a dot segment (`.` or `..`), which would reach another endpoint'
  }
  return undefined
}

/** A path parameter in OpenAPI's default style (simple): arrays as comma-separated items. */
export const serializePathValue = (value: unknown): string =>
  Array.isArray(value) ? value.map(encodeValue).join(',') : encodeValue(value)

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
  for (let index = 1; index < parts.length; index += 2)
    result += serializePathValue(path?.[parts[index] as string]) + parts[index + 1]
  return result
}

export const fillPath = (template: string, path: Record<string, unknown> | undefined): string =>
  fillTemplate(compileTemplate(template), path)

/** `search` with `key=value` appended (arrays repeat the key, objects become `key[sub]`). */
function appendQueryValue(search: string, key: string, value: unknown): string {
  if (Array.isArray(value)) {
    for (const item of value) search = appendQueryValue(search, key, item)
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const subKey in value)
      search = appendQueryValue(search, `${key}[${subKey}]`, (value as Record<string, unknown>)[subKey])
  } else if (value !== undefined && value !== null) {
    search += `${search && '&'}${encodeURIComponent(key)}=${encodeValue(value)}`
  }
  return search
}

/** A whole query object to its query string (no `?`), for parameters in other styles. */
export type QuerySerializer = (query: Record<string, unknown>) => string

/**
 * The query string (no `?`), built as one string: no array of parts per call. A
 * `serializer` (createQuerySerializer) writes it instead, for operations whose parameters
 * use other OpenAPI styles.
 */
export function serializeQuery(query: Record<string, unknown> | undefined, serializer?: QuerySerializer): string {
  if (serializer) return query ? serializer(query) : ''
  let search = ''
  for (const key in query) search = appendQueryValue(search, key, query[key])
  return search
}

/** The full URL of a call: base, filled path, and the query string when there is one. */
export function requestUrl(
  baseUrl: string,
  template: CompiledTemplate,
  path: Record<string, unknown> | undefined,
  query: Record<string, unknown> | undefined,
  serializer?: QuerySerializer,
): string {
  const search = serializeQuery(query, serializer)
  return joinUrl(baseUrl, fillTemplate(template, path)) + (search ? `?${search}` : '')
}

/** How a query parameter is written: the spec's `style`, `explode` and `allowReserved` (hey-api's shape). */
export interface QueryParameterStyle {
  readonly allowReserved?: boolean
  readonly array?: { readonly explode?: boolean; readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' }
  readonly object?: { readonly explode?: boolean; readonly style?: 'form' | 'deepObject' }
}

/** Styles for every parameter, and per parameter name (hey-api's `querySerializer` options). */
export interface QuerySerializerOptions extends QueryParameterStyle {
  readonly parameters?: Readonly<Record<string, QueryParameterStyle>>
}

/** Delimiters of an array written as one value (`explode: false`), encoded as in a URL. */
const queryArrayDelimiters = { form: ',', spaceDelimited: '%20', pipeDelimited: '|' } as const

/**
 * A percent-encoded value with the RFC 3986 reserved characters an `allowReserved` value
 * keeps put back; `&`, `=`, `#` and `+` stay encoded: they would split a query or a form.
 */
export const keepReserved = (encoded: string): string =>
  encoded.replace(/%(3A|2F|3F|5B|5D|40|21|24|27|28|29|2A|2C|3B)/gi, (sequence) => decodeURIComponent(sequence))

/**
 * A query serializer for parameters in other OpenAPI styles than the default (form,
 * exploded; objects as deepObject): arrays as one delimited value (`explode: false`,
 * `spaceDelimited`, `pipeDelimited`), objects as their own fields (`style: form`) or as one
 * `key,value` list, values with reserved characters kept (`allowReserved`). The generated
 * SDK function of such an operation passes one; a direct client call can too.
 */
export function createQuerySerializer(options: QuerySerializerOptions): QuerySerializer {
  return (query) => {
    let search = ''
    for (const key in query) {
      const style = options.parameters?.[key] ? { ...options, ...options.parameters[key] } : options
      for (const [name, value] of styledPairs(key, query[key], style))
        search += `${search && '&'}${encodeURIComponent(name)}=${value}`
    }
    return search
  }
}

/** The `name=value` pairs of one parameter in its style, each value already encoded. */
function styledPairs(key: string, value: unknown, style: QueryParameterStyle): Array<[string, string]> {
  const encode = (item: unknown): string => (style.allowReserved ? keepReserved(encodeValue(item)) : encodeValue(item))
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null).map(encode)
    if (style.array?.explode !== false) return items.map((item) => [key, item])
    return items.length ? [[key, items.join(queryArrayDelimiters[style.array.style ?? 'form'])]] : []
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && item !== null)
    if (style.object?.explode === false)
      return entries.length
        ? [[key, entries.map(([subKey, item]) => `${encode(subKey)},${encode(item)}`).join(',')]]
        : []
    if (style.object?.style === 'form') return entries.map(([subKey, item]) => [subKey, encode(item)])
    return entries.map(([subKey, item]) => [`${key}[${subKey}]`, encode(item)])
  }
  return [[key, encode(value)]]
}

/** `baseUrl` and a path, with one `/` between them. */
export const joinUrl = (baseUrl: string, path: string): string =>
  baseUrl ? baseUrl.replace(/\/$/, '') + (path[0] === '/' ? path : `/${path}`) : path

/**
 * The request body on the wire: JSON for plain data, binary and text bodies (Blob,
 * ArrayBuffer, typed arrays, ReadableStream, strings) as they are, and form fields or
 * multipart parts through the serializers below.
 */
import { CallContext } from './call-context.js'
import type { BodySerializer } from './client-types.js'
import type { BodyEncoding } from './operations.js'
import { keepReserved } from './serialize.js'

/**
 * The body to send, with `headers['content-type']` set or removed to match. Form and
 * multipart bodies come with the serializer the generated SDK passes for them
 * (`urlSearchParamsBodySerializer`, `formDataBodySerializer`), so only bundles with such
 * operations carry the encoders.
 */
export function encodeBody(
  body: unknown,
  headers: Record<string, string>,
  bodySerializer: BodySerializer | undefined,
  encoding: BodyEncoding | undefined,
  call: CallContext,
): BodyInit | null {
  if (body === undefined) {
    delete headers['content-type']
    return null
  }
  if (bodySerializer) return settle(bodySerializer(body, encoding), headers)
  let type = headers['content-type']
  if (type !== undefined && isMediaRange(type)) {
    type = typeWithinRange(type, body)
    if (type === undefined) delete headers['content-type']
    else headers['content-type'] = type
  }
  if (type === undefined && isPlainData(body)) type = headers['content-type'] = 'application/json'
  if (typeof body === 'string' || type === undefined) return body as BodyInit
  if (type.includes('json')) return jsonText(body, call)
  if (isPlainData(body)) {
    // Form fields need their encoder; JSON under a form type would reach the vendor garbled.
    if (/form/i.test(type))
      call.refuse(
        'body',
        `a ${type} body needs its bodySerializer (${type.includes('multipart') ? 'formData' : 'urlSearchParams'}BodySerializer)`,
      )
    // A plain object under another non-JSON type (`text/csv`, a vendor type): JSON is the only faithful text.
    return jsonText(body, call)
  }
  return body as BodyInit
}

/** `*\/*`, `application/*`: a range the spec may declare a body under, which names no type to send. */
function isMediaRange(type: string): boolean {
  const [kind = '', subtype = ''] = (type.split(';')[0] ?? '').trim().split('/')
  return kind === '*' || subtype === '*'
}

/**
 * The type a body goes as under a range the spec declared (`Content-Type` must name one, and
 * a server reads `*\/*` as no type at all): JSON for data, plain text for a string, where the
 * range allows them; otherwise none, so the transport sends a Blob's own type, bytes as bytes.
 */
function typeWithinRange(range: string, body: unknown): string | undefined {
  const kind = range.trim().split('/')[0]?.toLowerCase()
  if (isPlainData(body) && (kind === '*' || kind === 'application')) return 'application/json'
  if (typeof body === 'string' && (kind === '*' || kind === 'text')) return 'text/plain;charset=utf-8'
  return undefined
}

/** `FormData` sets its own boundary: a `Content-Type` without one would break the body. */
function settle(value: unknown, headers: Record<string, string>): BodyInit | null {
  if ((typeof FormData !== 'undefined' && value instanceof FormData) || value === undefined || value === '')
    delete headers['content-type']
  return (value ?? null) as BodyInit | null
}

/**
 * JSON text, or a `RequestValidationError` when the value cannot be (a cycle, a BigInt, a
 * `toJSON` that throws). The serializer's own message is left out: it can quote the body.
 */
export function jsonText(value: unknown, call: CallContext): string {
  try {
    return JSON.stringify(value)
  } catch (error) {
    return call.refuse('body', `body is not serializable as JSON (${(error as Error).name})`)
  }
}

/** Delimiters of an array field with `explode: false`, by OpenAPI style. */
const arrayDelimiters: Readonly<Record<string, string>> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' }

/**
 * Form fields by their OpenAPI encoding: arrays as repeated fields unless `explode: false`
 * (then one field joined by the style's delimiter), objects as `name[key]` fields with
 * `style: deepObject` and as JSON otherwise.
 */
export function formFields(body: Readonly<Record<string, unknown>>, encoding?: BodyEncoding): Array<[string, string]> {
  const fields: Array<[string, string]> = []
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue
    const field = encoding?.[name]
    if (Array.isArray(value) && field?.explode === false)
      fields.push([name, value.map(fieldText).join(arrayDelimiters[field.style ?? 'form'] ?? ',')])
    else if (Array.isArray(value)) for (const item of value) fields.push([name, fieldText(item)])
    else if (field?.style === 'deepObject' && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value as Record<string, unknown>))
        if (item !== undefined && item !== null) fields.push([`${name}[${key}]`, fieldText(item)])
    } else fields.push([name, fieldText(value)])
  }
  return fields
}

/** `application/x-www-form-urlencoded` text of the fields, reserved characters kept where a field allows them. */
export function formText(body: Readonly<Record<string, unknown>>, encoding?: BodyEncoding): string {
  return formFields(body, encoding)
    .map(([name, value]) => {
      const field = name.includes('[') ? name.slice(0, name.indexOf('[')) : name
      return `${formEncode(name, false)}=${formEncode(value, encoding?.[field]?.allowReserved === true)}`
    })
    .join('&')
}

/** As URLSearchParams encodes (space as `+`); with `allowReserved`, the reserved characters that cannot split a form stay. */
function formEncode(text: string, allowReserved: boolean): string {
  const encoded = new URLSearchParams([['', text]]).toString().slice(1)
  return allowReserved ? keepReserved(encoded) : encoded
}

/** Multipart parts: files and bytes as binary parts, objects as JSON parts, each with its `encoding` content type. */
export function formParts(body: Readonly<Record<string, unknown>>, encoding?: BodyEncoding): FormData {
  const parts = new FormData()
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value])
      appendPart(parts, name, item, encoding?.[name]?.contentType)
  }
  return parts
}

function appendPart(parts: FormData, name: string, value: unknown, contentType: string | undefined): void {
  if (value instanceof Blob) {
    parts.append(name, contentType && !value.type ? new Blob([value], { type: contentType }) : value)
  } else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    parts.append(name, new Blob([value as ArrayBuffer], { type: contentType ?? 'application/octet-stream' }))
  } else if (isPlainData(value) && typeof value === 'object') {
    parts.append(name, new Blob([JSON.stringify(value)], { type: contentType ?? 'application/json' }))
  } else if (contentType) {
    parts.append(name, new Blob([fieldText(value)], { type: contentType }))
  } else {
    parts.append(name, fieldText(value))
  }
}

const fieldText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value)

/** Plain objects, arrays, numbers and booleans: what goes as JSON when no type is given. */
export function isPlainData(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return typeof body === 'number' || typeof body === 'boolean'
  const prototype = Object.getPrototypeOf(body)
  return prototype === Object.prototype || prototype === null || Array.isArray(body)
}

/** The serializer a caller-chosen request media type needs; undefined for JSON and raw bodies. */
export function serializerForMediaType(mediaType: string): BodySerializer | undefined {
  if (/^application\/x-www-form-urlencoded/i.test(mediaType)) return urlSearchParamsBodySerializer.bodySerializer
  if (/^multipart\/form-data/i.test(mediaType)) return formDataBodySerializer.bodySerializer
  return undefined
}

/**
 * What the SDK function of an operation offering several request media types spreads into
 * its call after the caller's options: the serializer the caller's `contentType` needs,
 * over the one hey-api chose for the spec's first type (`null`: JSON or the body as it is).
 * The function lives with those operations rather than in the request path, so a bundle
 * without form or multipart operations carries neither encoder.
 */
export function bodySerializerForContentType(options: { readonly contentType?: string } | undefined): {
  bodySerializer?: BodySerializer | null
} {
  const mediaType = options?.contentType
  return mediaType === undefined ? {} : { bodySerializer: serializerForMediaType(mediaType) ?? null }
}

/** The serializer objects hey-api's generated SDKs spread into a call, by media type. */
export const jsonBodySerializer = {
  bodySerializer: (body: unknown): string => jsonText(body, new CallContext('JSON', 'body', undefined, {}, {}, [])),
}
export const urlSearchParamsBodySerializer = {
  bodySerializer: (body: unknown, encoding?: BodyEncoding): string =>
    formText(body as Record<string, unknown>, encoding),
}
export const formDataBodySerializer = {
  bodySerializer: (body: unknown, encoding?: BodyEncoding): FormData =>
    formParts(body as Record<string, unknown>, encoding),
}

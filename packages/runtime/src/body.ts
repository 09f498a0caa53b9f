/**
 * The request body on the wire: JSON for plain data, binary and text bodies (Blob,
 * ArrayBuffer, typed arrays, ReadableStream, strings) as they are, and form fields or
 * multipart parts through the serializers below.
 */
import { type CallName, callLabel } from './call.js'
import { RequestValidationError } from './errors.js'

/** Per-field settings of a form or multipart body (OpenAPI `encoding`). */
export interface FieldEncoding {
  /** A multipart part's content type (`image/png`, `application/json`). */
  readonly contentType?: string
  /** Arrays as repeated fields (default) or one comma-separated field. */
  readonly explode?: boolean
}

export type BodyEncoding = Readonly<Record<string, FieldEncoding>>

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
  call: CallName,
): BodyInit | null {
  if (body === undefined) {
    delete headers['content-type']
    return null
  }
  if (bodySerializer) return settle(bodySerializer(body, encoding), headers)
  let type = headers['content-type']
  if (type === undefined && isPlainData(body)) type = headers['content-type'] = 'application/json'
  if (typeof body === 'string' || type === undefined) return body as BodyInit
  // A plain object under a non-JSON type (`text/csv`, a vendor type): JSON is the only faithful text.
  if (type.includes('json') || isPlainData(body)) return jsonText(body, call)
  return body as BodyInit
}

/** Turns a call's body into what is sent; `encoding` is the operation's per-field settings. */
export type BodySerializer = (body: unknown, encoding?: BodyEncoding) => unknown

/** `FormData` sets its own boundary: a `Content-Type` without one would break the body. */
function settle(value: unknown, headers: Record<string, string>): BodyInit | null {
  if ((typeof FormData !== 'undefined' && value instanceof FormData) || value === undefined || value === '') delete headers['content-type']
  return (value ?? null) as BodyInit | null
}

/**
 * JSON text, or a `RequestValidationError` when the value cannot be (a cycle, a BigInt, a
 * `toJSON` that throws). The serializer's own message is left out: it can quote the body.
 */
export function jsonText(value: unknown, call: CallName): string {
  try {
    return JSON.stringify(value)
  } catch (error) {
    throw new RequestValidationError({
      operationId: call.operationId,
      parameter: 'body',
      message: `${callLabel(call)}: body is not serializable as JSON (${(error as Error).name}); nothing was sent`,
    })
  }
}

/** Form fields (OpenAPI style `form`): arrays as repeated fields unless `explode: false`, objects as JSON. */
export function formFields(body: Readonly<Record<string, unknown>>, encoding?: BodyEncoding): URLSearchParams {
  const fields = new URLSearchParams()
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value) && encoding?.[name]?.explode === false) fields.append(name, value.map(fieldText).join(','))
    else if (Array.isArray(value)) for (const item of value) fields.append(name, fieldText(item))
    else fields.append(name, fieldText(value))
  }
  return fields
}

/** Multipart parts: files and bytes as binary parts, objects as JSON parts, each with its `encoding` content type. */
export function formParts(body: Readonly<Record<string, unknown>>, encoding?: BodyEncoding): FormData {
  const parts = new FormData()
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue
    for (const item of Array.isArray(value) ? value : [value]) appendPart(parts, name, item, encoding?.[name]?.contentType)
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
  typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value)

/** Plain objects, arrays, numbers and booleans: what goes as JSON when no type is given. */
export function isPlainData(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return typeof body === 'number' || typeof body === 'boolean'
  const prototype = Object.getPrototypeOf(body)
  return prototype === Object.prototype || prototype === null || Array.isArray(body)
}

/** The serializer objects hey-api's generated SDKs spread into a call, by media type. */
export const jsonBodySerializer = { bodySerializer: (body: unknown): string => jsonText(body, { operationId: undefined, method: 'JSON', url: 'body' }) }
export const urlSearchParamsBodySerializer = { bodySerializer: (body: unknown, encoding?: BodyEncoding): string => formFields(body as Record<string, unknown>, encoding).toString() }
export const formDataBodySerializer = { bodySerializer: (body: unknown, encoding?: BodyEncoding): FormData => formParts(body as Record<string, unknown>, encoding) }

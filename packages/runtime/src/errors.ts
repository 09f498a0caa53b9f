/**
 * One error family for every vendor package.
 *
 * `instanceof` must hold when an application ends up with two copies of
 * `@parley/runtime` (two vendor packages resolved to different versions): each class
 * answers `instanceof` by a brand stored under a `Symbol.for` key, which every copy
 * shares, instead of by prototype identity. Anchor: vercel/ai `packages/provider/src/errors`.
 *
 * No error ever holds a credential: messages and URLs are built from redacted parts, and
 * request headers are never kept.
 */
const brandKey = Symbol.for('@parley/runtime/error-kinds')

type Branded = { [brandKey]?: ReadonlyArray<string> }

function hasKind(value: unknown, kind: string): boolean {
  if (typeof value !== 'object' || value === null) return false
  const kinds = (value as Branded)[brandKey]
  return Array.isArray(kinds) && kinds.includes(kind)
}

export class ParleyError extends Error {
  static readonly kind: string = 'ParleyError'

  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasKind(value, this.kind)
  }

  /** Brand check that survives two installed copies of the runtime. */
  static isInstance(value: unknown): boolean {
    return hasKind(value, this.kind)
  }

  declare readonly [brandKey]: ReadonlyArray<string>

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    const kinds: string[] = []
    for (let current = new.target as unknown as typeof ParleyError | undefined; current?.kind; current = Object.getPrototypeOf(current)) {
      if (!kinds.includes(current.kind)) kinds.push(current.kind)
    }
    Object.defineProperty(this, brandKey, { value: kinds, enumerable: false })
    Object.defineProperty(this, 'name', { value: new.target.kind, enumerable: false, configurable: true, writable: true })
  }

  /** Whether repeating the same call could succeed. */
  get isRetryable(): boolean {
    return false
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, isRetryable: this.isRetryable }
  }
}

export interface ApiErrorInit {
  status: number
  headers: Record<string, string>
  body: unknown
  method: string
  url: string
  operationId?: string | undefined
}

/** The server answered with a status outside 2xx. */
export class ApiError extends ParleyError {
  static override readonly kind: string = 'ApiError'
  readonly status: number
  /** Response headers (sensitive ones redacted). */
  readonly headers: Record<string, string>
  /** The parsed response body (JSON, or text), secrets scrubbed. */
  readonly body: unknown
  readonly method: string
  /** The request URL with no credentials in it. */
  readonly url: string
  readonly operationId: string | undefined

  constructor(init: ApiErrorInit, message?: string) {
    super(message ?? `${init.method} ${init.url} failed with ${init.status}${describeBody(init.body)}`)
    this.status = init.status
    this.headers = init.headers
    this.body = init.body
    this.method = init.method
    this.url = init.url
    this.operationId = init.operationId
  }

  override get isRetryable(): boolean {
    return isRetryableStatus(this.status)
  }

  /** Milliseconds the server asked to wait (`Retry-After`), if it said. */
  get retryAfterMs(): number | undefined {
    const value = this.headers['retry-after']
    return value === undefined ? undefined : parseRetryAfter(value)
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      method: this.method,
      url: this.url,
      operationId: this.operationId,
      headers: this.headers,
      body: this.body,
    }
  }
}

export class BadRequestError extends ApiError { static override readonly kind: string = 'BadRequestError' }
export class AuthenticationError extends ApiError { static override readonly kind: string = 'AuthenticationError' }
export class PermissionDeniedError extends ApiError { static override readonly kind: string = 'PermissionDeniedError' }
export class NotFoundError extends ApiError { static override readonly kind: string = 'NotFoundError' }
export class ConflictError extends ApiError { static override readonly kind: string = 'ConflictError' }
export class UnprocessableEntityError extends ApiError { static override readonly kind: string = 'UnprocessableEntityError' }
export class RateLimitError extends ApiError { static override readonly kind: string = 'RateLimitError' }
export class InternalServerError extends ApiError { static override readonly kind: string = 'InternalServerError' }

const errorClassByStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
}

/** The most specific error class for a status. */
export function createApiError(init: ApiErrorInit): ApiError {
  const ErrorClass = errorClassByStatus[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError)
  return new ErrorClass(init)
}

/** The request did not get a response: refused, reset, DNS failure, dropped mid-body. */
export class ConnectionError extends ParleyError {
  static override readonly kind: string = 'ConnectionError'
  readonly method: string
  readonly url: string
  /** True when the request provably never left the machine (connection refused, DNS). */
  readonly neverSent: boolean

  constructor(init: { method: string; url: string; neverSent: boolean; cause?: unknown; reason?: string }) {
    super(`${init.method} ${init.url} failed: ${init.reason ?? 'connection error'}`, { cause: init.cause })
    this.method = init.method
    this.url = init.url
    this.neverSent = init.neverSent
  }

  override get isRetryable(): boolean {
    return true
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), method: this.method, url: this.url, neverSent: this.neverSent }
  }
}

/** One attempt took longer than `timeoutMs`. */
export class TimeoutError extends ParleyError {
  static override readonly kind: string = 'TimeoutError'
  readonly method: string
  readonly url: string
  readonly timeoutMs: number

  constructor(init: { method: string; url: string; timeoutMs: number }) {
    super(`${init.method} ${init.url} timed out after ${init.timeoutMs} ms`)
    this.method = init.method
    this.url = init.url
    this.timeoutMs = init.timeoutMs
  }

  override get isRetryable(): boolean {
    return true
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), method: this.method, url: this.url, timeoutMs: this.timeoutMs }
  }
}

/** A 2xx body that is not the JSON it claims to be (truncated, invalid). */
export class ResponseParseError extends ParleyError {
  static override readonly kind: string = 'ResponseParseError'
  readonly status: number
  readonly method: string
  readonly url: string

  constructor(init: { status: number; method: string; url: string; cause?: unknown }) {
    super(`${init.method} ${init.url} answered ${init.status} with a body that is not valid JSON`, { cause: init.cause })
    this.status = init.status
    this.method = init.method
    this.url = init.url
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, method: this.method, url: this.url }
  }
}

/** `validateResponses: true` and a 2xx body that does not match the spec. */
export class ResponseValidationError extends ParleyError {
  static override readonly kind: string = 'ResponseValidationError'
  readonly operationId: string
  /** Where the body first differs from the schema, e.g. `data.messages[0].id`. */
  readonly path: string
  readonly issues: ReadonlyArray<{ path: string; message: string }>

  constructor(init: { operationId: string; issues: ReadonlyArray<{ path: string; message: string }> }) {
    const first = init.issues[0]
    super(`${init.operationId}: response does not match the spec at \`${first?.path || '(root)'}\`: ${first?.message ?? 'invalid'}`)
    this.operationId = init.operationId
    this.path = first?.path ?? ''
    this.issues = init.issues
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operationId: this.operationId, path: this.path, issues: this.issues }
  }
}

/** The call is incomplete: a path parameter, required body or credential is missing. Nothing was sent. */
export class RequestValidationError extends ParleyError {
  static override readonly kind: string = 'RequestValidationError'
  readonly operationId: string | undefined
  /** The parameter or option that is missing (`path.threadId`, `body`, `userAccessToken`). */
  readonly parameter: string

  constructor(init: { operationId?: string | undefined; parameter: string; message: string }) {
    super(init.message)
    this.operationId = init.operationId
    this.parameter = init.parameter
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operationId: this.operationId, parameter: this.parameter }
  }
}

/** The credential an operation needs was not given to the client. Nothing was sent. */
export class MissingCredentialError extends RequestValidationError {
  static override readonly kind: string = 'MissingCredentialError'
}

/** A webhook call failed its authenticity check. */
export class WebhookVerificationError extends ParleyError {
  static override readonly kind: string = 'WebhookVerificationError'
  /** 401 when the credential is missing, 403 when it is wrong. */
  readonly status: 401 | 403

  constructor(message: string, status: 401 | 403) {
    super(message)
    this.status = status
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status }
  }
}

export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 409 || status === 429 || status >= 500

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string, now = Date.now()): number | undefined {
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - now)
}

function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return ''
  const text = typeof body === 'string' ? body : safeStringify(body)
  return `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

/**
 * One error family for every vendor package.
 *
 * The brand: every error carries, under `Symbol.for('@parley/runtime.error')`, the kinds
 * of its class chain (`['ParleyError', 'ApiError', 'NotFoundError']`). `Kind.isInstance(x)`
 * and `x instanceof Kind` both read it, so they hold when an application ends up with two
 * copies of `@parley/runtime` (two vendor packages resolved to different versions). Every
 * later version must keep this symbol and these kinds, or errors from mixed installs stop
 * matching. Anchor: vercel/ai `packages/provider/src/errors` (a `Symbol.for` marker with a
 * static `isInstance`).
 *
 * No error ever holds a credential: messages and URLs are built from redacted parts, and
 * request headers are never kept.
 *
 * Small on purpose (every browser bundle that makes a call carries this module): fields
 * are given to the base constructor and copied once, one `toJSON` serves every class, and
 * a subclass is its `kind` and nothing else unless it adds behaviour.
 */
import { isRetryableStatus, parseRetryAfter } from './retry.js'

const brand = Symbol.for('@parley/runtime.error')

export class ParleyError extends Error {
  static readonly kind: string = 'ParleyError'

  /** Whether `value` is an error of this class (or a subclass), from any installed copy of the runtime. */
  static isInstance(value: unknown): boolean {
    const kinds = (value as { [brand]?: unknown } | null | undefined)?.[brand]
    return Array.isArray(kinds) && kinds.includes(this.kind)
  }

  /**
   * `instanceof` reads the brand too (see the module comment). A subclass an application
   * defines without a `kind` of its own is matched by its prototype chain, as usual.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Object.hasOwn(this, 'kind')
      ? this.isInstance(value)
      : Function.prototype[Symbol.hasInstance].call(this, value)
  }

  /**
   * @param fields the subclass's public fields, copied onto the error (and into `toJSON`).
   * Subclasses declare them with `declare readonly`: a class field initializer would run
   * after this constructor and reset them.
   */
  constructor(message: string, fields?: object, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    Object.defineProperty(this, 'name', { value: new.target.kind, configurable: true, writable: true })
    const kinds: string[] = []
    for (let current: unknown = new.target; current !== Error; current = Object.getPrototypeOf(current)) {
      if (Object.hasOwn(current as object, 'kind')) kinds.unshift((current as typeof ParleyError).kind)
    }
    Object.defineProperty(this, brand, { value: kinds })
    Object.assign(this, fields)
  }

  /** Whether repeating the same call could succeed. */
  get isRetryable(): boolean {
    return false
  }

  /** Name, message, whether to retry, and the class's fields: what a log line should carry. */
  toJSON(): Record<string, unknown> {
    // Own enumerable properties are the fields; name, message, stack and cause are not enumerable.
    return { name: this.name, message: this.message, isRetryable: this.isRetryable, ...(this as object) }
  }
}

export interface ApiErrorInit {
  status: number
  /** Response headers (sensitive ones redacted). */
  headers: Record<string, string>
  /** The parsed response body (JSON, or text), secrets scrubbed. */
  body: unknown
  method: string
  /** The request URL with no credentials in it. */
  url: string
  operationId?: string | undefined
  /** The vendor's id for the request, when the answer carried one (quote it to their support). */
  requestId?: string | undefined
}

/** The server answered with a status outside 2xx. */
export class ApiError extends ParleyError {
  static override readonly kind: string = 'ApiError'
  declare readonly status: number
  /** Response headers (sensitive ones redacted). */
  declare readonly headers: Record<string, string>
  /** The parsed response body (JSON, or text), secrets scrubbed. */
  declare readonly body: unknown
  declare readonly method: string
  /** The request URL with no credentials in it. */
  declare readonly url: string
  declare readonly operationId: string | undefined
  /** The vendor's id for the request, when the answer carried one (quote it to their support). */
  declare readonly requestId: string | undefined

  constructor(init: ApiErrorInit, message?: string) {
    super(message ?? `${init.method} ${init.url} failed with ${init.status}${describeBody(init.body)}`, init)
  }

  override get isRetryable(): boolean {
    return isRetryableStatus(this.status)
  }

  /** Milliseconds the server asked to wait (`Retry-After`), if it said. */
  get retryAfterMs(): number | undefined {
    const value = this.headers['retry-after']
    return value === undefined ? undefined : parseRetryAfter(value)
  }
}

export class BadRequestError extends ApiError {
  static override readonly kind: string = 'BadRequestError'
}
export class AuthenticationError extends ApiError {
  static override readonly kind: string = 'AuthenticationError'
}
export class PermissionDeniedError extends ApiError {
  static override readonly kind: string = 'PermissionDeniedError'
}
export class NotFoundError extends ApiError {
  static override readonly kind: string = 'NotFoundError'
}
export class ConflictError extends ApiError {
  static override readonly kind: string = 'ConflictError'
}
export class UnprocessableEntityError extends ApiError {
  static override readonly kind: string = 'UnprocessableEntityError'
}
export class RateLimitError extends ApiError {
  static override readonly kind: string = 'RateLimitError'
}
export class InternalServerError extends ApiError {
  static override readonly kind: string = 'InternalServerError'
}

/** The request did not get a response: refused, reset, DNS failure, dropped mid-body. */
export class ConnectionError extends ParleyError {
  static override readonly kind: string = 'ConnectionError'
  declare readonly method: string
  declare readonly url: string
  /** True when the request provably never left the machine (connection refused, DNS). */
  declare readonly neverSent: boolean

  constructor({
    method,
    url,
    neverSent,
    cause,
    reason,
  }: { method: string; url: string; neverSent: boolean; cause?: unknown; reason?: string }) {
    super(`${method} ${url} failed: ${reason ?? 'connection error'}`, { method, url, neverSent }, cause)
  }

  override get isRetryable(): boolean {
    return true
  }
}

/**
 * The server answered with a redirect the client does not follow: to another origin (where
 * the credentials must not go), a 301/302/303 on a method other than GET or HEAD (fetch
 * would repeat it as a GET and the send would be lost), or more than five hops. Nothing was
 * sent to the target. In browsers the target is hidden from scripts, so `location` is absent.
 */
export class RedirectError extends ParleyError {
  static override readonly kind: string = 'RedirectError'
  declare readonly status: number
  declare readonly method: string
  /** The request URL with no credentials in it. */
  declare readonly url: string
  /** Where the server pointed, with no credentials in it (absent where the runtime hides it). */
  declare readonly location: string | undefined

  constructor(init: { status: number; method: string; url: string; location: string | undefined; reason: string }) {
    const { reason, ...fields } = init
    super(
      `${init.method} ${init.url} answered ${init.status} (redirect${init.location ? ` to ${init.location}` : ''}), not followed: ${reason}`,
      fields,
    )
  }
}

/** One attempt took longer than `timeoutMs`. */
export class TimeoutError extends ParleyError {
  static override readonly kind: string = 'TimeoutError'
  declare readonly method: string
  declare readonly url: string
  declare readonly timeoutMs: number

  constructor(init: { method: string; url: string; timeoutMs: number }) {
    super(`${init.method} ${init.url} timed out after ${init.timeoutMs} ms`, init)
  }

  override get isRetryable(): boolean {
    return true
  }
}

/** A 2xx body that is not the JSON it claims to be (truncated, invalid). */
export class ResponseParseError extends ParleyError {
  static override readonly kind: string = 'ResponseParseError'
  declare readonly status: number
  declare readonly method: string
  declare readonly url: string

  constructor({ status, method, url, cause }: { status: number; method: string; url: string; cause?: unknown }) {
    super(`${method} ${url} answered ${status} with a body that is not valid JSON`, { status, method, url }, cause)
  }
}

/** `validateResponses: true` and a 2xx body that does not match the spec. */
export class ResponseValidationError extends ParleyError {
  static override readonly kind: string = 'ResponseValidationError'
  declare readonly operationId: string
  /** Where the body first differs from the schema, e.g. `data.messages[0].id`. */
  declare readonly path: string
  declare readonly issues: ReadonlyArray<{ path: string; message: string }>

  constructor({
    operationId,
    issues,
  }: { operationId: string; issues: ReadonlyArray<{ path: string; message: string }> }) {
    const first = issues[0]
    super(
      `${operationId}: response does not match the spec at \`${first?.path || '(root)'}\`: ${first?.message ?? 'invalid'}`,
      {
        operationId,
        path: first?.path ?? '',
        issues,
      },
    )
  }
}

/** The call is incomplete: a path parameter, required body or credential is missing. Nothing was sent. */
export class RequestValidationError extends ParleyError {
  static override readonly kind: string = 'RequestValidationError'
  declare readonly operationId: string | undefined
  /** The parameter or option that is missing (`path.threadId`, `body`, `userAccessToken`). */
  declare readonly parameter: string

  constructor({
    operationId,
    parameter,
    message,
  }: { operationId?: string | undefined; parameter: string; message: string }) {
    super(message, { operationId, parameter })
  }
}

/** The credential an operation needs was not given to the client. Nothing was sent. */
export class MissingCredentialError extends RequestValidationError {
  static override readonly kind: string = 'MissingCredentialError'
}

/**
 * A client setting that cannot work (`baseUrl` without a scheme, `timeoutMs: NaN`,
 * `maxRetries: Infinity`), thrown when the setting is given, before anything is sent.
 */
export class ConfigurationError extends ParleyError {
  static override readonly kind: string = 'ConfigurationError'
  /** The option at fault (`baseUrl`, `timeoutMs`, `headers.x-trace`). */
  declare readonly option: string

  constructor({ option, message }: { option: string; message: string }) {
    super(message, { option })
  }
}

/** A webhook body could not be read as sent; `status` is the answer the sender gets. */
export abstract class BodyReadError extends ParleyError {
  static override readonly kind: string = 'BodyReadError'
  abstract readonly status: number
}

/** A webhook body larger than the handler's `maxBodyBytes`: answered 413. */
export class PayloadTooLargeError extends BodyReadError {
  static override readonly kind: string = 'PayloadTooLargeError'
  readonly status = 413
}

/** A webhook body that did not arrive within the deadline (a sender that never finishes it): answered 408. */
export class BodyTimeoutError extends BodyReadError {
  static override readonly kind: string = 'BodyTimeoutError'
  readonly status = 408
}

/** A webhook call failed its authenticity check. */
export class WebhookVerificationError extends ParleyError {
  static override readonly kind: string = 'WebhookVerificationError'
  /** 401 when the credential is missing, 403 when it is wrong. */
  declare readonly status: 401 | 403

  constructor(message: string, status: 401 | 403) {
    super(message, { status })
  }
}

function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return ''
  let text: string
  try {
    text = typeof body === 'string' ? body : JSON.stringify(body)
  } catch {
    text = String(body)
  }
  return `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`
}

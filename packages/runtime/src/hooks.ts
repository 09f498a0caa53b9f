/**
 * The types of what sees a call: `logger`, `logLevel` and `hooks` (observe.ts does the
 * seeing). Apart from it so that the client's contract (client-types.ts) can name them.
 */

/** Anything with these four methods: `console`, pino, winston, a test's recorder. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

/** `debug`: one line per attempt; `info`: retries; `warn`: failures; `off` (the default): nothing. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug'

/** What every hook is told: which call, which attempt, where (the URL without secrets). */
export interface CallEvent {
  /** The same object for every event of one call (a key for per-call state, such as a span). */
  readonly call: { readonly name: string; readonly operationId: string | undefined; readonly method: string }
  /** The URL template of the operation (`/users/{id}`). */
  readonly urlTemplate: string
  /** The request URL, credentials and sensitive query values hidden. */
  readonly url: string
  /** 1 for the first attempt, 2 for the first retry, ... */
  readonly attempt: number
}

/** Before an attempt is sent. */
export interface RequestEvent extends CallEvent {
  /**
   * Adds a header to this attempt. A header the call already sends (a credential, its
   * content type) cannot be replaced; a value under a sensitive name is kept out of logs.
   */
  setHeader(name: string, value: string): void
}

/** Whether another attempt follows, and why. */
export interface RetryNotice {
  readonly delayMs: number
  /** The status or the error that is retried (`503`, `ConnectionError`). */
  readonly reason: string
}

/** An attempt got an answer (a 2xx is reported once its body is read and checked). */
export interface ResponseEvent extends CallEvent {
  readonly status: number
  /** The answer: status and headers (its body was read by the runtime). */
  readonly response: Response
  readonly requestId: string | undefined
  readonly durationMs: number
  /** Present when the runtime will try again. */
  readonly retry?: RetryNotice
}

/** An attempt failed without an answer, or the call failed (then `retry` is absent). */
export interface ErrorEvent extends CallEvent {
  /** What the caller gets (typed, no secrets), or the attempt's failure when it is retried. */
  readonly error: unknown
  readonly durationMs: number
  readonly retry?: RetryNotice
}

export interface Hooks {
  onRequest?(event: RequestEvent): void | Promise<void>
  onResponse?(event: ResponseEvent): void | Promise<void>
  onError?(event: ErrorEvent): void | Promise<void>
}

/**
 * Seeing a call: the `logger` / `logLevel` settings and the `hooks` (`onRequest`,
 * `onResponse`, `onError`), on the client and per call. A `CallObserver` is made only for a
 * call that something observes, and hangs off its `CallContext`, which names the call and
 * scrubs what is reported: every URL is redacted, every message scrubbed of the call's secrets.
 *
 * Hooks, not hey-api's `interceptors`: an interceptor receives and returns a `Request` or
 * `Response`, so it could change the URL, the method or the credentials, and the runtime
 * would have to build those objects on every call. A hook observes each step; the one thing
 * it can change is to add a header, and the redirect, credential and retry rules stay the
 * runtime's.
 */
import type { Answer } from './attempt.js'
import type { CallContext } from './call-context.js'
import type { CallEvent, ErrorEvent, Hooks, LogLevel, Logger, RetryNotice } from './hooks.js'

const levels: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 }

/** What observes one call: the hooks of the client and of the call, and the logger at its level. */
export interface ObserverSettings {
  readonly hooks: ReadonlyArray<Hooks>
  readonly logger: Logger | undefined
  readonly level: number
}

/** The observer settings of a call, or undefined when nothing observes it (the common case costs a check). */
export function observerSettings(
  client: { hooks?: Hooks | undefined; logger?: Logger | undefined; logLevel?: LogLevel | undefined },
  options: { hooks?: Hooks | undefined; logger?: Logger | undefined; logLevel?: LogLevel | undefined },
  environmentLevel: LogLevel | undefined,
): ObserverSettings | undefined {
  const level = levels[options.logLevel ?? client.logLevel ?? environmentLevel ?? 'off'] ?? 0
  const hooks = [client.hooks, options.hooks].filter((hook): hook is Hooks => hook !== undefined)
  if (level === 0 && hooks.length === 0) return undefined
  // PARLEY_LOG without a logger prints to the console.
  return { hooks, logger: options.logger ?? client.logger ?? console, level }
}

/** What `send` (client.ts) tells the observer of a call, step by step. */
export interface CallObserver {
  /** Runs `onRequest`; gives the headers of this attempt (a copy, when a hook may add some). */
  attemptStarted(attempt: number, headers: Record<string, string>): Promise<Record<string, string>>
  /**
   * An answer (a 2xx once its body is read and checked), its request id, the retry that
   * follows it if any, and how to make it a fetch `Response` for `onResponse`.
   */
  answered(
    answer: Answer,
    requestId: string | undefined,
    toResponse: () => Response,
    retryDelayMs?: number,
  ): Promise<void>
  /** An attempt failed without an answer and is retried. */
  attemptFailed(error: unknown, retryDelayMs: number): Promise<void>
  /** The call failed with `error`, what the caller gets. */
  callFailed(error: unknown): Promise<void>
}

/** The observer of one call: log lines are `parley <operation> <METHOD> <url> <what>`, scrubbed. */
export function observeCall(call: CallContext, settings: ObserverSettings, requestUrl: string): CallObserver {
  const { hooks, logger, level } = settings
  // Events name the call with this, never with the context, which holds its secrets.
  const callInfo = Object.freeze({ name: call.name, operationId: call.operationId, method: call.method })
  const url = call.redactUrl(requestUrl)
  let attempt = 0
  let startedAt = 0
  // An attempt started and not reported yet.
  let pending = false

  const event = (): CallEvent => ({ call: callInfo, urlTemplate: call.url, url, attempt })
  const log = (atLeast: number, method: keyof Logger, text: string) => {
    if (level >= atLeast) logger?.[method](call.redact(`parley ${call.name} ${call.method} ${url} ${text}`))
  }
  const attemptLine = (outcome: string, requestId?: string) => {
    pending = false
    log(
      4,
      'debug',
      `→ ${outcome} in ${Date.now() - startedAt} ms, attempt ${attempt}${requestId ? `, request id ${requestId}` : ''}`,
    )
  }
  const retryLine = (retry?: RetryNotice) =>
    retry && log(3, 'info', `retrying in ${retry.delayMs} ms after ${retry.reason} (attempt ${attempt})`)
  const reportError = async (error: unknown, retry?: RetryNotice) => {
    const errorEvent: ErrorEvent = { ...event(), error, durationMs: Date.now() - startedAt, ...(retry && { retry }) }
    for (const hook of hooks) await hook.onError?.(errorEvent)
  }

  return {
    async attemptStarted(number, headers) {
      attempt = number
      startedAt = Date.now()
      pending = true
      if (!hooks.some((hook) => hook.onRequest)) return headers
      const own = { ...headers }
      const setHeader = (name: string, value: string) => {
        const key = name.toLowerCase()
        if (key in headers) call.refuse(`headers.${name}`, `a hook cannot replace the header \`${name}\``)
        own[key] = String(value)
        call.addHeaderSecret(key, String(value))
      }
      for (const hook of hooks) await hook.onRequest?.({ ...event(), setHeader })
      return own
    },
    async answered(answer, requestId, toResponse, retryDelayMs) {
      const { status } = answer.response
      const retry = retryDelayMs === undefined ? undefined : { delayMs: retryDelayMs, reason: String(status) }
      const durationMs = Date.now() - startedAt
      attemptLine(String(status), requestId)
      retryLine(retry)
      if (!hooks.some((hook) => hook.onResponse)) return
      const response = toResponse()
      for (const hook of hooks)
        await hook.onResponse?.({ ...event(), status, response, requestId, durationMs, ...(retry && { retry }) })
    },
    async attemptFailed(error, retryDelayMs) {
      const retry = { delayMs: retryDelayMs, reason: nameOf(error) }
      attemptLine(retry.reason)
      retryLine(retry)
      await reportError(error, retry)
    },
    async callFailed(error) {
      if (pending) attemptLine(nameOf(error))
      const requestId = (error as { requestId?: unknown } | null)?.requestId
      log(2, 'warn', `failed: ${(error as Error)?.message ?? error}${requestId ? ` (request id ${requestId})` : ''}`)
      await reportError(error)
    },
  }
}

const nameOf = (error: unknown): string => (error as Error | null)?.name || 'error'

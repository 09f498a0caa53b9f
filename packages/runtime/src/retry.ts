/**
 * The retry policy, in one place: which answers and failures are worth another attempt,
 * how long to wait, and the wait itself. Defaults follow Stainless-generated SDKs
 * (2 retries, 0.5 s doubling to 8 s, jitter) and honour `Retry-After`.
 *
 * What is retried is decided per operation, not per status alone: a message send that
 * may have reached the vendor is never sent twice.
 */
import { anySignal } from './timeouts.js'

export interface RetryOptions {
  /** First back-off delay (default 500 ms). */
  initialDelayMs: number
  /** Longest back-off delay (default 8 000 ms). */
  maxDelayMs: number
  /** A `Retry-After` longer than this surfaces the error instead of waiting (default 60 000 ms). */
  maxRetryAfterMs: number
}

export const defaultRetryOptions: RetryOptions = { initialDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60_000 }

export const DEFAULT_MAX_RETRIES = 2
/** The most retries a client accepts: more only multiplies the load on a failing vendor. */
export const MAX_RETRIES_LIMIT = 10
export const DEFAULT_TIMEOUT_MS = 60_000

/** Statuses that say "try again later": timeout, conflict, rate limit, server errors. */
export const isRetryableStatus = (status: number): boolean =>
  status === 408 || status === 409 || status === 429 || status >= 500

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string, now = Date.now()): number | undefined {
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** Exponential back-off with jitter: up to 25 % shorter than the nominal delay. */
export function backoffDelayMs(retryNumber: number, options: RetryOptions, random: () => number = Math.random): number {
  const nominal = Math.min(options.initialDelayMs * 2 ** retryNumber, options.maxDelayMs)
  return Math.round(nominal * (1 - random() * 0.25))
}

/**
 * The delay before retrying after `response`, or `undefined` when it must not be retried
 * (status not retryable, or `Retry-After` beyond the cap).
 */
export function retryDelayForResponse(
  response: Pick<Response, 'status' | 'headers'>,
  retryNumber: number,
  options: RetryOptions,
): number | undefined {
  if (!isRetryableStatus(response.status)) return undefined
  const header = response.headers.get('retry-after')
  if (header !== null) {
    const requested = parseRetryAfter(header)
    if (requested !== undefined) return requested > options.maxRetryAfterMs ? undefined : requested
  }
  return backoffDelayMs(retryNumber, options)
}

/** What the retry decision needs to know about the call. */
export interface RetryBudget {
  /** Safe to repeat (idempotent method or operation marked so). */
  readonly retrySafe: boolean
  readonly maxRetries: number
  readonly options: RetryOptions
}

/**
 * A refusal: the vendor says it did not take the request, so sending it again cannot
 * duplicate it. Only 429 says so on every vendor; a 503 may come from a gateway that had
 * already passed the request on.
 */
export const isRefusal = (status: number): boolean => status === 429

/**
 * How long to wait before the next attempt, or `undefined` to stop here. An answer is
 * retried only when the call is safe to repeat or the answer is a refusal (429); a failure
 * to connect also when the request provably never left the machine (`neverSent`), so a
 * send is never duplicated.
 */
export function retryDelay(
  outcome: { readonly response: Pick<Response, 'status' | 'headers'> } | { readonly neverSent: boolean },
  retryNumber: number,
  budget: RetryBudget,
): number | undefined {
  if (retryNumber >= budget.maxRetries) return undefined
  if ('response' in outcome)
    return budget.retrySafe || isRefusal(outcome.response.status)
      ? retryDelayForResponse(outcome.response, retryNumber, budget.options)
      : undefined
  return budget.retrySafe || outcome.neverSent ? backoffDelayMs(retryNumber, budget.options) : undefined
}

/**
 * Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. Listens on
 * a signal of its own (`anySignal`), so calls backing off at once on one caller signal add
 * no listener to it.
 */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason)
  if (ms <= 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const wake = signal ? anySignal([signal]) : undefined
    const onAbort = () => {
      clearTimeout(timer)
      wake?.stop()
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      wake?.signal.removeEventListener('abort', onAbort)
      wake?.stop()
      resolve()
    }, ms)
    wake?.signal.addEventListener('abort', onAbort, { once: true })
  })
}

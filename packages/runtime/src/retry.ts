/**
 * When to try a request again, and how long to wait. Defaults follow Stainless-generated
 * SDKs (2 retries, 0.5 s doubling to 8 s, jitter) and honour `Retry-After`.
 *
 * What is retried is decided per operation, not per status alone: a message send that
 * may have reached the vendor is never sent twice.
 */
import { isRetryableStatus, parseRetryAfter } from './errors.js'

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
export const DEFAULT_TIMEOUT_MS = 60_000

/** Exponential back-off with jitter: up to 25 % shorter than the nominal delay. */
export function backoffDelayMs(retryNumber: number, options: RetryOptions, random: () => number = Math.random): number {
  const nominal = Math.min(options.initialDelayMs * 2 ** retryNumber, options.maxDelayMs)
  return Math.round(nominal * (1 - random() * 0.25))
}

/**
 * The delay before retrying after `response`, or `undefined` when it must not be retried
 * (status not retryable, or `Retry-After` beyond the cap).
 */
export function retryDelayForResponse(response: Response, retryNumber: number, options: RetryOptions): number | undefined {
  if (!isRetryableStatus(response.status)) return undefined
  const header = response.headers.get('retry-after')
  if (header !== null) {
    const requested = parseRetryAfter(header)
    if (requested !== undefined) return requested > options.maxRetryAfterMs ? undefined : requested
  }
  return backoffDelayMs(retryNumber, options)
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve()
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

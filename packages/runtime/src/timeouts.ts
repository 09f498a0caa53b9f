/**
 * The signal of one attempt: its own timeout and the caller's `signal`, as one
 * `AbortSignal` handed to the transport.
 */

/** The abort reason of a timeout, told apart from the caller's own aborts. */
export const timeoutReason: unique symbol = Symbol('parley timeout')

/** One attempt's abort signal and how to release it when the attempt ends. */
export interface AttemptSignal {
  readonly signal: AbortSignal
  /** Whether the attempt was aborted by its timeout (not by the caller). */
  timedOut(): boolean
  /** Call once the attempt has its answer or failed: stops the timer. */
  release(): void
}

/** `Infinity` (or anything a timer cannot hold, about 24.8 days) means no timeout. */
const isTimed = (timeoutMs: number): boolean => timeoutMs < 2 ** 31

/**
 * The signal for one attempt. With `streamed` (`parseAs: 'stream'`, server-sent events) the
 * body is handed back unread and read after the attempt ends: the timeout bounds the wait
 * for the headers only (stopped with the attempt), and the caller's signal still cancels
 * the stream.
 */
export function attemptSignal(
  timeoutMs: number,
  callerSignal: AbortSignal | null | undefined,
  streamed: boolean,
): AttemptSignal {
  const timeout = new AbortController()
  const timer = isTimed(timeoutMs) ? setTimeout(() => timeout.abort(timeoutReason), timeoutMs) : undefined
  // A request in flight holds its socket open anyway: the timer never keeps Node running.
  ;(timer as { unref?: () => void } | undefined)?.unref?.()
  const combined = callerSignal ? anySignal([callerSignal, timeout.signal]) : undefined
  return {
    signal: combined?.signal ?? timeout.signal,
    timedOut: () => timeout.signal.reason === timeoutReason,
    release: () => {
      clearTimeout(timer)
      // A streamed body is read after the attempt: the caller's signal must still reach it.
      if (!streamed) combined?.stop()
    },
  }
}

/**
 * A signal that aborts, with the same reason, as soon as one of `signals` does.
 * `AbortSignal.any` adds no listener to the signals it follows, so any number of calls can
 * share one caller signal, and the platform drops the link with the result. Where it is
 * missing, a listener on each signal, removed by `stop`.
 */
export function anySignal(signals: ReadonlyArray<AbortSignal>): { signal: AbortSignal; stop(): void } {
  if (typeof AbortSignal.any === 'function') return { signal: AbortSignal.any(signals as AbortSignal[]), stop() {} }
  const controller = new AbortController()
  const abort = (event: Event) => controller.abort((event.target as AbortSignal).reason)
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason)
    else signal.addEventListener('abort', abort, { once: true })
  }
  return {
    signal: controller.signal,
    stop: () => {
      for (const signal of signals) signal.removeEventListener('abort', abort)
    },
  }
}

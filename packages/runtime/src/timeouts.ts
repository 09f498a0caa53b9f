/**
 * The timeout of one attempt. Creating an `AbortSignal` and a timer per call is a visible
 * share of a call's cost (bench/README.md), so calls that start close together and carry
 * no signal of their own share one controller and one timer: a window opened at `opened`
 * aborts `timeoutMs + width` later, so each call gets at least `timeoutMs` and at most
 * `width` more. At most `callsPerWindow` calls share one, because fetch implementations
 * may keep their listener on the signal until it is collected (Node's does).
 */
import { combineSignals, followSignal } from './signals.js'

/** The abort reason of a timeout, told apart from the caller's own aborts. */
export const timeoutReason: unique symbol = Symbol('parley timeout')

const callsPerWindow = 32

/** One attempt's abort signal and how to release it when the attempt ends. */
export interface AttemptSignal {
  readonly signal: AbortSignal
  /** Whether the attempt was aborted by its timeout (not by the caller). */
  timedOut(): boolean
  /** Call once the attempt has its answer or failed: frees the timer and the caller's listener. */
  release(): void
}

interface TimeoutWindow {
  readonly controller: AbortController
  readonly opened: number
  readonly width: number
  readonly timeoutMs: number
  readonly timer: ReturnType<typeof setTimeout>
  calls: number
  inFlight: number
}

/** `Infinity` (or anything a timer cannot hold, about 24.8 days) means no timeout. */
const isTimed = (timeoutMs: number): boolean => timeoutMs < 2 ** 31

/** The timeouts of one client: its shared windows live here. */
export class AttemptTimeouts {
  #openWindow: TimeoutWindow | undefined

  /**
   * The signal for one attempt: the caller's `signal` (followed) and the timeout. With
   * `streamed` (`parseAs: 'stream'`, server-sent events) the body is handed back unread and
   * read after the attempt ends: the timeout bounds the wait for the headers only (released
   * with the attempt), and the caller's signal stays combined with the body's, so that
   * aborting it still cancels the stream.
   */
  start(timeoutMs: number, signal: AbortSignal | null | undefined, streamed = false): AttemptSignal {
    if (!signal && !streamed && isTimed(timeoutMs)) return this.#joinWindow(timeoutMs)
    const controller = new AbortController()
    const timer = isTimed(timeoutMs)
      ? unrefTimer(setTimeout(() => controller.abort(timeoutReason), timeoutMs))
      : undefined
    const stopFollowing = signal && !streamed ? followSignal(signal, controller) : undefined
    return {
      signal: signal && streamed ? combineSignals(signal, controller) : controller.signal,
      timedOut: () => controller.signal.reason === timeoutReason,
      release: () => {
        clearTimeout(timer)
        stopFollowing?.()
      },
    }
  }

  #joinWindow(timeoutMs: number): AttemptSignal {
    const now = Date.now()
    let window = this.#openWindow
    if (
      window &&
      window.timeoutMs === timeoutMs &&
      window.calls < callsPerWindow &&
      now - window.opened < window.width &&
      !window.controller.signal.aborted
    ) {
      window.calls++
      window.inFlight++
    } else {
      if (window?.inFlight === 0) clearTimeout(window.timer)
      const controller = new AbortController()
      const width = Math.min(1000, timeoutMs / 10)
      const timer = unrefTimer(setTimeout(() => controller.abort(timeoutReason), timeoutMs + width))
      window = { controller, opened: now, width, timeoutMs, timer, calls: 1, inFlight: 1 }
      this.#openWindow = window
    }
    const joined = window
    return {
      signal: joined.controller.signal,
      timedOut: () => joined.controller.signal.reason === timeoutReason,
      // The open window's timer stays until the next window opens (or it fires, unheld).
      release: () => {
        if (--joined.inFlight === 0 && joined !== this.#openWindow) clearTimeout(joined.timer)
      },
    }
  }
}

/** A timer never keeps Node running: a request in flight holds its socket open anyway. */
function unrefTimer(timer: ReturnType<typeof setTimeout>): ReturnType<typeof setTimeout> {
  ;(timer as { unref?: () => void }).unref?.()
  return timer
}

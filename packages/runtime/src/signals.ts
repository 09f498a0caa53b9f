/**
 * The caller's `AbortSignal`, followed by every attempt and back-off of every call that
 * shares it through one listener: a listener per call printed `MaxListenersExceededWarning`
 * past ten concurrent calls on Node.
 */

/** The controllers that follow each caller signal. */
const followersBySignal = new WeakMap<AbortSignal, Set<AbortController>>()

/** Aborts `controller` with the signal's reason when `signal` aborts. Returns how to stop following. */
export function followSignal(signal: AbortSignal, controller: AbortController): () => void {
  const followers = followersBySignal.get(signal) ?? startFollowing(signal)
  followers.add(controller)
  return () => followers.delete(controller)
}

/** The one listener on `signal`, aborting every controller that follows it. */
function startFollowing(signal: AbortSignal): Set<AbortController> {
  const followers = new Set<AbortController>()
  followersBySignal.set(signal, followers)
  signal.addEventListener(
    'abort',
    () => {
      for (const follower of followers) follower.abort(signal.reason)
      followers.clear()
    },
    { once: true },
  )
  return followers
}

/**
 * A signal that aborts when `signal` or `controller` does, for as long as the result lives
 * (a streamed body read long after its call). `AbortSignal.any` lets the platform drop it
 * with the stream; where it is missing, `controller` follows `signal` until `signal` aborts
 * or is collected.
 */
export function combineSignals(signal: AbortSignal, controller: AbortController): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([signal, controller.signal])
  followSignal(signal, controller)
  return controller.signal
}

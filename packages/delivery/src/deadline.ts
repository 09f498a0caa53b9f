import { DeliveryUnavailableError } from './errors.js'
import type { MaybePromise } from './store.js'

/**
 * The value, or a promise rejected with `DeliveryUnavailableError` once `remainingMs` has
 * passed. A value already there (the memory store) costs no timer.
 */
export function withinDeadline<T>(value: MaybePromise<T>, remainingMs: number, what: string): MaybePromise<T> {
  if (!(value instanceof Promise)) return value
  if (remainingMs <= 0) {
    value.catch(() => undefined)
    return Promise.reject(new DeliveryUnavailableError(`${what}: no time left before the deadline`))
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new DeliveryUnavailableError(`${what}: no answer within ${Math.round(remainingMs)} ms`)),
      remainingMs,
    )
  })
  return Promise.race([value, expired]).finally(() => clearTimeout(timer))
}

/** Resolves after `ms`. */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

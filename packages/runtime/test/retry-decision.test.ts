// Step 4, retryDelay: the whole retry policy in one decision.
import { describe, expect, it } from 'vitest'
import { backoffDelayMs, defaultRetryOptions, retryDelay } from '../src/retry.js'
import { sleep } from '../src/retry.js'

const safe = { retrySafe: true, maxRetries: 2, options: { ...defaultRetryOptions, initialDelayMs: 100 } }
const send = { ...safe, retrySafe: false }

describe('retryDelay', () => {
  it('retries a retryable answer of a call safe to repeat, honouring Retry-After up to its cap', () => {
    expect(retryDelay({ response: new Response(null, { status: 503 }) }, 0, safe)).toBeGreaterThan(0)
    expect(
      retryDelay({ response: new Response(null, { status: 429, headers: { 'retry-after': '2' } }) }, 0, safe),
    ).toBe(2000)
    expect(
      retryDelay({ response: new Response(null, { status: 429, headers: { 'retry-after': '120' } }) }, 0, safe),
    ).toBeUndefined()
    expect(retryDelay({ response: new Response(null, { status: 400 }) }, 0, safe)).toBeUndefined()
  })

  it('never repeats a send that may have arrived; retries one that provably never left', () => {
    expect(retryDelay({ response: new Response(null, { status: 503 }) }, 0, send)).toBeUndefined()
    expect(retryDelay({ neverSent: false }, 0, send)).toBeUndefined()
    expect(retryDelay({ neverSent: true }, 0, send)).toBeGreaterThan(0)
  })

  it('retries a refusal (429) of any call, a send included, after Retry-After and within the budget', () => {
    const tooMany = (retryAfter?: string) =>
      new Response(null, { status: 429, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } })
    expect(retryDelay({ response: tooMany('2') }, 0, send)).toBe(2000)
    expect(retryDelay({ response: tooMany() }, 0, send)).toBeGreaterThan(0)
    expect(retryDelay({ response: tooMany('120') }, 0, send)).toBeUndefined()
    expect(retryDelay({ response: tooMany('2') }, 2, send)).toBeUndefined()
  })

  it('stops after maxRetries', () => {
    expect(retryDelay({ neverSent: true }, 2, safe)).toBeUndefined()
  })

  it('backs off exponentially with at most 25 % jitter, capped', () => {
    expect(backoffDelayMs(0, defaultRetryOptions, () => 0)).toBe(500)
    expect(backoffDelayMs(3, defaultRetryOptions, () => 1)).toBe(3000)
    expect(backoffDelayMs(10, defaultRetryOptions, () => 0)).toBe(8000)
  })
})

describe('sleep', () => {
  it('rejects with the signal reason when aborted, without a listener on the signal per wait', async () => {
    const controller = new AbortController()
    let listeners = 0
    const original = controller.signal.addEventListener.bind(controller.signal)
    controller.signal.addEventListener = ((...args: Parameters<AbortSignal['addEventListener']>) => {
      listeners++
      return original(...args)
    }) as AbortSignal['addEventListener']
    const waits = Array.from({ length: 20 }, () => sleep(60_000, controller.signal))
    controller.abort(new Error('stop'))
    for (const wait of waits) await expect(wait).rejects.toThrow('stop')
    // AbortSignal.any follows the signal without a listener on it.
    expect(listeners).toBe(0)
  })
})

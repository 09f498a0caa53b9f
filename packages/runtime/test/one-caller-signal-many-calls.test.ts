// Many concurrent calls on one caller signal: no listener per call on it, no
// MaxListenersExceededWarning, and aborting it still cancels every call in flight.
import { expect, it } from 'vitest'
import { scriptedFetch, testClient } from './support.js'

it('a hundred concurrent calls on one signal add one listener and print no warning', async () => {
  const warnings: Error[] = []
  const onWarning = (warning: Error) => warnings.push(warning)
  process.on('warning', onWarning)
  try {
    const { fetch } = scriptedFetch(new Response('{}', { headers: { 'content-type': 'application/json' } }))
    const controller = new AbortController()
    const client = testClient({ fetch, signal: controller.signal })
    await Promise.all(
      Array.from({ length: 100 }, () => client.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })),
    )
    // Warnings are emitted on a later tick.
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([])
  } finally {
    process.off('warning', onWarning)
  }
})

it('aborting the shared signal cancels every call in flight', async () => {
  const controller = new AbortController()
  let started = 0
  const hangingFetch = ((_input: string, init?: RequestInit) => {
    started++
    return new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))
  }) as typeof fetch
  const client = testClient({ fetch: hangingFetch, signal: controller.signal })
  const calls = Array.from({ length: 20 }, () => client.get({ url: '/threads/{threadId}', path: { threadId: 't1' } }))
  // Every call has reached fetch once it has started (polled, no fixed wait).
  while (started < 20) await new Promise((resolve) => setTimeout(resolve, 1))
  const reason = new Error('caller gave up')
  controller.abort(reason)
  const outcomes = await Promise.allSettled(calls)
  expect(outcomes.every((outcome) => outcome.status === 'rejected' && outcome.reason === reason)).toBe(true)
})

it('without AbortSignal.any (older browsers), calls still follow the caller signal and remove their listener', async () => {
  const any = AbortSignal.any
  Object.defineProperty(AbortSignal, 'any', { value: undefined, configurable: true, writable: true })
  try {
    const controller = new AbortController()
    let listening = 0
    const add = controller.signal.addEventListener.bind(controller.signal)
    const remove = controller.signal.removeEventListener.bind(controller.signal)
    controller.signal.addEventListener = ((...args: Parameters<AbortSignal['addEventListener']>) => {
      listening++
      return add(...args)
    }) as AbortSignal['addEventListener']
    controller.signal.removeEventListener = ((...args: Parameters<AbortSignal['removeEventListener']>) => {
      listening--
      return remove(...args)
    }) as AbortSignal['removeEventListener']
    const { fetch } = scriptedFetch(new Response('{}', { headers: { 'content-type': 'application/json' } }))
    const client = testClient({ fetch, signal: controller.signal })
    await Promise.all(
      Array.from({ length: 5 }, () => client.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })),
    )
    expect(listening).toBe(0)
    let started = 0
    const hangingFetch = ((_input: string, init?: RequestInit) => {
      started++
      return new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )
    }) as typeof fetch
    const hanging = testClient({ fetch: hangingFetch, signal: controller.signal })
    const call = hanging.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
    while (started < 1) await new Promise((resolve) => setTimeout(resolve, 1))
    const reason = new Error('caller gave up')
    controller.abort(reason)
    await expect(call).rejects.toBe(reason)
  } finally {
    Object.defineProperty(AbortSignal, 'any', { value: any, configurable: true, writable: true })
  }
})

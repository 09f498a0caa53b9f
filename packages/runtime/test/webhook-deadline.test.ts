// Every webhook handler answers in bounded time: a body that never ends gets 408, and an
// error reporter that throws still leaves the vendor a 500. Real `Request` objects.
import { describe, expect, it } from 'vitest'
import { createWebhookDispatcher } from '../src/index.js'

/** A request whose chunked body sends one chunk and then never ends. */
function neverEndingRequest(): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"type":"message'))
    },
  })
  return new Request('http://127.0.0.1/webhooks', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json' },
    duplex: 'half',
  } as RequestInit)
}

describe('webhook body deadline', () => {
  it('answers 408 when the body does not arrive within the deadline', async () => {
    const handler = createWebhookDispatcher({
      eventType: (event) => event.type as string,
      handlers: {},
      bodyTimeoutMs: 50,
    })
    const response = await handler(neverEndingRequest())
    expect(response.status).toBe(408)
    expect(await response.json()).toEqual({ error: 'body not received within 50 ms' })
  })

  it('a body that arrives in time is handled as before', async () => {
    const handler = createWebhookDispatcher({
      eventType: (event) => event.type as string,
      handlers: { ping: () => ({ pong: true }) },
      bodyTimeoutMs: 60_000,
    })
    const response = await handler(
      new Request('http://127.0.0.1/webhooks', { method: 'POST', body: '{"type":"ping"}' }),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ pong: true })
  })
})

it('a throwing onError still gives the vendor a 500 with a generic body', async () => {
  const handler = createWebhookDispatcher({
    eventType: (event) => event.type as string,
    handlers: {
      ping: () => {
        throw new Error('handler bug')
      },
    },
    onError: () => {
      throw new Error('reporter bug')
    },
  })
  const response = await handler(new Request('http://127.0.0.1/webhooks', { method: 'POST', body: '{"type":"ping"}' }))
  expect(response.status).toBe(500)
  expect(await response.json()).toEqual({ error: 'handler failed' })
})

describe('webhook limits that would disable themselves', () => {
  it.each([
    [{ maxBodyBytes: Number.NaN }, 'maxBodyBytes'],
    [{ maxBodyBytes: -1 }, 'maxBodyBytes'],
    [{ maxBodyBytes: 1.5 }, 'maxBodyBytes'],
    [{ bodyTimeoutMs: Number.NaN }, 'bodyTimeoutMs'],
    [{ bodyTimeoutMs: 0 }, 'bodyTimeoutMs'],
  ])('%j is a ConfigurationError naming %s', async (limits, option) => {
    const { ConfigurationError } = await import('../src/index.js')
    const create = () => createWebhookDispatcher({ eventType: () => undefined, handlers: {}, ...limits })
    expect(create).toThrow(ConfigurationError)
    expect(create).toThrow(option)
  })
})

// Which calls are repeated, and how: the safe-to-repeat rule, statuses, Retry-After,
// per-client and per-call limits, the body on every attempt. Attempts are counted, never timed.
import { describe, expect, it } from 'vitest'
import { ApiError, ConnectionError, InternalServerError, RateLimitError, TimeoutError } from '../src/index.js'
import { backoffDelayMs, defaultRetryOptions, retryDelayForResponse } from '../src/retry.js'
import { connectionRefused, connectionReset, json, scriptedFetch, testClient } from './support.js'

const send = (client: ReturnType<typeof testClient>, body: unknown = { text: 'hello' }) =>
  client.post({ url: '/messages/{threadId}', path: { threadId: 't1' }, body, responseStyle: 'data' })
const read = (client: ReturnType<typeof testClient>) =>
  client.get({ url: '/threads/{threadId}', path: { threadId: 't1' }, responseStyle: 'data' })

describe('what is retried', () => {
  it.each([408, 409, 429, 500, 502, 503, 504])('a GET is retried on %i, then succeeds', async (status) => {
    const { fetch, attempts } = scriptedFetch(json(status, { error: 'try again' }), json(200, { ok: true }))
    await expect(read(testClient({ fetch }))).resolves.toEqual({ ok: true })
    expect(attempts).toHaveLength(2)
  })

  it.each([400, 401, 403, 404, 422])('a GET is not retried on %i', async (status) => {
    const { fetch, attempts } = scriptedFetch(json(status, { error: 'no' }))
    await expect(read(testClient({ fetch }))).rejects.toBeInstanceOf(ApiError)
    expect(attempts).toHaveLength(1)
  })

  it.each([
    ['PUT', '/settings', {}],
    ['DELETE', '/threads/{threadId}', { threadId: 't1' }],
  ] as const)('%s is retried like a GET', async (method, url, path) => {
    const { fetch, attempts } = scriptedFetch(json(503, {}), json(200, {}))
    await testClient({ fetch }).request({
      method,
      url,
      path,
      body: method === 'PUT' ? {} : undefined,
      responseStyle: 'data',
    })
    expect(attempts).toHaveLength(2)
  })

  it('a message send (POST, not marked) is never sent twice: not on 5xx, timeout or reset', async () => {
    for (const failure of [json(500, {}), json(503, {}), connectionReset()]) {
      const { fetch, attempts } = scriptedFetch(failure, json(200, { id: 'm1' }))
      await expect(send(testClient({ fetch, maxRetries: 5 }))).rejects.toBeDefined()
      expect(attempts).toHaveLength(1)
    }
  })

  it('a message send IS retried after a 429 (a refusal: the vendor did not take it), after Retry-After', async () => {
    const { fetch, attempts } = scriptedFetch(
      json(429, {}, { 'retry-after': '0' }),
      json(429, {}),
      json(200, { id: 'm1' }),
    )
    const client = testClient({ fetch, retry: { initialDelayMs: 1, maxDelayMs: 1 } })
    await expect(send(client)).resolves.toEqual({ id: 'm1' })
    expect(attempts).toHaveLength(3)
  })

  it('a message send refused with 429 more often than the budget surfaces the RateLimitError', async () => {
    const { fetch, attempts } = scriptedFetch(
      json(429, {}, { 'retry-after': '0' }),
      json(429, {}, { 'retry-after': '0' }),
    )
    const error = await send(testClient({ fetch, maxRetries: 1 })).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(attempts).toHaveLength(2)
  })

  it('a message send IS retried when the connection was refused (nothing left the machine)', async () => {
    const { fetch, attempts } = scriptedFetch(connectionRefused(), json(200, { id: 'm1' }))
    await expect(send(testClient({ fetch }))).resolves.toEqual({ id: 'm1' })
    expect(attempts).toHaveLength(2)
  })

  it('a POST marked safe to repeat (x-parley-idempotent) is retried on 5xx and resets', async () => {
    const { fetch, attempts } = scriptedFetch(json(502, {}), connectionReset(), json(200, { paused: true }))
    await expect(
      testClient({ fetch }).post({ url: '/pause/{threadId}', path: { threadId: 't1' }, responseStyle: 'data' }),
    ).resolves.toEqual({ paused: true })
    expect(attempts).toHaveLength(3)
  })

  it('re-sends the body intact on every attempt', async () => {
    const body = { payload: { type: 'text', speech: 'héllo | wörld', originator: { name: 'J', role: 'external' } } }
    const { fetch, attempts } = scriptedFetch(json(503, {}), json(503, {}), json(200, {}))
    await testClient({ fetch }).post({
      url: '/pause/{threadId}',
      path: { threadId: 't1' },
      body,
      responseStyle: 'data',
    })
    expect(attempts.map((attempt) => attempt.body)).toEqual([
      JSON.stringify(body),
      JSON.stringify(body),
      JSON.stringify(body),
    ])
    expect(attempts.every((attempt) => attempt.headers.authorization === attempts[0]?.headers.authorization)).toBe(true)
  })
})

describe('how many times', () => {
  it('retries twice by default, then surfaces the last error', async () => {
    const { fetch, attempts } = scriptedFetch(json(500, { error: 'down' }))
    const error = await read(testClient({ fetch })).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(InternalServerError)
    expect(attempts).toHaveLength(3)
  })

  it('maxRetries per client and per call (the call wins)', async () => {
    const client = scriptedFetch(json(500, {}))
    await read(testClient({ fetch: client.fetch, maxRetries: 4 })).catch(() => undefined)
    expect(client.attempts).toHaveLength(5)
    const perCall = scriptedFetch(json(500, {}))
    await testClient({ fetch: perCall.fetch, maxRetries: 4 })
      .get({ url: '/threads/{threadId}', path: { threadId: 't1' }, maxRetries: 0 })
      .catch(() => undefined)
    expect(perCall.attempts).toHaveLength(1)
  })

  it('a per-call fetch goes through the same retries', async () => {
    const { fetch, attempts } = scriptedFetch(json(503, {}), json(200, { ok: true }))
    await expect(
      testClient().get({ url: '/threads/{threadId}', path: { threadId: 't1' }, fetch, responseStyle: 'data' }),
    ).resolves.toEqual({ ok: true })
    expect(attempts).toHaveLength(2)
  })

  it('a fetch set later with setConfig goes through the same retries', async () => {
    const { fetch, attempts } = scriptedFetch(json(503, {}), json(200, { ok: true }))
    const client = testClient()
    client.setConfig({ fetch })
    await expect(read(client)).resolves.toEqual({ ok: true })
    expect(attempts).toHaveLength(2)
  })
})

describe('Retry-After', () => {
  it('honours seconds and HTTP dates', () => {
    const options = defaultRetryOptions
    expect(
      retryDelayForResponse(new Response(null, { status: 429, headers: { 'retry-after': '3' } }), 0, options),
    ).toBe(3000)
    const inFiveSeconds = new Date(Date.now() + 5000).toUTCString()
    const delay = retryDelayForResponse(
      new Response(null, { status: 503, headers: { 'retry-after': inFiveSeconds } }),
      0,
      options,
    )
    expect(delay).toBeGreaterThan(3000)
    expect(delay).toBeLessThanOrEqual(5000)
  })

  it('beyond the cap (60 s) the error surfaces at once instead of waiting', async () => {
    const { fetch, attempts } = scriptedFetch(
      json(429, { error: 'slow down' }, { 'retry-after': '120' }),
      json(200, {}),
    )
    const error = await read(testClient({ fetch })).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RateLimitError)
    expect((error as RateLimitError).retryAfterMs).toBe(120_000)
    expect(attempts).toHaveLength(1)
  })

  it('Retry-After: 0 retries at once', async () => {
    const { fetch, attempts } = scriptedFetch(json(429, {}, { 'retry-after': '0' }), json(200, { ok: true }))
    await expect(read(testClient({ fetch, retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 } }))).resolves.toEqual({
      ok: true,
    })
    expect(attempts).toHaveLength(2)
  })
})

describe('back-off', () => {
  it('doubles from 0.5 s to at most 8 s, with up to 25 % jitter', () => {
    const nominal = [500, 1000, 2000, 4000, 8000, 8000]
    nominal.forEach((expected, retryNumber) => {
      expect(backoffDelayMs(retryNumber, defaultRetryOptions, () => 0)).toBe(expected)
      expect(backoffDelayMs(retryNumber, defaultRetryOptions, () => 1)).toBe(Math.round(expected * 0.75))
    })
  })
})

describe('failures that are not HTTP statuses', () => {
  it('a GET whose connection is reset is retried and then surfaces a ConnectionError', async () => {
    const { fetch, attempts } = scriptedFetch(connectionReset())
    const error = await read(testClient({ fetch })).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as ConnectionError).neverSent).toBe(false)
    expect(attempts).toHaveLength(3)
  })

  it('TimeoutError and ConnectionError say they are retryable; a 400 does not', async () => {
    expect(new TimeoutError({ method: 'GET', url: 'u', timeoutMs: 1 }).isRetryable).toBe(true)
    const { fetch } = scriptedFetch(json(400, {}))
    expect(((await read(testClient({ fetch })).catch((caught: unknown) => caught)) as ApiError).isRetryable).toBe(false)
  })
})

// Over real HTTP on 127.0.0.1: per-attempt timeouts, the caller's AbortSignal, refused and
// reset connections, a truncated body, exact bytes on the wire. No timing is asserted:
// timeouts are short and servers that must time out never answer.
import { createServer } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  ConnectionError,
  RequestValidationError,
  ResponseParseError,
  TimeoutError,
  type createClient,
} from '../src/index.js'
import { type FaultServer, canary, operations, securitySchemes, startFaultServer, createTestClient } from './support.js'

let server: FaultServer
beforeAll(async () => {
  server = await startFaultServer()
})
beforeEach(() => {
  server.received.length = 0
})
afterAll(() => server.close())

const client = (baseUrl = server.baseUrl, extra: Parameters<typeof createClient>[0] = {}) =>
  createTestClient({
    baseUrl,
    credentials: { apiKey: canary },
    operations,
    securitySchemes,
    retry: { initialDelayMs: 0, maxDelayMs: 0 },
    ...extra,
  })

/** A port with nothing listening (bound, then closed). */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** Counts attempts where they start (the server may not see an attempt aborted early under load). */
function countingFetch() {
  const counter = {
    attempts: 0,
    fetch: ((input: string | URL | Request, init?: RequestInit) => {
      counter.attempts++
      return globalThis.fetch(input, init)
    }) as typeof fetch,
  }
  return counter
}

describe('timeouts', () => {
  it('each attempt has its own timeout; a GET times out on every attempt and surfaces TimeoutError', async () => {
    server.answer(() => {
      /* never answers */
    })
    const counter = countingFetch()
    const error = await client(server.baseUrl, { timeoutMs: 50, maxRetries: 1, fetch: counter.fetch })
      .get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as TimeoutError).timeoutMs).toBe(50)
    expect(counter.attempts).toBe(2)
  })

  it('a message send that times out is not sent again', async () => {
    server.answer(() => {
      /* never answers */
    })
    const counter = countingFetch()
    await expect(
      client(server.baseUrl, { timeoutMs: 50, maxRetries: 3, fetch: counter.fetch }).post({
        url: '/messages/{threadId}',
        path: { threadId: 't1' },
        body: { text: 'x' },
      }),
    ).rejects.toBeInstanceOf(TimeoutError)
    expect(counter.attempts).toBe(1)
  })

  it("the caller's abort surfaces as the caller's reason and is never retried", async () => {
    server.answer(() => {
      /* never answers */
    })
    const controller = new AbortController()
    const counter = countingFetch()
    const call = client(server.baseUrl, { maxRetries: 5, fetch: counter.fetch }).get({
      url: '/threads/{threadId}',
      path: { threadId: 't1' },
      signal: controller.signal,
    })
    const reason = new Error('user navigated away')
    setTimeout(() => controller.abort(reason), 30)
    await expect(call).rejects.toBe(reason)
    expect(counter.attempts).toBe(1)
  })

  it('calls that start together share one timeout window, and each still waits at least timeoutMs', async () => {
    server.answer(() => {
      /* never answers */
    })
    const shared = client(server.baseUrl, { timeoutMs: 200, maxRetries: 0 })
    // 70 calls: more than one window holds (32), so several windows are open at once.
    const started = performance.now()
    const outcomes = await Promise.all(
      Array.from({ length: 70 }, () =>
        shared.get({ url: '/threads/{threadId}', path: { threadId: 't1' } }).then(
          () => 'answered',
          (error: unknown) => ({ error, waitedMs: performance.now() - started }),
        ),
      ),
    )
    for (const outcome of outcomes) {
      expect(outcome).not.toBe('answered')
      const { error, waitedMs } = outcome as { error: unknown; waitedMs: number }
      expect(error).toBeInstanceOf(TimeoutError)
      // Never early (a lower bound only: how late depends on the machine).
      expect(waitedMs).toBeGreaterThanOrEqual(199)
    }
  })

  it('many concurrent calls over real fetch trigger no listener-leak warning, and finished calls leave no timer keeping Node alive', async () => {
    server.answer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    )
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    const timersBefore = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length
    try {
      const shared = client(server.baseUrl)
      for (let batch = 0; batch < 3; batch++) {
        const answers = await Promise.all(
          Array.from({ length: 40 }, () => shared.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })),
        )
        expect(answers).toHaveLength(40)
      }
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve))
      expect(warnings.map((warning) => warning.name)).toEqual([])
      const timersAfter = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length
      expect(timersAfter).toBeLessThanOrEqual(timersBefore)
    } finally {
      process.off('warning', onWarning)
    }
  })

  it("a caller's signal gets its own timeout (the shared window is only for calls without one)", async () => {
    server.answer(() => {
      /* never answers */
    })
    const controller = new AbortController()
    const error = await client(server.baseUrl, { timeoutMs: 50, maxRetries: 0 })
      .get({ url: '/threads/{threadId}', path: { threadId: 't1' }, signal: controller.signal })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TimeoutError)
    expect(controller.signal.aborted).toBe(false)
  })

  it('timeoutMs: Infinity means no timeout (a timer would fire after 1 ms), with or without a signal', async () => {
    server.answer((_request, response) => {
      setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end('{"late":true}'), 50)
    })
    const patient = client(server.baseUrl, {
      timeoutMs: Number.POSITIVE_INFINITY,
      maxRetries: 0,
      responseStyle: 'data',
    })
    await expect(patient.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })).resolves.toEqual({ late: true })
    await expect(
      patient.get({ url: '/threads/{threadId}', path: { threadId: 't1' }, signal: new AbortController().signal }),
    ).resolves.toEqual({ late: true })
  })

  it('an already aborted signal sends nothing', async () => {
    const controller = new AbortController()
    controller.abort(new Error('too late'))
    await expect(
      client().get({ url: '/threads/{threadId}', path: { threadId: 't1' }, signal: controller.signal }),
    ).rejects.toThrow('too late')
    expect(server.received).toHaveLength(0)
  })
})

describe('connections', () => {
  it('a refused connection is a ConnectionError marked neverSent, retried even for a message send', async () => {
    const port = await closedPort()
    const error = await client(`http://127.0.0.1:${port}`, { maxRetries: 2 })
      .post({ url: '/messages/{threadId}', path: { threadId: 't1' }, body: { text: 'x' } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as ConnectionError).neverSent).toBe(true)
    expect((error as ConnectionError).message).toContain('ECONNREFUSED')
  })

  it('a connection reset mid-request is a ConnectionError, and a message send is not repeated', async () => {
    server.answer((request) => request.socket.destroy())
    const error = await client(server.baseUrl, { maxRetries: 3 })
      .post({ url: '/messages/{threadId}', path: { threadId: 't1' }, body: { text: 'x' } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as ConnectionError).neverSent).toBe(false)
    expect(server.received).toHaveLength(1)
  })

  it('a 2xx with a truncated JSON body is a ResponseParseError that does not quote the body', async () => {
    server.answer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(`{"token": "${canary}", "trunc`),
    )
    const error = await client()
      .get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ResponseParseError)
    expect(JSON.stringify(error)).not.toContain(canary)
    expect(String((error as Error).cause)).not.toContain(canary)
  })
})

describe('the wire', () => {
  it('sends exactly the JSON bytes of the body, the credential header, and an encoded path', async () => {
    server.answer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"m1"}'),
    )
    const body = { text: 'emoji 🎉 and "quotes"', nested: { list: [1, 2, 3] } }
    const result = await client().post({
      url: '/messages/{threadId}',
      path: { threadId: 'a|b c/d' },
      body,
      responseStyle: 'data',
    })
    expect(result).toEqual({ id: 'm1' })
    const [received] = server.received
    expect(received?.url).toBe('/messages/a%7Cb%20c%2Fd')
    expect(received?.body.toString('utf8')).toBe(JSON.stringify(body))
    expect(received?.headers.authorization).toBe(canary)
    expect(received?.headers['content-type']).toBe('application/json')
  })

  it('checks required path and query parameters before sending', async () => {
    await expect(client().get({ url: '/threads/{threadId}', path: {} })).rejects.toBeInstanceOf(RequestValidationError)
    await expect(client().get({ url: '/search', query: {} })).rejects.toThrow(/missing required query parameter `q`/)
    await expect(client().post({ url: '/messages/{threadId}', path: { threadId: 't' } })).rejects.toThrow(
      /missing required request body/,
    )
    expect(server.received).toHaveLength(0)
  })
})

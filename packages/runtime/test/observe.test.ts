// Seeing a call: log lines (one per attempt at debug, retries at info, failures at warn,
// nothing by default, PARLEY_LOG on Node) and hooks (onRequest may add a header,
// onResponse/onError see every attempt and retry), over a real server, with no secret in
// any line or event.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ConfigurationError, RedirectError, RequestValidationError } from '../src/index.js'
import { placeInQuery } from '../src/credential-kinds.js'
import type { ErrorEvent, Hooks, Logger, ResponseEvent } from '../src/index.js'
import {
  type FaultServer,
  type TestSetup,
  canary,
  createTestClient,
  immediateRetry,
  operations,
  securitySchemes,
  startFaultServer,
} from './support.js'

let vendor: FaultServer
let elsewhere: FaultServer
beforeAll(async () => {
  vendor = await startFaultServer()
  elsewhere = await startFaultServer()
})
afterAll(async () => {
  await vendor.close()
  await elsewhere.close()
})
afterEach(() => {
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

/** A logger that keeps every line with its level. */
function recorder(): Logger & { lines: string[] } {
  const lines: string[] = []
  const keep = (level: string) => (message: string) => {
    lines.push(`${level} ${message}`)
  }
  return { lines, debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') }
}

const client = (config: TestSetup = {}) =>
  createTestClient({
    baseUrl: `${vendor.baseUrl}/v1`,
    credentials: { apiKey: canary },
    operations,
    securitySchemes,
    retry: immediateRetry,
    responseStyle: 'data',
    ...config,
  })

/** 503 twice (each with the canary echoed back), then the thread with a request id. */
const flakyThenOk = () => {
  const first = vendor.received.length
  vendor.answer((_request, response, index) => {
    if ((index - first) % 3 < 2)
      return response.writeHead(503, { 'x-request-id': `req-${index}` }).end(`overloaded, key ${canary}`)
    response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req-${index}` }).end('{"id":"t1"}')
  })
}

describe('logging', () => {
  it('logs nothing by default', async () => {
    flakyThenOk()
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {})
    const logger = recorder()
    expect(await client({ logger }).get({ url: '/threads/{threadId}', path: { threadId: 't1' } })).toEqual({
      id: 't1',
    })
    expect(logger.lines).toEqual([])
    expect(debug).not.toHaveBeenCalled()
  })

  it('`logger: console, logLevel: debug` prints one line per attempt, the retries, and no secret', async () => {
    flakyThenOk()
    const lines: string[] = []
    for (const level of ['debug', 'info', 'warn', 'error'] as const)
      vi.spyOn(console, level).mockImplementation((message: string) => lines.push(`${level} ${message}`))
    await client({ logger: console, logLevel: 'debug' }).get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
    const url = `${vendor.baseUrl}/v1/threads/t1`
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^debug parley getThread GET ${url} → 503 in \\d+ ms, attempt 1, request id req-\\d+$`),
      ),
      `info parley getThread GET ${url} retrying in 0 ms after 503 (attempt 1)`,
      expect.stringMatching(/^debug .* → 503 in \d+ ms, attempt 2, request id req-\d+$/),
      `info parley getThread GET ${url} retrying in 0 ms after 503 (attempt 2)`,
      expect.stringMatching(/^debug .* → 200 in \d+ ms, attempt 3, request id req-\d+$/),
    ])
  })

  it('a failure is a warn line with the request id; `info` leaves out the attempts', async () => {
    vendor.answer((_request, response) => response.writeHead(404, { 'x-request-id': 'req-404' }).end('no thread'))
    const logger = recorder()
    await expect(
      client({ logger, logLevel: 'info' }).get({ url: '/threads/{threadId}', path: { threadId: 't1' } }),
    ).rejects.toThrow()
    expect(logger.lines).toEqual([
      `warn parley getThread GET ${vendor.baseUrl}/v1/threads/t1 failed: GET ${vendor.baseUrl}/v1/threads/t1 failed with 404: no thread (request id req-404)`,
    ])
  })

  it('PARLEY_LOG sets the level where no option does, printing to the console', async () => {
    flakyThenOk()
    vi.stubEnv('PARLEY_LOG', 'info')
    const info = vi.spyOn(console, 'info').mockImplementation(() => {})
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {})
    await client().get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
    expect(info).toHaveBeenCalledTimes(2)
    expect(debug).not.toHaveBeenCalled()
    info.mockClear()
    // An option wins over the environment.
    await client({ logLevel: 'off' }).get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
    expect(info).not.toHaveBeenCalled()
  })

  it('the canary: no log line of any level holds a secret or a fragment of one', async () => {
    const logger = recorder()
    const observed = client({
      logger,
      logLevel: 'debug',
      securitySchemes: { apiKey: { type: 'apiKey', in: 'query', name: 'api_key', place: placeInQuery } },
    })
    const calls = [
      // Retried answers that echo the key, then a success.
      () => {
        flakyThenOk()
        return observed.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
      },
      // An error whose body and headers echo the key.
      () => {
        vendor.answer((_request, response) =>
          response.writeHead(401, { 'x-echo': canary, 'x-request-id': canary }).end(`bad key ${canary}`),
        )
        return observed.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
      },
      // A redirect to another origin with the key in the target.
      () => {
        vendor.answer((_request, response) =>
          response.writeHead(302, { location: `${elsewhere.baseUrl}/steal?key=${canary}` }).end(),
        )
        return observed.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
      },
      // Nobody listening: connection failures, retried.
      () =>
        client({
          baseUrl: 'http://127.0.0.1:9/v1',
          logger,
          logLevel: 'debug',
          securitySchemes: { apiKey: { type: 'apiKey', in: 'query', name: 'api_key', place: placeInQuery } },
        }).get({ url: '/threads/{threadId}', path: { threadId: 't1' } }),
      // A per-call credential and a path value that is the key.
      () => {
        flakyThenOk()
        return observed.get({ url: '/threads/{threadId}', path: { threadId: canary }, credentials: { apiKey: canary } })
      },
    ]
    for (const call of calls) await call().catch(() => undefined)
    expect(logger.lines.length).toBeGreaterThan(12)
    const text = logger.lines.join('\n')
    for (let start = 0; start + 6 <= canary.length; start++)
      expect(text, `a fragment of the key: ${canary.slice(start, start + 6)}`).not.toContain(
        canary.slice(start, start + 6),
      )
    expect(text).toMatch(/^warn .* failed: /m)
    expect(text).toMatch(/^info .* retrying in 0 ms after ConnectionError/m)
  })
})

describe('hooks', () => {
  it('onRequest adds a header to each attempt; onResponse and onError see every attempt and retry', async () => {
    flakyThenOk()
    const seen: string[] = []
    const clientHooks: Hooks = {
      onRequest: (event) => {
        seen.push(`request ${event.attempt} ${event.call.name} ${event.url}`)
        event.setHeader('x-trace', `trace-${event.attempt}`)
      },
      onResponse: (event: ResponseEvent) => {
        seen.push(
          `response ${event.attempt} ${event.status} ${event.requestId} ${event.response.headers.get('x-request-id')} retry=${event.retry?.delayMs ?? '-'}`,
        )
      },
    }
    const callHooks: Hooks = { onResponse: (event) => void seen.push(`call hook ${event.attempt}`) }
    const first = vendor.received.length
    await client({ hooks: clientHooks }).get({
      url: '/threads/{threadId}',
      path: { threadId: 't1' },
      hooks: callHooks,
    })
    const url = `${vendor.baseUrl}/v1/threads/t1`
    expect(seen).toEqual([
      `request 1 getThread ${url}`,
      expect.stringMatching(/^response 1 503 req-\d+ req-\d+ retry=0$/),
      'call hook 1',
      `request 2 getThread ${url}`,
      expect.stringMatching(/^response 2 503 req-\d+ req-\d+ retry=0$/),
      'call hook 2',
      `request 3 getThread ${url}`,
      expect.stringMatching(/^response 3 200 req-\d+ req-\d+ retry=-$/),
      'call hook 3',
    ])
    expect(vendor.received.slice(first).map((request) => request.headers['x-trace'])).toEqual([
      'trace-1',
      'trace-2',
      'trace-3',
    ])
  })

  it('onError sees each retried failure and then the call failing, with no secret', async () => {
    const errors: ErrorEvent[] = []
    await client({
      baseUrl: 'http://127.0.0.1:9/v1',
      hooks: { onError: (event) => void errors.push(event) },
    })
      .get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
      .catch(() => undefined)
    expect(errors.map((event) => [event.attempt, (event.error as Error).name, event.retry?.reason])).toEqual([
      [1, 'ConnectionError', 'ConnectionError'],
      [2, 'ConnectionError', 'ConnectionError'],
      [3, 'ConnectionError', undefined],
    ])
    expect(errors[0]?.call).toEqual({ name: 'getThread', operationId: 'getThread', method: 'GET' })
    expect(errors[0]?.call).toBe(errors[2]?.call)
    expect(JSON.stringify(errors)).not.toContain(canary)
  })

  it('a hook cannot replace the credential, and a redirect to another origin is still refused', async () => {
    vendor.answer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'))
    const replaceCredential = client({ hooks: { onRequest: (event) => event.setHeader('Authorization', 'other') } })
    await expect(
      replaceCredential.get({ url: '/threads/{threadId}', path: { threadId: 't1' } }),
    ).rejects.toBeInstanceOf(RequestValidationError)

    vendor.answer((_request, response) => response.writeHead(307, { location: `${elsewhere.baseUrl}/x` }).end())
    const before = elsewhere.received.length
    const addsHeader = client({ hooks: { onRequest: (event) => event.setHeader('x-extra', 'yes') } })
    await expect(addsHeader.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })).rejects.toBeInstanceOf(
      RedirectError,
    )
    expect(elsewhere.received.length).toBe(before)
  })

  it('a value added under a sensitive name is kept out of the log lines', async () => {
    vendor.answer((_request, response) => response.writeHead(500).end(`echo ${canary}-session`))
    const logger = recorder()
    await client({
      logger,
      logLevel: 'debug',
      maxRetries: 0,
      hooks: { onRequest: (event) => event.setHeader('x-session-token', `${canary}-session`) },
    })
      .get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
      .catch(() => undefined)
    expect(logger.lines.join('\n')).not.toContain('canary-secret')
  })

  it('settings are checked: an unknown log level is a ConfigurationError', () => {
    expect(() => client({ logLevel: 'verbose' as never })).toThrow(ConfigurationError)
  })
})

// No credential ever leaks (issue: runtime reliability). A canary credential is set on every
// vendor client; every operation is driven through every failure path against a server on
// 127.0.0.1 that echoes the request (headers, URL, body) back; everything thrown or printed
// is scanned: message, stack, String(), JSON.stringify(), util.inspect(), the cause chain,
// and console output. Lives here because this package depends on every vendor client.
import { createServer as createNetServer } from 'node:net'
import { inspect } from 'node:util'
import { createAvaamoClient } from '@parley/avaamo'
import { createBotpressMessagingClient } from '@parley/botpress-messaging'
import { createKhorosFlowClient } from '@parley/khoros-flow'
import { createMeheryXmsClient } from '@parley/mehery-xms'
import { responseChecker as avaamoChecker } from '@parley/avaamo/zod'
import { responseChecker as botpressChecker } from '@parley/botpress-messaging/zod'
import { responseChecker as khorosChecker } from '@parley/khoros-flow/zod'
import { responseChecker as meheryChecker } from '@parley/mehery-xms/zod'
import { type ScriptedServer, specPathOf, startScriptedServer } from '@parley/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { exampleArguments, listOperations, readSpec } from '@parley/testing/spec-examples'

const canary = 'CANARY-0f9e8d7c6b5a-SECRET'

type AnyClient = Record<string, (options?: unknown) => Promise<unknown>>
type ClientFactory = (options: {
  baseUrl: string
  maxRetries: number
  timeoutMs: number
  retry: { initialDelayMs: number; maxDelayMs: number }
  validateResponses?: boolean
}) => AnyClient

/** Retries happen (they are a failure path too) but without waiting. */
const immediateRetry = { initialDelayMs: 0, maxDelayMs: 0 }

const vendors: Array<[string, ClientFactory]> = [
  [
    'botpress-messaging',
    ({ validateResponses, ...options }) =>
      createBotpressMessagingClient({
        ...options,
        validateResponses: validateResponses ? botpressChecker : undefined,
        clientId: canary,
        clientToken: canary,
        adminKey: canary,
      }) as unknown as AnyClient,
  ],
  [
    'khoros-flow',
    ({ validateResponses, ...options }) =>
      createKhorosFlowClient({
        ...options,
        validateResponses: validateResponses ? khorosChecker : undefined,
        apiKey: canary,
      }) as unknown as AnyClient,
  ],
  [
    'mehery-xms',
    ({ validateResponses, ...options }) =>
      createMeheryXmsClient({
        ...options,
        validateResponses: validateResponses ? meheryChecker : undefined,
        apiKey: canary,
        apiId: canary,
      }) as unknown as AnyClient,
  ],
  [
    'avaamo',
    ({ validateResponses, ...options }) =>
      createAvaamoClient({
        ...options,
        validateResponses: validateResponses ? avaamoChecker : undefined,
        userAccessToken: canary,
        agentAccessToken: canary,
      }) as unknown as AnyClient,
  ],
]

/** Every way a value can end up on a screen or in a log. */
function everythingPrintable(value: unknown): string {
  const parts: string[] = []
  for (let current = value, depth = 0; current !== undefined && current !== null && depth < 6; depth++) {
    parts.push(String(current), inspect(current, { depth: 10, showHidden: true }))
    try {
      parts.push(JSON.stringify(current) ?? '')
    } catch {
      parts.push('(not serializable)')
    }
    if (current instanceof Error) parts.push(current.message, current.stack ?? '')
    current = (current as { cause?: unknown }).cause
  }
  return parts.join('\n')
}

let echoServer: ScriptedServer
let refusedUrl: string
const consoleOutput: string[] = []

beforeAll(async () => {
  echoServer = await startScriptedServer()
  const probe = createNetServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  refusedUrl = `http://127.0.0.1:${(probe.address() as { port: number }).port}`
  await new Promise((resolve) => probe.close(resolve))
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void consoleOutput.push(args.map((arg) => everythingPrintable(arg)).join(' ')),
    )
  }
})
afterEach(() => {
  echoServer.requests.length = 0
})
afterAll(async () => {
  vi.restoreAllMocks()
  await echoServer.close()
})

/** What the echoing server answers: the request it received, in every place it can. */
const echo = (status: number) => (request: { url: string; headers: Record<string, unknown>; body: string }) => ({
  status,
  headers: {
    'x-echo-headers': JSON.stringify(request.headers).replace(/[^\x20-\x7e]/g, ''),
    'www-authenticate': `Bearer realm="${canary}"`,
    'set-cookie': `session=${canary}`,
  },
  body: {
    error: 'echo',
    url: request.url,
    headers: request.headers,
    body: request.body,
    message: `token ${canary} rejected`,
  },
})

const failureModes: Array<
  [string, () => { baseUrl: string; timeoutMs?: number; validateResponses?: boolean; prepare?: () => void }]
> = [
  [
    '401 echoing the request',
    () => ({ baseUrl: echoServer.baseUrl, prepare: () => echoServer.respondWith(echo(401)) }),
  ],
  [
    '403 echoing the request',
    () => ({ baseUrl: echoServer.baseUrl, prepare: () => echoServer.respondWith(echo(403)) }),
  ],
  [
    '500 echoing the request',
    () => ({ baseUrl: echoServer.baseUrl, prepare: () => echoServer.respondWith(echo(500)) }),
  ],
  [
    '422 as plain text',
    () => ({
      baseUrl: echoServer.baseUrl,
      prepare: () => echoServer.respondWith({ status: 422, body: `invalid key ${canary}` }),
    }),
  ],
  [
    '2xx with malformed JSON',
    () => ({
      baseUrl: echoServer.baseUrl,
      prepare: () =>
        echoServer.respondWith({
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: `{"token":"${canary}",`,
        }),
    }),
  ],
  [
    '2xx that fails response validation',
    () => ({
      baseUrl: echoServer.baseUrl,
      validateResponses: true,
      prepare: () =>
        echoServer.respondWith({ status: 200, body: { unexpected: canary, id: 42, status: 42, results: canary } }),
    }),
  ],
  [
    'connection reset',
    () => ({ baseUrl: echoServer.baseUrl, prepare: () => echoServer.respondWith({ destroySocket: true }) }),
  ],
  ['connection refused', () => ({ baseUrl: refusedUrl })],
]

describe.each(vendors)('%s: the canary credential never appears', (vendorId, createVendorClient) => {
  const spec = readSpec(specPathOf(vendorId))
  const operations = listOperations(spec)

  it.each(failureModes)('in anything thrown or printed when every operation meets: %s', async (_mode, setUp) => {
    const mode = setUp()
    mode.prepare?.()
    const client = createVendorClient({
      baseUrl: mode.baseUrl,
      maxRetries: 1,
      timeoutMs: 2000,
      retry: immediateRetry,
      ...(mode.validateResponses && { validateResponses: true }),
    })
    let failures = 0
    for (const operation of operations) {
      const outcome = await client[operation.operationId]!(exampleArguments(spec, operation)).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      )
      if ('error' in outcome) failures++
      const printable = everythingPrintable('error' in outcome ? outcome.error : outcome.value)
      expect(printable.includes(canary), `${operation.operationId} leaked the credential`).toBe(false)
    }
    // Each mode is a failure for every operation, except validation where a schema accepts anything.
    expect(failures).toBeGreaterThan(0)
    expect(consoleOutput.join('\n').includes(canary)).toBe(false)
  })

  it('in a timeout', async () => {
    echoServer.respondWith({ status: 200, delayMs: 5000, body: {} })
    const client = createVendorClient({
      baseUrl: echoServer.baseUrl,
      maxRetries: 0,
      timeoutMs: 50,
      retry: immediateRetry,
    })
    const [first] = operations
    const error = await client[first!.operationId]!(exampleArguments(spec, first!)).catch((caught: unknown) => caught)
    expect((error as Error).name).toBe('TimeoutError')
    expect(everythingPrintable(error).includes(canary)).toBe(false)
  })

  it('in a call that fails before sending (a missing path parameter)', async () => {
    const withPath = operations.find((operation) => operation.url.includes('{'))
    if (!withPath) return
    const client = createVendorClient({
      baseUrl: echoServer.baseUrl,
      maxRetries: 0,
      timeoutMs: 2000,
      retry: immediateRetry,
    })
    const callArguments = exampleArguments(spec, withPath)
    const error = await client[withPath.operationId]!({ ...callArguments, path: {} }).catch((caught: unknown) => caught)
    expect((error as Error).name).toBe('RequestValidationError')
    expect(everythingPrintable(error).includes(canary)).toBe(false)
    expect(echoServer.requests).toHaveLength(0)
  })
})

describe('the scan itself', () => {
  it('finds the canary wherever an unredacted error would carry it', () => {
    const leaky = new Error('outer', {
      cause: Object.assign(new Error('inner'), { request: { headers: { authorization: canary } } }),
    })
    expect(everythingPrintable(leaky).includes(canary)).toBe(true)
    expect(everythingPrintable({ nested: [{ token: canary }] }).includes(canary)).toBe(true)
  })

  it('the echoing server really echoes the credential (so a pass means it was scrubbed)', async () => {
    echoServer.respondWith(echo(401))
    const response = await fetch(`${echoServer.baseUrl}/x`, { headers: { authorization: canary } })
    expect((await response.text()).includes(canary)).toBe(true)
  })
})

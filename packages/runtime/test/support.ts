// Shared fixtures for the runtime tests: a small operation table like the generated ones,
// a scripted fetch that records attempts, and a real fault-injecting HTTP server.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { type CallContext, startCall } from '../src/call-context.js'
import type { ClientMetadata } from '../src/client-types.js'
import { createClient } from '../src/index.js'
import type { Client, Config, RequestOptions } from '../src/index.js'
import type { OperationInfo, OperationTable, SecuritySchemeTable } from '../src/operations.js'

export const operations: OperationTable = {
  'GET /threads/{threadId}': { id: 'getThread', security: [['apiKey']], idempotent: true },
  'POST /messages/{threadId}': { id: 'sendMessage', security: [['apiKey']], bodyRequired: true, idempotent: false },
  'POST /pause/{threadId}': { id: 'pauseBot', security: [['apiKey']], idempotent: true },
  'PUT /settings': { id: 'putSettings', security: [['apiKey']], idempotent: true },
  'DELETE /threads/{threadId}': { id: 'deleteThread', security: [['apiKey']], idempotent: true },
  'GET /search': { id: 'search', security: [['apiKey']], requiredQuery: ['q'], idempotent: true },
}

export const securitySchemes: SecuritySchemeTable = { apiKey: { type: 'apiKey', in: 'header', name: 'Authorization' } }

export const canary = 'canary-secret-7d1f0b2e'

/** Retries without waiting: the tests count attempts, they never time them. */
export const immediateRetry = { initialDelayMs: 0, maxDelayMs: 0 }

/**
 * A client's settings together with what a vendor package tells it (`ClientMetadata`) and
 * its operation table: the shape the tests give, split by `createTestClient`.
 */
export type TestSetup = Config & ClientMetadata & { operations?: OperationTable }

function split({
  operations,
  securitySchemes,
  defaultSecurity,
  credentialOptionNames,
  responseValidator,
  ...config
}: TestSetup) {
  return {
    config,
    metadata: { securitySchemes, defaultSecurity, credentialOptionNames, responseValidator },
    operations,
  }
}

const httpMethods = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const

/**
 * A client whose calls carry their operation from `setup.operations` (by method and URL
 * template), as the generated SDK functions pass theirs.
 */
export function createTestClient(setup: TestSetup = {}): Client {
  const { config, metadata, operations } = split(setup)
  const client = createClient(config, metadata)
  if (!operations) return client
  const withOperation = <T extends { url: string; operation?: OperationInfo }>(method: string, options: T): T => ({
    ...options,
    operation: options.operation ?? operations[`${method.toUpperCase()} ${options.url}`],
  })
  const wrapped: Client = { ...client, sse: { ...client.sse } }
  for (const method of httpMethods) {
    wrapped[method] = ((options: RequestOptions) => client[method](withOperation(method, options))) as Client['get']
    wrapped.sse[method] = ((options: RequestOptions) =>
      client.sse[method](withOperation(method, options))) as Client['sse']['get']
  }
  wrapped.request = ((options: RequestOptions & { method: string }) =>
    client.request(withOperation(options.method ?? 'GET', options) as never)) as Client['request']
  return wrapped
}

export function testClient(setup: TestSetup = {}) {
  return createTestClient({
    baseUrl: 'https://api.vendor.test/v1',
    credentials: { apiKey: canary },
    credentialOptionNames: { apiKey: 'apiKey' },
    operations,
    securitySchemes,
    retry: immediateRetry,
    ...setup,
  })
}

/** A call's context as `send` makes it, for the tests of one step. */
export function testCall(
  method: string,
  url: string,
  {
    config: setup = {},
    operationId,
    secrets = [],
  }: { config?: TestSetup; operationId?: string; secrets?: string[] } = {},
): CallContext {
  const { config, metadata, operations: table } = split(setup)
  const operation = operationId ? { id: operationId } : table?.[`${method} ${url}`]
  return startCall({ config, metadata, secrets }, { url, operation }, method)
}

export interface RecordedAttempt {
  readonly url: string
  readonly method: string
  readonly headers: Record<string, string>
  readonly body: string | undefined
}

export type ScriptedAnswer =
  | Response
  | Error
  | ((attempt: RecordedAttempt, index: number) => Response | Error | Promise<Response | Error>)

/** A fetch that answers from a script (the last entry repeats) and records every attempt. */
export function scriptedFetch(...script: ScriptedAnswer[]) {
  const attempts: RecordedAttempt[] = []
  const fetchImplementation = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const attempt: RecordedAttempt = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      body: typeof init?.body === 'string' ? init.body : undefined,
    }
    const index = attempts.push(attempt) - 1
    const entry = script[Math.min(index, script.length - 1)]
    const answer = typeof entry === 'function' ? await entry(attempt, index) : entry
    if (answer instanceof Error) throw answer
    if (!answer) throw new Error('script exhausted')
    // A Response body can be read once: hand out a copy per attempt.
    return answer.clone()
  }
  return { fetch: fetchImplementation as typeof fetch, attempts }
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

export function connectionRefused(): Error {
  return new TypeError('fetch failed', {
    cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
  })
}

export function connectionReset(): Error {
  return new TypeError('fetch failed', {
    cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
  })
}

export interface FaultServer {
  readonly baseUrl: string
  readonly received: Array<{ method: string; url: string; headers: IncomingMessage['headers']; body: Buffer }>
  answer(handler: (request: IncomingMessage, response: ServerResponse, index: number) => void): void
  close(): Promise<void>
}

/** A real HTTP server on 127.0.0.1 whose behaviour per request the test decides. */
export async function startFaultServer(): Promise<FaultServer> {
  let handler: (request: IncomingMessage, response: ServerResponse, index: number) => void = (_request, response) =>
    response.end()
  const received: FaultServer['received'] = []
  const sockets = new Set<Socket>()
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const index =
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
      }) - 1
    handler(request, response, index)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    answer: (next) => {
      handler = next
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** The two transports every over-the-wire case runs on: the Node transport (what `#transport` is on Node, no `fetch` given) and a given `fetch` (as in browsers, Workers, Deno and Bun). */
export const transports: ReadonlyArray<readonly [string, Config]> = [
  ['the Node transport', {}],
  ['a given fetch', { fetch: (input, init) => globalThis.fetch(input, init) }],
]

/** Polls until `condition` holds, with one generous deadline (a busy machine is slow, not wrong). */
export async function until(condition: () => boolean, deadlineMs = 30_000): Promise<void> {
  const giveUpAt = Date.now() + deadlineMs
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`condition not met within ${deadlineMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

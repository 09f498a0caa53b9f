// What only the Node transport has: a caller's undici dispatcher as the connection pool,
// HTTP_PROXY / NO_PROXY honoured when `proxy: true` (through a real proxy on 127.0.0.1),
// and the import conditions that keep it out of every other runtime.
import { readFileSync } from 'node:fs'
import { type IncomingMessage, type Server, createServer, request as httpRequest } from 'node:http'
import { type AddressInfo, type Socket, connect } from 'node:net'
import { Agent, MockAgent, getGlobalDispatcher, setGlobalDispatcher } from 'undici'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ConfigurationError, createClient } from '../src/index.js'
import type { Config } from '../src/index.js'
import { type FaultServer, startFaultServer } from './support.js'

let vendor: FaultServer
beforeAll(async () => {
  vendor = await startFaultServer()
  vendor.answer((request, response) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: request.url })),
  )
})
afterAll(() => vendor.close())

const get = (config: Config) =>
  createClient({ baseUrl: vendor.baseUrl, responseStyle: 'data', ...config }).get({ url: '/ping' })

describe('dispatcher', () => {
  it("the caller's undici dispatcher carries every request", async () => {
    const dispatched: string[] = []
    class CountingAgent extends Agent {
      override dispatch(options: Agent.DispatchOptions, handler: Parameters<Agent['dispatch']>[1]): boolean {
        dispatched.push(`${options.method} ${options.path}`)
        return super.dispatch(options, handler)
      }
    }
    const dispatcher = new CountingAgent({ connections: 1 })
    try {
      expect(await get({ dispatcher })).toEqual({ path: '/ping' })
      expect(
        await createClient({ baseUrl: vendor.baseUrl, responseStyle: 'data' }).get({ url: '/ping', dispatcher }),
      ).toEqual({ path: '/ping' })
      expect(dispatched).toEqual(['GET /ping', 'GET /ping'])
    } finally {
      await dispatcher.close()
    }
  })

  it('settings that cannot work are refused at creation', () => {
    const refused = (config: Config) => {
      try {
        createClient(config)
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError)
        return (error as ConfigurationError).message
      }
      return expect.unreachable('accepted')
    }
    expect(refused({ dispatcher: {} as never })).toMatch(/`dispatcher` must be an undici Dispatcher/)
    expect(refused({ proxy: 'yes' as never })).toMatch(/`proxy` must be true or false/)
    expect(refused({ fetch: globalThis.fetch, proxy: true })).toMatch(/`proxy` is for the Node transport/)
    expect(refused({ fetch: globalThis.fetch, dispatcher: new Agent() })).toMatch(
      /`dispatcher` is for the Node transport/,
    )
    expect(refused({ dispatcher: new Agent(), proxy: true })).toMatch(/`proxy` cannot be combined with `dispatcher`/)
  })
})

describe('what an application installs to intercept HTTP', () => {
  it('a `fetch` put in place after the client was made carries the call; the undici pool again once it is gone', async () => {
    const client = createClient({ baseUrl: vendor.baseUrl, responseStyle: 'data' })
    const seen: string[] = []
    const platformFetch = globalThis.fetch
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      seen.push(`${init.method} ${url}`)
      return Response.json({ mocked: true })
    }) as typeof fetch
    try {
      expect(await client.get({ url: '/ping' })).toEqual({ mocked: true })
      expect(seen).toEqual([`GET ${vendor.baseUrl}/ping`])
    } finally {
      globalThis.fetch = platformFetch
    }
    expect(await client.get({ url: '/ping' })).toEqual({ path: '/ping' })
    expect(seen).toHaveLength(1)
  })

  it("undici's MockAgent set as the global dispatcher answers, and no connection is opened", async () => {
    const client = createClient({ baseUrl: 'http://vendor.invalid', responseStyle: 'data', maxRetries: 0 })
    const previous = getGlobalDispatcher()
    const mockAgent = new MockAgent()
    mockAgent.disableNetConnect()
    mockAgent
      .get('http://vendor.invalid')
      .intercept({ path: '/ping', method: 'GET' })
      .reply(200, { mocked: 'agent' }, { headers: { 'content-type': 'application/json' } })
    setGlobalDispatcher(mockAgent)
    try {
      expect(await client.get({ url: '/ping' })).toEqual({ mocked: 'agent' })
      mockAgent.assertNoPendingInterceptors()
    } finally {
      setGlobalDispatcher(previous)
      await mockAgent.close()
    }
  })
})

/** A forward proxy on 127.0.0.1: tunnels CONNECT and relays absolute-form requests, recording each. */
async function startProxy(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((request: IncomingMessage, response) => {
    seen.push(`${request.method} ${request.url}`)
    const upstream = httpRequest(
      request.url as string,
      { method: request.method, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(response)
      },
    )
    request.pipe(upstream)
  })
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${request.url}`)
    const [host, port] = (request.url as string).split(':')
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client).pipe(upstream)
    })
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('error', () => socket.destroy())
    }
  })
  server.on('connection', (socket: Socket) => sockets.add(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

describe('proxy: true', () => {
  const saved = { ...process.env }
  afterEach(() => {
    for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  })

  it('goes through HTTP_PROXY, skips hosts in NO_PROXY, and goes direct without `proxy`', async () => {
    const proxy = await startProxy()
    try {
      process.env.HTTP_PROXY = proxy.url
      delete process.env.NO_PROXY
      delete process.env.no_proxy
      expect(await get({ proxy: true })).toEqual({ path: '/ping' })
      const host = new URL(vendor.baseUrl).host
      expect(proxy.seen.some((line) => line === `CONNECT ${host}` || line === `GET ${vendor.baseUrl}/ping`)).toBe(true)

      proxy.seen.length = 0
      expect(await get({})).toEqual({ path: '/ping' })
      expect(proxy.seen).toEqual([])

      process.env.NO_PROXY = '127.0.0.1'
      expect(await get({ proxy: true })).toEqual({ path: '/ping' })
      expect(proxy.seen).toEqual([])
    } finally {
      await proxy.close()
    }
  })
})

describe('import conditions', () => {
  it('every runtime but Node resolves `#transport` to fetch, and Node to undici', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      imports: Record<string, Record<string, string>>
    }
    const conditions = Object.entries(manifest.imports['#transport'] ?? {})
    const firstMatch = (runtime: ReadonlyArray<string>) =>
      conditions.find(([condition]) => condition === 'default' || runtime.includes(condition))?.[1]
    // The conditions each tool or runtime sets (Node sets `node`; the others may set it too).
    expect(firstMatch(['node', 'import'])).toBe('./dist/transport-node.js')
    for (const runtime of [
      ['workerd', 'worker', 'browser', 'node'],
      ['deno', 'node', 'import'],
      ['bun', 'node', 'import'],
      ['browser', 'import'],
      ['edge-light', 'node'],
      ['import'],
    ]) {
      expect(firstMatch(runtime), runtime.join(' ')).toBe('./dist/transport-fetch.js')
    }
  })
})

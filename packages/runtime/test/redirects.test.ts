// Redirects by hand over real HTTP on 127.0.0.1: credentials never reach another origin, a
// send is never turned into a GET, and only same-origin redirects that keep the request
// whole are followed. Two servers on two ports are two origins.
import { inspect } from 'node:util'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { NotFoundError, ParleyError, RedirectError } from '../src/index.js'
import { REDACTED } from '../src/redact.js'
import type { OperationTable } from '../src/operations.js'
import { type FaultServer, canary, scriptedFetch, startFaultServer, createTestClient } from './support.js'

const operations: OperationTable = {
  'GET /threads/{threadId}': { id: 'getThread', idempotent: true },
  'POST /messages': { id: 'sendMessage', bodyRequired: true, idempotent: false },
}

let vendor: FaultServer
let elsewhere: FaultServer
beforeAll(async () => {
  vendor = await startFaultServer()
  elsewhere = await startFaultServer()
  elsewhere.answer((_request, response) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"stolen":true}'),
  )
})
beforeEach(() => {
  vendor.received.length = 0
  elsewhere.received.length = 0
})
afterAll(async () => {
  await vendor.close()
  await elsewhere.close()
})

// A custom credential header: fetch's own redirect handling strips only `Authorization`.
const client = () =>
  createTestClient({
    baseUrl: vendor.baseUrl,
    credentials: { apiKey: canary },
    operations,
    securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
    defaultSecurity: [['apiKey']],
    retry: { initialDelayMs: 0, maxDelayMs: 0 },
  })

const redirectTo = (status: number, location: (index: number) => string) =>
  vendor.answer((_request, response, index) => response.writeHead(status, { location: location(index) }).end())

const sendMessage = () => client().post({ url: '/messages', body: { text: 'hello' } })
const getThread = () => client().get({ url: '/threads/{threadId}', path: { threadId: 't1' } })

async function rejection(call: Promise<unknown>): Promise<RedirectError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(RedirectError)
  return error as RedirectError
}

describe('redirects to another origin are never followed', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    for (const [name, call] of [
      ['GET', getThread],
      ['POST', sendMessage],
    ] as const) {
      it(`${status} on ${name}: RedirectError, nothing reaches the other origin`, async () => {
        redirectTo(status, () => `${elsewhere.baseUrl}/collect?from=${canary}`)
        const error = await rejection(call())
        expect(error.status).toBe(status)
        expect(elsewhere.received).toHaveLength(0)
        expect(vendor.received).toHaveLength(1)
        // The target is named, without the secret it carried.
        expect(error.location).toContain(elsewhere.baseUrl)
        for (const text of [error.message, error.stack ?? '', JSON.stringify(error), inspect(error, { depth: 5 })])
          expect(text).not.toContain(canary)
      })
    }
  }
})

describe('same-origin redirects', () => {
  it('307 and 308 repeat a POST with its method, body and credential', async () => {
    for (const status of [307, 308]) {
      vendor.received.length = 0
      vendor.answer((_request, response, index) => {
        if (index === 0) response.writeHead(status, { location: '/v2/messages' }).end()
        else response.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"m1"}')
      })
      await expect(sendMessage()).resolves.toEqual({ data: { id: 'm1' }, response: expect.any(Response) })
      expect(vendor.received.map((request) => `${request.method} ${request.url}`)).toEqual([
        'POST /messages',
        'POST /v2/messages',
      ])
      expect(vendor.received[1]?.body.toString()).toBe('{"text":"hello"}')
      expect(vendor.received[1]?.headers['x-api-key']).toBe(canary)
    }
  })

  it('301, 302 and 303 are followed for a GET', async () => {
    for (const status of [301, 302, 303]) {
      vendor.received.length = 0
      vendor.answer((_request, response, index) => {
        if (index === 0) response.writeHead(status, { location: '/threads/moved' }).end()
        else response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"moved"}')
      })
      await expect(getThread()).resolves.toMatchObject({ data: { id: 'moved' } })
      expect(vendor.received.map((request) => `${request.method} ${request.url}`)).toEqual([
        'GET /threads/t1',
        'GET /threads/moved',
      ])
    }
  })

  it('an error answered after a redirect names the URL that answered, not the first one', async () => {
    vendor.answer((_request, response, index) => {
      if (index === 0) response.writeHead(302, { location: '/threads/moved?token=x' }).end()
      else response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"gone"}')
    })
    const error = await getThread().then(
      () => expect.unreachable('the call resolved'),
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as NotFoundError).url).toBe(`${vendor.baseUrl}/threads/moved?token=${REDACTED}`)
    expect((error as NotFoundError).message).toContain('/threads/moved')
    expect((error as NotFoundError).method).toBe('GET')
  })

  it('301, 302 and 303 on a POST are a RedirectError: the send is never repeated as a GET', async () => {
    for (const status of [301, 302, 303]) {
      vendor.received.length = 0
      redirectTo(status, () => '/elsewhere')
      const error = await rejection(sendMessage())
      expect(error.message).toContain('as a GET')
      expect(vendor.received.map((request) => request.method)).toEqual(['POST'])
    }
  })

  it('more than five hops is a RedirectError', async () => {
    redirectTo(307, (index) => `/hop/${index}`)
    const error = await rejection(getThread())
    expect(error.message).toContain('more than 5 redirects')
    expect(vendor.received).toHaveLength(6)
  })

  it('a redirect without Location is a RedirectError', async () => {
    vendor.answer((_request, response) => response.writeHead(302).end())
    expect((await rejection(getThread())).location).toBeUndefined()
  })

  it('redirects are never retried as failures: a RedirectError is not retryable', async () => {
    redirectTo(302, () => `${elsewhere.baseUrl}/`)
    const error = await rejection(getThread())
    expect(error).toBeInstanceOf(ParleyError)
    expect(error.isRetryable).toBe(false)
    expect(vendor.received).toHaveLength(1)
  })
})

it('every request asks fetch not to follow redirects itself', async () => {
  const scripted = scriptedFetch(new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }))
  const seen: Array<RequestInit | undefined> = []
  const recording = ((input: string, init?: RequestInit) => {
    seen.push(init)
    return scripted.fetch(input, init)
  }) as typeof fetch
  await createTestClient({ baseUrl: 'https://api.vendor.test', fetch: recording }).get({ url: '/x' })
  expect(seen[0]?.redirect).toBe('manual')
})

it('an opaque redirect (browsers) is a RedirectError without a target', async () => {
  const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' })
  const fetchImplementation = (async () => opaque) as unknown as typeof fetch
  const error = await rejection(
    createTestClient({ baseUrl: 'https://api.vendor.test', fetch: fetchImplementation }).get({ url: '/x' }),
  )
  expect(error.location).toBeUndefined()
})

// The same behaviour on both transports, over real HTTP on 127.0.0.1: the Node transport
// (what `#transport` is on Node, no `fetch` given) and `fetch` (given by the caller, as it
// is in browsers, Workers, Deno and Bun). Each case runs once per transport.
import { inspect } from 'node:util'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ConnectionError, InternalServerError, NotFoundError, RedirectError, TimeoutError } from '../src/index.js'
import { REDACTED } from '../src/redact.js'
import type { Config } from '../src/index.js'
import type { OperationTable } from '../src/operations.js'
import { type FaultServer, canary, startFaultServer, transports, until, createTestClient } from './support.js'

const operations: OperationTable = {
  'GET /threads/{threadId}': { id: 'getThread', idempotent: true },
  'POST /messages': { id: 'sendMessage', bodyRequired: true, idempotent: false },
  'PUT /files/{name}': { id: 'putFile', idempotent: true },
}

let vendor: FaultServer
let elsewhere: FaultServer
beforeAll(async () => {
  vendor = await startFaultServer()
  elsewhere = await startFaultServer()
})
beforeEach(() => {
  vendor.received.length = 0
  elsewhere.received.length = 0
})
afterAll(async () => {
  await vendor.close()
  await elsewhere.close()
})

const rejection = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => expect.unreachable('the call resolved'),
    (reason: unknown) => reason,
  )

describe.each(transports)('over %s', (_name, transport) => {
  const client = (config: Config = {}) =>
    createTestClient({
      baseUrl: vendor.baseUrl,
      credentials: { apiKey: canary },
      operations,
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
      defaultSecurity: [['apiKey']],
      retry: { initialDelayMs: 0, maxDelayMs: 0 },
      responseStyle: 'data',
      ...transport,
      ...config,
    })
  const getThread = (config?: Config, options: Record<string, unknown> = {}) =>
    client(config).get({ url: '/threads/{threadId}', path: { threadId: 't1' }, ...options })
  const jsonAnswer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    vendor.answer((_request, response) =>
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body)),
    )

  it('sends the credential and headers, parses JSON, and `fields` gives a fetch Response', async () => {
    jsonAnswer(200, { id: 't1' }, { 'set-cookie': 'a=1', 'x-trace': 'abc' })
    expect(await getThread()).toEqual({ id: 't1' })
    expect(vendor.received[0]?.headers['x-api-key']).toBe(canary)
    const fields = (await getThread({}, { responseStyle: 'fields' })) as unknown as {
      data: unknown
      response: Response
    }
    expect(fields.data).toEqual({ id: 't1' })
    expect(fields.response).toBeInstanceOf(Response)
    expect(fields.response.status).toBe(200)
    expect(fields.response.headers.get('x-trace')).toBe('abc')
  })

  it('a non-2xx answer is its typed error, with the body and no credential', async () => {
    jsonAnswer(404, { error: 'no thread', echo: canary })
    const error = await rejection(getThread())
    expect(error).toBeInstanceOf(NotFoundError)
    expect((error as NotFoundError).body).toEqual({ error: 'no thread', echo: REDACTED })
    expect(inspect(error, { depth: 8 }) + JSON.stringify(error)).not.toContain(canary)
  })

  it('a GET answered 503 is retried; a POST answered 503 is not (it may have been sent)', async () => {
    vendor.answer((_request, response, index) =>
      index === 0
        ? response.writeHead(503).end()
        : response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    )
    expect(await getThread()).toEqual({ ok: true })
    expect(vendor.received).toHaveLength(2)
    vendor.received.length = 0
    vendor.answer((_request, response) => response.writeHead(503).end())
    expect(await rejection(client().post({ url: '/messages', body: { text: 'hi' } }))).toBeInstanceOf(
      InternalServerError,
    )
    expect(vendor.received).toHaveLength(1)
  })

  it('a refused connection is a ConnectionError that says nothing was sent, without the credential', async () => {
    const closed = await startFaultServer()
    const baseUrl = closed.baseUrl
    await closed.close()
    const error = await rejection(getThread({ baseUrl, maxRetries: 1 }))
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as ConnectionError).neverSent).toBe(true)
    expect(inspect(error, { depth: 8 })).not.toContain(canary)
  })

  it('an answer that never comes is a TimeoutError after timeoutMs, retried for a GET', async () => {
    vendor.answer(() => undefined)
    const started = Date.now()
    // Long enough for each attempt to reach the server on a busy machine, so both are seen
    // here and none arrives during the next test.
    const error = await rejection(getThread({ timeoutMs: 1_000, maxRetries: 1 }))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(Date.now() - started).toBeLessThan(30_000)
    await until(() => vendor.received.length >= 2)
    expect(vendor.received).toHaveLength(2)
  })

  it('a body that stalls after the headers times out within the same timeoutMs', async () => {
    vendor.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"partial":')
    })
    expect(await rejection(getThread({ timeoutMs: 80, maxRetries: 0 }))).toBeInstanceOf(TimeoutError)
  })

  it("the caller's abort rejects with the caller's reason and is never retried", async () => {
    vendor.answer(() => undefined)
    const controller = new AbortController()
    const call = getThread({ maxRetries: 3 }, { signal: controller.signal })
    // Aborted once the server holds the request: the abort ends a call in flight.
    await until(() => vendor.received.length === 1)
    const reason = new Error('user left')
    controller.abort(reason)
    expect(await rejection(call)).toBe(reason)
    expect(vendor.received).toHaveLength(1)
  })

  it('a same-origin 307 repeats the POST with its body and credential', async () => {
    vendor.answer((_request, response, index) =>
      index === 0
        ? response.writeHead(307, { location: '/v2/messages' }).end()
        : response.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"m1"}'),
    )
    expect(await client().post({ url: '/messages', body: { text: 'hello' } })).toEqual({ id: 'm1' })
    expect(
      vendor.received.map((request) => [
        request.method,
        request.url,
        request.body.toString(),
        request.headers['x-api-key'],
      ]),
    ).toEqual([
      ['POST', '/messages', '{"text":"hello"}', canary],
      ['POST', '/v2/messages', '{"text":"hello"}', canary],
    ])
  })

  it('a redirect to another origin is a RedirectError and nothing reaches it', async () => {
    vendor.answer((_request, response) => response.writeHead(308, { location: `${elsewhere.baseUrl}/steal` }).end())
    const error = await rejection(getThread())
    expect(error).toBeInstanceOf(RedirectError)
    expect(elsewhere.received).toHaveLength(0)
    expect(inspect(error, { depth: 8 })).not.toContain(canary)
  })

  it('binary bodies go out and come back byte for byte', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13])
    vendor.answer((_request, response) =>
      response.writeHead(200, { 'content-type': 'image/png' }).end(vendor.received.at(-1)?.body),
    )
    const blob = (await client().put({
      url: '/files/{name}',
      path: { name: 'a.png' },
      body: bytes,
      headers: { 'content-type': 'image/png' },
    })) as unknown as Blob
    expect(blob).toBeInstanceOf(Blob)
    expect(blob.type).toBe('image/png')
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes)
    expect(vendor.received[0]?.headers['content-type']).toBe('image/png')
    const sentBlob = await client().put({
      url: '/files/{name}',
      path: { name: 'b.png' },
      body: new Blob([bytes], { type: 'image/png' }),
    })
    expect(new Uint8Array(await (sentBlob as unknown as Blob).arrayBuffer())).toEqual(bytes)
  })

  it('a stream body is sent once, and `parseAs: stream` hands back the unread answer', async () => {
    vendor.answer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`got ${vendor.received.at(-1)?.body.toString()}`),
    )
    const upload = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('part one, '))
        controller.enqueue(new TextEncoder().encode('part two'))
        controller.close()
      },
    })
    const stream = (await client().put({
      url: '/files/{name}',
      path: { name: 'log.txt' },
      body: upload,
      parseAs: 'stream',
      headers: { 'content-type': 'text/plain' },
    })) as unknown as ReadableStream<Uint8Array>
    expect(stream).toBeInstanceOf(ReadableStream)
    expect(await new Response(stream).text()).toBe('got part one, part two')
  })

  // timeoutMs leaves a loaded machine ample time for the headers; the body takes longer than it.
  it('a streamed answer is not cut by timeoutMs (it bounds the wait for the headers); the caller can still cancel it', async () => {
    vendor.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' }).write('first ')
      setTimeout(() => response.end('second'), 2_500)
    })
    const slow = (await getThread(
      { timeoutMs: 1_000, maxRetries: 0 },
      { parseAs: 'stream' },
    )) as unknown as ReadableStream
    expect(await new Response(slow).text()).toBe('first second')

    // An answer that never ends, read until the caller aborts: well past timeoutMs.
    vendor.answer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' }).write('first ')
    })
    const caller = new AbortController()
    const open = (await getThread(
      { timeoutMs: 1_000, maxRetries: 0 },
      { parseAs: 'stream', signal: caller.signal },
    )) as unknown as ReadableStream<Uint8Array>
    const reader = open.getReader()
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('first ')
    const pending = reader.read()
    setTimeout(() => caller.abort(new Error('closed by the caller')), 2_500)
    await expect(pending).rejects.toThrow()
    expect(caller.signal.aborted).toBe(true)
  })

  it('multipart and form bodies carry the content type fetch gives them', async () => {
    jsonAnswer(200, {})
    const form = new FormData()
    form.append('caption', 'hi')
    form.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png')
    await client().put({ url: '/files/{name}', path: { name: 'form' }, body: form })
    await client().put({
      url: '/files/{name}',
      path: { name: 'fields' },
      body: new URLSearchParams({ a: '1', b: 'x y' }),
    })
    const [multipart, fields] = vendor.received
    expect(multipart?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(multipart?.body.toString('latin1')).toContain('name="caption"\r\n\r\nhi')
    expect(fields?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/)
    expect(fields?.body.toString()).toBe('a=1&b=x+y')
  })
})

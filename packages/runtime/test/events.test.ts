// Server-sent events over real HTTP on 127.0.0.1, on both transports: parsing as the HTML
// standard reads `text/event-stream`, the call's steps on each connection (credentials,
// typed errors, checks before sending), reconnection with Last-Event-ID, and the ways a
// stream ends (the server closes it, the caller aborts, the reader stops early).
import type { ServerResponse } from 'node:http'
import { inspect } from 'node:util'
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest'
import {
  type Config,
  NotFoundError,
  RequestValidationError,
  type ServerSentEventsResult,
  type StreamEvent,
  serverSentEvents,
} from '../src/index.js'
import { parseEventStream } from '../src/events.js'
import { type FaultServer, canary, startFaultServer, transports, until, createTestClient } from './support.js'

let vendor: FaultServer
beforeAll(async () => {
  vendor = await startFaultServer()
})
beforeEach(() => {
  vendor.received.length = 0
})
afterAll(() => vendor.close())

const eventStream = (response: ServerResponse) =>
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })

/** A body from text pieces, each its own chunk (to split lines and characters across reads). */
const chunked = (...pieces: Array<string | Uint8Array>) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces)
        controller.enqueue(typeof piece === 'string' ? new TextEncoder().encode(piece) : piece)
      controller.close()
    },
  })

async function collect(events: AsyncIterable<StreamEvent>): Promise<StreamEvent[]> {
  const all: StreamEvent[] = []
  for await (const event of events) all.push(event)
  return all
}

describe('parseEventStream (the text/event-stream format)', () => {
  it('reads data, names, ids and retry, joins data lines, skips comments, and parses JSON data', async () => {
    const events = await collect(
      parseEventStream(
        chunked(
          ': a comment keeps the connection open\n',
          'retry: 250\n',
          'id: 1\nevent: message.created\ndata: {"text":"hello"}\n\n',
          'data: first line\ndata:second line\n\n',
          'id: 2\ndata\n\n',
          'event: ignored without data\n\n',
          'data: last, never ended by a blank line',
        ),
      ),
    )
    expect(events).toEqual([
      { data: { text: 'hello' }, event: 'message.created', id: '1', retry: 250 },
      { data: 'first line\nsecond line', id: '1', retry: 250 },
      { data: '', id: '2', retry: 250 },
    ])
  })

  it('takes CRLF, CR and LF line ends, split anywhere between reads, and characters split across reads', async () => {
    const euro = new TextEncoder().encode('€')
    const events = await collect(
      parseEventStream(
        chunked('data: a\r', '\n\r\n', 'data: b\r\r', 'data: ', euro.slice(0, 1), euro.slice(1), '\n', '\n'),
      ),
    )
    expect(events.map((event) => event.data)).toEqual(['a', 'b', '€'])
  })
})

describe.each(transports)('client.sse over %s', (_name, transport) => {
  const client = (config: Config = {}) =>
    createTestClient({
      baseUrl: vendor.baseUrl,
      credentials: { apiKey: canary },
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
      defaultSecurity: [['apiKey']],
      retry: { initialDelayMs: 0, maxDelayMs: 0 },
      ...transport,
      ...config,
    })
  const subscribe = (options: Record<string, unknown> = {}, config: Config = {}) =>
    client(config).sse.get({
      url: '/threads/{threadId}/events',
      path: { threadId: 't1' },
      serverSentEvents,
      ...options,
    })

  it('connects with the credential and Accept, and yields each event’s data until the server closes', async () => {
    vendor.answer((_request, response) => {
      eventStream(response).write('data: {"n":1}\n\n')
      response.end('event: done\ndata: {"n":2}\n\n')
    })
    const seen: StreamEvent[] = []
    const { stream } = await subscribe({ onSseEvent: (event: StreamEvent) => seen.push(event) })
    const data: unknown[] = []
    for await (const item of stream) data.push(item)
    expect(data).toEqual([{ n: 1 }, { n: 2 }])
    expect(seen.map((event) => event.event)).toEqual([undefined, 'done'])
    const [request] = vendor.received
    expect(request?.url).toBe('/threads/t1/events')
    expect(request?.headers['x-api-key']).toBe(canary)
    expect(request?.headers.accept).toBe('text/event-stream')
  })

  it('a dropped connection is opened again with Last-Event-ID after the server’s retry delay', async () => {
    vendor.answer((request, response, index) => {
      if (index === 0) {
        eventStream(response).write('retry: 20\nid: 7\ndata: before\n\n')
        // Dropped mid-stream, as a proxy or a restarting server does.
        setTimeout(() => request.socket.destroy(), 50)
        return
      }
      eventStream(response).end('id: 8\ndata: after\n\n')
    })
    const errors: unknown[] = []
    const { stream } = await subscribe({ onSseError: (error: unknown) => errors.push(error) })
    const data: unknown[] = []
    for await (const item of stream) data.push(item)
    expect(data).toEqual(['before', 'after'])
    expect(errors).toHaveLength(1)
    expect(vendor.received).toHaveLength(2)
    expect(vendor.received[0]?.headers['last-event-id']).toBeUndefined()
    expect(vendor.received[1]?.headers['last-event-id']).toBe('7')
    expect(vendor.received[1]?.headers['x-api-key']).toBe(canary)
  })

  it('gives up after sseMaxRetryAttempts failed reconnections in a row, with the last error', async () => {
    vendor.answer((request, response, index) => {
      if (index === 0) eventStream(response).write('retry: 5\ndata: only\n\n')
      setTimeout(() => request.socket.destroy(), index === 0 ? 50 : 0)
    })
    const { stream } = await subscribe({ sseMaxRetryAttempts: 2 })
    const data: unknown[] = []
    const failure = await (async () => {
      for await (const item of stream) data.push(item)
    })().then(
      () => expect.unreachable('the stream ended cleanly'),
      (error: unknown) => error,
    )
    expect(data).toEqual(['only'])
    expect(failure).toBeInstanceOf(Error)
    expect(inspect(failure, { depth: 8 })).not.toContain(canary)
    // The first connection, then the reconnections: 2 allowed, the third failure gives up.
    expect(vendor.received.length).toBeGreaterThanOrEqual(3)
  })

  it('an error thrown by onSseEvent ends the stream with that error, without a reconnection', async () => {
    let open = 0
    vendor.answer((request, response) => {
      open++
      request.socket.once('close', () => open--)
      eventStream(response).write('data: one\n\ndata: two\n\n')
    })
    const mistake = new Error('the application failed on an event')
    const errors: unknown[] = []
    const { stream } = await subscribe({
      onSseEvent: () => {
        throw mistake
      },
      onSseError: (error: unknown) => errors.push(error),
    })
    const failure = await (async () => {
      for await (const _item of stream) expect.unreachable('no event is yielded past the callback')
    })().then(
      () => expect.unreachable('the stream ended cleanly'),
      (error: unknown) => error,
    )
    expect(failure).toBe(mistake)
    expect(errors).toEqual([])
    await until(() => open === 0)
    expect(vendor.received).toHaveLength(1)
  })

  it('a stream the server refuses is its typed error at the await, with no credential in it', async () => {
    vendor.answer((_request, response) =>
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ echo: canary })),
    )
    const error = await subscribe().then(
      () => expect.unreachable('the call resolved'),
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(NotFoundError)
    expect(inspect(error, { depth: 8 }) + JSON.stringify(error)).not.toContain(canary)
  })

  it('a missing path parameter or reader fails before anything is sent', async () => {
    await expect(subscribe({ path: {} })).rejects.toBeInstanceOf(RequestValidationError)
    await expect(subscribe({ serverSentEvents: undefined })).rejects.toThrow(/serverSentEvents/)
    expect(vendor.received).toHaveLength(0)
  })

  it('ends quietly when the caller aborts, and stopping early closes the connection', async () => {
    let open = 0
    vendor.answer((request, response) => {
      open++
      request.socket.once('close', () => open--)
      eventStream(response).write('data: tick\n\n')
    })
    const caller = new AbortController()
    const { stream } = await subscribe({ signal: caller.signal })
    const data: unknown[] = []
    for await (const item of stream) {
      data.push(item)
      caller.abort()
    }
    expect(data).toEqual(['tick'])
    await until(() => open === 0)

    const early = await subscribe()
    for await (const item of early.stream) {
      expect(item).toBe('tick')
      break
    }
    await until(() => open === 0)
    expect(vendor.received).toHaveLength(2)
  })
})

it('the result is typed as the data of the operation’s responses', () => {
  type Responses = { 200: { n: number } }
  const client = createTestClient({ baseUrl: 'http://127.0.0.1:9' })
  const call = () => client.sse.get<Responses>({ url: '/events', serverSentEvents })
  expectTypeOf(call).returns.resolves.toEqualTypeOf<ServerSentEventsResult<Responses>>()
  expectTypeOf<ServerSentEventsResult<Responses>['stream']>().toEqualTypeOf<
    AsyncGenerator<{ n: number }, void, unknown>
  >()
})

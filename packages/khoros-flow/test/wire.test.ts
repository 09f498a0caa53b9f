// The wire, against a scripted server on 127.0.0.1: the raw key in Authorization, thread
// ids percent-encoded, the document's message bodies unchanged, sync mode, paging, errors.
import { type ScriptedServer, specPathOf, startScriptedServer } from '@parley/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { responseChecker } from '../src/zod.js'
import { readSpec, resolveReference } from '@parley/testing/spec-examples'
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  MissingCredentialError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestValidationError,
  ResponseValidationError,
  createKhorosFlowClient,
  createKhorosFlowHttpClient,
  iterateMessages,
  iterateThreads,
  resolveThread,
} from '../src/index.js'
import browserExampleSendEvent from './fixtures/browser-example-send-event.request.json' with { type: 'json' }
import browserExampleSendLocation from './fixtures/browser-example-send-location.request.json' with { type: 'json' }
import browserExampleSendMedia from './fixtures/browser-example-send-media.request.json' with { type: 'json' }
import browserExampleSendText from './fixtures/browser-example-send-text.request.json' with { type: 'json' }
import handoverBody from './fixtures/handover-thread.request.json' with { type: 'json' }
import sendEventMessage from './fixtures/send-event-message.request.json' with { type: 'json' }
import sendLocationMessage from './fixtures/send-location-message.request.json' with { type: 'json' }
import sendMediaMessage from './fixtures/send-media-message.request.json' with { type: 'json' }
import sendTextMessage from './fixtures/send-text-message.request.json' with { type: 'json' }
import sendTextWithProfileAndMetadata from './fixtures/send-text-message-with-profile-and-metadata.request.json' with {
  type: 'json',
}
import listMessagesSync from './fixtures/list-messages-sync.response.json' with { type: 'json' }

const apiKey = 'flow-api-key-canary-1f2e'
const flowThreadId = 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89'
const spec = readSpec(specPathOf('khoros-flow'))

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
beforeEach(() => {
  server.requests.length = 0
})
afterAll(() => server.close())

const client = () => createKhorosFlowClient({ baseUrl: server.baseUrl, apiKey, maxRetries: 0 })

/** The named request examples of an operation in the spec (the document's own bodies). */
function requestExamples(path: string, method: string): Array<[string, unknown]> {
  const content = resolveReference(spec, spec.paths[path][method].requestBody)?.content['application/json']
  return Object.entries(content?.examples ?? {}).map(([name, example]) => [
    name,
    resolveReference(spec, example)?.value,
  ])
}

describe('requests on the wire', () => {
  it('sends the raw key as Authorization (no Bearer prefix)', async () => {
    server.respondWith({ status: 200, body: { status: 'ok' } })
    await client().resolveThread({ path: { threadId: 'thread-1' } })
    expect(server.requests[0]?.headers.authorization).toBe(apiKey)
  })

  it.each([
    [flowThreadId, '/resolve/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89'],
    ['my thread', '/resolve/my%20thread'],
    ['team/alpha', '/resolve/team%2Falpha'],
  ])('percent-encodes thread id %j in the path', async (threadId, expectedPath) => {
    server.respondWith({ status: 200, body: { status: 'ok' } })
    await client().resolveThread({ path: { threadId } })
    expect(server.requests[0]?.url).toBe(expectedPath)
  })

  const messageExamples = requestExamples('/messages/{threadId}', 'post')
  it('the spec carries the document example of every message type', () => {
    const types = new Set(messageExamples.map(([, body]) => (body as { payload: { type: string } }).payload.type))
    expect([...types].sort()).toEqual(['event', 'location', 'media', 'text'])
  })

  it.each(messageExamples)('sends the %s example body unchanged', async (_name, body) => {
    server.respondWith({ status: 200, body: { status: 'ok' } })
    await expect(client().sendMessage({ path: { threadId: flowThreadId }, body: body as never })).resolves.toEqual({
      status: 'ok',
    })
    expect(server.requests[0]?.json).toEqual(body)
    expect(server.requests[0]?.headers['content-type']).toBe('application/json')
  })

  // The document's own bodies (test/fixtures), one per message type and its variants.
  it.each([
    ['text', sendTextMessage],
    ['text with profile and metadata', sendTextWithProfileAndMetadata],
    ['event', sendEventMessage],
    ['location', sendLocationMessage],
    ['media', sendMediaMessage],
    ['browser example text', browserExampleSendText],
    ['browser example event', browserExampleSendEvent],
    ['browser example location', browserExampleSendLocation],
    ['browser example media', browserExampleSendMedia],
  ])("sends the document's %s message byte for byte as JSON", async (_kind, body) => {
    server.respondWith({ status: 200, body: { status: 'ok' } })
    await client().sendMessage({ path: { threadId: '6ecfd199-853a-448f-9f91-ef397588ff87' }, body: body as never })
    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/messages/6ecfd199-853a-448f-9f91-ef397588ff87')
    expect(request?.body).toBe(JSON.stringify(body))
  })

  it('every operation goes to its method and path, thread ids encoded', async () => {
    server.respondWith({ status: 200, body: { status: 'ok' } })
    const flow = client()
    const encoded = encodeURIComponent(flowThreadId)
    const calls: Array<[() => Promise<unknown>, string, string]> = [
      [() => flow.generateThreadId(), 'POST', '/messages'],
      [
        () => flow.listMessages({ path: { threadId: flowThreadId }, query: { page: 2 } }),
        'GET',
        `/messages/${encoded}?page=2`,
      ],
      [() => flow.listThreads(), 'GET', '/threads'],
      [
        () => flow.handoverThread({ path: { threadId: flowThreadId }, body: handoverBody }),
        'POST',
        `/handover/${encoded}`,
      ],
      [() => flow.takeoverThread({ path: { threadId: flowThreadId } }), 'POST', `/takeover/${encoded}`],
      [() => flow.resolveThread({ path: { threadId: flowThreadId } }), 'POST', `/resolve/${encoded}`],
      [() => flow.listTriggerEvents(), 'GET', '/trigger/event'],
      [
        () => flow.triggerEvent({ path: { threadId: flowThreadId }, query: { eventName: 'MY_EVENT' } }),
        'POST',
        `/trigger/event/${encoded}?eventName=MY_EVENT`,
      ],
      [() => flow.getBusinessHours({ query: { sync: false } }), 'GET', '/businesshours?sync=false'],
      [() => flow.pauseBot({ path: { threadId: flowThreadId } }), 'POST', `/pause/${encoded}`],
      [() => flow.resumeBot({ path: { threadId: flowThreadId } }), 'DELETE', `/pause/${encoded}`],
      [() => flow.getBotStatus({ path: { threadId: flowThreadId } }), 'GET', `/pause/${encoded}`],
      [() => flow.listSegments({ query: { sync: true } }), 'GET', '/broadcast/segments?sync=true'],
    ]
    for (const [call] of calls) await call()
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(
      calls.map(([, method, url]) => `${method} ${url}`),
    )
    expect(encoded).toContain('%7C')
    expect(server.requests[3]?.json).toEqual({ secondsToPause: 600 })
  })

  it('the broadcasts send their bodies unchanged', async () => {
    server.respondWith({ status: 200, body: { status: 'ok' } })
    for (const [name, body] of requestExamples('/broadcast/instant', 'post')) {
      await client().broadcastToPhoneNumbers({ body: body as never })
      expect(server.requests.at(-1)?.json, name).toEqual(body)
    }
    for (const [name, body] of requestExamples('/broadcast/instant/segment', 'post')) {
      await client().broadcastToSegments({ body: body as never })
      expect(server.requests.at(-1)?.json, name).toEqual(body)
    }
    expect(server.requests.map((request) => request.url)).toEqual([
      '/broadcast/instant',
      '/broadcast/instant',
      '/broadcast/instant',
      '/broadcast/instant/segment',
    ])
  })

  it('extra headers and a baseUrl with a path prefix are kept', async () => {
    server.respondWith({ status: 200, body: { status: 'ok' } })
    const behindProxy = createKhorosFlowClient({
      baseUrl: `${server.baseUrl}/flow/rest/v1/`,
      apiKey,
      headers: { 'x-request-id': 'trace-1' },
    })
    await behindProxy.resolveThread({ path: { threadId: 'thread-1' } })
    expect(server.requests[0]?.url).toBe('/flow/rest/v1/resolve/thread-1')
    expect(server.requests[0]?.headers['x-request-id']).toBe('trace-1')
    expect(server.requests[0]?.headers.authorization).toBe(apiKey)
  })

  it('a flat function with the HTTP client sends the same request', async () => {
    server.respondWith({ status: 200, body: { status: 'ok' } })
    const http = createKhorosFlowHttpClient({ baseUrl: server.baseUrl, apiKey })
    await expect(resolveThread({ client: http, path: { threadId: flowThreadId } })).resolves.toEqual({ status: 'ok' })
    expect(server.requests[0]?.url).toBe(
      '/resolve/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89',
    )
    expect(server.requests[0]?.headers.authorization).toBe(apiKey)
  })

  it('generateThreadId resolves the generated id', async () => {
    server.respondWith({
      status: 200,
      body: { status: 'ok', threadId: '1f85dbe7-fc0a-4f43-a1a0-87216587ab7b|w_caRv6my_8' },
    })
    const generated = await client().generateThreadId()
    expect(generated.threadId).toBe('1f85dbe7-fc0a-4f43-a1a0-87216587ab7b|w_caRv6my_8')
  })

  it('with validateResponses a sync result passes whole through the result-or-Accepted union', async () => {
    server.respondWith({ status: 200, body: listMessagesSync })
    const validating = createKhorosFlowClient({ baseUrl: server.baseUrl, apiKey, validateResponses: responseChecker })
    await expect(
      validating.listMessages({ path: { threadId: flowThreadId }, query: { sync: true, page: 3 } }),
    ).resolves.toEqual(listMessagesSync)
    server.respondWith({ status: 200, body: { status: 'ok', result: { history: 'not a list', page: 1, pages: 1 } } })
    const invalid = await validating
      .listMessages({ path: { threadId: flowThreadId }, query: { sync: true } })
      .catch((caught: unknown) => caught)
    // Not swallowed as the bare `{ status: "ok" }` the union also allows.
    expect(invalid).toBeInstanceOf(ResponseValidationError)
    expect((invalid as ResponseValidationError).path).toBe('result.history')
    server.respondWith({ status: 200, body: { status: 'ok' } })
    await expect(validating.listMessages({ path: { threadId: flowThreadId } })).resolves.toEqual({ status: 'ok' })
    server.respondWith({ status: 200, body: { status: 'ok', threadId: flowThreadId } })
    const statusWithoutFlag = await validating.getBotStatus({ path: { threadId: flowThreadId }, query: { sync: true } })
    expect(statusWithoutFlag).toEqual({ status: 'ok', threadId: flowThreadId })
  })

  it('sync mode asks with sync=true and resolves the result', async () => {
    const result = { status: 'ok', threadId: flowThreadId, messages: [{ fallback: 'Hi there' }] }
    server.respondWith({ status: 200, body: result })
    const reply = await client().sendMessage({
      path: { threadId: flowThreadId },
      query: { sync: true },
      body: { payload: { type: 'text', speech: 'Hello', originator: { name: 'John', role: 'external' } } },
    })
    expect(reply.messages[0]?.fallback).toBe('Hi there')
    expect(server.requests[0]?.url).toBe(
      '/messages/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89?sync=true',
    )
  })
})

describe('errors and checks before sending', () => {
  it('a missing thread id fails before sending, naming it', async () => {
    const empty = await client()
      .pauseBot({ path: { threadId: '' } })
      .catch((caught: unknown) => caught)
    expect(empty).toBeInstanceOf(RequestValidationError)
    expect((empty as RequestValidationError).message).toContain('threadId')
    // A caller without types (plain JavaScript) may leave `path` out altogether.
    const absent = await client()
      .sendMessage({ body: sendTextMessage } as never)
      .catch((caught: unknown) => caught)
    expect(absent).toBeInstanceOf(RequestValidationError)
    expect((absent as RequestValidationError).message).toContain('threadId')
    expect(server.requests).toHaveLength(0)
  })

  it('a missing required eventName or body fails before sending', async () => {
    await expect(client().triggerEvent({ path: { threadId: flowThreadId } } as never)).rejects.toBeInstanceOf(
      RequestValidationError,
    )
    await expect(client().sendMessage({ path: { threadId: flowThreadId } } as never)).rejects.toBeInstanceOf(
      RequestValidationError,
    )
    expect(server.requests).toHaveLength(0)
  })

  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [500, InternalServerError],
  ] as const)('%i becomes a typed ApiError with the parsed body, the URL and no key', async (status, ErrorClass) => {
    server.respondWith({ status, body: { status: 'error', message: `status ${status}` } })
    const error = await client()
      .listMessages({ path: { threadId: flowThreadId }, query: { sync: true } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ErrorClass)
    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(status)
    expect(apiError.body).toEqual({ status: 'error', message: `status ${status}` })
    expect(apiError.method).toBe('GET')
    expect(apiError.url).toBe(
      `${server.baseUrl}/messages/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89?sync=true`,
    )
    expect(JSON.stringify(apiError)).not.toContain(apiKey)
    expect(String(apiError.stack)).not.toContain(apiKey)
  })

  it('a missing apiKey fails before sending, naming the option', async () => {
    const error = await createKhorosFlowClient({ baseUrl: server.baseUrl })
      .listSegments()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MissingCredentialError)
    expect(String(error)).toContain('apiKey')
    expect(server.requests).toHaveLength(0)
  })

  it('404 and 429 become typed errors carrying the error body, never the key', async () => {
    server.respondWith({ status: 404, body: { status: 'error', message: 'Thread not found' } })
    const notFound = await client()
      .getBotStatus({ path: { threadId: 'x' } })
      .catch((caught: unknown) => caught)
    expect(notFound).toBeInstanceOf(NotFoundError)
    expect((notFound as NotFoundError).body).toEqual({ status: 'error', message: 'Thread not found' })
    server.respondWith({
      status: 429,
      headers: { 'retry-after': '120' },
      body: { status: 'error', message: 'Too many requests' },
    })
    const limited = await client()
      .resolveThread({ path: { threadId: 'x' } })
      .catch((caught: unknown) => caught)
    expect(limited).toBeInstanceOf(RateLimitError)
    expect(JSON.stringify(limited)).not.toContain(apiKey)
  })

  it('a message send is never repeated on a 5xx; pause (marked safe to repeat) is', async () => {
    server.respondWith({ status: 502, body: { status: 'error' } })
    const flow = createKhorosFlowClient({
      baseUrl: server.baseUrl,
      apiKey,
      maxRetries: 2,
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
    })
    await expect(
      flow.sendMessage({
        path: { threadId: 'x' },
        body: { payload: { type: 'text', speech: 'hi', originator: { name: 'J', role: 'external' } } },
      }),
    ).rejects.toMatchObject({ status: 502 })
    expect(server.requests).toHaveLength(1)
    server.requests.length = 0
    await expect(flow.pauseBot({ path: { threadId: 'x' } })).rejects.toMatchObject({ status: 502 })
    expect(server.requests).toHaveLength(3)
  })
})

describe('paging', () => {
  it('iterateMessages follows page until pages, in sync mode', async () => {
    const historyPage = (page: number) => ({
      status: 'ok',
      result: { history: [{ originator: { name: `p${page}` }, messages: [] }], threadId: flowThreadId, page, pages: 3 },
    })
    server.respondWith((request) => ({
      status: 200,
      body: historyPage(Number(new URL(request.url, 'http://x').searchParams.get('page'))),
    }))
    const names: string[] = []
    for await (const entry of iterateMessages(client(), { threadId: flowThreadId }))
      names.push(String(entry.originator?.name))
    expect(names).toEqual(['p1', 'p2', 'p3'])
    expect(server.requests.map((request) => new URL(request.url, 'http://x').search)).toEqual([
      '?sync=true&page=1',
      '?sync=true&page=2',
      '?sync=true&page=3',
    ])
  })

  it('iterateThreads accepts the page number as a string (as the document shows it) and stops on break', async () => {
    server.respondWith({ status: 200, body: { status: 'ok', result: { threads: ['t1', 't2'], page: '1', pages: 5 } } })
    for await (const threadId of iterateThreads(client())) {
      expect(threadId).toBe('t1')
      break
    }
    expect(server.requests).toHaveLength(1)
  })

  const pageNumberOf = (url: string) => Number(new URL(url, 'http://127.0.0.1').searchParams.get('page'))

  it('iterateThreads walks every page with string page numbers until the last', async () => {
    server.respondWith((request) => {
      const page = pageNumberOf(request.url)
      return {
        status: 200,
        body: { status: 'ok', result: { threads: [`${page}a|o_c`, `${page}b|o_c`], page: String(page), pages: 3 } },
      }
    })
    const threadIds: string[] = []
    for await (const threadId of iterateThreads(client())) threadIds.push(threadId)
    expect(threadIds).toEqual(['1a|o_c', '1b|o_c', '2a|o_c', '2b|o_c', '3a|o_c', '3b|o_c'])
    expect(server.requests.map((request) => request.url)).toEqual([
      '/threads?sync=true&page=1',
      '/threads?sync=true&page=2',
      '/threads?sync=true&page=3',
    ])
  })

  it('firstPage and maxPages bound the walk', async () => {
    server.respondWith((request) => ({
      status: 200,
      body: {
        status: 'ok',
        result: { threads: [`t${pageNumberOf(request.url)}`], page: pageNumberOf(request.url), pages: 10 },
      },
    }))
    const threadIds: string[] = []
    for await (const threadId of iterateThreads(client(), { firstPage: 4, maxPages: 2 })) threadIds.push(threadId)
    expect(threadIds).toEqual(['t4', 't5'])
    expect(server.requests).toHaveLength(2)
  })

  it('a thread without history yields nothing after one request', async () => {
    server.respondWith({
      status: 200,
      body: { status: 'ok', result: { history: [], threadId: flowThreadId, page: 1, pages: 0 } },
    })
    const entries = []
    for await (const entry of iterateMessages(client(), { threadId: flowThreadId })) entries.push(entry)
    expect(entries).toEqual([])
    expect(server.requests).toHaveLength(1)
  })

  it('an answer without the page (sync=true lost on the way) is a clear error, not a crash', async () => {
    server.respondWith({ status: 200, body: { status: 'ok' } })
    const walk = async () => {
      for await (const entry of iterateMessages(client(), { threadId: flowThreadId })) void entry
    }
    const error = await walk().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ResponseValidationError)
    expect(String(error)).toContain('sync=true')
  })

  it('an error on a later page surfaces after the earlier items', async () => {
    server.respondWith((request) =>
      pageNumberOf(request.url) === 1
        ? { status: 200, body: { status: 'ok', result: { threads: ['t1'], page: 1, pages: 2 } } }
        : { status: 404, body: { status: 'error', message: 'gone' } },
    )
    const threadIds: string[] = []
    const error = await (async () => {
      for await (const threadId of iterateThreads(client())) threadIds.push(threadId)
    })().catch((caught: unknown) => caught)
    expect(threadIds).toEqual(['t1'])
    expect(error).toBeInstanceOf(NotFoundError)
  })
})

// The wire, against a scripted server on 127.0.0.1: the raw key in Authorization, thread
// ids percent-encoded, the document's message bodies unchanged, sync mode, paging, errors.
import { type ScriptedServer, specPathOf, startScriptedServer } from '@parley/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readSpec, resolveReference } from '../../../scripts/lib/spec-examples.mjs'
import { MissingCredentialError, NotFoundError, RateLimitError, RequestValidationError, createKhorosFlowClient, iterateMessages, iterateThreads } from '../src/index.js'

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
  return Object.entries(content?.examples ?? {}).map(([name, example]) => [name, resolveReference(spec, example)?.value])
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
    await expect(client().sendMessage({ path: { threadId: flowThreadId }, body: body as never })).resolves.toEqual({ status: 'ok' })
    expect(server.requests[0]?.json).toEqual(body)
    expect(server.requests[0]?.headers['content-type']).toBe('application/json')
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
    expect(server.requests[0]?.url).toBe('/messages/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89?sync=true')
  })
})

describe('errors and checks before sending', () => {
  it('a missing thread id fails before sending', async () => {
    await expect(client().pauseBot({ path: { threadId: '' } })).rejects.toBeInstanceOf(RequestValidationError)
    expect(server.requests).toHaveLength(0)
  })

  it('a missing apiKey fails before sending, naming the option', async () => {
    const error = await createKhorosFlowClient({ baseUrl: server.baseUrl }).listSegments().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MissingCredentialError)
    expect(String(error)).toContain('apiKey')
    expect(server.requests).toHaveLength(0)
  })

  it('404 and 429 become typed errors carrying the error body, never the key', async () => {
    server.respondWith({ status: 404, body: { status: 'error', message: 'Thread not found' } })
    const notFound = await client().getBotStatus({ path: { threadId: 'x' } }).catch((caught: unknown) => caught)
    expect(notFound).toBeInstanceOf(NotFoundError)
    expect((notFound as NotFoundError).body).toEqual({ status: 'error', message: 'Thread not found' })
    server.respondWith({ status: 429, headers: { 'retry-after': '120' }, body: { status: 'error', message: 'Too many requests' } })
    const limited = await client().resolveThread({ path: { threadId: 'x' } }).catch((caught: unknown) => caught)
    expect(limited).toBeInstanceOf(RateLimitError)
    expect(JSON.stringify(limited)).not.toContain(apiKey)
  })

  it('a message send is never repeated on a 5xx; pause (marked safe to repeat) is', async () => {
    server.respondWith({ status: 502, body: { status: 'error' } })
    const flow = createKhorosFlowClient({ baseUrl: server.baseUrl, apiKey, maxRetries: 2, retry: { initialDelayMs: 1, maxDelayMs: 1 } })
    await expect(flow.sendMessage({ path: { threadId: 'x' }, body: { payload: { type: 'text', speech: 'hi', originator: { name: 'J', role: 'external' } } } })).rejects.toMatchObject({ status: 502 })
    expect(server.requests).toHaveLength(1)
    server.requests.length = 0
    await expect(flow.pauseBot({ path: { threadId: 'x' } })).rejects.toMatchObject({ status: 502 })
    expect(server.requests).toHaveLength(3)
  })
})

describe('paging', () => {
  it('iterateMessages follows page until pages, in sync mode', async () => {
    const historyPage = (page: number) => ({ status: 'ok', result: { history: [{ originator: { name: `p${page}` }, messages: [] }], threadId: flowThreadId, page, pages: 3 } })
    server.respondWith((request) => ({ status: 200, body: historyPage(Number(new URL(request.url, 'http://x').searchParams.get('page'))) }))
    const names: string[] = []
    for await (const entry of iterateMessages(client(), { threadId: flowThreadId })) names.push(String(entry.originator?.name))
    expect(names).toEqual(['p1', 'p2', 'p3'])
    expect(server.requests.map((request) => new URL(request.url, 'http://x').search)).toEqual(['?sync=true&page=1', '?sync=true&page=2', '?sync=true&page=3'])
  })

  it('iterateThreads accepts the page number as a string (as the document shows it) and stops on break', async () => {
    server.respondWith({ status: 200, body: { status: 'ok', result: { threads: ['t1', 't2'], page: '1', pages: 5 } } })
    for await (const threadId of iterateThreads(client())) {
      expect(threadId).toBe('t1')
      break
    }
    expect(server.requests).toHaveLength(1)
  })
})

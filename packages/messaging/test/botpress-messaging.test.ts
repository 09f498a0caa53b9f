// The Botpress Messaging adapter over HTTP: every common operation lands on the vendor
// client's wire format, history paging follows `from`, webhooks are normalized.
import { type ScriptedServer, startScriptedServer } from '@parley/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { botpressMessaging } from '../src/adapters/botpress-messaging.js'
import { createMessaging } from '../src/index.js'

const conversationId = '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e'
const userId = '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13'
const message = (index: number, sentOn: string) => ({
  id: `m${index}`,
  conversationId,
  authorId: index % 2 ? userId : null,
  sentOn,
  payload: { type: 'text', text: `text ${index}` },
})

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
beforeEach(() => {
  server.requests.length = 0
})
afterAll(() => server.close())

const chatOn = (baseUrl: string) =>
  createMessaging(
    botpressMessaging({
      baseUrl,
      clientId: 'c0ffee00-0000-4000-8000-000000000001',
      clientToken: 'token',
      authorId: userId,
      webhookToken: 'hook-token',
    }),
  )

describe('botpressMessaging adapter', () => {
  it('sendText creates a text message as the author', async () => {
    server.respondWith({ status: 201, body: message(1, '2026-11-01T10:00:00.000Z') })
    const sent = await chatOn(server.baseUrl).sendText({ conversationId, text: 'hello' })
    expect(server.requests[0]?.url).toBe('/api/v1/messages')
    expect(server.requests[0]?.json).toEqual({
      conversationId,
      authorId: userId,
      payload: { type: 'text', text: 'hello' },
    })
    expect(sent).toMatchObject({ vendor: 'botpress-messaging', id: 'm1', conversationId })
    expect(sent.raw).toEqual(message(1, '2026-11-01T10:00:00.000Z'))
  })

  it('sendMedia maps each kind onto its Botpress payload', async () => {
    server.respondWith({ status: 201, body: message(1, '2026-11-01T10:00:00.000Z') })
    const chat = chatOn(server.baseUrl)
    await chat.sendMedia({ conversationId, kind: 'image', url: 'https://cdn.test/a.png', caption: 'A' })
    await chat.sendMedia({ conversationId, kind: 'file', url: 'https://cdn.test/a.pdf' })
    expect(server.requests.map((request) => (request.json as { payload: unknown }).payload)).toEqual([
      { type: 'image', image: 'https://cdn.test/a.png', title: 'A' },
      { type: 'file', file: 'https://cdn.test/a.pdf' },
    ])
  })

  it('listMessages pages back with `from` until a short page', async () => {
    const pages = [
      [message(4, '2026-11-01T10:04:00.000Z'), message(3, '2026-11-01T10:03:00.000Z')],
      [message(2, '2026-11-01T10:02:00.000Z'), message(1, '2026-11-01T10:01:00.000Z')],
      [message(0, '2026-11-01T10:00:00.000Z')],
    ]
    server.respondWith((_request, index) => ({ status: 200, body: pages[index] ?? [] }))
    const seen = []
    for await (const entry of chatOn(server.baseUrl).listMessages({ conversationId, pageSize: 2 })) seen.push(entry)
    expect(seen.map((entry) => entry.content)).toEqual(
      [4, 3, 2, 1, 0].map((n) => ({ kind: 'text', text: `text ${n}` })),
    )
    expect(seen[0]).toMatchObject({
      vendor: 'botpress-messaging',
      id: 'm4',
      conversationId,
      author: { role: 'bot', isSelf: false },
      at: new Date('2026-11-01T10:04:00.000Z'),
    })
    // The adapter sends as `userId`: that user's messages are this integration's own.
    expect(seen[1]?.author).toEqual({ role: 'user', id: userId, isSelf: true })
    expect(server.requests.map((request) => request.url)).toEqual([
      `/api/v1/messages/conversation/${conversationId}?limit=2`,
      `/api/v1/messages/conversation/${conversationId}?limit=2&from=2026-11-01T10%3A03%3A00.000Z`,
      `/api/v1/messages/conversation/${conversationId}?limit=2&from=2026-11-01T10%3A01%3A00.000Z`,
    ])
  })

  it('breaking out of listMessages stops fetching', async () => {
    server.respondWith({
      status: 200,
      body: [message(2, '2026-11-01T10:02:00.000Z'), message(1, '2026-11-01T10:01:00.000Z')],
    })
    for await (const entry of chatOn(server.baseUrl).listMessages({ conversationId, pageSize: 2 })) {
      expect(entry.id).toBe('m2')
      break
    }
    expect(server.requests).toHaveLength(1)
  })
})

describe('botpressMessaging webhooks, normalized', () => {
  const post = (handler: (request: Request) => Promise<Response>, body: unknown, token = 'hook-token') =>
    handler(
      new Request('http://127.0.0.1/hook', {
        method: 'POST',
        headers: { 'x-bp-messaging-webhook-token': token, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    )

  it('message.new becomes onMessage with its id, author, content, time and the raw payload', async () => {
    const onMessage = vi.fn()
    const handler = chatOn(server.baseUrl).webhookHandler({ onMessage })
    const event = {
      type: 'message.new',
      data: { userId, conversationId, channel: 'telegram', message: message(1, '2026-11-01T10:01:00.000Z') },
    }
    expect((await post(handler, event)).status).toBe(200)
    expect(onMessage).toHaveBeenCalledWith({
      vendor: 'botpress-messaging',
      type: 'message',
      eventId: 'message.new:m1',
      vendorEvent: 'message.new',
      id: 'm1',
      conversationId,
      author: { role: 'user', id: userId, isSelf: true },
      content: { kind: 'text', text: 'text 1' },
      at: new Date('2026-11-01T10:01:00.000Z'),
      raw: event,
    })
  })

  it('conversation and health events, unknown types, and the vendor verification', async () => {
    const onConversation = vi.fn()
    const onStatus = vi.fn()
    const onUnknown = vi.fn()
    const handler = chatOn(server.baseUrl).webhookHandler({ onConversation, onStatus, onUnknown })
    await post(handler, { type: 'conversation.started', data: { userId, conversationId, channel: 'telegram' } })
    await post(handler, {
      type: 'health.new',
      data: { channel: 'telegram', event: { type: 'configured', time: '2026-11-01T10:00:00.000Z' } },
    })
    await post(handler, { type: 'bot.renamed', data: {} })
    expect(onConversation.mock.calls[0]?.[0]).toMatchObject({
      type: 'conversation',
      vendorEvent: 'conversation.started',
      conversationId,
    })
    expect(onStatus.mock.calls[0]?.[0]).toMatchObject({
      type: 'status',
      vendorEvent: 'health.new',
      at: new Date('2026-11-01T10:00:00.000Z'),
    })
    expect(onUnknown.mock.calls[0]?.[0]).toMatchObject({
      type: 'unknown',
      vendorEvent: 'bot.renamed',
      raw: { type: 'bot.renamed', data: {} },
    })
    expect((await post(handler, { type: 'message.new' }, 'wrong-token')).status).toBe(403)
  })

  it('webhookHandler without a webhookToken is a clear error', () => {
    const chat = createMessaging(botpressMessaging({ clientId: 'id', clientToken: 'token' }))
    expect(() => chat.webhookHandler({})).toThrow(/webhookToken/)
  })
})

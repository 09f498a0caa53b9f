// One bot over several vendors: one set of handlers, each vendor's webhook on its own
// route (real Requests through the real adapters), one send path choosing the adapter by
// the event's vendor.
import { type ScriptedServer, startScriptedServer } from '@parley/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { avaamo } from '../src/adapters/avaamo.js'
import { botpressMessaging } from '../src/adapters/botpress-messaging.js'
import { khorosFlow } from '../src/adapters/khoros-flow.js'
import { meheryXms } from '../src/adapters/mehery-xms.js'
import { type NormalizedEvent, createMessaging } from '../src/index.js'

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
afterAll(() => server.close())

const conversationId = '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e'
const threadId = 'thread-1'

function createBot(baseUrl: string) {
  return createMessaging([
    botpressMessaging({ baseUrl, clientId: 'id', clientToken: 'token', webhookToken: 'hook' }),
    khorosFlow({ baseUrl, apiKey: 'key', webhookVerification: { secret: 'flow-secret' } }),
    meheryXms({
      baseUrl,
      apiKey: 'k',
      apiId: 'i',
      channelId: 'wa:1',
      verifyToken: 'verify',
      contactInfo: () => ({ profileId: 'p1' }),
    }),
    avaamo({ baseUrl, botId: 1, userAccessToken: 'u', agentAccessToken: 'a' }),
  ])
}

const post = (
  handler: (request: Request) => Promise<Response>,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  handler(
    new Request(`http://127.0.0.1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  )

describe('createMessaging([...adapters])', () => {
  it("delivers each vendor's webhook, on its own route, to the same handlers", async () => {
    const events: NormalizedEvent[] = []
    const handler = createBot(server.baseUrl).webhookHandler({ onEvent: (event) => void events.push(event) })
    const botpressMessage = {
      id: 'm1',
      conversationId,
      authorId: 'u1',
      sentOn: '2026-12-07T09:00:00.000Z',
      payload: { type: 'text', text: 'hi' },
    }
    expect(
      (
        await post(
          handler,
          '/webhooks/botpress-messaging',
          { type: 'message.new', data: { userId: 'u1', conversationId, channel: 'web', message: botpressMessage } },
          { 'x-bp-messaging-webhook-token': 'hook' },
        )
      ).status,
    ).toBe(200)
    expect(
      (
        await post(handler, '/webhooks/khoros-flow?secret=flow-secret', {
          type: 'inbound',
          threadId,
          originator: { name: 'Ann', role: 'user' },
          messages: [{ responses: [{ type: 'text', payload: { text: 'hello' } }] }],
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await post(
          handler,
          '/webhooks/mehery-xms/message/receive',
          { type: 'messages', messages: [{ id: 'x1', type: 'text', contactId: 'c1', text: { body: 'hey' } }] },
          { 'x-verify-token': 'verify' },
        )
      ).status,
    ).toBe(200)
    const contactInfo = await post(
      handler,
      '/webhooks/mehery-xms/contact/info',
      { contactId: 'c1' },
      { 'x-verify-token': 'verify' },
    )
    expect(await contactInfo.json()).toEqual({ profileId: 'p1' })
    expect(
      events.map((event) => [event.vendor, event.type, event.type === 'message' ? event.content : undefined]),
    ).toEqual([
      ['botpress-messaging', 'message', { kind: 'text', text: 'hi' }],
      ['khoros-flow', 'message', { kind: 'text', text: 'hello' }],
      ['mehery-xms', 'message', { kind: 'text', text: 'hey' }],
    ])
    // Avaamo has no webhooks; other paths are not routes either. Each vendor keeps its own verification.
    expect((await post(handler, '/webhooks/avaamo', {})).status).toBe(404)
    expect((await post(handler, '/elsewhere', {})).status).toBe(404)
    expect(
      (
        await post(
          handler,
          '/webhooks/botpress-messaging',
          { type: 'message.new' },
          { 'x-bp-messaging-webhook-token': 'wrong' },
        )
      ).status,
    ).toBe(403)
    expect(Object.keys(createBot(server.baseUrl).webhookHandlers({}))).toEqual([
      'botpress-messaging',
      'khoros-flow',
      'mehery-xms',
    ])
  })

  it('replies through the vendor the event came from, and refuses what that vendor cannot carry', async () => {
    const bot = createBot(server.baseUrl)
    server.requests.length = 0
    server.respondWith((request) =>
      request.url.startsWith('/api/v1/messages')
        ? {
            status: 201,
            body: {
              id: 'r1',
              conversationId,
              sentOn: '2026-12-07T09:00:01.000Z',
              payload: request.json && (request.json as { payload: unknown }).payload,
            },
          }
        : { status: 200, body: { status: 'ok' } },
    )
    const replies: Array<Promise<unknown>> = []
    const handler = bot.webhookHandler({
      onMessage: (event) => {
        const menu = { kind: 'choice', text: 'Pick', choices: [{ title: 'A', value: 'a' }] } as const
        replies.push(
          bot.canSend(event, 'choice') ? bot.reply(event, menu) : bot.reply(event, { kind: 'text', text: 'Pick: A' }),
        )
      },
    })
    await post(
      handler,
      '/webhooks/botpress-messaging',
      {
        type: 'message.new',
        data: {
          userId: 'u1',
          conversationId,
          channel: 'web',
          message: {
            id: 'm2',
            conversationId,
            authorId: 'u1',
            sentOn: '2026-12-07T09:00:00.000Z',
            payload: { type: 'text', text: 'hi' },
          },
        },
      },
      { 'x-bp-messaging-webhook-token': 'hook' },
    )
    await post(handler, '/webhooks/khoros-flow?secret=flow-secret', {
      type: 'inbound',
      threadId,
      originator: { name: 'Ann', role: 'user' },
      messages: [{ responses: [{ type: 'text', payload: { text: 'hi' } }] }],
    })
    await Promise.all(replies)
    expect(server.requests.map((request) => [request.url.split('?')[0], request.json])).toEqual([
      [
        '/api/v1/messages',
        { conversationId, payload: { type: 'single-choice', text: 'Pick', choices: [{ title: 'A', value: 'a' }] } },
      ],
      [
        `/messages/${encodeURIComponent(threadId)}`,
        { payload: { type: 'text', speech: 'Pick: A', originator: { name: 'Parley', role: 'external' } } },
      ],
    ])
    // From untyped code, a kind the event's vendor cannot carry is refused before sending.
    await expect(
      bot.reply({ vendor: 'khoros-flow', conversationId: threadId } as never, { kind: 'carousel', cards: [] } as never),
    ).rejects.toMatchObject({
      name: 'UnsupportedContentError',
      vendor: 'khoros-flow',
      contentKind: 'carousel',
    })
    expect(bot.byVendor.avaamo.capabilities.content).toEqual(['text', 'choice', 'card', 'list', 'vendor'])
  })
})

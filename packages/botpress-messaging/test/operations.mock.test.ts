// Every operation of the spec, over HTTP, against a Prism mock made from the same spec.
// Prism validates each request (path, query, headers, body) against the spec and answers
// with the spec's examples, so a call that passes here is well-formed on the wire.
import { checkEveryOperation, expectEveryOperationJudged, prismMockUrl, specPathOf } from '@parley/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type BotpressMessagingClient,
  type SyncRequest,
  createBotpressMessagingClient,
  operations,
} from '../src/index.js'
import syncTelegramSlack from './fixtures/sync-telegram-slack.request.json' with { type: 'json' }
import syncTelegramTwilio from './fixtures/sync-telegram-twilio.request.json' with { type: 'json' }

// The seed's configs name no channel version, which the live server refuses (see the
// spec's decision); the calls add the one version it knows.
const withVersions = (config: { channels: Record<string, object>; webhooks: { url: string }[] }) => ({
  ...config,
  channels: Object.fromEntries(
    Object.entries(config.channels).map(([name, channel]) => [name, { ...channel, version: '1.0.0' as const }]),
  ),
})

const userId = '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13'
const conversationId = '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e'
const messageId = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d'

let messaging: BotpressMessagingClient

beforeAll(async () => {
  messaging = createBotpressMessagingClient({
    baseUrl: prismMockUrl('botpress-messaging'),
    clientId: 'c0ffee00-0000-4000-8000-000000000001',
    clientToken: 'mock-client-token',
    adminKey: 'mock-admin-key',
    maxRetries: 0,
  })
})

describe('every Botpress Messaging operation against the spec mock', () => {
  it("passes each operation called with the spec's own examples, or lists it as a spec problem with its overlay fix", async () => {
    const report = await checkEveryOperation({
      client: messaging,
      specPath: specPathOf('botpress-messaging'),
      operations,
    })
    expectEveryOperationJudged(report, operations)
  })

  const exercised = new Set<string>()
  const call = async <T>(operationId: string, run: () => Promise<T>): Promise<T> => {
    exercised.add(operationId)
    return run()
  }

  it('createClient returns credentials', async () => {
    const credentials = await call('createClient', () => messaging.createClient({ body: {} }))
    expect(credentials.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(typeof credentials.token).toBe('string')
  })

  it('renameClient sets a name (admin route)', async () => {
    expect(
      await call('renameClient', () =>
        messaging.renameClient({ body: { id: '9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40', name: 'support-bot' } }),
      ),
    ).toBe('OK')
  })

  it('getClient answers plain text', async () => {
    expect(await call('getClient', () => messaging.getClient())).toBe('OK')
  })

  it('sync sends the whole configuration (both seed examples)', async () => {
    for (const body of [syncTelegramSlack, syncTelegramTwilio]) {
      const result = await call('sync', () => messaging.sync({ body: withVersions(body) as SyncRequest }))
      expect(Array.isArray(result.webhooks)).toBe(true)
    }
  })

  it('getHealth returns the channels report', async () => {
    const health = await call('getHealth', () => messaging.getHealth())
    expect(typeof health).toBe('object')
  })

  it('users: create and get', async () => {
    const created = await call('createUser', () => messaging.createUser())
    expect(created.id).toBeTruthy()
    const user = await call('getUser', () => messaging.getUser({ path: { id: userId } }))
    expect(user.clientId).toBeTruthy()
    const token = await call('createUserToken', () => messaging.createUserToken({ body: { userId } }))
    expect(token.token.startsWith(token.id)).toBe(true)
  })

  it('conversations: create, get and list with limit', async () => {
    const created = await call('createConversation', () => messaging.createConversation({ body: { userId } }))
    expect(created.userId).toBeTruthy()
    const conversation = await call('getConversation', () =>
      messaging.getConversation({ path: { id: conversationId } }),
    )
    expect(conversation.id).toBeTruthy()
    const conversations = await call('listConversations', () =>
      messaging.listConversations({ path: { userId }, query: { limit: 5 } }),
    )
    expect(Array.isArray(conversations)).toBe(true)
  })

  it('messages: create, collect, get, list with limit and from, delete one, delete all', async () => {
    const payload = { type: 'text' as const, text: 'What are your opening hours?' }
    const message = await call('createMessage', () =>
      messaging.createMessage({ body: { conversationId, authorId: userId, payload } }),
    )
    expect(message.payload).toBeTruthy()
    const collected = await call('createMessageAndCollect', () =>
      messaging.createMessageAndCollect({ body: { conversationId, authorId: userId, payload, timeout: 5000 } }),
    )
    expect(collected.message.id).toBeTruthy()
    expect(Array.isArray(collected.responses)).toBe(true)
    expect(await call('endTurn', () => messaging.endTurn({ path: { id: messageId } }))).toBe('OK')
    const fetched = await call('getMessage', () => messaging.getMessage({ path: { id: messageId } }))
    expect(fetched.conversationId).toBeTruthy()
    const listed = await call('listMessages', () =>
      messaging.listMessages({ path: { conversationId }, query: { limit: 10, from: '2026-11-01T10:00:00.000Z' } }),
    )
    expect(Array.isArray(listed)).toBe(true)
    await expect(
      call('deleteMessage', () => messaging.deleteMessage({ path: { id: messageId } })),
    ).resolves.toBeUndefined()
    const deleted = await call('deleteConversationMessages', () =>
      messaging.deleteConversationMessages({ path: { conversationId } }),
    )
    expect(typeof deleted.count).toBe('number')
  })

  it('endpoints: map and list', async () => {
    const mapped = await call('mapEndpoint', () =>
      messaging.mapEndpoint({
        body: { channel: { name: 'telegram', version: '1.0.0' }, identity: '*', sender: '12345', thread: '12345' },
      }),
    )
    expect(mapped.conversationId).toBeTruthy()
    const endpoints = await call('listConversationEndpoints', () =>
      messaging.listConversationEndpoints({ path: { conversationId } }),
    )
    expect(Array.isArray(endpoints)).toBe(true)
  })

  // The seed lists 16 routes; the spec adds the v1.2.x routes `createClient`,
  // `renameClient`, `createUserToken` and `endTurn` (20).
  it('covered every operation of the spec', () => {
    const specOperationIds = Object.values(operations).map((operation) => operation.id)
    expect(specOperationIds).toHaveLength(20)
    expect([...exercised].sort()).toEqual([...specOperationIds].sort())
  })
})

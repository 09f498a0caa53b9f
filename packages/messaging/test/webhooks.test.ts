// Webhook normalization from each vendor's own payloads (the examples in its spec, which
// are the vendor document's where it has them), through each vendor's handler.
import { readFileSync } from 'node:fs'
import { specPathOf } from '@parley/testing'
import { describe, expect, it, vi } from 'vitest'
import { exampleOf, readSpec, resolveReference } from '@parley/testing/spec-examples'
import { khorosFlow } from '../src/adapters/khoros-flow.js'
import { type MeheryXmsAdapterSettings, meheryXms } from '../src/adapters/mehery-xms.js'
import { type NormalizedEvent, createMessaging } from '../src/index.js'

function webhookExamples(vendorId: string): Array<[string, Record<string, unknown>]> {
  const spec = readSpec(specPathOf(vendorId))
  return Object.entries(spec.webhooks ?? {}).map(([event, pathItem]) => {
    const operation = resolveReference(spec, pathItem)?.post
    return [
      event,
      exampleOf(spec, resolveReference(spec, operation?.requestBody)?.content['application/json']) as Record<
        string,
        unknown
      >,
    ]
  })
}

async function collect(
  handler: (request: Request) => Promise<Response>,
  payload: unknown,
  init: { url?: string; headers?: Record<string, string> } = {},
) {
  const response = await handler(
    new Request(init.url ?? 'http://127.0.0.1/hook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: JSON.stringify(payload),
    }),
  )
  return response
}

describe('khoros-flow webhooks, normalized', () => {
  const expectedType: Record<string, NormalizedEvent['type']> = {
    message: 'message',
    inbound: 'message',
    outbound: 'message',
    paused: 'conversation',
    resumed: 'conversation',
    takeover: 'conversation',
    isPaused: 'status',
    history: 'unknown',
    threads: 'unknown',
    'trigger.events': 'unknown',
    businessHours: 'unknown',
  }

  it.each(webhookExamples('khoros-flow'))('%s', async (event, payload) => {
    const events: NormalizedEvent[] = []
    const record = (normalized: NormalizedEvent) => void events.push(normalized)
    const chat = createMessaging(khorosFlow({ apiKey: 'key', webhookVerification: { secret: 'hook-secret' } }))
    const handler = chat.webhookHandler({
      onMessage: record,
      onConversation: record,
      onStatus: record,
      onUnknown: record,
    })
    expect((await collect(handler, payload, { url: 'http://127.0.0.1/hook?secret=hook-secret' })).status).toBe(200)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      vendor: 'khoros-flow',
      type: expectedType[event],
      vendorEvent: event,
      raw: payload,
    })
    if (typeof payload.threadId === 'string') expect(events[0]?.conversationId).toBe(payload.threadId)
    if (event === 'message')
      expect(events[0]).toMatchObject({
        eventId: expect.any(String),
        author: { isSelf: false },
        content: { kind: expect.any(String) },
      })
  })

  it('keeps Flow verification: a wrong secret is refused before any handler runs', async () => {
    const onMessage = vi.fn()
    const chat = createMessaging(khorosFlow({ apiKey: 'key', webhookVerification: { secret: 'hook-secret' } }))
    const response = await collect(
      chat.webhookHandler({ onMessage }),
      { type: 'message', threadId: 't' },
      { url: 'http://127.0.0.1/hook?secret=nope' },
    )
    expect(response.status).toBe(403)
    expect(onMessage).not.toHaveBeenCalled()
  })
})

describe('mehery-xms webhooks, normalized', () => {
  const documentNotification = JSON.parse(
    readFileSync(new URL('../../mehery-xms/test/fixtures/message-receive.webhook.json', import.meta.url), 'utf8'),
  )
  const documentContact = JSON.parse(
    readFileSync(new URL('../../mehery-xms/test/fixtures/contact-info.webhook.json', import.meta.url), 'utf8'),
  )
  const chatWith = (options: Partial<MeheryXmsAdapterSettings> = {}) =>
    createMessaging(
      meheryXms({ apiKey: 'key', apiId: 'id', channelId: 'wa360:919988776655', verifyToken: 'verify', ...options }),
    )
  const call = (handler: (request: Request) => Promise<Response>, path: string, body: unknown) =>
    collect(handler, body, { url: `http://127.0.0.1/mehery${path}`, headers: { 'x-verify-token': 'verify' } })

  it('each inbound message of the document notification becomes onMessage, with contact and session', async () => {
    const onMessage = vi.fn()
    const response = await call(chatWith().webhookHandler({ onMessage }), '/message/receive', {
      ...documentNotification,
      type: 'messages',
    })
    expect(response.status).toBe(200)
    expect(onMessage).toHaveBeenCalledTimes(documentNotification.messages.length)
    const [first] = documentNotification.messages
    expect(onMessage.mock.calls[0]?.[0]).toMatchObject({
      vendor: 'mehery-xms',
      type: 'message',
      vendorEvent: 'messages',
      raw: first,
    })
    if (first.contactId) expect(onMessage.mock.calls[0]?.[0].conversationId).toBe(first.contactId)
    if (first.text?.body) expect(onMessage.mock.calls[0]?.[0].content).toEqual({ kind: 'text', text: first.text.body })
  })

  it('statuses become onStatus, events onConversation, anything else onUnknown', async () => {
    const onStatus = vi.fn()
    const onConversation = vi.fn()
    const onUnknown = vi.fn()
    const handler = chatWith().webhookHandler({ onStatus, onConversation, onUnknown })
    await call(handler, '/message/receive', { ...documentNotification, type: 'statuses' })
    await call(handler, '/message/receive', { ...documentNotification, type: 'events' })
    await call(handler, '/message/receive', { type: 'reactions' })
    expect(onStatus).toHaveBeenCalledTimes(documentNotification.statuses.length)
    expect(onConversation).toHaveBeenCalledTimes(documentNotification.events.length)
    expect(onConversation.mock.calls[0]?.[0].vendorEvent).toBe(`events:${documentNotification.events[0].eventCode}`)
    expect(onUnknown.mock.calls[0]?.[0]).toMatchObject({ type: 'unknown', vendorEvent: 'reactions' })
  })

  it('contact/info is answered by the adapter option (an empty update without one)', async () => {
    const answered = await call(
      chatWith({ contactInfo: (contact) => ({ profileId: contact.contactId }) }).webhookHandler({}),
      '/contact/info',
      documentContact,
    )
    expect(await answered.json()).toEqual({ profileId: documentContact.contactId })
    expect(await (await call(chatWith().webhookHandler({}), '/contact/info', documentContact)).json()).toEqual({})
  })

  describe("the seed document's example as written (refused: see the spec's decision on message/receive)", () => {
    const asWritten = JSON.parse(
      readFileSync(
        new URL('../../mehery-xms/test/fixtures/as-written/message-receive.webhook.json', import.meta.url),
        'utf8',
      ),
    )

    it('reaches onUnknown (200), not onMessage: its `type` is `message`, not one of the enum', async () => {
      const onMessage = vi.fn()
      const onUnknown = vi.fn()
      const response = await call(chatWith().webhookHandler({ onMessage, onUnknown }), '/message/receive', asWritten)
      expect(response.status).toBe(200)
      expect(onMessage).not.toHaveBeenCalled()
      expect(onUnknown).toHaveBeenCalledOnce()
      expect(onUnknown.mock.calls[0]?.[0]).toMatchObject({ type: 'unknown', vendorEvent: 'message', raw: asWritten })
    })

    it('corrected as the decision says (the accepted fixture), each message is an event with id, author, content', async () => {
      const onMessage = vi.fn()
      const response = await call(chatWith().webhookHandler({ onMessage }), '/message/receive', documentNotification)
      expect(response.status).toBe(200)
      const [message] = documentNotification.messages
      expect(onMessage.mock.calls.map(([event]) => event)).toEqual([
        expect.objectContaining({
          vendor: 'mehery-xms',
          type: 'message',
          eventId: `messages:${message.id}`,
          conversationId: message.contactId,
          author: { role: 'user', id: message.contactId, isSelf: false },
          content: { kind: 'text', text: message.text.body },
        }),
      ])
    })
  })

  it('keeps Mehery verification', async () => {
    const response = await collect(
      chatWith().webhookHandler({}),
      { type: 'messages', messages: [] },
      { url: 'http://127.0.0.1/mehery/message/receive', headers: { 'x-verify-token': 'nope' } },
    )
    expect(response.status).toBe(403)
  })
})

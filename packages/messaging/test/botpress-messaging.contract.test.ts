// Every webhook recorded from the real Botpress Messaging server v1.2.18, with its
// headers, through the facade: accepted (200) and delivered as the normalized event its
// type maps to, the vendor's payload kept as `raw`.
import { describe, expect, it } from 'vitest'
import recording from '../../botpress-messaging/test/fixtures/recordings/botpress-messaging-1.2.18.json' with {
  type: 'json',
}
import { botpressMessaging } from '../src/adapters/botpress-messaging.js'
import { type NormalizedEvent, createMessaging } from '../src/index.js'

const webhookToken = '<webhook-token>'
const normalizedTypeOf: Record<string, string> = {
  'message.new': 'message',
  'conversation.new': 'conversation',
  'conversation.started': 'conversation',
  'health.new': 'status',
  'message.feedback': 'unknown',
  'user.new': 'unknown',
  'user.updated': 'unknown',
}

const requestFor = (webhook: (typeof recording.webhooks)[number], headers: Record<string, string> = webhook.headers) =>
  new Request(`http://127.0.0.1:8080${webhook.path}`, { method: webhook.method, headers, body: webhook.body.text })

describe('recorded Botpress webhooks through the facade', () => {
  const chat = createMessaging(
    botpressMessaging({ clientId: '<client-id>', clientToken: '<client-token>', webhookToken }),
  )

  for (const webhook of recording.webhooks) {
    it(`${webhook.name}: accepted and normalized`, async () => {
      const delivered: NormalizedEvent[] = []
      const handler = chat.webhookHandler({
        onMessage: (event) => void delivered.push(event),
        onConversation: (event) => void delivered.push(event),
        onStatus: (event) => void delivered.push(event),
        onUnknown: (event) => void delivered.push(event),
      })
      const response = await handler(requestFor(webhook))
      expect(response.status).toBe(200)
      const json = webhook.body.json as {
        type: string
        data: {
          conversationId?: string
          message?: { id: string; authorId?: string; payload: { type: string; text?: string } }
        }
      }
      expect(delivered).toHaveLength(1)
      const [event] = delivered
      expect(event).toMatchObject({ type: normalizedTypeOf[json.type], vendorEvent: json.type, raw: json })
      if (json.data.conversationId) expect(event?.conversationId).toBe(json.data.conversationId)
      expect(event?.eventId).toEqual(expect.any(String))
      const message = json.data.message
      if (message) {
        // The facade sends as the bot (no authorId): the bot's messages are its own echoes.
        expect(event).toMatchObject({
          eventId: `message.new:${message.id}`,
          id: message.id,
          author: message.authorId
            ? { role: 'user', id: message.authorId, isSelf: false }
            : { role: 'bot', isSelf: true },
          content: { kind: 'text', text: message.payload.text },
          at: expect.any(Date),
        })
      }
    })
  }

  it('a redelivered webhook has the same eventId; different ones differ', async () => {
    const idsOf = async (webhooks: typeof recording.webhooks) => {
      const ids: string[] = []
      const handler = chat.webhookHandler({ onEvent: (event) => void ids.push(event.eventId) })
      for (const webhook of webhooks) expect((await handler(requestFor(webhook))).status).toBe(200)
      return ids
    }
    const first = await idsOf(recording.webhooks)
    expect(await idsOf(recording.webhooks)).toEqual(first)
    expect(new Set(first).size).toBe(first.length)
  })

  it('the same posts with another token are refused', async () => {
    const handler = chat.webhookHandler({ onUnknown: () => undefined })
    for (const webhook of recording.webhooks) {
      const response = await handler(
        requestFor(webhook, { ...webhook.headers, 'x-bp-messaging-webhook-token': 'a-token-of-someone-else' }),
      )
      expect(response.status).toBe(403)
    }
  })
})

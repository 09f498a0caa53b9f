// Every webhook recorded from the real Botpress Messaging server v1.2.18, with its
// headers, through the facade: accepted (200) and delivered as the normalized event its
// type maps to, the vendor's payload kept as `raw`.
import { describe, expect, it } from 'vitest'
import recording from '../../botpress-messaging/test/fixtures/recordings/botpress-messaging-1.2.18.json' with {
  type: 'json',
}
import { botpressMessaging } from '../src/adapters/botpress-messaging.js'
import { createMessaging } from '../src/index.js'

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
      const delivered: Array<{
        type: string
        vendorEvent: string
        conversationId?: string
        text?: string
        raw: unknown
      }> = []
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
        data: { conversationId?: string; message?: { payload: { type: string; text?: string } } }
      }
      expect(delivered).toHaveLength(1)
      const [event] = delivered
      expect(event).toMatchObject({ type: normalizedTypeOf[json.type], vendorEvent: json.type, raw: json })
      if (json.data.conversationId) expect(event?.conversationId).toBe(json.data.conversationId)
      if (json.data.message?.payload.type === 'text') expect(event?.text).toBe(json.data.message.payload.text)
    })
  }

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

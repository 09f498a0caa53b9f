// The wrapped handlers fit both kinds of webhook handler: a vendor package's `on` (above,
// in delivery.test.ts) and the facade's `onMessage` (here), checked by tsc in `pnpm test`.
import { createMessaging } from '@parley/messaging'
import { botpressMessaging } from '@parley/messaging/botpress-messaging'
import { expect, it } from 'vitest'
import { createDelivery } from '../src/index.js'

it("wraps the facade's onMessage, reading eventId and conversationId from its events", async () => {
  const chat = createMessaging(
    botpressMessaging({
      baseUrl: 'http://127.0.0.1:9',
      clientId: 'c0ffee00-0000-4000-8000-000000000001',
      clientToken: 'token',
      webhookToken: 'webhook-token',
    }),
  )
  const delivery = createDelivery()
  const handler = chat.webhookHandler({
    onMessage: delivery.handle('facade-message', (event, context) => {
      expect(context.conversationId).toBe(event.conversationId)
    }),
  })
  expect(typeof handler).toBe('function')
  await delivery.close()
})

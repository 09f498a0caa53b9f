// Capabilities as types: what a vendor cannot do is a compile error.
import { describe, expectTypeOf, it } from 'vitest'
import { botpressMessaging, type BotpressMessagingReceivedContent } from '../src/adapters/botpress-messaging.js'
import { type Messaging, type NormalizedMessage, type SentMessage, createMessaging, hasCapability } from '../src/index.js'

describe('botpress-messaging capabilities', () => {
  const chat = createMessaging(botpressMessaging({ clientId: 'id', clientToken: 'token' }))

  it('has send, media, history and webhooks', () => {
    expectTypeOf(chat.vendor).toEqualTypeOf<'botpress-messaging'>()
    expectTypeOf(chat.capabilities.sendText).toEqualTypeOf<true>()
    expectTypeOf(chat.capabilities.sendMedia).toEqualTypeOf<true>()
    expectTypeOf(chat.capabilities.listMessages).toEqualTypeOf<true>()
    expectTypeOf(chat.capabilities.webhookHandler).toEqualTypeOf<true>()
    expectTypeOf(chat.sendText({ conversationId: 'c', text: 'hi' })).resolves.toEqualTypeOf<SentMessage<'botpress-messaging'>>()
    expectTypeOf(chat.listMessages({ conversationId: 'c' })).toEqualTypeOf<
      AsyncIterable<NormalizedMessage<'botpress-messaging', BotpressMessagingReceivedContent>>
    >()
  })

  it('has no conversation control', () => {
    // @ts-expect-error Botpress Messaging has no handover
    void chat.handover({ conversationId: 'c' })
    // @ts-expect-error nor pause
    void chat.pause({ conversationId: 'c' })
    // @ts-expect-error nor events
    void chat.sendEvent({ conversationId: 'c', eventName: 'x' })
    // @ts-expect-error not a capability flag either
    void chat.capabilities.handover
  })

  it('hasCapability narrows a messaging object of unknown vendor', () => {
    const unknownChat = chat as unknown as Messaging<string, 'handover'> | Messaging<string, never>
    if (hasCapability(unknownChat, 'handover')) expectTypeOf(unknownChat.handover).toBeFunction()
  })
})

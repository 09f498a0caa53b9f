// Request values written `as const` are accepted, wrong literals inside them are still
// refused, and what calls resolve stays mutable. Checked by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type ConversationMessage,
  type KhorosFlowClient,
  type MessagePayload,
  type ReadonlyInput,
  broadcastToPhoneNumbers,
  createKhorosFlowHttpClient,
  sendMessage,
} from '../src/index.js'

declare const flow: KhorosFlowClient

const originator = { name: 'Parley bot', role: 'external' } as const
const orderEvent = {
  type: 'event',
  eventName: 'order',
  originator,
  metadata: { language: 'en', params: { size: [{ value: 'large' }], toppings: [{ value: 'olives' }, { value: 'basil' }] } },
} as const

describe('request values written as const', () => {
  it('an event with as-const parameter lists goes through sendMessage, bound and flat', () => {
    void flow.sendMessage({ path: { threadId: 't' }, body: { payload: orderEvent } })
    const http = createKhorosFlowHttpClient({ apiKey: 'k' })
    void sendMessage({ client: http, path: { threadId: 't' }, body: { payload: orderEvent } })
    void flow.sendMessage({ path: { threadId: 't' }, body: { payload: orderEvent }, maxRetries: 0 }).withResponse()
  })

  it('a broadcast audience written as const', () => {
    const broadcast = {
      audience: [
        { name: 'Ada', phoneNumber: '+31600000001' },
        { name: 'Grace', identifier: 'grace@example.com' },
      ],
      channel: { channelName: 'whatsapp', externalId: 'wa-1' },
      payload: { type: 'text', speech: 'We are open today' },
    } as const
    void flow.broadcastToPhoneNumbers({ body: broadcast })
    void broadcastToPhoneNumbers({ body: broadcast })
  })

  it('path and query objects written as const', () => {
    const path = { threadId: 't' } as const
    const query = { sync: true } as const
    void flow.sendMessage({ path, query, body: { payload: orderEvent } })
    void flow.listMessages({ path, query })
  })

  it('mutable values are still accepted', () => {
    expectTypeOf<MessagePayload>().toMatchTypeOf<ReadonlyInput<MessagePayload>>()
  })

  it('a wrong literal inside an as-const value is still an error', () => {
    const wrongRole = { ...orderEvent, originator: { name: 'Parley bot', role: 'bot' } } as const
    // @ts-expect-error 'bot' is not an originator role
    void flow.sendMessage({ path: { threadId: 't' }, body: { payload: wrongRole } })
    const wrongParams = { ...orderEvent, metadata: { params: { size: ['large'] } } } as const
    // @ts-expect-error a parameter is a list of `{ value }` objects
    void sendMessage({ path: { threadId: 't' }, body: { payload: wrongParams } })
    // @ts-expect-error sync is a boolean
    void flow.sendMessage({ path: { threadId: 't' }, query: { sync: 'true' } as const, body: { payload: orderEvent } })
  })
})

describe('responses stay mutable', () => {
  it('the messages of a synchronous reply are a ConversationMessage[]', async () => {
    const reply = await flow.sendMessage({ path: { threadId: 't' }, query: { sync: true }, body: { payload: orderEvent } })
    if ('messages' in reply) {
      const messages: ConversationMessage[] = reply.messages
      messages.push({})
      expectTypeOf(reply.messages).toEqualTypeOf<ConversationMessage[]>()
    }
  })
})

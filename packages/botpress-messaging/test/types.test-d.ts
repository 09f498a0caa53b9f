// Compile-time guarantees of the public API, checked by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type BotpressMessagingClient,
  type Conversation,
  type Message,
  type MessageNewEvent,
  type User,
  createBotpressMessagingClient,
  createBotpressMessagingWebhookHandler,
} from '../src/index.js'
import type { paths } from '../src/paths.js'
import { zMessage } from '../src/zod.js'

declare const messaging: BotpressMessagingClient

describe('client types', () => {
  it('operations resolve their typed 2xx body', () => {
    expectTypeOf(messaging.getUser({ path: { id: 'x' } })).resolves.toEqualTypeOf<User>()
    expectTypeOf(messaging.listConversations({ path: { userId: 'x' } })).resolves.toEqualTypeOf<Conversation[]>()
    expectTypeOf(messaging.createMessage).parameter(0).toHaveProperty('body')
    expectTypeOf(messaging.getClient()).resolves.toBeString()
    expectTypeOf(messaging.deleteMessage({ path: { id: 'x' } })).resolves.toBeVoid()
  })

  it('required parameters are required', () => {
    // @ts-expect-error path is required
    void messaging.getUser()
    // @ts-expect-error the path parameter is `id`
    void messaging.getUser({ path: { userId: 'x' } })
    // @ts-expect-error a message needs a conversationId
    void messaging.createMessage({ body: { payload: { type: 'text', text: 'hi' } } })
    // @ts-expect-error limit is a number
    void messaging.listMessages({ path: { conversationId: 'x' }, query: { limit: '5' } })
  })

  it('the factory takes the documented options only', () => {
    createBotpressMessagingClient({ clientId: 'a', clientToken: 'b', baseUrl: 'http://localhost:3100', timeoutMs: 1000, maxRetries: 1 })
    // @ts-expect-error unknown option
    createBotpressMessagingClient({ token: 'x' })
  })
})

describe('webhook types', () => {
  it('each handler receives its own event type', () => {
    createBotpressMessagingWebhookHandler({
      webhookToken: 't',
      on: {
        'message.new': (event) => {
          expectTypeOf(event).toMatchTypeOf<MessageNewEvent>()
          expectTypeOf(event.data.message).toEqualTypeOf<Message>()
        },
        'user.new': (event) => {
          expectTypeOf(event.data.userId).toBeString()
        },
        unknown: (event) => {
          expectTypeOf(event).toEqualTypeOf<Record<string, unknown>>()
        },
      },
    })
  })

  it('an event name the spec does not have is an error', () => {
    createBotpressMessagingWebhookHandler({
      webhookToken: 't',
      // @ts-expect-error not an event of the spec
      on: { 'message.created': () => {} },
    })
  })
})

describe('subpaths', () => {
  it('./paths and ./zod describe the same API', () => {
    expectTypeOf<paths['/api/v1/users/{id}']['get']>().not.toBeNever()
    expectTypeOf<ReturnType<typeof zMessage.parse>>().toHaveProperty('conversationId')
  })
})

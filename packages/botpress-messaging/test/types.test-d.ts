// Compile-time guarantees of the public API, checked by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type BotpressMessagingClient,
  type Conversation,
  type Message,
  type MessageNewEvent,
  type ReceivedMessagePayload,
  type User,
  type UserNewEvent,
  type UserToken,
  type UserUpdatedEvent,
  createBotpressMessagingClient,
  createBotpressMessagingWebhookHandler,
  openPayload,
} from '../src/index.js'
import type { paths } from '../src/paths.js'
import type { zMessage } from '../src/zod.js'

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

describe('message payload types', () => {
  it('a misspelt payload type does not compile; openPayload is the explicit way out', () => {
    void messaging.createMessage({ body: { conversationId: 'c', payload: { type: 'text', text: 'Hello' } } })
    void messaging.createMessage({ body: { conversationId: 'c', payload: { type: 'card', title: 'Opening hours', actions: [{ action: 'Open URL', title: 'See', url: 'https://example.com' }] } } })
    // @ts-expect-error 'txet' is not a known payload type
    void messaging.createMessage({ body: { conversationId: 'c', payload: { type: 'txet', text: 'Hello' } } })
    // @ts-expect-error a text payload needs its text
    void messaging.createMessage({ body: { conversationId: 'c', payload: { type: 'text' } } })
    void messaging.createMessage({ body: { conversationId: 'c', payload: openPayload({ type: 'dropdown', message: 'Pick a size', options: [] }) } })
    // @ts-expect-error openPayload needs a type
    openPayload({ message: 'no type' })
  })

  it('received payloads stay open', () => {
    expectTypeOf<Message['payload']>().toEqualTypeOf<ReceivedMessagePayload>()
    expectTypeOf<{ type: 'dropdown'; options: [] }>().toMatchTypeOf<ReceivedMessagePayload>()
  })
})

describe('routes and configs as the server validates them', () => {
  it('endTurn, createUserToken and renameClient are typed', () => {
    expectTypeOf(messaging.endTurn({ path: { id: 'm' } })).resolves.toBeString()
    expectTypeOf(messaging.createUserToken({ body: { userId: 'u' } })).resolves.toEqualTypeOf<UserToken>()
    expectTypeOf(messaging.renameClient).parameter(0).toHaveProperty('body')
  })

  it('channel configs need a version, known names and their credentials; webhooks are never null', () => {
    void messaging.sync({ body: { channels: { telegram: { version: '1.0.0', botToken: '123456:ABC' } }, webhooks: [] } })
    // @ts-expect-error version is required
    void messaging.sync({ body: { channels: { telegram: { botToken: '123456:ABC' } } } })
    // @ts-expect-error the server knows no channel named `nosuch`
    void messaging.sync({ body: { channels: { nosuch: { version: '1.0.0' } } } })
    // @ts-expect-error Slack needs its signing secret
    void messaging.sync({ body: { channels: { slack: { version: '1.0.0', botToken: 'xoxb-1' } } } })
    // @ts-expect-error webhooks is an array, never null
    void messaging.sync({ body: { webhooks: null } })
  })

  it('user events carry userData', () => {
    expectTypeOf<UserNewEvent['data']['userData']>().toEqualTypeOf<{ [key: string]: string } | undefined>()
    expectTypeOf<UserUpdatedEvent['data']['userData']>().toEqualTypeOf<{ [key: string]: string } | undefined>()
  })
})

// Request values written `as const` are accepted, wrong literals inside them are still
// refused, and what calls resolve stays mutable. Checked by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type BotpressMessagingClient,
  type CardPayload,
  type CreateMessageRequest,
  type Message,
  type ReadonlyInput,
  createBotpressMessagingHttpClient,
  createMessage,
  listMessages,
} from '../src/index.js'

declare const messaging: BotpressMessagingClient

const menu = {
  type: 'card',
  title: 'What would you like?',
  actions: [
    { action: 'Postback', title: 'Pizza', payload: 'pizza' },
    { action: 'Open URL', title: 'Our menu', url: 'https://example.com/menu' },
  ],
} as const

describe('request values written as const', () => {
  it('a card with as-const actions goes through createMessage, bound and flat', () => {
    void messaging.createMessage({ body: { conversationId: 'c', payload: menu } })
    const http = createBotpressMessagingHttpClient({ clientId: 'i', clientToken: 't' })
    void createMessage({ client: http, body: { conversationId: 'c', payload: menu } })
    // The whole body frozen, with per-call options beside it.
    const body = { conversationId: 'c', payload: menu } as const
    void messaging.createMessage({ body, signal: AbortSignal.timeout(1000), timeoutMs: 5000 })
    void messaging.createMessage({ body }).withResponse()
  })

  it('path and query objects written as const', () => {
    const path = { conversationId: 'c' } as const
    const query = { limit: 10 } as const
    void messaging.listMessages({ path, query })
    void listMessages({ path, query })
  })

  it('mutable values are still accepted', () => {
    const card: CardPayload = { type: 'card', title: 'Menu', actions: [] }
    card.actions.push({ action: 'Say something', title: 'Hi', text: 'hi' })
    void messaging.createMessage({ body: { conversationId: 'c', payload: card } })
    expectTypeOf<CreateMessageRequest>().toMatchTypeOf<ReadonlyInput<CreateMessageRequest>>()
  })

  it('a wrong literal inside an as-const value is still an error', () => {
    const misspelt = { type: 'card', title: 'Menu', actions: [{ action: 'PostBack', title: 'Pizza' }] } as const
    // @ts-expect-error 'PostBack' is not a card action
    void messaging.createMessage({ body: { conversationId: 'c', payload: misspelt } })
    const unknownType = { type: 'cards', title: 'Menu', actions: [] } as const
    // @ts-expect-error 'cards' is not a payload type
    void createMessage({ body: { conversationId: 'c', payload: unknownType } })
    // @ts-expect-error limit is a number, frozen or not
    void messaging.listMessages({ path: { conversationId: 'c' }, query: { limit: '10' } as const })
  })
})

describe('responses stay mutable', () => {
  it('a listed message array is a Message[]', async () => {
    const messages: Message[] = await messaging.listMessages({ path: { conversationId: 'c' } })
    messages.push(await messaging.createMessage({ body: { conversationId: 'c', payload: menu } }))
    expectTypeOf(messaging.listMessages({ path: { conversationId: 'c' } })).resolves.toEqualTypeOf<Message[]>()
    const { data } = await messaging.getMessage({ path: { id: 'm' } }).withResponse()
    expectTypeOf(data).toEqualTypeOf<Message>()
  })
})

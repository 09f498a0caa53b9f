// The content model as types: what a vendor cannot carry does not compile, `as const`
// menus are accepted, events narrow per vendor.
import { describe, expectTypeOf, it } from 'vitest'
import { avaamo } from '../src/adapters/avaamo.js'
import { botpressMessaging } from '../src/adapters/botpress-messaging.js'
import { khorosFlow } from '../src/adapters/khoros-flow.js'
import { meheryXms } from '../src/adapters/mehery-xms.js'
import {
  type Content,
  type MessageEvent,
  type NormalizedEvent,
  type SentMessage,
  createMessaging,
} from '../src/index.js'

const menu = {
  kind: 'choice',
  text: 'What would you like?',
  choices: [
    { title: 'Pizza', value: 'pizza' },
    { title: 'Salad', value: 'salad' },
  ],
} as const

const card = {
  kind: 'card',
  title: 'Margherita',
  actions: [
    { kind: 'postback', title: 'Order', value: 'order:margherita' },
    { kind: 'url', title: 'Menu', url: 'https://example.com/menu' },
  ],
} as const

describe('send: each vendor takes the kinds it carries, and no other', () => {
  const botpress = createMessaging(botpressMessaging({ clientId: 'id', clientToken: 'token' }))
  const flow = createMessaging(khorosFlow({ apiKey: 'key' }))
  const mehery = createMessaging(meheryXms({ channelId: 'channel' }))
  const avaamoChat = createMessaging(avaamo({ botId: 1 }))

  it('lists the kinds as literal types, at run time too', () => {
    expectTypeOf(botpress.capabilities.content).toEqualTypeOf<
      ReadonlyArray<'text' | 'media' | 'location' | 'choice' | 'card' | 'carousel' | 'vendor'>
    >()
    expectTypeOf(flow.capabilities.content).toEqualTypeOf<
      ReadonlyArray<'text' | 'media' | 'location' | 'template' | 'event' | 'vendor'>
    >()
    expectTypeOf(mehery.capabilities.content).toEqualTypeOf<
      ReadonlyArray<'text' | 'media' | 'location' | 'choice' | 'template' | 'vendor'>
    >()
    expectTypeOf(avaamoChat.capabilities.content).toEqualTypeOf<
      ReadonlyArray<'text' | 'choice' | 'card' | 'list' | 'vendor'>
    >()
  })

  it('Botpress: an `as const` menu, card and carousel type-check', () => {
    expectTypeOf(botpress.send({ conversationId: 'c', content: menu })).resolves.toEqualTypeOf<
      SentMessage<'botpress-messaging'>
    >()
    void botpress.send({ conversationId: 'c', content: card })
    void botpress.send({ conversationId: 'c', content: { kind: 'carousel', cards: [card, card] } })
    void botpress.send({ conversationId: 'c', content: { kind: 'location', latitude: 1, longitude: 2 } })
    // @ts-expect-error Botpress Messaging has no templates
    void botpress.send({ conversationId: 'c', content: { kind: 'template', name: 'welcome' } })
    // @ts-expect-error nor events
    void botpress.send({ conversationId: 'c', content: { kind: 'event', name: 'start' } })
    // @ts-expect-error a postback is what a user does, never sent
    void botpress.send({ conversationId: 'c', content: { kind: 'postback', value: 'x' } })
    // @ts-expect-error the vendor payload is Botpress's own, checked
    void botpress.send({ conversationId: 'c', content: { kind: 'vendor', payload: { type: 'text', txt: 'typo' } } })
    void botpress.send({ conversationId: 'c', content: { kind: 'vendor', payload: { type: 'text', text: 'raw' } } })
  })

  it('Khoros Flow: a carousel, a card or a choice does not compile', () => {
    // @ts-expect-error Flow's send API takes text, events, locations and media
    void flow.send({ conversationId: 'c', content: { kind: 'carousel', cards: [card] } })
    // @ts-expect-error no cards
    void flow.send({ conversationId: 'c', content: card })
    // @ts-expect-error no quick replies
    void flow.send({ conversationId: 'c', content: menu })
    void flow.send({ conversationId: 'c', content: { kind: 'template', name: 'welcome', parameters: { name: 'Ann' } } })
    void flow.sendEvent({ conversationId: 'c', eventName: 'start' })
  })

  it('Mehery: no cards; Avaamo: no media, no location', () => {
    void mehery.send({ conversationId: 'c', content: menu })
    // @ts-expect-error Mehery has no cards
    void mehery.send({ conversationId: 'c', content: card })
    void avaamoChat.send({ conversationId: 'c', content: card })
    void avaamoChat.send({ conversationId: 'c', content: { kind: 'list', items: [{ title: 'One' }] } })
    // @ts-expect-error Avaamo posts no media
    void avaamoChat.send({ conversationId: 'c', content: { kind: 'media', mediaKind: 'image', url: 'https://x' } })
    // @ts-expect-error so it has no sendMedia shorthand either
    void avaamoChat.sendMedia
  })

  it('vendor payloads written `as const` type-check, wrong literals in them do not', () => {
    const botpressCard = {
      type: 'card',
      title: 'Margherita',
      actions: [{ action: 'Postback', title: 'Order', payload: 'order' }],
    } as const
    void botpress.send({ conversationId: 'c', content: { kind: 'vendor', payload: botpressCard } })
    const flowEvent = {
      type: 'event',
      eventName: 'order',
      originator: { name: 'bot', role: 'external' },
      metadata: { params: { size: [{ value: 'large' }] } },
    } as const
    void flow.send({ conversationId: 'c', content: { kind: 'vendor', payload: flowEvent } })
    const meheryButtons = {
      channelId: 'c',
      to: { contactId: '1' },
      type: 'text',
      text: { body: 'Pick' },
      options: { buttons: [{ type: 'QUICK_REPLY', label: 'Pizza' }] },
    } as const
    void mehery.send({ conversationId: 'c', content: { kind: 'vendor', payload: meheryButtons } })
    const avaamoLinks = { quick_reply: { content: 'Pick', links: [{ type: 'post_message', title: 'Pizza', value: 'p' }] } } as const
    void avaamoChat.send({ conversationId: 'c', content: { kind: 'vendor', payload: avaamoLinks } })
    const misspelt = { ...botpressCard, actions: [{ action: 'PostBack', title: 'Order' }] } as const
    // @ts-expect-error 'PostBack' is not a Botpress card action
    void botpress.send({ conversationId: 'c', content: { kind: 'vendor', payload: misspelt } })
  })
})

describe('several vendors, one bot', () => {
  const bot = createMessaging([
    botpressMessaging({ clientId: 'id', clientToken: 'token', webhookToken: 'hook' }),
    khorosFlow({ apiKey: 'key' }),
    meheryXms({ channelId: 'channel', verifyToken: 'verify' }),
    avaamo({ botId: 1 }),
  ])

  it('replies with what every vendor of the event carries, and more once narrowed', () => {
    bot.webhookHandler({
      async onMessage(event) {
        expectTypeOf(event.vendor).toEqualTypeOf<'botpress-messaging' | 'khoros-flow' | 'mehery-xms'>()
        expectTypeOf(event.eventId).toBeString()
        expectTypeOf(event.author.isSelf).toBeBoolean()
        await bot.reply(event, { kind: 'text', text: 'hello' })
        // @ts-expect-error Flow cannot carry a choice: narrow first
        await bot.reply(event, menu)
        if (bot.canSend(event, 'choice')) {
          expectTypeOf(event.vendor).toEqualTypeOf<'botpress-messaging' | 'mehery-xms'>()
          await bot.reply(event, menu)
        }
        if (event.vendor === 'botpress-messaging') {
          expectTypeOf(event.content.kind).toEqualTypeOf<
            'text' | 'media' | 'location' | 'choice' | 'card' | 'carousel' | 'postback' | 'vendor'
          >()
          await bot.reply(event, { kind: 'carousel', cards: [card] })
        }
      },
    })
  })

  it('sends through the vendor named, with that vendor content', () => {
    void bot.send({ vendor: 'avaamo', conversationId: 'c', content: card })
    // @ts-expect-error Flow takes no card
    void bot.send({ vendor: 'khoros-flow', conversationId: 'c', content: card })
    expectTypeOf(bot.webhookHandlers({})).toEqualTypeOf<{
      readonly 'botpress-messaging': (request: Request) => Promise<Response>
      readonly 'khoros-flow': (request: Request) => Promise<Response>
      readonly 'mehery-xms': (request: Request) => Promise<Response>
    }>()
  })
})

describe('events', () => {
  it('a message event has an id, an author and content', () => {
    expectTypeOf<NormalizedEvent<'x', 'message'>>().toEqualTypeOf<MessageEvent<'x', Content>>()
    expectTypeOf<MessageEvent['conversationId']>().toBeString()
    expectTypeOf<MessageEvent['author']['role']>().toEqualTypeOf<'user' | 'bot' | 'agent' | 'system'>()
    expectTypeOf<NormalizedEvent<'x', 'status'>['conversationId']>().toEqualTypeOf<string | undefined>()
  })
})

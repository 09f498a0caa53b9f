// Arbitrary content of each kind a vendor sends goes through the adapter (`chat.send`, the
// body caught on the wire), is turned into the vendor's inbound form of the same payload,
// and is normalized back: nothing the vendor carries is lost. What a vendor has no field
// for (its `droppedFields`, and what its inbound form does not repeat) is left out of the
// expectation, explicitly, per vendor.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentOfAvaamoMessage, avaamo } from '../src/adapters/avaamo.js'
import { botpressMessaging } from '../src/adapters/botpress-messaging.js'
import { khorosFlow } from '../src/adapters/khoros-flow.js'
import { contentOfMeheryXmsChatMessage, meheryXms } from '../src/adapters/mehery-xms.js'
import type { Card, CardAction, Content, ListItem, SendableKind } from '../src/index.js'
import { createMessaging } from '../src/index.js'

const runs = { numRuns: 60 }

// ---- arbitraries ----

const text = (maxLength = 120) => fc.string({ minLength: 1, maxLength })
const url = fc.webUrl()
// Coordinates survive a trip through a decimal string (Flow, Mehery) exactly; -0 does not exist on the wire.
const coordinate = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true, noDefaultInfinity: true }).map((value) => (value === 0 ? 0 : value))
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined })

/** `fields` without its undefined entries, as content is written. */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T
}

const action: fc.Arbitrary<CardAction> = fc.oneof(
  fc.record({ kind: fc.constant('postback' as const), title: text(20), value: text(40) }),
  fc.record({ kind: fc.constant('url' as const), title: text(20), url }),
  fc.record({ kind: fc.constant('say' as const), title: text(20), text: text(40) }),
)
const card: fc.Arbitrary<Card> = fc
  .record({
    title: text(60),
    subtitle: optional(text(80)),
    imageUrl: optional(url),
    actions: fc.array(action, { maxLength: 3 }),
  })
  .map(defined)
const listItem: fc.Arbitrary<ListItem> = fc
  .record({
    title: text(60),
    subtitle: optional(text(80)),
    imageUrl: optional(url),
    actions: optional(fc.array(action, { minLength: 1, maxLength: 2 })),
  })
  .map(defined)

const contentOf: Record<Exclude<SendableKind, 'vendor'>, fc.Arbitrary<Content>> = {
  text: fc.record({ kind: fc.constant('text' as const), text: text(200) }),
  media: fc
    .record({
      kind: fc.constant('media' as const),
      mediaKind: fc.constantFrom('image' as const, 'video' as const, 'audio' as const, 'file' as const),
      url,
      caption: optional(text(60)),
      mimeType: optional(fc.constantFrom('image/png', 'video/mp4', 'audio/mpeg', 'application/pdf')),
      fileName: optional(text(30)),
    })
    .map(defined),
  location: fc
    .record({
      kind: fc.constant('location' as const),
      latitude: coordinate(90),
      longitude: coordinate(180),
      title: optional(text(40)),
      address: optional(text(80)),
    })
    .map(defined),
  choice: fc.record({
    kind: fc.constant('choice' as const),
    text: text(100),
    choices: fc.array(fc.record({ title: text(20), value: text(40) }), { minLength: 1, maxLength: 5 }),
  }),
  card: card.map((fields) => ({ kind: 'card' as const, ...fields })),
  carousel: fc.record({
    kind: fc.constant('carousel' as const),
    cards: fc.array(card, { minLength: 1, maxLength: 4 }),
  }),
  list: fc.record({ kind: fc.constant('list' as const), items: fc.array(listItem, { minLength: 1, maxLength: 6 }) }),
  template: fc
    .record({
      kind: fc.constant('template' as const),
      name: text(30),
      language: optional(fc.constantFrom('en_US', 'fr', 'hi')),
      parameters: optional(fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), text(20), { maxKeys: 3 })),
    })
    .map(defined),
  event: fc
    .record({
      kind: fc.constant('event' as const),
      name: text(30),
      data: optional(fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), text(20), { minKeys: 1, maxKeys: 3 })),
    })
    .map(defined),
}

// ---- the wire ----

/** A `fetch` that records the JSON body it is given and answers `answer`. */
function recordingFetch(answer: unknown, status = 200) {
  const bodies: unknown[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init)
    bodies.push(await request.json())
    return new Response(JSON.stringify(answer), { status, headers: { 'content-type': 'application/json' } })
  }
  return { fetch: fetch as typeof globalThis.fetch, bodies }
}

const webhookRequest = (body: unknown, headers: Record<string, string> = {}, url = 'http://127.0.0.1/hook') =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

function withoutFields(content: Content, fields: ReadonlyArray<string>): Content {
  return Object.fromEntries(Object.entries(content).filter(([name]) => !fields.includes(name))) as Content
}

// ---- per vendor ----

describe('Botpress Messaging: sent payloads come back through message.new unchanged', () => {
  const conversationId = '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e'
  const answer = { id: 'm1', conversationId, sentOn: '2026-12-07T09:00:00.000Z', payload: { type: 'text', text: 'x' } }

  for (const kind of ['text', 'media', 'location', 'choice', 'card', 'carousel'] as const) {
    it(kind, async () => {
      await fc.assert(
        fc.asyncProperty(contentOf[kind], async (content) => {
          const wire = recordingFetch(answer, 201)
          const chat = createMessaging(
            botpressMessaging({
              clientId: 'id',
              clientToken: 'token',
              webhookToken: 'hook',
              fetch: wire.fetch,
              maxRetries: 0,
            }),
          )
          await chat.send({ conversationId, content: content as never })
          const { payload } = wire.bodies[0] as { payload: unknown }
          // The server stores and forwards the payload as it was sent.
          const received: Content[] = []
          const handler = chat.webhookHandler({ onMessage: (event) => void received.push(event.content) })
          const webhook = {
            type: 'message.new',
            data: {
              userId: 'u',
              conversationId,
              channel: 'messaging',
              message: { id: 'm1', conversationId, sentOn: '2026-12-07T09:00:00.000Z', payload },
            },
          }
          expect((await handler(webhookRequest(webhook, { 'x-bp-messaging-webhook-token': 'hook' }))).status).toBe(200)
          const dropped = kind === 'media' ? ['mimeType', 'fileName'] : []
          expect(received).toEqual([withoutFields(content, dropped)])
        }),
        runs,
      )
    })
  }

  it('vendor: an unlisted payload goes out and comes back as it is', async () => {
    const payload = { type: 'dropdown', message: 'Pick a size', options: [{ label: 'S', value: 's' }] }
    const wire = recordingFetch(answer, 201)
    const chat = createMessaging(
      botpressMessaging({ clientId: 'id', clientToken: 'token', webhookToken: 'hook', fetch: wire.fetch }),
    )
    await chat.send({ conversationId, content: { kind: 'vendor', payload: payload as never } })
    expect(wire.bodies[0]).toEqual({ conversationId, payload })
  })
})

/**
 * Flow shows what it was sent as the responses of a message (its history and its `inbound`
 * calls): a text as a `text` response, media as a response of its media type, a location
 * as `location`, an event (and a template, which Flow sends through an event) as `event`.
 */
function flowResponseOf(payload: Record<string, unknown>): { type: string; payload: Record<string, unknown> } {
  switch (payload.type) {
    case 'text':
      return { type: 'text', payload: { text: payload.speech } }
    case 'media':
      return { type: String(payload.mediaType), payload: defined({ url: payload.url, title: payload.title }) }
    case 'location':
      return { type: 'location', payload: defined({ lat: payload.lat, long: payload.long, title: payload.title }) }
    default: {
      const metadata = (payload.metadata ?? {}) as { params?: unknown }
      return { type: 'event', payload: defined({ name: payload.eventName, params: metadata.params }) }
    }
  }
}

describe('Khoros Flow: sent payloads come back as the responses of an inbound call', () => {
  const threadId = 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89'
  const expectedBack = (content: Content): Content => {
    switch (content.kind) {
      // Flow's reply templates carry a media's URL and title, a location's coordinates and title.
      case 'media':
        return withoutFields(content, ['mimeType', 'fileName'])
      case 'location':
        return withoutFields(content, ['address'])
      // A template goes as an event trigger: its name and values come back, not its language.
      case 'template':
        return defined({
          kind: 'event',
          name: content.name,
          data: content.parameters && Object.keys(content.parameters).length > 0 ? content.parameters : undefined,
        }) as Content
      default:
        return content
    }
  }

  for (const kind of ['text', 'media', 'location', 'template', 'event'] as const) {
    it(kind, async () => {
      await fc.assert(
        fc.asyncProperty(contentOf[kind], async (content) => {
          if (content.kind === 'text' && [...content.text].length > 255) return
          const wire = recordingFetch({ status: 'ok' })
          const chat = createMessaging(
            khorosFlow({
              apiKey: 'key',
              fetch: wire.fetch,
              maxRetries: 0,
              webhookVerification: { secret: 'flow-secret' },
            }),
          )
          await chat.send({ conversationId: threadId, content: content as never })
          const { payload } = wire.bodies[0] as { payload: Record<string, unknown> }
          const received: Content[] = []
          const handler = chat.webhookHandler({ onMessage: (event) => void received.push(event.content) })
          const call = {
            type: 'inbound',
            threadId,
            createdAt: '2026-12-07T09:00:00.000Z',
            originator: { name: 'Parley', role: 'external' },
            messages: [{ createdAt: '2026-12-07T09:00:00.000Z', responses: [flowResponseOf(payload)] }],
          }
          expect((await handler(webhookRequest(call, { 'x-flow-webhook-secret': 'flow-secret' }))).status).toBe(200)
          expect(received).toEqual([expectedBack(content)])
        }),
        runs,
      )
    })
  }
})

/**
 * Mehery repeats a contact's text, media and location in `message/receive` (`InBoundMsg`),
 * and what was sent in a session's history (`ChatMessageDto`): a text's buttons as
 * `options`, a template by its code.
 */
function meheryInboundOf(message: Record<string, unknown>): Record<string, unknown> {
  const type = String(message.type)
  return { id: 'in-1', contactId: 'wa919876543210', timestamp: 1796634760101, type, [type]: message[type] }
}

describe('Mehery XMS: sent messages come back as inbound messages or history', () => {
  const contactId = 'wa919876543210'
  const answer = { message: 'ok', results: [{ id: 'gBEGkYiEB1VXAglK1ZEqA1YKPrU' }] }

  for (const kind of ['text', 'media', 'location'] as const) {
    it(`${kind}, through message/receive`, async () => {
      await fc.assert(
        fc.asyncProperty(contentOf[kind], async (content) => {
          const wire = recordingFetch(answer)
          const chat = createMessaging(
            meheryXms({
              apiKey: 'k',
              apiId: 'i',
              channelId: 'wa:1',
              verifyToken: 'verify',
              fetch: wire.fetch,
              maxRetries: 0,
            }),
          )
          await chat.send({ conversationId: contactId, content: content as never })
          const sent = wire.bodies[0] as Record<string, unknown>
          expect(sent).toMatchObject({ channelId: 'wa:1', to: { contactId } })
          const received: Content[] = []
          const handler = chat.webhookHandler({ onMessage: (event) => void received.push(event.content) })
          const notification = { type: 'messages', messages: [meheryInboundOf(sent)] }
          const response = await handler(
            webhookRequest(notification, { 'x-verify-token': 'verify' }, 'http://127.0.0.1/mehery/message/receive'),
          )
          expect(response.status).toBe(200)
          expect(received).toEqual([withoutFields(content, ['mimeType'])])
        }),
        runs,
      )
    })
  }

  it('choice and template, through the history of the session', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(contentOf.choice, contentOf.template), async (content) => {
        const wire = recordingFetch(answer)
        const chat = createMessaging(meheryXms({ apiKey: 'k', apiId: 'i', channelId: 'wa:1', fetch: wire.fetch }))
        await chat.send({ conversationId: contactId, content: content as never })
        const sent = wire.bodies[0] as {
          text?: { body: string }
          options?: Record<string, unknown>
          template?: { code: string }
        }
        const listed =
          content.kind === 'choice'
            ? { messageId: 'm1', type: 'TEXT', text: sent.text?.body, options: sent.options }
            : { messageId: 'm1', type: 'TEMPLATE', templateId: sent.template?.code }
        // History names a template, without the values it was sent with.
        const expected = content.kind === 'template' ? { kind: 'template', name: content.name } : content
        expect(contentOfMeheryXmsChatMessage(listed)).toEqual(expected)
      }),
      runs,
    )
  })
})

describe('Avaamo: posted messages parse back from the message Avaamo was given', () => {
  for (const kind of ['text', 'choice', 'card', 'list'] as const) {
    it(kind, async () => {
      await fc.assert(
        fc.asyncProperty(contentOf[kind], async (content) => {
          const wire = recordingFetch({ success: true })
          const chat = createMessaging(
            avaamo({ botId: 2154, userAccessToken: 'u', agentAccessToken: 'a', fetch: wire.fetch, maxRetries: 0 }),
          )
          await chat.send({ conversationId: '1faa40c8253e65aa02bfd02fd8643d35', content: content as never })
          const { message } = wire.bodies[0] as { message: Parameters<typeof contentOfAvaamoMessage>[0] }
          expect(contentOfAvaamoMessage(message)).toEqual(content)
        }),
        runs,
      )
    })
  }
})

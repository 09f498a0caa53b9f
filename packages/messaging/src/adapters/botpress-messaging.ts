/**
 * `botpressMessaging(options)`: the Botpress Messaging server behind the common
 * interface. Sends as `authorId` (a user id; omit it to send as the bot), reads history
 * newest first by paging back with `from`, and normalizes the server's webhooks.
 * `endTurn` has no place here: the facade sends with `createMessage` and never collects
 * replies, so there is no pending collect to end (the vendor client has it).
 */
import type { ReadonlyInput } from '@parley/runtime'
import {
  type BotpressMessagingClientOptions,
  type BotpressMessagingWebhookHandlers,
  type CardAction as BotpressCardAction,
  type CardPayload,
  type Message,
  type MessagePayload,
  type ReceivedMessagePayload,
  createBotpressMessagingClient,
  createBotpressMessagingWebhookHandler,
  openPayload,
} from '@parley/botpress-messaging'
import type { Card, CardAction, ContentOfKind } from '../content.js'
import {
  type MessageAuthor,
  type NormalizedEvent,
  type NormalizedMessage,
  deliverNormalized,
  digestOf,
  parseDate,
  tolerateMalformed,
} from '../normalized.js'
import { defineAdapter, vendorPayloads } from '../specification.js'

export interface BotpressMessagingAdapterOptions extends BotpressMessagingClientOptions {
  /** Who the messages are sent as: a user id of the conversation, or omitted for the bot. */
  authorId?: string
  /** The webhook token `sync` returned, needed by `webhookHandler`. */
  webhookToken?: string | ReadonlyArray<string>
}

const vendor = 'botpress-messaging'
const defaultPageSize = 50

const sendKinds = ['text', 'media', 'location', 'choice', 'card', 'carousel', 'vendor'] as const
const receiveKinds = ['text', 'media', 'location', 'choice', 'card', 'carousel', 'postback', 'vendor'] as const

/** What `send` takes through Botpress Messaging. */
export type BotpressMessagingContent = ContentOfKind<(typeof sendKinds)[number], ReadonlyInput<MessagePayload>>
/** What Botpress Messaging events and history carry. */
export type BotpressMessagingReceivedContent = ContentOfKind<(typeof receiveKinds)[number], ReceivedMessagePayload>

const mediaFields = { image: 'image', video: 'video', audio: 'audio', file: 'file' } as const

function actionPayload(action: CardAction): BotpressCardAction {
  switch (action.kind) {
    case 'postback':
      return { action: 'Postback', title: action.title, payload: action.value }
    case 'url':
      return { action: 'Open URL', title: action.title, url: action.url }
    case 'say':
      return { action: 'Say something', title: action.title, text: action.text }
  }
}

function cardPayload(card: Card): CardPayload {
  return {
    type: 'card',
    title: card.title,
    ...(card.subtitle !== undefined && { subtitle: card.subtitle }),
    ...(card.imageUrl !== undefined && { image: card.imageUrl }),
    actions: card.actions.map(actionPayload),
  }
}

/** The Botpress payload of a content (what `send` puts on the wire). */
export function toBotpressPayload(content: BotpressMessagingContent): ReadonlyInput<MessagePayload> {
  switch (content.kind) {
    case 'text':
      return { type: 'text', text: content.text, ...(content.markdown !== undefined && { markdown: content.markdown }) }
    case 'media': {
      // Botpress has no field for a MIME type or a file name: the URL and the caption go.
      const title = content.caption === undefined ? {} : { title: content.caption }
      switch (content.mediaKind) {
        case 'image':
          return { type: 'image', image: content.url, ...title }
        case 'video':
          return { type: 'video', video: content.url, ...title }
        case 'audio':
          return { type: 'audio', audio: content.url, ...title }
        default:
          return { type: 'file', file: content.url, ...title }
      }
    }
    case 'location':
      return {
        type: 'location',
        latitude: content.latitude,
        longitude: content.longitude,
        ...(content.title !== undefined && { title: content.title }),
        ...(content.address !== undefined && { address: content.address }),
      }
    case 'choice':
      return {
        type: 'single-choice',
        text: content.text,
        choices: content.choices.map(({ title, value }) => ({ title, value })),
      }
    case 'card':
      return cardPayload(content)
    case 'carousel':
      return { type: 'carousel', items: content.cards.map(cardPayload) }
    case 'vendor':
      return content.payload
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

function actionOf(action: unknown): CardAction | undefined {
  const { action: type, title, payload, url, text } = (action ?? {}) as Record<string, unknown>
  if (!isString(title)) return undefined
  if (type === 'Postback' && isString(payload)) return { kind: 'postback', title, value: payload }
  if (type === 'Open URL' && isString(url)) return { kind: 'url', title, url }
  if (type === 'Say something' && isString(text)) return { kind: 'say', title, text }
  return undefined
}

function cardOf(payload: unknown): Card | undefined {
  const { title, subtitle, image, actions } = (payload ?? {}) as Record<string, unknown>
  if (!isString(title) || !Array.isArray(actions)) return undefined
  const mapped = actions.map(actionOf)
  if (mapped.some((action) => action === undefined)) return undefined
  return {
    title,
    ...(isString(subtitle) && { subtitle }),
    ...(isString(image) && { imageUrl: image }),
    actions: mapped as CardAction[],
  }
}

function mediaOf(payload: Record<string, unknown>): BotpressMessagingReceivedContent | undefined {
  const type = payload.type
  // A voice note is an audio file to every channel but the one that records it.
  const mediaKind = type === 'voice' ? 'audio' : mediaFields[type as keyof typeof mediaFields]
  const url = payload[type === 'voice' ? 'audio' : (mediaKind ?? '')]
  if (!mediaKind || !isString(url)) return undefined
  return { kind: 'media', mediaKind, url, ...(isString(payload.title) && { caption: payload.title }) }
}

/**
 * The content of a Botpress payload, as received or listed. The webchat's answers to
 * buttons (`quick_reply` with `text` and `payload`, `postback` with `payload`) are
 * `postback` content; a payload of another or malformed shape is `vendor` content.
 */
export function contentOfBotpressPayload(payload: ReceivedMessagePayload): BotpressMessagingReceivedContent {
  const fields = (payload ?? {}) as Record<string, unknown>
  const asVendor = { kind: 'vendor', payload } as const
  switch (fields.type) {
    case 'text':
      return isString(fields.text)
        ? {
            kind: 'text',
            text: fields.text,
            ...(typeof fields.markdown === 'boolean' && { markdown: fields.markdown }),
          }
        : asVendor
    case 'image':
    case 'video':
    case 'audio':
    case 'voice':
    case 'file':
      return mediaOf(fields) ?? asVendor
    case 'location':
      return isNumber(fields.latitude) && isNumber(fields.longitude)
        ? {
            kind: 'location',
            latitude: fields.latitude,
            longitude: fields.longitude,
            ...(isString(fields.title) && { title: fields.title }),
            ...(isString(fields.address) && { address: fields.address }),
          }
        : asVendor
    case 'single-choice': {
      const choices = Array.isArray(fields.choices) ? fields.choices : undefined
      const valid = choices?.every((choice) => isString(choice?.title) && isString(choice?.value))
      return isString(fields.text) && choices && valid
        ? {
            kind: 'choice',
            text: fields.text,
            choices: choices.map(({ title, value }) => ({ title, value })),
          }
        : asVendor
    }
    case 'card': {
      const card = cardOf(fields)
      return card ? { kind: 'card', ...card } : asVendor
    }
    case 'carousel': {
      const cards = Array.isArray(fields.items) ? fields.items.map(cardOf) : undefined
      return cards?.every((card) => card !== undefined) ? { kind: 'carousel', cards: cards as Card[] } : asVendor
    }
    case 'quick_reply':
    case 'postback':
      return isString(fields.payload)
        ? { kind: 'postback', value: fields.payload, ...(isString(fields.text) && { title: fields.text }) }
        : asVendor
    default:
      return asVendor
  }
}

export function botpressMessaging(options: BotpressMessagingAdapterOptions = {}) {
  const { authorId, webhookToken, ...clientOptions } = options
  const client = createBotpressMessagingClient(clientOptions)
  const author = authorId === undefined ? {} : { authorId }

  // Botpress marks bot messages by leaving `authorId` empty (null in lists); anything else is a user.
  const authorOf = (messageAuthorId: string | null | undefined): MessageAuthor => {
    const sentAs = messageAuthorId ?? undefined
    return {
      role: sentAs === undefined ? 'bot' : 'user',
      ...(sentAs !== undefined && { id: sentAs }),
      isSelf: sentAs === authorId,
    }
  }

  const normalizeMessage = (message: Message): NormalizedMessage<typeof vendor, BotpressMessagingReceivedContent> => {
    const at = parseDate(message.sentOn)
    return {
      vendor,
      id: message.id,
      conversationId: message.conversationId,
      author: authorOf(message.authorId),
      content: contentOfBotpressPayload(message.payload),
      ...(at && { at }),
      raw: message,
    }
  }

  return defineAdapter({
    specificationVersion: 'v2',
    vendor,
    capabilities: ['listMessages', 'webhookHandler'],
    content: { send: sendKinds, receive: receiveKinds },
    // Neither the spec nor the server documents limits on what it stores; its channels have their own.
    limits: [],
    droppedFields: { media: ['mimeType', 'fileName'] },
    vendorPayloads: vendorPayloads<ReadonlyInput<MessagePayload>, ReceivedMessagePayload>(),
    operations: {
      async send({ conversationId, content }, sendOptions) {
        const payload =
          content.kind === 'vendor'
            ? openPayload(content.payload as Parameters<typeof openPayload>[0])
            : toBotpressPayload(content)
        const message = await client.createMessage({
          body: { conversationId, ...author, payload },
          ...(sendOptions?.signal && { signal: sendOptions.signal }),
        })
        return { vendor, id: message.id, conversationId: message.conversationId, raw: message }
      },
      async *listMessages({ conversationId, pageSize = defaultPageSize, signal }) {
        // The server answers newest first; `from` pages back from the oldest one seen.
        let from: string | undefined
        for (;;) {
          const page = await client.listMessages({
            path: { conversationId },
            query: { limit: pageSize, ...(from && { from }) },
            ...(signal && { signal }),
          })
          for (const message of page) yield normalizeMessage(message)
          const oldest = page.at(-1)
          if (page.length < pageSize || !oldest || oldest.sentOn === from) return
          from = oldest.sentOn
        }
      },
      webhookHandler(handlers) {
        if (!webhookToken)
          throw new TypeError(
            'botpressMessaging: pass `webhookToken` (the token `sync` returned) to use webhookHandler',
          )
        type BotpressEvent = NormalizedEvent<typeof vendor, NormalizedEvent['type'], BotpressMessagingReceivedContent>
        const deliver = (event: BotpressEvent) => deliverNormalized(handlers, event)
        // The vendor's id where an event happens once per thing (a message, a user, a
        // conversation created); a digest of the body where it can repeat (a start, an update).
        const derivedId = (event: { type: string }) => `${event.type}:${digestOf(event)}`
        return createBotpressMessagingWebhookHandler({
          webhookToken,
          onError: handlers.onError,
          maxBodyBytes: handlers.maxBodyBytes,
          bodyTimeoutMs: handlers.bodyTimeoutMs,
          on: tolerateMalformed<BotpressMessagingWebhookHandlers, typeof vendor, BotpressMessagingReceivedContent>(
            vendor,
            handlers,
            {
              'message.new': (event) => {
                const message = normalizeMessage(event.data.message)
                return deliver({
                  ...message,
                  type: 'message',
                  eventId: `message.new:${message.id}`,
                  vendorEvent: event.type,
                  conversationId: event.data.conversationId,
                  raw: event,
                })
              },
              'conversation.new': (event) =>
                deliver({
                  vendor,
                  type: 'conversation',
                  eventId: `conversation.new:${event.data.conversationId}`,
                  vendorEvent: event.type,
                  conversationId: event.data.conversationId,
                  author: authorOf(event.data.userId),
                  raw: event,
                }),
              'conversation.started': (event) =>
                deliver({
                  vendor,
                  type: 'conversation',
                  eventId: derivedId(event),
                  vendorEvent: event.type,
                  conversationId: event.data.conversationId,
                  author: authorOf(event.data.userId),
                  raw: event,
                }),
              'health.new': (event) => {
                const at = parseDate(event.data.event.time)
                return deliver({
                  vendor,
                  type: 'status',
                  eventId: derivedId(event),
                  vendorEvent: event.type,
                  ...(at && { at }),
                  raw: event,
                })
              },
              'message.feedback': (event) =>
                deliver({
                  vendor,
                  type: 'unknown',
                  eventId: derivedId(event),
                  vendorEvent: event.type,
                  conversationId: event.data.conversationId,
                  author: authorOf(event.data.userId),
                  raw: event,
                }),
              'user.new': (event) =>
                deliver({
                  vendor,
                  type: 'unknown',
                  eventId: `user.new:${event.data.userId}`,
                  vendorEvent: event.type,
                  raw: event,
                }),
              'user.updated': (event) =>
                deliver({ vendor, type: 'unknown', eventId: derivedId(event), vendorEvent: event.type, raw: event }),
              unknown: (event) => {
                const vendorEvent = typeof event.type === 'string' ? event.type : 'unknown'
                return deliver({
                  vendor,
                  type: 'unknown',
                  eventId: `${vendorEvent}:${digestOf(event)}`,
                  vendorEvent,
                  raw: event,
                })
              },
            },
          ),
        })
      },
    },
  })
}

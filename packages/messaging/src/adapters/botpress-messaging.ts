/**
 * `botpressMessaging(options)`: the Botpress Messaging server behind the common
 * interface. Sends as `authorId` (a user id; omit it to send as the bot), reads history
 * newest first by paging back with `from`, and normalizes the server's webhooks.
 * `endTurn` has no place here: the facade sends with `createMessage` and never collects
 * replies, so there is no pending collect to end (the vendor client has it).
 */
import {
  type BotpressMessagingClientOptions,
  type Message,
  type MessagePayload,
  type ReceivedMessagePayload,
  createBotpressMessagingClient,
  createBotpressMessagingWebhookHandler,
  type BotpressMessagingWebhookHandlers,
} from '@parley/botpress-messaging'
import { type NormalizedMessage, deliverNormalized, parseDate, tolerateMalformed } from '../normalized.js'
import { type MediaKind, defineAdapter } from '../specification.js'

export interface BotpressMessagingAdapterOptions extends BotpressMessagingClientOptions {
  /** Who the messages are sent as: a user id of the conversation, or omitted for the bot. */
  authorId?: string
  /** The webhook token `sync` returned, needed by `webhookHandler`. */
  webhookToken?: string | ReadonlyArray<string>
}

const vendor = 'botpress-messaging'
const defaultPageSize = 50

function textOf(payload: ReceivedMessagePayload | undefined): string | undefined {
  return payload?.type === 'text' && typeof payload.text === 'string' ? payload.text : undefined
}

function normalizeMessage(message: Message): NormalizedMessage<typeof vendor> {
  // Botpress marks bot messages by leaving `authorId` empty; anything else is a user.
  const author = message.authorId ? 'user' : 'bot'
  return {
    vendor,
    id: message.id,
    conversationId: message.conversationId,
    ...(textOf(message.payload) !== undefined && { text: textOf(message.payload) }),
    author,
    ...(parseDate(message.sentOn) && { at: parseDate(message.sentOn) }),
    raw: message,
  }
}

function mediaPayload(kind: MediaKind, url: string, caption: string | undefined): MessagePayload {
  const title = caption === undefined ? {} : { title: caption }
  switch (kind) {
    case 'image':
      return { type: 'image', image: url, ...title }
    case 'video':
      return { type: 'video', video: url, ...title }
    case 'audio':
      return { type: 'audio', audio: url, ...title }
    default:
      return { type: 'file', file: url, ...title }
  }
}

export function botpressMessaging(options: BotpressMessagingAdapterOptions = {}) {
  const { authorId, webhookToken, ...clientOptions } = options
  const client = createBotpressMessagingClient(clientOptions)
  const author = authorId === undefined ? {} : { authorId }

  return defineAdapter({
    specificationVersion: 'v1',
    vendor,
    capabilities: ['sendText', 'sendMedia', 'listMessages', 'webhookHandler'],
    operations: {
      async sendText({ conversationId, text }) {
        const message = await client.createMessage({
          body: { conversationId, ...author, payload: { type: 'text', text } },
        })
        return { vendor, id: message.id, conversationId: message.conversationId, raw: message }
      },
      async sendMedia({ conversationId, url, kind, caption }) {
        const message = await client.createMessage({
          body: { conversationId, ...author, payload: mediaPayload(kind, url, caption) },
        })
        return { vendor, id: message.id, conversationId: message.conversationId, raw: message }
      },
      async *listMessages({ conversationId, pageSize = defaultPageSize }) {
        // The server answers newest first; `from` pages back from the oldest one seen.
        let from: string | undefined
        for (;;) {
          const page = await client.listMessages({
            path: { conversationId },
            query: { limit: pageSize, ...(from && { from }) },
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
        const deliver = (event: Parameters<typeof deliverNormalized<typeof vendor>>[1]) =>
          deliverNormalized(handlers, event)
        return createBotpressMessagingWebhookHandler({
          webhookToken,
          onError: handlers.onError,
          maxBodyBytes: handlers.maxBodyBytes,
          bodyTimeoutMs: handlers.bodyTimeoutMs,
          on: tolerateMalformed<BotpressMessagingWebhookHandlers, typeof vendor>(vendor, handlers, {
            'message.new': (event) =>
              deliver({
                vendor,
                type: 'message',
                vendorEvent: event.type,
                conversationId: event.data.conversationId,
                ...(textOf(event.data.message.payload) !== undefined && { text: textOf(event.data.message.payload) }),
                ...(parseDate(event.data.message.sentOn) && { at: parseDate(event.data.message.sentOn) }),
                raw: event,
              }),
            'conversation.new': (event) =>
              deliver({
                vendor,
                type: 'conversation',
                vendorEvent: event.type,
                conversationId: event.data.conversationId,
                raw: event,
              }),
            'conversation.started': (event) =>
              deliver({
                vendor,
                type: 'conversation',
                vendorEvent: event.type,
                conversationId: event.data.conversationId,
                raw: event,
              }),
            'health.new': (event) =>
              deliver({
                vendor,
                type: 'status',
                vendorEvent: event.type,
                ...(parseDate(event.data.event.time) && { at: parseDate(event.data.event.time) }),
                raw: event,
              }),
            'message.feedback': (event) =>
              deliver({
                vendor,
                type: 'unknown',
                vendorEvent: event.type,
                conversationId: event.data.conversationId,
                raw: event,
              }),
            'user.new': (event) => deliver({ vendor, type: 'unknown', vendorEvent: event.type, raw: event }),
            'user.updated': (event) => deliver({ vendor, type: 'unknown', vendorEvent: event.type, raw: event }),
            unknown: (event) =>
              deliver({
                vendor,
                type: 'unknown',
                vendorEvent: typeof event.type === 'string' ? event.type : 'unknown',
                raw: event,
              }),
          }),
        })
      },
    },
  })
}

/**
 * `khorosFlow(options)`: Khoros Flow behind the common interface. Flow threads are the
 * conversations; messages are sent as the configured originator (an external user by
 * default); history is read in sync mode; handover, pause, resume and resolve map onto
 * Flow's own operations.
 *
 * Flow's send API takes text, events, locations and media. Its bot replies (the `message`
 * and `outbound` webhook calls, and history) carry Flow's response templates: text with
 * quick replies, cards, carousels, lists, buttons, media, locations, each parsed into the
 * content model (the template shapes are those of Flow's reply-template reference).
 */
import type { ReadonlyInput } from '@parley/runtime'
import {
  type ConversationMessage,
  type KhorosFlowClientOptions,
  type KhorosFlowWebhookHandlers,
  type KhorosFlowWebhookVerification,
  type MessagePayload,
  type Originator,
  type ParamValue,
  type ReplyResponse,
  type ResultOriginator,
  createKhorosFlowClient,
  createKhorosFlowWebhookHandler,
  iterateMessages,
} from '@parley/khoros-flow'
import type { Card, CardAction, Choice, ContentOfKind, ListItem, MediaKind } from '../content.js'
import {
  type AuthorRole,
  type MessageAuthor,
  type NormalizedEvent,
  type NormalizedMessage,
  deliverNormalized,
  digestOf,
  parseDate,
  tolerateMalformed,
  unmappableEvent,
  vendorIdOf,
} from '../normalized.js'
import { defineAdapter, vendorPayloads } from '../specification.js'

export interface KhorosFlowAdapterOptions extends KhorosFlowClientOptions {
  /** Who sends the messages (default: an external user named "Parley"). */
  originator?: Originator
  /** A shared secret of your own in the webhook URL or a header (Flow signs nothing). */
  webhookVerification?: KhorosFlowWebhookVerification
  /** Accept webhook calls without `webhookVerification`: only behind your own authentication (see `createKhorosFlowWebhookHandler`). */
  insecureSkipVerification?: true
}

const vendor = 'khoros-flow'
const defaultOriginator: Originator = { name: 'Parley', role: 'external' }

const sendKinds = ['text', 'media', 'location', 'template', 'event', 'vendor'] as const
const receiveKinds = ['text', 'media', 'location', 'choice', 'card', 'carousel', 'list', 'event', 'vendor'] as const

/** What `send` takes through Khoros Flow (`vendor`: a whole `MessagePayload`, originator included). */
export type KhorosFlowContent = ContentOfKind<(typeof sendKinds)[number], ReadonlyInput<MessagePayload>>
/** What Khoros Flow events and history carry (`vendor`: one of Flow's reply responses). */
export type KhorosFlowReceivedContent = ContentOfKind<(typeof receiveKinds)[number], ReplyResponse>

/** Flow's parameters are lists of `{ value }`; a scalar becomes a one-value list, a list one value per element. */
function flowParams(data: Readonly<Record<string, unknown>>): Record<string, ParamValue[]> {
  return Object.fromEntries(
    Object.entries(data).map(([name, value]) => [
      name,
      (Array.isArray(value) ? value : [value]).map((element) => ({ value: element })),
    ]),
  )
}

/** The Flow payload of a content (what `send` puts on the wire), sent as `originator`. */
export function toKhorosFlowPayload(
  content: KhorosFlowContent,
  originator: Originator = defaultOriginator,
): ReadonlyInput<MessagePayload> {
  switch (content.kind) {
    case 'text':
      return { type: 'text', speech: content.text, originator }
    case 'media':
      // Flow takes no file name: the URL, the kind, the MIME type and the caption (as `title`) go.
      return {
        type: 'media',
        mediaType: content.mediaKind,
        url: content.url,
        originator,
        ...(content.caption !== undefined && { title: content.caption }),
        ...(content.mimeType !== undefined && { mimeType: content.mimeType }),
      }
    case 'location':
      // Flow takes coordinates as strings and a title, no address.
      return {
        type: 'location',
        lat: String(content.latitude),
        long: String(content.longitude),
        originator,
        ...(content.title !== undefined && { title: content.title }),
      }
    case 'event':
      return {
        type: 'event',
        eventName: content.name,
        originator,
        ...(content.data !== undefined && { metadata: { params: flowParams(content.data) } }),
      }
    case 'template': {
      // Flow sends a template (a WhatsApp one, say) from a flow triggered by an event: the
      // event carries the template's name, its values as params and its language.
      const metadata = {
        ...(content.language !== undefined && { language: content.language }),
        ...(content.parameters !== undefined && { params: flowParams(content.parameters) }),
      }
      return {
        type: 'event',
        eventName: content.name,
        originator,
        ...(Object.keys(metadata).length > 0 && { metadata }),
      }
    }
    case 'vendor':
      return content.payload
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const fieldsOf = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}

function numberOf(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : isString(value) && value.trim() !== '' ? Number(value) : Number.NaN
  return Number.isFinite(number) ? number : undefined
}

/** A button of Flow's templates; `undefined` for a kind the content model has no action for. */
function actionOf(button: unknown): CardAction | undefined {
  const { type, label, value } = fieldsOf(button)
  if (!isString(label) || !isString(value)) return undefined
  switch (type) {
    case 'url':
    case 'webview':
      return { kind: 'url', title: label, url: value }
    case 'phone':
      return { kind: 'url', title: label, url: `tel:${value}` }
    case 'text':
      return { kind: 'say', title: label, text: value }
    // A postback posts its value; an event button triggers the event its value names.
    case 'postback':
    case 'event':
      return { kind: 'postback', title: label, value }
    default:
      return undefined
  }
}

function actionsOf(buttons: unknown): CardAction[] | undefined {
  if (buttons === undefined) return []
  if (!Array.isArray(buttons)) return undefined
  const actions = buttons.map(actionOf)
  return actions.every((action) => action !== undefined) ? (actions as CardAction[]) : undefined
}

function imageUrlOf(media: unknown): string | undefined {
  const { url } = fieldsOf(media)
  return isString(url) ? url : undefined
}

function cardOf(payload: unknown): Card | undefined {
  const { title, subtitle, media, buttons } = fieldsOf(payload)
  const actions = actionsOf(buttons)
  if (!isString(title) || !actions) return undefined
  const imageUrl = imageUrlOf(media)
  return { title, ...(isString(subtitle) && { subtitle }), ...(imageUrl && { imageUrl }), actions }
}

function listItemOf(item: unknown): ListItem | undefined {
  const { title, subtitle, media, action, buttons } = fieldsOf(item)
  if (!isString(title)) return undefined
  const actions = action === undefined ? actionsOf(buttons) : [actionOf(action)]
  if (!actions || actions.some((candidate) => candidate === undefined)) return undefined
  const imageUrl = imageUrlOf(media)
  return {
    title,
    ...(isString(subtitle) && { subtitle }),
    ...(imageUrl && { imageUrl }),
    ...(actions.length > 0 && { actions: actions as CardAction[] }),
  }
}

function choicesOf(quickReplies: unknown): Choice[] | undefined {
  if (!Array.isArray(quickReplies)) return undefined
  const choices = quickReplies.map((reply) => {
    const { label, value } = fieldsOf(reply)
    return isString(label) ? { title: label, value: isString(value) ? value : label } : undefined
  })
  return choices.every((choice) => choice !== undefined) ? (choices as Choice[]) : undefined
}

const mediaKinds: Readonly<Record<string, MediaKind>> = { image: 'image', video: 'video', audio: 'audio', file: 'file' }

/** The content of one of Flow's reply responses; a template of another or malformed shape is `vendor` content. */
export function contentOfKhorosFlowResponse(response: ReplyResponse): KhorosFlowReceivedContent {
  const asVendor = { kind: 'vendor', payload: response } as const
  const payload = fieldsOf(response?.payload)
  const type = response?.type
  switch (type) {
    case 'text': {
      if (!isString(payload.text)) return asVendor
      if (
        payload.quickReplies === undefined ||
        (Array.isArray(payload.quickReplies) && payload.quickReplies.length === 0)
      )
        return { kind: 'text', text: payload.text }
      const choices = choicesOf(payload.quickReplies)
      return choices ? { kind: 'choice', text: payload.text, choices } : asVendor
    }
    case 'image':
    case 'video':
    case 'audio':
    case 'file': {
      const mediaKind = mediaKinds[type]
      if (!mediaKind || !isString(payload.url)) return asVendor
      return { kind: 'media', mediaKind, url: payload.url, ...(isString(payload.title) && { caption: payload.title }) }
    }
    case 'location': {
      const latitude = numberOf(payload.lat)
      const longitude = numberOf(payload.long)
      if (latitude === undefined || longitude === undefined) return asVendor
      return { kind: 'location', latitude, longitude, ...(isString(payload.title) && { title: payload.title }) }
    }
    case 'card': {
      const card = cardOf(payload)
      return card ? { kind: 'card', ...card } : asVendor
    }
    // A buttons template is a card without an image.
    case 'buttons': {
      const actions = actionsOf(payload.buttons)
      return isString(payload.title) && actions ? { kind: 'card', title: payload.title, actions } : asVendor
    }
    case 'carousel': {
      const cards = Array.isArray(payload.cards) ? payload.cards.map(cardOf) : undefined
      return cards?.every((card) => card !== undefined) ? { kind: 'carousel', cards: cards as Card[] } : asVendor
    }
    case 'list': {
      const items = Array.isArray(payload.items) ? payload.items.map(listItemOf) : undefined
      return items?.every((item) => item !== undefined) ? { kind: 'list', items: items as ListItem[] } : asVendor
    }
    case 'event': {
      const name = [payload.name, payload.eventName, payload.value].find(isString)
      if (name === undefined) return asVendor
      const data = payload.params === undefined ? undefined : paramsData(payload.params)
      return { kind: 'event', name, ...(data && { data }) }
    }
    default:
      return asVendor
  }
}

/** Flow's `{ name: [{ value }] }` params as plain data: one value as itself, several as a list. */
function paramsData(params: unknown): Record<string, unknown> | undefined {
  const entries = Object.entries(fieldsOf(params))
  if (entries.length === 0) return undefined
  return Object.fromEntries(
    entries.map(([name, values]) => {
      const list = Array.isArray(values) ? values.map((value) => fieldsOf(value).value) : [values]
      return [name, list.length === 1 ? list[0] : list]
    }),
  )
}

function roleOf(role: string | undefined): AuthorRole {
  // Flow's history uses `user` for the people its own send API calls `external`.
  if (role === 'external' || role === 'user') return 'user'
  if (role === 'moderator' || role === 'agent') return 'agent'
  if (role === 'bot') return 'bot'
  return 'system'
}

interface FlowMessageSource {
  readonly messages?: ReadonlyArray<ConversationMessage>
  readonly originator?: ResultOriginator
}

export function khorosFlow(options: KhorosFlowAdapterOptions = {}) {
  const { originator = defaultOriginator, webhookVerification, insecureSkipVerification, ...clientOptions } = options
  const client = createKhorosFlowClient(clientOptions)

  // Flow gives REST-sent messages no sender id: they are ours when the originator's name and role are.
  const authorOf = (sender: ResultOriginator | undefined): MessageAuthor => {
    const role = roleOf(sender?.role)
    const id = sender?.userId ?? sender?.name
    return {
      role,
      ...(id !== undefined && { id }),
      isSelf: sender?.name === originator.name && role === roleOf(originator.role),
    }
  }

  /**
   * One normalized message per response of each message: a Flow message carries a list of
   * responses (a text, then a card...). The id is the message's `meta.msgId` where Flow
   * sends one, else a digest of `scope` (the webhook body, or the history entry) and the
   * message's place in it; a message of several responses adds the response's index.
   */
  const messagesOf = (
    source: FlowMessageSource,
    conversationId: string,
    scope: unknown,
  ): Array<NormalizedMessage<typeof vendor, KhorosFlowReceivedContent>> => {
    const scopeDigest = digestOf(scope)
    return (source.messages ?? []).flatMap((message, messageIndex) => {
      const baseId = vendorIdOf(fieldsOf(fieldsOf(message).meta).msgId) ?? `${scopeDigest}.${messageIndex}`
      const responses: ReadonlyArray<ReplyResponse> =
        message.responses && message.responses.length > 0
          ? message.responses
          : isString(message.fallback)
            ? [{ type: 'text', payload: { text: message.fallback } }]
            : [{ type: 'unknown', payload: message as Record<string, unknown> }]
      const at = parseDate(message.createdAt)
      const author = authorOf(message.originator ?? source.originator)
      return responses.map((response, responseIndex) => ({
        vendor,
        id: responses.length === 1 ? baseId : `${baseId}:${responseIndex}`,
        conversationId,
        author,
        content: contentOfKhorosFlowResponse(response),
        ...(at && { at }),
        raw: message,
      }))
    })
  }

  const sent = (threadId: string, response: unknown) => ({ vendor, conversationId: threadId, raw: response }) as const

  return defineAdapter({
    specificationVersion: 'v2',
    vendor,
    capabilities: ['listMessages', 'handover', 'pause', 'resume', 'resolve', 'webhookHandler'],
    content: { send: sendKinds, receive: receiveKinds },
    limits: [
      {
        kind: 'text',
        path: 'text',
        maximum: 255,
        source: 'Flow REST API, text message: `speech`, at most 255 characters',
      },
    ],
    droppedFields: { text: ['markdown'], media: ['fileName'], location: ['address'] },
    vendorPayloads: vendorPayloads<ReadonlyInput<MessagePayload>, ReplyResponse>(),
    operations: {
      async send({ conversationId, content }, sendOptions) {
        const response = await client.sendMessage({
          path: { threadId: conversationId },
          body: { payload: toKhorosFlowPayload(content, originator) },
          ...(sendOptions?.signal && { signal: sendOptions.signal }),
        })
        return sent(conversationId, response)
      },
      async *listMessages({ conversationId, signal }) {
        for await (const entry of iterateMessages(client, { threadId: conversationId, ...(signal && { signal }) })) {
          yield* messagesOf(entry, conversationId, entry)
        }
      },
      async handover({ conversationId, secondsToPause }) {
        await client.handoverThread({
          path: { threadId: conversationId },
          ...(secondsToPause !== undefined && { body: { secondsToPause } }),
        })
      },
      async pause({ conversationId }) {
        await client.pauseBot({ path: { threadId: conversationId } })
      },
      async resume({ conversationId }) {
        await client.resumeBot({ path: { threadId: conversationId } })
      },
      async resolve({ conversationId }) {
        await client.resolveThread({ path: { threadId: conversationId } })
      },
      webhookHandler(handlers) {
        type FlowEvent = NormalizedEvent<typeof vendor, NormalizedEvent['type'], KhorosFlowReceivedContent>
        const deliverEach = async (events: ReadonlyArray<FlowEvent>) => {
          for (const event of events) await deliverNormalized(handlers, event)
        }
        // A message, inbound or outbound call carries messages: each response becomes a message event.
        const messageCall = (event: FlowMessageSource & { type: string; threadId?: string; createdAt?: string }) => {
          if (!isString(event.threadId) || event.threadId === '')
            return deliverEach([unmappableEvent(vendor, event.type, event)])
          const threadId = event.threadId
          const callAt = parseDate(event.createdAt)
          return deliverEach(
            messagesOf(event, threadId, event).map((message) => ({
              ...(callAt && { at: callAt }),
              ...message,
              type: 'message',
              eventId: `${event.type}:${message.id}`,
              vendorEvent: event.type,
              raw: event,
            })),
          )
        }
        const stateCall =
          (type: 'conversation' | 'status' | 'unknown') => (event: { type: string; threadId?: string }) =>
            deliverEach([
              {
                vendor,
                type,
                // Flow sends no event id; these calls carry little more than their type and thread.
                eventId: `${event.type}:${digestOf(event)}`,
                vendorEvent: event.type,
                ...(event.threadId !== undefined && { conversationId: event.threadId }),
                raw: event,
              },
            ])
        return createKhorosFlowWebhookHandler({
          ...(webhookVerification ? { verify: webhookVerification } : { insecureSkipVerification }),
          onError: handlers.onError,
          maxBodyBytes: handlers.maxBodyBytes,
          bodyTimeoutMs: handlers.bodyTimeoutMs,
          on: tolerateMalformed<KhorosFlowWebhookHandlers, typeof vendor, KhorosFlowReceivedContent>(vendor, handlers, {
            message: messageCall,
            inbound: messageCall,
            outbound: messageCall,
            paused: stateCall('conversation'),
            resumed: stateCall('conversation'),
            takeover: stateCall('conversation'),
            isPaused: stateCall('status'),
            history: stateCall('unknown'),
            threads: stateCall('unknown'),
            'trigger.events': stateCall('unknown'),
            businessHours: stateCall('unknown'),
            unknown: (event) =>
              deliverEach([unmappableEvent(vendor, typeof event.type === 'string' ? event.type : 'unknown', event)]),
          }),
        })
      },
    },
  })
}

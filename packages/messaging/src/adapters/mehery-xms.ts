/**
 * `meheryXms({ channelId, ... })`: Mehery XMS behind the common interface.
 *
 * Mehery sends to a *contact* on a channel, and controls *sessions*. The adapter's
 * `conversationId` is the contact id for sending, and the session id for the session
 * operations (history, handover as routing, close, resolve); normalized webhook events
 * carry the contact id as `conversationId` and the session id as `sessionId`.
 */
import type { ReadonlyInput } from '@parley/runtime'
import {
  type ChatMessageDto,
  type ContactInfoUpdate,
  type InBoundContact,
  type InBoundMsg,
  type InBoundMsgMedia,
  type MeheryXmsClientOptions,
  type MeheryXmsWebhookHandlers,
  type OutBoundMsg,
  createMeheryXmsClient,
  createMeheryXmsWebhookHandler,
} from '@parley/mehery-xms'
import type { Choice, ContentOfKind, MediaKind } from '../content.js'
import {
  type MessageAuthor,
  type NormalizedEvent,
  type NormalizedMessage,
  deliverNormalized,
  digestOf,
  parseDate,
  tolerateMalformed,
  unmappableEvent,
} from '../normalized.js'
import { defineAdapter, vendorPayloads } from '../specification.js'

export type MeheryXmsAdapterOptions = MeheryXmsClientOptions & MeheryXmsAdapterSettings

export interface MeheryXmsAdapterSettings {
  /** The channel messages are sent on (`listChannels` lists them). */
  channelId: string
  /** The agent queue `handover` routes sessions to when the call names none. */
  handoverQueue?: string
  /** The token configured for your webhook, needed by `webhookHandler`. */
  verifyToken?: string | ReadonlyArray<string>
  /** Answers Mehery's `contact/info` calls (default: an empty update, which changes nothing). */
  contactInfo?: (contact: InBoundContact) => ContactInfoUpdate | Promise<ContactInfoUpdate>
}

const vendor = 'mehery-xms'

const sendKinds = ['text', 'media', 'location', 'choice', 'template', 'vendor'] as const
const receiveKinds = ['text', 'media', 'location', 'choice', 'template', 'postback', 'vendor'] as const

type DistributiveOmit<TValue, TKey extends PropertyKey> = TValue extends unknown ? Omit<TValue, TKey> : never

/** A Mehery message without its channel and recipient, which the adapter sets. */
export type MeheryXmsMessageBody = DistributiveOmit<OutBoundMsg, 'channelId' | 'to'>

/** What `send` takes through Mehery XMS. */
export type MeheryXmsContent = ContentOfKind<(typeof sendKinds)[number], ReadonlyInput<MeheryXmsMessageBody>>
/** What Mehery XMS webhook messages and history carry (`vendor`: the message as Mehery sent it). */
export type MeheryXmsReceivedContent = ContentOfKind<(typeof receiveKinds)[number], InBoundMsg | ChatMessageDto>

const mediaTypes = { image: 'image', video: 'video', audio: 'audio', file: 'document' } as const

/** The Mehery message of a content, without channel and recipient (what `send` puts on the wire). */
export function toMeheryXmsMessage(content: MeheryXmsContent): ReadonlyInput<MeheryXmsMessageBody> {
  switch (content.kind) {
    case 'text':
      return { type: 'text', text: { body: content.text } }
    case 'media': {
      // Mehery takes a link, a caption and a file name; not a MIME type.
      const media = {
        link: content.url,
        ...(content.caption !== undefined && { caption: content.caption }),
        ...(content.fileName !== undefined && { filename: content.fileName }),
      }
      const type = mediaTypes[content.mediaKind]
      switch (type) {
        case 'image':
          return { type, image: media }
        case 'video':
          return { type, video: media }
        case 'audio':
          return { type, audio: media }
        default:
          return { type, document: media }
      }
    }
    case 'location':
      // Mehery's coordinates are strings.
      return {
        type: 'location',
        location: {
          latitude: String(content.latitude),
          longitude: String(content.longitude),
          ...(content.title !== undefined && { name: content.title }),
          ...(content.address !== undefined && { address: content.address }),
        },
      }
    case 'choice':
      // Quick replies are a text's buttons: the label shown, the code posted back.
      return {
        type: 'text',
        text: { body: content.text },
        options: {
          buttons: content.choices.map(({ title, value }) => ({ type: 'QUICK_REPLY', label: title, code: value })),
        },
      }
    case 'template':
      return {
        type: 'template',
        template: {
          code: content.name,
          ...(content.language !== undefined && { lang: content.language }),
          ...(content.parameters !== undefined && { data: { ...content.parameters } }),
        },
      }
    case 'vendor':
      return content.payload
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'

function numberOf(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : isString(value) && value.trim() !== '' ? Number(value) : Number.NaN
  return Number.isFinite(number) ? number : undefined
}

function mediaOf(kind: MediaKind, media: InBoundMsgMedia | null | undefined): MeheryXmsReceivedContent | undefined {
  const url = media?.link ?? media?.linkSecure
  if (!isString(url)) return undefined
  return {
    kind: 'media',
    mediaKind: kind,
    url,
    ...(isString(media?.caption) && { caption: media.caption }),
    ...(isString(media?.mime_type) && { mimeType: media.mime_type }),
    ...(isString(media?.filename) && { fileName: media.filename }),
  }
}

/**
 * The content of a message a contact sent (`message/receive`). A button or list reply
 * (`form.reply_id`) is `postback` content; another or malformed message is `vendor` content.
 */
export function contentOfMeheryXmsInbound(message: InBoundMsg): MeheryXmsReceivedContent {
  const asVendor = { kind: 'vendor', payload: message } as const
  const form = message?.form
  if (isString(form?.reply_id) && form.reply_id !== '')
    return { kind: 'postback', value: form.reply_id, ...(isString(form.reply_title) && { title: form.reply_title }) }
  switch (message?.type) {
    case 'text':
      return isString(message.text?.body) ? { kind: 'text', text: message.text.body } : asVendor
    case 'image':
      return mediaOf('image', message.image) ?? asVendor
    case 'video':
      return mediaOf('video', message.video) ?? asVendor
    case 'audio':
      return mediaOf('audio', message.audio) ?? asVendor
    // A voice note is an audio file to every other channel.
    case 'voice':
      return mediaOf('audio', message.voice) ?? asVendor
    case 'document':
      return mediaOf('file', message.document) ?? asVendor
    case 'location': {
      const latitude = numberOf(message.location?.latitude)
      const longitude = numberOf(message.location?.longitude)
      if (latitude === undefined || longitude === undefined) return asVendor
      return {
        kind: 'location',
        latitude,
        longitude,
        ...(isString(message.location?.name) && { title: message.location.name }),
        ...(isString(message.location?.address) && { address: message.location.address }),
      }
    }
    default:
      return asVendor
  }
}

function choicesOf(options: unknown): Choice[] | undefined {
  const buttons = (options as { buttons?: unknown } | null | undefined)?.buttons
  if (!Array.isArray(buttons) || buttons.length === 0) return undefined
  const choices = buttons.map((button) => {
    const { type, label, code } = (button ?? {}) as Record<string, unknown>
    return type === 'QUICK_REPLY' && isString(label)
      ? { title: label, value: isString(code) ? code : label }
      : undefined
  })
  return choices.every((choice) => choice !== undefined) ? (choices as Choice[]) : undefined
}

/** The content of a session's message as history lists it; another or malformed message is `vendor` content. */
export function contentOfMeheryXmsChatMessage(message: ChatMessageDto): MeheryXmsReceivedContent {
  const asVendor = { kind: 'vendor', payload: message } as const
  const type = message?.type?.toLowerCase()
  if (type === 'template' && (isString(message.templateId) || isString(message.template)))
    return { kind: 'template', name: (message.templateId ?? message.template) as string }
  if (isString(message?.text)) {
    const choices = choicesOf(message.options)
    return choices ? { kind: 'choice', text: message.text, choices } : { kind: 'text', text: message.text }
  }
  const attachment = message?.attachments?.[0]
  const url = attachment?.mediaURL ?? attachment?.mediaSrc
  if (attachment && isString(url)) {
    const mediaKind: MediaKind =
      attachment.mediaType === 'IMAGE'
        ? 'image'
        : attachment.mediaType === 'VIDEO'
          ? 'video'
          : attachment.mediaType === 'AUDIO'
            ? 'audio'
            : 'file'
    return {
      kind: 'media',
      mediaKind,
      url,
      ...(isString(attachment.mediaCaption) && { caption: attachment.mediaCaption }),
      ...(isString(attachment.mediaMimeType) && { mimeType: attachment.mediaMimeType }),
      ...(isString(attachment.mediaName) && { fileName: attachment.mediaName }),
    }
  }
  return asVendor
}

/**
 * Who wrote a history message. Mehery documents no values for `sender`: the spec's
 * example gives a customer's number for her messages and `agent` (with
 * `route.senderType: AGENT`) for an agent's; a bot's or the API's are taken as this
 * integration's own.
 */
function historyAuthorOf(message: ChatMessageDto): MessageAuthor {
  const senderType = message.route?.senderType?.toUpperCase()
  const sender = message.sender ?? undefined
  if (senderType === 'AGENT' || sender === 'agent')
    return { role: 'agent', ...(message.route?.senderCode && { id: message.route.senderCode }), isSelf: false }
  if (senderType === 'BOT' || senderType === 'API' || sender === 'bot') return { role: 'bot', isSelf: true }
  if (sender === 'system' || senderType === 'SYSTEM') return { role: 'system', isSelf: false }
  return { role: 'user', ...(sender !== undefined && { id: sender }), isSelf: false }
}

export function meheryXms(options: MeheryXmsAdapterOptions) {
  const { channelId, handoverQueue, verifyToken, contactInfo, ...clientOptions } = options
  if (!channelId) throw new TypeError('meheryXms: `channelId` (the channel to send on) is required')
  const client = createMeheryXmsClient(clientOptions as MeheryXmsClientOptions)

  const normalizeChatMessage = (
    message: ChatMessageDto,
    sessionId: string,
    index: number,
  ): NormalizedMessage<typeof vendor, MeheryXmsReceivedContent> => {
    const at = parseDate(message.timestamp ?? undefined)
    return {
      vendor,
      id: message.messageId ?? `${sessionId}:${index}:${digestOf(message)}`,
      conversationId: sessionId,
      author: historyAuthorOf(message),
      content: contentOfMeheryXmsChatMessage(message),
      ...(at && { at }),
      raw: message,
    }
  }

  return defineAdapter({
    specificationVersion: 'v2',
    vendor,
    capabilities: ['listMessages', 'handover', 'close', 'resolve', 'webhookHandler'],
    content: { send: sendKinds, receive: receiveKinds },
    // Mehery's documents give no limits of their own (its channels, WhatsApp say, have theirs).
    limits: [],
    droppedFields: { text: ['markdown'], media: ['mimeType'] },
    vendorPayloads: vendorPayloads<ReadonlyInput<MeheryXmsMessageBody>, InBoundMsg | ChatMessageDto>(),
    operations: {
      async send({ conversationId, content }, sendOptions) {
        const body = { ...toMeheryXmsMessage(content), channelId, to: { contactId: conversationId } } as OutBoundMsg
        const response = await client.sendMessage({ body, ...(sendOptions?.signal && { signal: sendOptions.signal }) })
        const id = response.results?.[0]?.id
        return { vendor, conversationId, ...(id && { id }), raw: response }
      },
      async *listMessages({ conversationId, signal }) {
        // Mehery answers a session's messages in one response (no paging).
        const response = await client.listSessionMessages({
          body: { sessionId: conversationId },
          ...(signal && { signal }),
        })
        let index = 0
        for (const message of response.results) yield normalizeChatMessage(message, conversationId, index++)
      },
      async handover({ conversationId, queue }) {
        const target = queue ?? handoverQueue
        if (!target)
          throw new TypeError('meheryXms handover: name the agent `queue` (or set `handoverQueue` on the adapter)')
        await client.routeSession({ body: { sessionId: conversationId, queue: target } })
      },
      async close({ conversationId }) {
        await client.closeSession({ body: { sessionId: conversationId } })
      },
      async resolve({ conversationId }) {
        await client.resolveSession({ body: { sessionId: conversationId } })
      },
      webhookHandler(handlers) {
        if (!verifyToken)
          throw new TypeError('meheryXms: pass `verifyToken` (your webhook token) to use webhookHandler')
        type MeheryEvent = NormalizedEvent<typeof vendor, NormalizedEvent['type'], MeheryXmsReceivedContent>
        const deliverEach = async (events: ReadonlyArray<MeheryEvent>) => {
          for (const event of events) await deliverNormalized(handlers, event)
        }
        const optional = <T>(name: string, value: T | null | undefined) =>
          value === null || value === undefined ? {} : { [name]: value }
        // Only contacts' messages reach `message/receive`: their author is the contact.
        const messageEvent = (message: InBoundMsg): MeheryEvent => {
          const conversationId = message.contactId ?? message.from
          if (!isString(conversationId) || conversationId === '') return unmappableEvent(vendor, 'messages', message)
          return {
            vendor,
            type: 'message',
            eventId: `messages:${message.id}`,
            vendorEvent: 'messages',
            id: message.id,
            conversationId,
            ...optional('sessionId', message.session?.sessionId),
            author: { role: 'user', id: conversationId, isSelf: false },
            content: contentOfMeheryXmsInbound(message),
            ...optional('at', parseDate(message.timestamp ?? undefined)),
            raw: message,
          }
        }
        return createMeheryXmsWebhookHandler({
          verifyToken,
          onError: handlers.onError,
          maxBodyBytes: handlers.maxBodyBytes,
          bodyTimeoutMs: handlers.bodyTimeoutMs,
          on: {
            contactInfo: (contact) => (contactInfo ? contactInfo(contact) : {}),
            ...tolerateMalformed<
              Omit<MeheryXmsWebhookHandlers, 'contactInfo'>,
              typeof vendor,
              MeheryXmsReceivedContent
            >(vendor, handlers, {
              // One notification can carry several messages: each becomes an event.
              messages: (notification) => deliverEach(notification.messages.map(messageEvent)),
              statuses: (notification) =>
                deliverEach(
                  notification.statuses.map((status) => ({
                    vendor,
                    type: 'status',
                    // A message goes through each state once: its id and the state name one event.
                    eventId: `statuses:${status.id}:${status.status}`,
                    vendorEvent: 'statuses',
                    ...optional('conversationId', status.contactId),
                    ...optional('sessionId', status.session?.sessionId),
                    ...optional('at', parseDate(status.timestamp ?? undefined)),
                    raw: status,
                  })),
                ),
              events: (notification) =>
                deliverEach(
                  notification.events.map((event) => ({
                    vendor,
                    type: 'conversation',
                    eventId: `events:${event.eventId ?? `${event.eventCode}:${digestOf(event)}`}`,
                    vendorEvent: `events:${event.eventCode}`,
                    ...optional('conversationId', event.contactId),
                    ...optional('sessionId', event.sessionId),
                    ...optional('at', parseDate(event.timestamp ?? undefined)),
                    raw: event,
                  })),
                ),
              actions: (notification) => deliverEach([unmappableEvent(vendor, 'actions', notification)]),
              unknown: (notification) =>
                deliverEach([
                  unmappableEvent(
                    vendor,
                    typeof notification.type === 'string' ? notification.type : 'unknown',
                    notification,
                  ),
                ]),
            }),
          },
        })
      },
    },
  })
}

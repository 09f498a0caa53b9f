/**
 * `meheryXms({ channelId, ... })`: Mehery XMS behind the common interface.
 *
 * Mehery sends to a *contact* on a channel, and controls *sessions*. The adapter's
 * `conversationId` is the contact id for sending, and the session id for the session
 * operations (history, handover as routing, close, resolve); normalized webhook events
 * carry the contact id as `conversationId` and the session id as `sessionId`.
 */
import {
  type ChatMessageDto,
  type ContactInfoUpdate,
  type InBoundContact,
  type MeheryXmsClientOptions,
  type OutBoundMsg,
  createMeheryXmsClient,
  createMeheryXmsWebhookHandler,
  type MeheryXmsWebhookHandlers,
} from '@parley/mehery-xms'
import {
  type NormalizedEvent,
  type NormalizedMessage,
  deliverNormalized,
  parseDate,
  tolerateMalformed,
} from '../normalized.js'
import { type MediaKind, defineAdapter } from '../specification.js'

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

function mediaMessage(
  channelId: string,
  contactId: string,
  kind: MediaKind,
  url: string,
  caption: string | undefined,
): OutBoundMsg {
  const media = { link: url, ...(caption !== undefined && { caption }) }
  const to = { contactId }
  switch (kind) {
    case 'image':
      return { channelId, to, type: 'image', image: media }
    case 'video':
      return { channelId, to, type: 'video', video: media }
    case 'audio':
      return { channelId, to, type: 'audio', audio: media }
    default:
      return { channelId, to, type: 'document', document: media }
  }
}

function normalizeChatMessage(message: ChatMessageDto, sessionId: string): NormalizedMessage<typeof vendor> {
  const at = parseDate(message.timestamp ?? undefined)
  return {
    vendor,
    ...(message.messageId && { id: message.messageId }),
    conversationId: sessionId,
    ...(typeof message.text === 'string' && { text: message.text }),
    author:
      message.sender === 'agent' ? 'agent' : message.sender === 'bot' ? 'bot' : message.sender ? 'user' : 'unknown',
    ...(at && { at }),
    raw: message,
  }
}

export function meheryXms(options: MeheryXmsAdapterOptions) {
  const { channelId, handoverQueue, verifyToken, contactInfo, ...clientOptions } = options
  if (!channelId) throw new TypeError('meheryXms: `channelId` (the channel to send on) is required')
  const client = createMeheryXmsClient(clientOptions as MeheryXmsClientOptions)
  const sent = (conversationId: string, response: { results?: ReadonlyArray<{ id?: string }> }) => ({
    vendor,
    conversationId,
    ...(response.results?.[0]?.id && { id: response.results[0].id }),
    raw: response,
  })

  return defineAdapter({
    specificationVersion: 'v1',
    vendor,
    capabilities: ['sendText', 'sendMedia', 'listMessages', 'handover', 'close', 'resolve', 'webhookHandler'],
    operations: {
      async sendText({ conversationId, text }) {
        return sent(
          conversationId,
          await client.sendMessage({
            body: { channelId, to: { contactId: conversationId }, type: 'text', text: { body: text } },
          }),
        )
      },
      async sendMedia({ conversationId, kind, url, caption }) {
        return sent(
          conversationId,
          await client.sendMessage({ body: mediaMessage(channelId, conversationId, kind, url, caption) }),
        )
      },
      async *listMessages({ conversationId }) {
        // Mehery answers a session's messages in one response (no paging).
        const response = await client.listSessionMessages({ body: { sessionId: conversationId } })
        for (const message of response.results) yield normalizeChatMessage(message, conversationId)
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
        const deliverEach = async (events: ReadonlyArray<NormalizedEvent<typeof vendor>>) => {
          for (const event of events) await deliverNormalized(handlers, event)
        }
        const optional = <T>(name: string, value: T | null | undefined) =>
          value === null || value === undefined ? {} : { [name]: value }
        return createMeheryXmsWebhookHandler({
          verifyToken,
          onError: handlers.onError,
          maxBodyBytes: handlers.maxBodyBytes,
          bodyTimeoutMs: handlers.bodyTimeoutMs,
          on: {
            contactInfo: (contact) => (contactInfo ? contactInfo(contact) : {}),
            ...tolerateMalformed<Omit<MeheryXmsWebhookHandlers, 'contactInfo'>, typeof vendor>(vendor, handlers, {
              // One notification can carry several messages: each becomes an event.
              messages: (notification) =>
                deliverEach(
                  notification.messages.map((message) => ({
                    vendor,
                    type: 'message',
                    vendorEvent: 'messages',
                    ...optional('conversationId', message.contactId),
                    ...optional('sessionId', message.session?.sessionId),
                    ...optional('text', message.text?.body),
                    ...optional('at', parseDate(message.timestamp ?? undefined)),
                    raw: message,
                  })),
                ),
              statuses: (notification) =>
                deliverEach(
                  notification.statuses.map((status) => ({
                    vendor,
                    type: 'status',
                    vendorEvent: 'statuses',
                    ...optional('conversationId', status.contactId),
                    ...optional('at', parseDate(status.timestamp ?? undefined)),
                    raw: status,
                  })),
                ),
              events: (notification) =>
                deliverEach(
                  notification.events.map((event) => ({
                    vendor,
                    type: 'conversation',
                    vendorEvent: `events:${event.eventCode}`,
                    ...optional('conversationId', event.contactId),
                    ...optional('sessionId', event.sessionId),
                    raw: event,
                  })),
                ),
              actions: (notification) =>
                deliverEach([{ vendor, type: 'unknown', vendorEvent: 'actions', raw: notification }]),
              unknown: (notification) =>
                deliverEach([
                  {
                    vendor,
                    type: 'unknown',
                    vendorEvent: typeof notification.type === 'string' ? notification.type : 'unknown',
                    raw: notification,
                  },
                ]),
            }),
          },
        })
      },
    },
  })
}

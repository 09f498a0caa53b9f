/**
 * `meheryXms({ channelId, ... })`: Mehery XMS behind the common interface.
 *
 * Mehery sends to a *contact* on a channel, and controls *sessions*. The adapter's
 * `conversationId` is the contact id for sending, and the session id for the session
 * operations (history, handover as routing, close, resolve); normalized webhook events
 * carry the contact id as `conversationId` and the session id as `sessionId`.
 */
import { type ChatMessageDto, type MeheryXmsClientOptions, type OutBoundMsg, createMeheryXmsClient } from '@parley/mehery-xms'
import { type NormalizedMessage, parseDate } from '../normalized.js'
import { type MediaKind, defineAdapter } from '../specification.js'

export interface MeheryXmsAdapterOptions extends MeheryXmsClientOptions {
  /** The channel messages are sent on (`listChannels` lists them). */
  channelId: string
  /** The agent queue `handover` routes sessions to when the call names none. */
  handoverQueue?: string
}

const vendor = 'mehery-xms'

function mediaMessage(channelId: string, contactId: string, kind: MediaKind, url: string, caption: string | undefined): OutBoundMsg {
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
    author: message.sender === 'agent' ? 'agent' : message.sender === 'bot' ? 'bot' : message.sender ? 'user' : 'unknown',
    ...(at && { at }),
    raw: message,
  }
}

export function meheryXms(options: MeheryXmsAdapterOptions) {
  const { channelId, handoverQueue, ...clientOptions } = options
  if (!channelId) throw new TypeError('meheryXms: `channelId` (the channel to send on) is required')
  const client = createMeheryXmsClient(clientOptions)
  const sent = (conversationId: string, response: { results?: ReadonlyArray<{ id?: string }> }) => ({
    vendor,
    conversationId,
    ...(response.results?.[0]?.id && { id: response.results[0].id }),
    raw: response,
  })

  return defineAdapter({
    specificationVersion: 'v1',
    vendor,
    capabilities: ['sendText', 'sendMedia', 'listMessages', 'handover', 'close', 'resolve'],
    operations: {
      async sendText({ conversationId, text }) {
        return sent(conversationId, await client.sendMessage({ body: { channelId, to: { contactId: conversationId }, type: 'text', text: { body: text } } }))
      },
      async sendMedia({ conversationId, kind, url, caption }) {
        return sent(conversationId, await client.sendMessage({ body: mediaMessage(channelId, conversationId, kind, url, caption) }))
      },
      async *listMessages({ conversationId }) {
        // Mehery answers a session's messages in one response (no paging).
        const response = await client.listSessionMessages({ body: { sessionId: conversationId } })
        for (const message of response.results) yield normalizeChatMessage(message, conversationId)
      },
      async handover({ conversationId, queue }) {
        const target = queue ?? handoverQueue
        if (!target) throw new TypeError('meheryXms handover: name the agent `queue` (or set `handoverQueue` on the adapter)')
        await client.routeSession({ body: { sessionId: conversationId, queue: target } })
      },
      async close({ conversationId }) {
        await client.closeSession({ body: { sessionId: conversationId } })
      },
      async resolve({ conversationId }) {
        await client.resolveSession({ body: { sessionId: conversationId } })
      },
    },
  })
}

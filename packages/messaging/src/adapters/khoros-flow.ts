/**
 * `khorosFlow(options)`: Khoros Flow behind the common interface. Flow threads are the
 * conversations; messages are sent as the configured originator (an external user by
 * default); history is read in sync mode; handover, pause, resume and resolve map onto
 * Flow's own operations.
 */
import {
  type ConversationMessage,
  type KhorosFlowClientOptions,
  type KhorosFlowWebhookVerification,
  type Originator,
  createKhorosFlowClient,
  createKhorosFlowWebhookHandler,
  iterateMessages,
  type KhorosFlowWebhookHandlers,
} from '@parley/khoros-flow'
import {
  type NormalizedEvent,
  type NormalizedMessage,
  deliverNormalized,
  parseDate,
  tolerateMalformed,
} from '../normalized.js'
import { defineAdapter } from '../specification.js'

export interface KhorosFlowAdapterOptions extends KhorosFlowClientOptions {
  /** Who sends the messages (default: an external user named "Parley"). */
  originator?: Originator
  /** A shared secret of your own in the webhook URL or a header (Flow signs nothing). */
  webhookVerification?: KhorosFlowWebhookVerification
}

const vendor = 'khoros-flow'
const defaultOriginator: Originator = { name: 'Parley', role: 'external' }

function textOfFlowMessage(message: ConversationMessage): string | undefined {
  return typeof message.fallback === 'string' ? message.fallback : undefined
}

function authorOf(role: string | undefined): NormalizedMessage['author'] {
  // Flow's history uses `user` for the people its own send API calls `external`.
  if (role === 'external' || role === 'user') return 'user'
  if (role === 'moderator' || role === 'agent') return 'agent'
  if (role === 'bot') return 'bot'
  return 'unknown'
}

export function khorosFlow(options: KhorosFlowAdapterOptions = {}) {
  const { originator = defaultOriginator, webhookVerification, ...clientOptions } = options
  const client = createKhorosFlowClient(clientOptions)

  const sent = (threadId: string, response: unknown) => ({ vendor, conversationId: threadId, raw: response }) as const

  return defineAdapter({
    specificationVersion: 'v1',
    vendor,
    capabilities: [
      'sendText',
      'sendMedia',
      'sendEvent',
      'listMessages',
      'handover',
      'pause',
      'resume',
      'resolve',
      'webhookHandler',
    ],
    operations: {
      async sendText({ conversationId, text }) {
        const response = await client.sendMessage({
          path: { threadId: conversationId },
          body: { payload: { type: 'text', speech: text, originator } },
        })
        return sent(conversationId, response)
      },
      async sendMedia({ conversationId, url, kind, caption, mimeType }) {
        const payload = {
          type: 'media' as const,
          mediaType: kind,
          url,
          originator,
          ...(caption !== undefined && { title: caption }),
          ...(mimeType !== undefined && { mimeType }),
        }
        return sent(conversationId, await client.sendMessage({ path: { threadId: conversationId }, body: { payload } }))
      },
      async sendEvent({ conversationId, eventName }) {
        return sent(
          conversationId,
          await client.sendMessage({
            path: { threadId: conversationId },
            body: { payload: { type: 'event', eventName, originator } },
          }),
        )
      },
      async *listMessages({ conversationId }) {
        for await (const entry of iterateMessages(client, { threadId: conversationId })) {
          for (const message of entry.messages ?? []) {
            const text = textOfFlowMessage(message)
            const at = parseDate(message.createdAt)
            yield {
              vendor,
              conversationId,
              ...(text !== undefined && { text }),
              author: authorOf(entry.originator?.role ?? message.originator?.role),
              ...(at && { at }),
              raw: message,
            } satisfies NormalizedMessage<typeof vendor>
          }
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
        const deliver = (event: NormalizedEvent<typeof vendor>) => deliverNormalized(handlers, event)
        // A message, inbound or outbound call carries messages; the other calls report state.
        const messageCall = (event: {
          type: string
          threadId?: string
          createdAt?: string
          messages?: ConversationMessage[]
        }) => {
          const text = event.messages?.map(textOfFlowMessage).find((candidate) => candidate !== undefined)
          const at = parseDate(event.createdAt)
          return deliver({
            vendor,
            type: 'message',
            vendorEvent: event.type,
            ...(event.threadId !== undefined && { conversationId: event.threadId }),
            ...(text !== undefined && { text }),
            ...(at && { at }),
            raw: event,
          })
        }
        const stateCall =
          (type: 'conversation' | 'status' | 'unknown') => (event: { type: string; threadId?: string }) =>
            deliver({
              vendor,
              type,
              vendorEvent: event.type,
              ...(event.threadId !== undefined && { conversationId: event.threadId }),
              raw: event,
            })
        return createKhorosFlowWebhookHandler({
          ...(webhookVerification && { verify: webhookVerification }),
          onError: handlers.onError,
          maxBodyBytes: handlers.maxBodyBytes,
          bodyTimeoutMs: handlers.bodyTimeoutMs,
          on: tolerateMalformed<KhorosFlowWebhookHandlers, typeof vendor>(vendor, handlers, {
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

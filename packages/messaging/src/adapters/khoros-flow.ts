/**
 * `khorosFlow(options)`: Khoros Flow behind the common interface. Flow threads are the
 * conversations; messages are sent as the configured originator (an external user by
 * default); history is read in sync mode; handover, pause, resume and resolve map onto
 * Flow's own operations.
 */
import {
  type ConversationMessage,
  type KhorosFlowClientOptions,
  type MessageHistoryPage,
  type Originator,
  createKhorosFlowClient,
} from '@parley/khoros-flow'
import { paginate } from '@parley/runtime'
import { type NormalizedMessage, parseDate } from '../normalized.js'
import { defineAdapter } from '../specification.js'

export interface KhorosFlowAdapterOptions extends KhorosFlowClientOptions {
  /** Who sends the messages (default: an external user named "Parley"). */
  originator?: Originator
}

const vendor = 'khoros-flow'
const defaultOriginator: Originator = { name: 'Parley', role: 'external' }

function textOfFlowMessage(message: ConversationMessage): string | undefined {
  return typeof message.fallback === 'string' ? message.fallback : undefined
}

function authorOf(role: string | undefined): NormalizedMessage['author'] {
  if (role === 'external') return 'user'
  if (role === 'moderator') return 'agent'
  if (role === 'bot') return 'bot'
  return 'unknown'
}

export function khorosFlow(options: KhorosFlowAdapterOptions = {}) {
  const { originator = defaultOriginator, ...clientOptions } = options
  const client = createKhorosFlowClient(clientOptions)

  const sent = (threadId: string, response: unknown) => ({ vendor, conversationId: threadId, raw: response }) as const

  return defineAdapter({
    specificationVersion: 'v1',
    vendor,
    capabilities: ['sendText', 'sendMedia', 'sendEvent', 'listMessages', 'handover', 'pause', 'resume', 'resolve'],
    operations: {
      async sendText({ conversationId, text }) {
        const response = await client.sendMessage({ path: { threadId: conversationId }, body: { payload: { type: 'text', speech: text, originator } } })
        return sent(conversationId, response)
      },
      async sendMedia({ conversationId, url, kind, caption, mimeType }) {
        const payload = { type: 'media' as const, mediaType: kind, url, originator, ...(caption !== undefined && { title: caption }), ...(mimeType !== undefined && { mimeType }) }
        return sent(conversationId, await client.sendMessage({ path: { threadId: conversationId }, body: { payload } }))
      },
      async sendEvent({ conversationId, eventName }) {
        return sent(conversationId, await client.sendMessage({ path: { threadId: conversationId }, body: { payload: { type: 'event', eventName, originator } } }))
      },
      async *listMessages({ conversationId }) {
        // History pages are read in sync mode (the answer carries the page, not a webhook).
        const entries = paginate(
          (page) => client.listMessages({ path: { threadId: conversationId }, query: { sync: true, page } }),
          (response, pageNumber) => {
            const page: MessageHistoryPage | undefined = 'result' in response ? response.result : undefined
            return { items: page?.history ?? [], hasNextPage: page !== undefined && pageNumber < Number(page.pages) }
          },
        )
        for await (const entry of entries) {
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
        await client.handoverThread({ path: { threadId: conversationId }, ...(secondsToPause !== undefined && { body: { secondsToPause } }) })
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
    },
  })
}

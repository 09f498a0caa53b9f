/**
 * `avaamo({ botId, ... })`: Avaamo behind the common interface. Posting needs the user
 * access token and the agent's numeric id; reading needs the agent access token. The
 * history endpoint lists the agent's messages across conversations, so the adapter keeps
 * the entries of the asked conversation.
 */
import {
  type AgentMessageEntry,
  type AvaamoClientOptions,
  createAvaamoClient,
  iterateAgentMessages,
} from '@parley/avaamo'
import type { NormalizedMessage } from '../normalized.js'
import { defineAdapter } from '../specification.js'

export interface AvaamoAdapterOptions extends AvaamoClientOptions {
  /** The agent's (bot's) numeric id, sent as `bot_id` with every posted message. */
  botId: number
}

const vendor = 'avaamo'
const largestPage = 100

function normalizeEntry(entry: AgentMessageEntry, conversationId: string): NormalizedMessage<typeof vendor> {
  // `created_at` is epoch seconds (with a fraction) in Avaamo's answers.
  const at = Number.isFinite(entry.created_at) ? new Date(entry.created_at * 1000) : undefined
  return {
    vendor,
    id: entry.uuid,
    conversationId,
    ...(typeof entry.content === 'string' && { text: entry.content }),
    // Every entry of this endpoint is one of the agent's replies (specs/avaamo, "Who an
    // entry's `user` is"); the user's own messages are not listed.
    author: 'bot',
    ...(at && { at }),
    raw: entry,
  }
}

export function avaamo(options: AvaamoAdapterOptions) {
  const { botId, ...clientOptions } = options
  if (!Number.isInteger(botId)) throw new TypeError("avaamo: `botId` (the agent's numeric id) is required")
  const client = createAvaamoClient(clientOptions)

  return defineAdapter({
    specificationVersion: 'v1',
    vendor,
    capabilities: ['sendText', 'listMessages'],
    operations: {
      async sendText({ conversationId, text }) {
        const result = await client.postAgentMessage({
          body: { message: text, conversation: { uuid: conversationId }, bot_id: botId },
        })
        return { vendor, conversationId, raw: result }
      },
      async *listMessages({ conversationId, pageSize = largestPage }) {
        for await (const entry of iterateAgentMessages(client, { per_page: Math.min(pageSize, largestPage) })) {
          if (entry.conversation?.uuid === conversationId) yield normalizeEntry(entry, conversationId)
        }
      },
    },
  })
}

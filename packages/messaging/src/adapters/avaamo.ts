/**
 * `avaamo({ botId, ... })`: Avaamo behind the common interface. Posting needs the user
 * access token and the agent's numeric id; reading needs the agent access token. The
 * history endpoint lists the agent's messages across conversations, so the adapter keeps
 * the entries of the asked conversation. Avaamo documents no webhooks: nothing inbound.
 */
import type { ReadonlyInput } from '@parley/runtime'
import {
  type AgentMessage,
  type AgentMessageEntry,
  type AvaamoClientOptions,
  type MessageLink,
  createAvaamoClient,
  iterateAgentMessages,
} from '@parley/avaamo'
import type { Card, CardAction, Choice, ContentOfKind, ListItem } from '../content.js'
import type { NormalizedMessage } from '../normalized.js'
import { defineAdapter, vendorPayloads } from '../specification.js'

export interface AvaamoAdapterOptions extends AvaamoClientOptions {
  /** The agent's (bot's) numeric id, sent as `bot_id` with every posted message. */
  botId: number
}

const vendor = 'avaamo'
const largestPage = 100

const sendKinds = ['text', 'choice', 'card', 'list', 'vendor'] as const
const receiveKinds = ['text', 'choice', 'card', 'list', 'vendor'] as const

/** What `send` takes through Avaamo (`vendor`: one of Avaamo's rich messages). */
export type AvaamoContent = ContentOfKind<(typeof sendKinds)[number], ReadonlyInput<AgentMessage>>
/** What Avaamo's history carries (`vendor`: the entry as Avaamo lists it). */
export type AvaamoReceivedContent = ContentOfKind<(typeof receiveKinds)[number], AgentMessageEntry>

/**
 * A button as an Avaamo link. A postback shows its title and posts its value unseen
 * (`hidden_content`); a say button posts its text as typed.
 */
function linkOf(action: CardAction): MessageLink {
  switch (action.kind) {
    case 'postback':
      return { type: 'post_message', title: action.title, value: action.title, hidden_content: action.value }
    case 'url':
      return { type: 'web_page', title: action.title, url: action.url }
    case 'say':
      return { type: 'post_message', title: action.title, value: action.text }
  }
}

/** The Avaamo message of a content (what `send` posts). */
export function toAvaamoMessage(content: AvaamoContent): ReadonlyInput<AgentMessage> {
  switch (content.kind) {
    case 'text':
      return content.text
    case 'choice':
      return {
        quick_reply: {
          content: content.text,
          links: content.choices.map(({ title, value }) => linkOf({ kind: 'postback', title, value })),
        },
      }
    case 'card':
      return {
        card: {
          title: content.title,
          ...(content.subtitle !== undefined && { description: content.subtitle }),
          ...(content.imageUrl !== undefined && { showcase_image_path: content.imageUrl }),
          links: content.actions.map(linkOf),
        },
      }
    case 'list':
      return {
        list_view: {
          items: content.items.map((item) => ({
            title: item.title,
            ...(item.subtitle !== undefined && { subtitle: item.subtitle }),
            ...(item.imageUrl !== undefined && { image_path: item.imageUrl }),
            ...(item.actions !== undefined && { links: item.actions.map(linkOf) }),
          })),
        },
      }
    case 'vendor':
      return content.payload
  }
}

const isString = (value: unknown): value is string => typeof value === 'string'
const fieldsOf = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}

function actionOf(link: unknown): CardAction | undefined {
  const { type, title, value, url, hidden_content: hidden } = fieldsOf(link)
  if (!isString(title)) return undefined
  if (type === 'post_message' && isString(hidden)) return { kind: 'postback', title, value: hidden }
  if (type === 'post_message' && isString(value)) return { kind: 'say', title, text: value }
  const address = isString(url) ? url : value
  if ((type === 'web_page' || type === 'web_view_url') && isString(address)) return { kind: 'url', title, url: address }
  return undefined
}

function actionsOf(links: unknown): CardAction[] | undefined {
  if (links === undefined) return []
  if (!Array.isArray(links)) return undefined
  const actions = links.map(actionOf)
  return actions.every((action) => action !== undefined) ? (actions as CardAction[]) : undefined
}

/**
 * The content of an Avaamo message (a string, or a rich object keyed by its kind); a kind
 * the content model has no place for (date pickers, form inputs, web views of HTML) or a
 * malformed one is `undefined`, for the caller to keep as `vendor` content.
 */
export function contentOfAvaamoMessage(
  message: AgentMessage,
): Exclude<AvaamoReceivedContent, { kind: 'vendor' }> | undefined {
  if (isString(message)) return { kind: 'text', text: message }
  const { quick_reply: quickReply, card, list_view: listView } = fieldsOf(message)
  if (quickReply !== undefined) {
    const { content, links } = fieldsOf(quickReply)
    const actions = actionsOf(links)
    if (!isString(content) || !actions || actions.some((action) => action.kind === 'url')) return undefined
    const choices: Choice[] = actions.map((action) =>
      action.kind === 'postback'
        ? { title: action.title, value: action.value }
        : { title: action.title, value: (action as { text: string }).text },
    )
    return { kind: 'choice', text: content, choices }
  }
  if (card !== undefined) {
    const { title, description, showcase_image_path: image, links, inputs } = fieldsOf(card)
    const actions = actionsOf(links)
    if (!isString(title) || !actions || inputs !== undefined) return undefined
    const parsed: Card = {
      title,
      ...(isString(description) && { subtitle: description }),
      ...(isString(image) && { imageUrl: image }),
      actions,
    }
    return { kind: 'card', ...parsed }
  }
  if (listView !== undefined) {
    const { items } = fieldsOf(listView)
    if (!Array.isArray(items)) return undefined
    const parsed = items.map((item): ListItem | undefined => {
      const { title, subtitle, image_path: image, links } = fieldsOf(item)
      const actions = actionsOf(links)
      if (!isString(title) || !actions) return undefined
      return {
        title,
        ...(isString(subtitle) && { subtitle }),
        ...(isString(image) && { imageUrl: image }),
        ...(links !== undefined && { actions }),
      }
    })
    return parsed.every((item) => item !== undefined) ? { kind: 'list', items: parsed as ListItem[] } : undefined
  }
  return undefined
}

/**
 * The content of a history entry. Avaamo lists a rich message's `content` as a string:
 * a text for `text` entries; for the others, the rich object as JSON where it parses,
 * else the entry stays `vendor` content.
 */
export function contentOfAvaamoEntry(entry: AgentMessageEntry): AvaamoReceivedContent {
  const asVendor = { kind: 'vendor', payload: entry } as const
  if (!isString(entry?.content)) return asVendor
  if (entry.content_type === undefined || entry.content_type === 'text') return { kind: 'text', text: entry.content }
  try {
    return contentOfAvaamoMessage(JSON.parse(entry.content) as AgentMessage) ?? asVendor
  } catch {
    return asVendor
  }
}

function normalizeEntry(
  entry: AgentMessageEntry,
  conversationId: string,
): NormalizedMessage<typeof vendor, AvaamoReceivedContent> {
  // `created_at` is epoch seconds (with a fraction) in Avaamo's answers.
  const at = Number.isFinite(entry.created_at) ? new Date(entry.created_at * 1000) : undefined
  return {
    vendor,
    id: entry.uuid,
    conversationId,
    // Every entry of this endpoint is one of the agent's replies (specs/avaamo, "Who an
    // entry's `user` is"); the user's own messages are not listed. Avaamo does not tell
    // the messages this integration posted from the agent's own answers.
    author: { role: 'bot', ...(entry.user?.layer_id && { id: entry.user.layer_id }), isSelf: false },
    content: contentOfAvaamoEntry(entry),
    ...(at && { at }),
    raw: entry,
  }
}

export function avaamo(options: AvaamoAdapterOptions) {
  const { botId, ...clientOptions } = options
  if (!Number.isInteger(botId)) throw new TypeError("avaamo: `botId` (the agent's numeric id) is required")
  const client = createAvaamoClient(clientOptions)

  return defineAdapter({
    specificationVersion: 'v2',
    vendor,
    capabilities: ['listMessages'],
    content: { send: sendKinds, receive: receiveKinds },
    limits: [
      { kind: 'list', path: 'items', maximum: 50, source: 'Avaamo Message API, list view: up to 50 items' },
      {
        kind: 'list',
        path: 'items[].title',
        maximum: 191,
        source: 'Avaamo Message API, list view item title: 191 characters at most',
      },
      {
        kind: 'card',
        path: 'subtitle',
        maximum: 60000,
        source: 'Avaamo Message API, card description: 60000 characters at most',
      },
    ],
    droppedFields: { text: ['markdown'] },
    vendorPayloads: vendorPayloads<ReadonlyInput<AgentMessage>, AgentMessageEntry>(),
    operations: {
      async send({ conversationId, content }, sendOptions) {
        const result = await client.postAgentMessage({
          body: { message: toAvaamoMessage(content), conversation: { uuid: conversationId }, bot_id: botId },
          ...(sendOptions?.signal && { signal: sendOptions.signal }),
        })
        return { vendor, conversationId, raw: result }
      },
      async *listMessages({ conversationId, pageSize = largestPage, signal }) {
        const pages = iterateAgentMessages(client, {
          per_page: Math.min(pageSize, largestPage),
          ...(signal && { signal }),
        })
        for await (const entry of pages) {
          if (entry.conversation?.uuid === conversationId) yield normalizeEntry(entry, conversationId)
        }
      },
    },
  })
}

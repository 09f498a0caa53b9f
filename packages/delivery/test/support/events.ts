// Botpress Messaging `message.new` deliveries shaped like the recorded one
// (test/fixtures/message-new.json, from a real messaging server 1.2.18).
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'

export const WEBHOOK_TOKEN = 'test-webhook-token'

const recorded = JSON.parse(readFileSync(new URL('../fixtures/message-new.json', import.meta.url), 'utf8'))

export interface MessageNew {
  readonly type: 'message.new'
  readonly data: { conversationId: string; userId: string; message: { id: string; conversationId: string } }
}

export function messageNew(conversationId: string, messageId: string = randomUUID(), text = 'hello'): MessageNew {
  return {
    ...recorded,
    data: {
      ...recorded.data,
      conversationId,
      message: { ...recorded.data.message, id: messageId, conversationId, payload: { type: 'text', text } },
    },
  }
}

export function webhookRequest(body: unknown, url = 'http://127.0.0.1/webhooks/botpress-messaging'): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bp-messaging-webhook-token': WEBHOOK_TOKEN },
    body: JSON.stringify(body),
  })
}

/**
 * A shuffled stream: `conversations` conversations of `perConversation` events each, every
 * conversation's events in order. `redelivered` of them (a fraction) are sent a second time.
 */
export function eventStream(conversations: number, perConversation: number) {
  return Array.from({ length: conversations }, (_unused, conversation) => {
    const conversationId = randomUUID()
    return Array.from({ length: perConversation }, (_event, index) =>
      messageNew(conversationId, randomUUID(), `message ${conversation}/${index}`),
    )
  })
}

/** A seeded generator, so that a failing shuffle can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

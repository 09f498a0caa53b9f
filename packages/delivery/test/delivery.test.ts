// The delivery engine in one process on the in-memory store, through a real vendor
// webhook handler (Botpress Messaging's) and real `Request` objects.
import { createBotpressMessagingWebhookHandler } from '@parley/botpress-messaging'
import { describe, expect, it } from 'vitest'
import {
  type DeliveryContext,
  type DeliveryOptions,
  type DeliveryStore,
  DeliveryConfigurationError,
  DeliveryUnavailableError,
  MemoryStore,
  createDelivery,
} from '../src/index.js'
import {
  type MessageNew,
  WEBHOOK_TOKEN,
  eventStream,
  messageNew,
  seededRandom,
  webhookRequest,
} from './support/events.js'

const keys = {
  eventId: (event: MessageNew) => event.data.message.id,
  conversationId: (event: MessageNew) => event.data.conversationId,
}

interface Handled {
  readonly messageId: string
  readonly conversationId: string
  readonly earlier: number
}

/** A Botpress webhook whose message.new goes through delivery to a recording handler. */
function receiver(
  options: DeliveryOptions = {},
  work: (event: MessageNew, context: DeliveryContext) => unknown = () => {},
) {
  const delivery = createDelivery(options)
  const handled: Handled[] = []
  const webhook = delivery.webhook(
    createBotpressMessagingWebhookHandler({
      webhookToken: WEBHOOK_TOKEN,
      on: {
        'message.new': delivery.handle(
          'message-new',
          async (event: MessageNew, context) => {
            await work(event, context)
            handled.push({
              messageId: event.data.message.id,
              conversationId: event.data.conversationId,
              earlier: context.earlier.length,
            })
          },
          keys,
        ),
      },
    }),
  )
  return { delivery, handled, deliver: (body: unknown) => webhook(webhookRequest(body)) }
}

/** A memory store with some operations replaced (a store that hangs or fails). */
function storeWith(overrides: Partial<DeliveryStore>, store = new MemoryStore()): DeliveryStore {
  return {
    claim: (key, ttlMs) => store.claim(key, ttlMs),
    enqueueOnce: (seenKey, seenTtlMs, queueKey, value) => store.enqueueOnce(seenKey, seenTtlMs, queueKey, value),
    append: (key, value) => store.append(key, value),
    peek: (key, count) => store.peek(key, count),
    remove: (key, values) => store.remove(key, values),
    length: (key) => store.length(key),
    waiting: (count) => store.waiting(count),
    settle: (key) => store.settle(key),
    lock: (key, ttlMs) => store.lock(key, ttlMs),
    extendLock: (key, token, ttlMs) => store.extendLock(key, token, ttlMs),
    unlock: (key, token) => store.unlock(key, token),
    ...overrides,
  }
}

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}

async function until(condition: () => boolean, what: string, deadlineMs = 30_000): Promise<void> {
  const deadline = Date.now() + deadlineMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('answer in time', () => {
  it('answers the vendor while the handler is still working, and drain() waits for it', async () => {
    const release = deferred()
    const { delivery, handled, deliver } = receiver({}, () => release.promise)
    const response = await deliver(messageNew('c1', 'm1'))
    expect(response.status).toBe(200)
    expect(handled).toEqual([])
    expect(delivery.pending).toBe(1)
    const drained = delivery.drain()
    release.resolve()
    await drained
    expect(handled.map((entry) => entry.messageId)).toEqual(['m1'])
  })

  it('refuses events with 503 once draining (the vendor delivers them to another instance)', async () => {
    const { delivery, deliver, handled } = receiver()
    await delivery.drain()
    const response = await deliver(messageNew('c1', 'm1'))
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('1')
    expect(handled).toEqual([])
  })

  it('still verifies and parses before answering: a wrong token is 403, bad JSON 400, nothing handled', async () => {
    const { deliver, handled, delivery } = receiver()
    const wrongToken = new Request('http://127.0.0.1/', {
      method: 'POST',
      headers: { 'x-bp-messaging-webhook-token': 'not the token' },
      body: JSON.stringify(messageNew('c1')),
    })
    const malformed = new Request('http://127.0.0.1/', {
      method: 'POST',
      headers: { 'x-bp-messaging-webhook-token': WEBHOOK_TOKEN },
      body: '{',
    })
    const webhook = delivery.webhook(
      createBotpressMessagingWebhookHandler({
        webhookToken: WEBHOOK_TOKEN,
        on: { 'message.new': delivery.handle('m', () => {}, keys) },
      }),
    )
    expect((await webhook(wrongToken)).status).toBe(403)
    expect((await webhook(malformed)).status).toBe(400)
    // A message.new without its data: the keys cannot be read, the event is still taken.
    expect((await deliver({ type: 'message.new' })).status).toBe(200)
    await delivery.drain()
    expect(handled).toEqual([])
  })

  it('answers 503 within the deadline when the store does not answer, and 200 once it does', async () => {
    const store = new MemoryStore()
    let hanging = true
    const slowStore = storeWith(
      {
        enqueueOnce: (seenKey, seenTtlMs, queueKey, value) =>
          hanging ? new Promise<boolean>(() => {}) : store.enqueueOnce(seenKey, seenTtlMs, queueKey, value),
      },
      store,
    )
    const errors: unknown[] = []
    const { deliver, handled, delivery } = receiver({
      store: slowStore,
      deadlineMs: 200,
      onError: (error) => errors.push(error),
    })
    const response = await deliver(messageNew('c1', 'm1'))
    expect(response.status).toBe(503)
    await until(() => errors.length > 0, 'the report of the store not answering')
    expect(errors[0]).toBeInstanceOf(DeliveryUnavailableError)
    hanging = false
    expect((await deliver(messageNew('c1', 'm1'))).status).toBe(200)
    await delivery.drain()
    expect(handled.map((entry) => entry.messageId)).toEqual(['m1'])
  })

  it('does not mark an event it could not queue as seen, so the redelivery is handled', async () => {
    const store = new MemoryStore()
    let failing = true
    const flakyStore = storeWith(
      {
        enqueueOnce: (seenKey, seenTtlMs, queueKey, value) =>
          failing
            ? Promise.reject(new Error('connection refused'))
            : store.enqueueOnce(seenKey, seenTtlMs, queueKey, value),
      },
      store,
    )
    const { deliver, handled, delivery } = receiver({ store: flakyStore })
    expect((await deliver(messageNew('c1', 'm1'))).status).toBe(503)
    failing = false
    expect((await deliver(messageNew('c1', 'm1'))).status).toBe(200)
    await delivery.drain()
    expect(handled.map((entry) => entry.messageId)).toEqual(['m1'])
  })

  it('hands the work after the answer to the platform: waitUntil per request (Workers) or global', async () => {
    const perRequest: Promise<unknown>[] = []
    const global: Promise<unknown>[] = []
    const delivery = createDelivery({ waitUntil: (promise) => global.push(promise) })
    const handled: string[] = []
    const webhook = delivery.webhook(
      createBotpressMessagingWebhookHandler({
        webhookToken: WEBHOOK_TOKEN,
        on: { 'message.new': delivery.handle('m', (event: MessageNew) => handled.push(event.data.message.id), keys) },
      }),
    )
    await webhook(webhookRequest(messageNew('c1', 'a')), { waitUntil: (promise) => perRequest.push(promise) })
    await webhook(webhookRequest(messageNew('c2', 'b')))
    expect(perRequest).toHaveLength(1)
    expect(global).toHaveLength(1)
    await Promise.all([...perRequest, ...global])
    expect(handled.sort()).toEqual(['a', 'b'])
  })
})

describe('once', () => {
  it('handles an event delivered twice at once, and again later, a single time', async () => {
    const { deliver, handled, delivery } = receiver()
    const event = messageNew('c1', 'm1')
    const answers = await Promise.all([deliver(event), deliver(event)])
    expect(answers.map((answer) => answer.status)).toEqual([200, 200])
    await delivery.drain()
    expect((await receiverAgain(delivery, deliver, event)).status).toBe(503)
    expect(handled).toHaveLength(1)
  })

  it('handles a redelivery again once the window has passed', async () => {
    const { deliver, handled, delivery } = receiver({ dedupeWindowMs: 50 })
    const event = messageNew('c1', 'm1')
    await deliver(event)
    await until(() => handled.length === 1, 'the first handling')
    await new Promise((resolve) => setTimeout(resolve, 80))
    await deliver(event)
    await until(() => handled.length === 2, 'the handling after the window')
    await delivery.drain()
  })

  it('reads eventId and conversationId from facade events without being told', async () => {
    const delivery = createDelivery()
    const handled: string[] = []
    const onMessage = delivery.handle('facade-message', (event: { eventId: string; conversationId: string }) => {
      handled.push(event.eventId)
    })
    const event = { eventId: 'e1', conversationId: 'c1', type: 'message' }
    await onMessage(event)
    await onMessage(event)
    await delivery.drain()
    expect(handled).toEqual(['e1'])
  })
})

/** After drain() the same delivery refuses: used to show the first handling was the only one. */
const receiverAgain = (_delivery: unknown, deliver: (body: unknown) => Promise<Response>, event: unknown) =>
  deliver(event)

describe('in order', () => {
  it('handles 1,000 events over 50 conversations, shuffled with 10% redelivered, once each and in order', async () => {
    const random = seededRandom(31)
    let running = 0
    let mostAtOnce = 0
    const busy = new Set<string>()
    const { deliver, handled, delivery } = receiver({ concurrency: 8 }, async (event) => {
      expect(busy.has(event.data.conversationId)).toBe(false)
      busy.add(event.data.conversationId)
      running++
      mostAtOnce = Math.max(mostAtOnce, running)
      await new Promise((resolve) => setTimeout(resolve, random() * 3))
      running--
      busy.delete(event.data.conversationId)
    })
    const conversations = eventStream(50, 20)
    // Each conversation's events are sent in order (the next after the previous answer),
    // conversations interleaved; one delivery in ten is sent twice.
    await Promise.all(
      conversations.map(async (events) => {
        for (const event of events) {
          expect((await deliver(event)).status).toBe(200)
          if (random() < 0.1) expect((await deliver(event)).status).toBe(200)
        }
      }),
    )
    await delivery.drain()
    expect(handled).toHaveLength(1000)
    for (const events of conversations) {
      const conversationId = events[0]?.data.conversationId
      expect(
        handled.filter((entry) => entry.conversationId === conversationId).map((entry) => entry.messageId),
      ).toEqual(events.map((event) => event.data.message.id))
    }
    expect(mostAtOnce).toBeGreaterThan(1)
    expect(mostAtOnce).toBeLessThanOrEqual(8)
  })

  it('drop: an event for a busy conversation is answered and not handled', async () => {
    const release = deferred()
    const dropped: unknown[] = []
    const { deliver, handled, delivery } = receiver(
      { strategy: 'drop', onDrop: (event) => dropped.push(event) },
      () => release.promise,
    )
    await deliver(messageNew('c1', 'm1'))
    await until(() => delivery.pending === 1, 'the first handler')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect((await deliver(messageNew('c1', 'm2'))).status).toBe(200)
    await until(() => dropped.length === 1, 'the drop')
    release.resolve()
    await delivery.drain()
    expect(handled.map((entry) => entry.messageId)).toEqual(['m1'])
  })

  it('burst: the events that arrived while a handler ran go to one call, the earlier ones passed along', async () => {
    const release = deferred()
    let calls = 0
    const { deliver, handled, delivery } = receiver({ strategy: 'burst' }, async () => {
      if (calls++ === 0) await release.promise
    })
    await deliver(messageNew('c1', 'm1'))
    await until(() => calls === 1, 'the first handler')
    for (const id of ['m2', 'm3', 'm4']) await deliver(messageNew('c1', id))
    release.resolve()
    await delivery.drain()
    expect(handled).toEqual([
      { messageId: 'm1', conversationId: 'c1', earlier: 0 },
      { messageId: 'm4', conversationId: 'c1', earlier: 2 },
    ])
  })

  it('debounce: messages typed in quick succession make one call after a quiet time', async () => {
    const { deliver, handled, delivery } = receiver({ strategy: 'debounce', debounceMs: 100 })
    for (const id of ['m1', 'm2', 'm3']) await deliver(messageNew('c1', id))
    await delivery.drain()
    expect(handled).toEqual([{ messageId: 'm3', conversationId: 'c1', earlier: 2 }])
  })
})

describe('facade handlers and configuration', () => {
  it('throws (never resolves) when a handler without a request cannot record its event: no 200 unstored', async () => {
    const failingStore = storeWith({ enqueueOnce: () => Promise.reject(new Error('ECONNREFUSED')) })
    const delivery = createDelivery({ store: failingStore })
    const onMessage = delivery.handle('facade-message', () => {})
    await expect(onMessage({ eventId: 'e1', conversationId: 'c1' })).rejects.toBeInstanceOf(DeliveryUnavailableError)
  })

  it('refuses options that make no sense when created, naming the option', () => {
    expect(() => createDelivery({ deadlineMs: 0 })).toThrow(DeliveryConfigurationError)
    expect(() => createDelivery({ concurrency: Number.NaN })).toThrow(/concurrency/)
    expect(() => createDelivery({ strategy: 'fifo' as never })).toThrow(/strategy/)
    expect(() => createDelivery().handle('a:b', () => {})).toThrow(/name/)
  })

  it('reports a failing handler and goes on with the conversation', async () => {
    const errors: unknown[] = []
    const { deliver, handled, delivery } = receiver({ onError: (error) => errors.push(error) }, (event) => {
      if (event.data.message.id === 'm1') throw new Error('model timed out')
    })
    await deliver(messageNew('c1', 'm1'))
    await deliver(messageNew('c1', 'm2'))
    await delivery.drain()
    expect(handled.map((entry) => entry.messageId)).toEqual(['m2'])
    expect(String(errors[0])).toContain('model timed out')
  })
})

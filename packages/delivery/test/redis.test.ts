// The Redis store and the durable queue in this process, against a real redis-server.
import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type DeliveryContext, createDelivery } from '../src/index.js'
import { DEFAULT_KEY_PREFIX, RedisStore, durableQueue, redisStore } from '../src/redis/index.js'
import type { StoredEvent } from '../src/store.js'
import { until } from './support/example.js'
import { type RedisServer, freePort, startRedisServer } from './support/redis-server.js'

let redis: RedisServer
let client: Redis

beforeAll(async () => {
  redis = await startRedisServer()
  client = new Redis(redis.url)
})
afterAll(async () => {
  await client?.quit()
  await redis?.dispose()
})
beforeEach(async () => {
  await client.flushall()
})

const stored = (eventId: string, conversationId = 'c1'): StoredEvent => ({
  handler: 'h',
  eventId,
  conversationId,
  event: { eventId, conversationId, at: 'now' },
  receivedAt: 1,
})

describe('redisStore', () => {
  it('writes every key under its prefix, with the TTLs asked for, on a client the application passes in', async () => {
    const store = redisStore({ client, keyPrefix: 'bot-a:' })
    expect(await store.enqueueOnce('seen:h:e1', 60_000, 'queue:c1', stored('e1'), 120_000)).toBe(true)
    expect(await store.enqueueOnce('seen:h:e1', 60_000, 'queue:c1', stored('e1'), 120_000)).toBe(false)
    expect((await client.keys('*')).sort()).toEqual(['bot-a:queue:c1', 'bot-a:seen:h:e1', 'bot-a:waiting'])
    expect(await client.pttl('bot-a:seen:h:e1')).toBeGreaterThan(59_000)
    expect(await client.pttl('bot-a:queue:c1')).toBeGreaterThan(119_000)
    expect(await store.peek('queue:c1', 10)).toEqual([stored('e1')])
    await store.remove('queue:c1', [stored('e1')])
    await store.remove('queue:c1', [stored('e1')])
    expect(await client.exists('bot-a:queue:c1')).toBe(0)
    expect(await store.waiting(10)).toEqual(['queue:c1'])
    await store.settle('queue:c1')
    expect(await store.waiting(10)).toEqual([])
    await store.close()
    // The application's client stays open.
    expect(await client.ping()).toBe('PONG')
  })

  it('locks with a token: a second holder is refused, a stale token neither extends nor releases', async () => {
    const store = redisStore({ client })
    const token = await store.lock('lock:c1', 10_000)
    expect(token).toBeDefined()
    expect(await store.lock('lock:c1', 10_000)).toBeUndefined()
    expect(await store.extendLock('lock:c1', 'stale', 10_000)).toBe(false)
    await store.unlock('lock:c1', 'stale')
    expect(await client.exists(`${DEFAULT_KEY_PREFIX}lock:c1`)).toBe(1)
    expect(await store.extendLock('lock:c1', token as string, 20_000)).toBe(true)
    await store.unlock('lock:c1', token as string)
    expect(await store.lock('lock:c1', 10_000)).toBeDefined()
  })

  it('refuses a client with an ioredis keyPrefix (BullMQ refuses them): the prefix is an option', () => {
    const prefixed = new Redis(redis.url, { keyPrefix: 'x:', lazyConnect: true })
    expect(() => redisStore({ client: prefixed })).toThrow(/keyPrefix/)
    prefixed.disconnect()
  })

  it('two deliveries sharing one Redis handle an event delivered to both at once a single time, in order', async () => {
    const handled: string[] = []
    const instances = [0, 1].map(() => {
      const delivery = createDelivery({ store: redisStore({ url: redis.url }) })
      const onMessage = delivery.handle('m', (event: { eventId: string }) => {
        handled.push(event.eventId)
      })
      return { delivery, onMessage }
    })
    const events = Array.from({ length: 20 }, () => ({ eventId: randomUUID(), conversationId: 'c1' }))
    for (const event of events) await Promise.all(instances.map(({ onMessage }) => onMessage(event)))
    await until(() => handled.length >= 20, 'the 20 events')
    await Promise.all(instances.map(({ delivery }) => delivery.close()))
    expect(handled).toEqual(events.map((event) => event.eventId))
  })

  it('answers 503 at once when Redis cannot be reached, and nothing is handled', async () => {
    const port = await freePort()
    const store = new RedisStore({ url: `redis://127.0.0.1:${port}` })
    const delivery = createDelivery({ store })
    const onMessage = delivery.handle('m', () => {
      throw new Error('must not run')
    })
    const answer = (await onMessage(
      { eventId: 'e1', conversationId: 'c1' },
      { request: new Request('http://127.0.0.1/') },
    )) as unknown as Response
    expect(answer.status).toBe(503)
    await delivery.close()
  })
})

describe('durableQueue', () => {
  it('keeps an event whose handler kept failing: listed, inspectable, replayed once fixed', async () => {
    const store = redisStore({ url: redis.url, keyPrefix: 'durable-test:' })
    const durable = durableQueue({ store, attempts: 2, backoffMs: 10, shards: 2 })
    const delivery = createDelivery({ store, durable })
    let broken = true
    const attempts: number[] = []
    const handled: string[] = []
    const onMessage = delivery.handle(
      'm',
      (event: { eventId: string; conversationId: string }, context: DeliveryContext) => {
        attempts.push(context.attempt)
        if (broken) throw new Error('the model is down')
        handled.push(event.eventId)
      },
    )
    await onMessage({ eventId: 'e:1', conversationId: 'c1' })
    await onMessage({ eventId: 'e:1', conversationId: 'c1' })
    let failed: Awaited<ReturnType<typeof delivery.failed>> = []
    const deadline = Date.now() + 60_000
    while (failed.length === 0 && Date.now() < deadline) {
      failed = await delivery.failed()
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(attempts).toEqual([1, 2])
    expect(failed).toEqual([
      expect.objectContaining({
        eventId: 'e:1',
        conversationId: 'c1',
        handler: 'm',
        attempts: 2,
        failedReason: 'the model is down',
        event: { eventId: 'e:1', conversationId: 'c1' },
      }),
    ])
    expect((await client.keys('durable-test:*')).length).toBeGreaterThan(0)
    broken = false
    await delivery.replay(failed[0]?.id as string)
    await until(() => handled.length === 1, 'the replayed event')
    expect(handled).toEqual(['e:1'])
    expect(await delivery.failed()).toEqual([])
    await delivery.close()
  })
})

// The example server as separate processes, on the in-memory store (one instance) and
// on a real redis-server shared by two instances, in the Redis mode and the durable mode.
// Every delivery goes over HTTP; what was handled is read from PROCESSED_LOG, which the
// instances append to, one line per handled event, in the order they handled them.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type MessageNew, eventStream, messageNew, seededRandom } from './support/events.js'
import {
  type Instance,
  deliver,
  deliverUntilTaken,
  readProcessed,
  startInstance,
  stopAllInstances,
  until,
} from './support/example.js'
import { type RedisServer, startRedisServer } from './support/redis-server.js'

type Mode = 'memory' | 'redis' | 'durable'

let workDir: string
let processedLog: string

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'parley-delivery-'))
})
afterAll(() => rmSync(workDir, { recursive: true, force: true }))
beforeEach(() => {
  processedLog = join(workDir, `processed-${randomUUID()}.jsonl`)
})
afterEach(() => stopAllInstances())

function environment(mode: Mode, redis: RedisServer | undefined, extra: Record<string, string> = {}) {
  return {
    PROCESSED_LOG: processedLog,
    REDIS_URL: mode === 'memory' ? '' : redis?.url,
    PARLEY_DELIVERY: mode === 'durable' ? 'durable' : '',
    ...extra,
  }
}

/**
 * Delivers the stream: each conversation's events in order (the next once the previous is
 * answered 200), conversations at once, each delivery to a random instance; one in ten is
 * delivered again, half of those at the same time to the other instance, half later.
 */
async function deliverStream(instances: Instance[], conversations: MessageNew[][], seed: number) {
  const random = seededRandom(seed)
  const pick = () => instances[Math.floor(random() * instances.length)] as Instance
  const refusals = { count: 0 }
  let redelivered = 0
  await Promise.all(
    conversations.map(async (events) => {
      let later: MessageNew | undefined
      for (const event of events) {
        const again = random() < 0.1
        if (again) redelivered++
        if (again && random() < 0.5)
          await Promise.all([deliverUntilTaken(pick, event, refusals), deliverUntilTaken(pick, event, refusals)])
        else await deliverUntilTaken(pick, event, refusals)
        if (later) await deliverUntilTaken(pick, later, refusals)
        later = again ? event : undefined
      }
      if (later) await deliverUntilTaken(pick, later, refusals)
    }),
  )
  return { refusals: refusals.count, redelivered }
}

function expectOnceAndInOrder(conversations: MessageNew[][]) {
  const lines = readProcessed(processedLog)
  const timesHandled = new Map<string, number>()
  for (const line of lines) timesHandled.set(line.messageId, (timesHandled.get(line.messageId) ?? 0) + 1)
  const twice = [...timesHandled].filter(([, times]) => times > 1)
  expect(twice).toEqual([])
  expect(lines).toHaveLength(conversations.flat().length)
  for (const events of conversations) {
    const conversationId = events[0]?.data.conversationId
    expect(lines.filter((line) => line.conversationId === conversationId).map((line) => line.messageId)).toEqual(
      events.map((event) => event.data.message.id),
    )
  }
  return lines
}

async function untilAsync(condition: () => Promise<boolean>, what: string, deadlineMs = 60_000) {
  const deadline = Date.now() + deadlineMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** Waits until `count` lines are written, then a little longer, so that a late duplicate would show. */
async function handledCount(count: number) {
  await until(() => readProcessed(processedLog).length >= count, `${count} handled events`)
  await new Promise((resolve) => setTimeout(resolve, 500))
}

describe.each<Mode>(['memory', 'redis', 'durable'])('the example, %s mode', (mode) => {
  let redis: RedisServer | undefined
  let redisClient: Redis | undefined
  const instanceCount = mode === 'memory' ? 1 : 2

  beforeAll(async () => {
    if (mode === 'memory') return
    redis = await startRedisServer({ persistent: true })
    redisClient = new Redis(redis.url)
    // The outage test stops the server: this watcher's client just reconnects.
    redisClient.on('error', () => undefined)
  })
  afterAll(async () => {
    await redisClient?.quit()
    await redis?.dispose()
  })
  beforeEach(async () => {
    await redisClient?.flushall()
  })

  const startInstances = (extra: Record<string, string> = {}) =>
    Promise.all(Array.from({ length: instanceCount }, () => startInstance(environment(mode, redis, extra))))

  it('handles the same event, delivered to every instance at once, a single time', async () => {
    const instances = await startInstances()
    const event = messageNew(randomUUID())
    const statuses = await Promise.all(
      instances.flatMap((instance) => [deliver(instance, event), deliver(instance, event)]),
    )
    expect(statuses.every((status) => status === 200)).toBe(true)
    await handledCount(1)
    const lines = readProcessed(processedLog)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ eventId: event.data.message.id, messageId: event.data.message.id })
    expect(instances.map((instance) => instance.pid)).toContain(lines[0]?.pid)
  })

  it('handles 1,000 events over 50 conversations, shuffled across the instances with 10% redelivered, exactly once and in order', async () => {
    const instances = await startInstances()
    const conversations = eventStream(50, 20)
    const { redelivered } = await deliverStream(instances, conversations, 1000)
    expect(redelivered).toBeGreaterThan(50)
    await handledCount(1000)
    const lines = expectOnceAndInOrder(conversations)
    // Redis store: the instance that takes an event handles its conversation, so both
    // handle some. Durable: whichever instance's worker is free takes the next job.
    if (mode === 'redis') expect(new Set(lines.map((line) => line.pid)).size).toBe(instanceCount)
  })

  it('answers within the deadline while a handler works 10 s, and drains it on SIGTERM before exiting 0', async () => {
    const [instance] = await startInstances({ HANDLER_DELAY_MS: '10000' })
    if (!instance) throw new Error('no instance')
    const event = messageNew(randomUUID())
    const startedAt = Date.now()
    expect(await deliver(instance, event)).toBe(200)
    const answeredAfterMs = Date.now() - startedAt
    // The answer came back while the handler was still waiting out its 10 s.
    expect(readProcessed(processedLog)).toEqual([])
    expect(answeredAfterMs).toBeLessThan(10_000)
    expect(await instance.stop('SIGTERM')).toBe(0)
    expect(instance.output()).toContain('drained, exiting')
    // Memory and Redis store: the instance that took the event handled it before exiting.
    // Durable: the job is in Redis; the instance drained what it had started, and the
    // other instance handles a job the first had not taken yet.
    if (mode === 'durable') await handledCount(1)
    expect(readProcessed(processedLog).map((line) => line.messageId)).toEqual([event.data.message.id])
  })

  // The two tests below are about Redis and the durable mode: they are defined only there.
  const onRedis = mode === 'memory' ? () => {} : it
  const onDurable = mode === 'durable' ? it : () => {}

  onRedis('answers 503 while Redis is stopped, and loses nothing once it is back', async () => {
    const instances = await startInstances({ PARLEY_DELIVERY_LOCK_MS: '3000' })
    const conversations = eventStream(10, 20)
    const random = seededRandom(7)
    const pick = () => instances[Math.floor(random() * instances.length)] as Instance
    const refusals = { count: 0 }
    let taken = 0
    let outage: Promise<void> | undefined
    await Promise.all(
      conversations.map(async (events) => {
        for (const event of events) {
          await deliverUntilTaken(pick, event, refusals)
          if (++taken === 60)
            outage = (async () => {
              await redis?.stop()
              // Deliveries meanwhile are refused: see them refused before Redis comes back.
              const before = refusals.count
              await until(() => refusals.count > before + 5, 'refused deliveries while Redis is stopped')
              await redis?.start()
            })()
        }
      }),
    )
    await outage
    expect(refusals.count).toBeGreaterThan(5)
    const all = conversations.flat().map((event) => event.data.message.id)
    await until(() => {
      const handled = new Set(readProcessed(processedLog).map((line) => line.messageId))
      return all.every((id) => handled.has(id))
    }, 'every event handled after Redis came back')
  })

  onDurable('leaves the event of an instance killed mid-handler to the other, which handles it once', async () => {
    const lockEnvironment = { PARLEY_DELIVERY_LOCK_MS: '2000' }
    const doomed = await startInstance(environment(mode, redis, { ...lockEnvironment, HANDLER_DELAY_MS: '60000' }))
    const event = messageNew(randomUUID())
    expect(await deliver(doomed, event)).toBe(200)
    // Mid-handler: its job is active (BullMQ's active list of one of the shard queues).
    await untilAsync(async () => {
      const client = redisClient as Redis
      const keys = await client.keys('parley:delivery:events-*:active')
      const lengths = await Promise.all(keys.map((key) => client.llen(key)))
      return lengths.some((length) => length > 0)
    }, 'the job to be running on the first instance')
    const survivor = await startInstance(environment(mode, redis, lockEnvironment))
    await doomed.stop('SIGKILL')
    await handledCount(1)
    const lines = readProcessed(processedLog)
    expect(lines).toEqual([expect.objectContaining({ messageId: event.data.message.id, pid: survivor.pid })])
  })
})

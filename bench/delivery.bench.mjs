#!/usr/bin/env node
// `pnpm bench:delivery`: events per second through the Botpress Messaging webhook handler
// (a `Request` in, a `Response` out: verify the token, read and parse the body, dispatch)
// without delivery, and with delivery on the memory store, the Redis store and the durable
// mode (a real redis-server over loopback, started here); then the time to answer while the
// handler works 10 s. One process: the webhook and the handlers share one core.
//
//   node bench/delivery.bench.mjs        (after `pnpm build`; needs redis-server installed)
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { createBotpressMessagingWebhookHandler } from '@parley/botpress-messaging'
import { createDelivery } from '@parley/delivery'
import { durableQueue, redisStore } from '@parley/delivery/redis'

const token = 'bench-webhook-token'
const conversations = Array.from({ length: 50 }, () => randomUUID())
const keys = { eventId: (event) => event.data.message.id, conversationId: (event) => event.data.conversationId }

function deliveryRequest(index) {
  const conversationId = conversations[index % conversations.length]
  return new Request('http://127.0.0.1/webhooks/botpress-messaging', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bp-messaging-webhook-token': token },
    body: JSON.stringify({
      type: 'message.new',
      data: {
        userId: 'u1',
        conversationId,
        channel: 'messaging',
        message: {
          id: randomUUID(),
          conversationId,
          authorId: 'u1',
          sentOn: '2026-12-07T10:00:00.000Z',
          payload: { type: 'text', text: `message ${index}` },
        },
      },
    }),
  })
}

function webhookOf(onMessageNew) {
  return createBotpressMessagingWebhookHandler({ webhookToken: token, on: { 'message.new': onMessageNew } })
}

/**
 * Events per second answered 200, `inFlight` deliveries at a time; requests built
 * beforehand. `cpu`: per second of this process's CPU time rather than of the clock, so
 * that other processes on a shared machine do not count (the Redis rows use the clock:
 * they wait on Redis, whose work is in another process).
 */
async function answeredPerSecond(webhook, count, inFlight = 1, cpu = false, finish = async () => {}) {
  const requests = Array.from({ length: count }, (_unused, index) => deliveryRequest(index))
  let next = 0
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const response = await webhook(requests[next++])
        if (response.status !== 200) throw new Error(`answered ${response.status}`)
      }
    }),
  )
  await finish()
  if (!cpu) return count / ((performance.now() - started) / 1000)
  const { user, system } = process.cpuUsage(cpuBefore)
  return count / ((user + system) / 1e6)
}

const median = (values) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]

async function bestOf(rounds, measure) {
  const rates = []
  for (let round = 0; round < rounds; round++) rates.push(await measure())
  return median(rates)
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function startRedis() {
  const port = await freePort()
  const directory = mkdtempSync(join(tmpdir(), 'parley-bench-redis-'))
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, '--save', ''],
    {
      stdio: 'ignore',
    },
  )
  const url = `redis://127.0.0.1:${port}`
  const probe = redisStore({ url })
  await probe.ready(30_000)
  await probe.close()
  return {
    url,
    async stop() {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
      rmSync(directory, { recursive: true, force: true })
    },
  }
}

const results = {}
const format = (rate) => Math.round(rate).toLocaleString('en-US')

// 1. Throughput.
results.withoutDelivery = await bestOf(5, () =>
  answeredPerSecond(
    webhookOf(() => undefined),
    20_000,
    1,
    true,
  ),
)

results.memory = await bestOf(5, async () => {
  const delivery = createDelivery()
  const rate = await answeredPerSecond(webhookOf(delivery.handle('m', () => undefined, keys)), 20_000, 1, true)
  await delivery.close()
  return rate
})
// The same, until every handler has run (they run in this process too).
results.memoryWithHandling = await bestOf(5, async () => {
  const delivery = createDelivery()
  const webhook = webhookOf(delivery.handle('m', () => undefined, keys))
  return answeredPerSecond(webhook, 20_000, 1, true, () => delivery.close())
})
results.memoryWall = await bestOf(5, async () => {
  const delivery = createDelivery()
  const webhook = webhookOf(delivery.handle('m', () => undefined, keys))
  return answeredPerSecond(webhook, 20_000, 1, false, () => delivery.close())
})

const redis = await startRedis()
try {
  for (const [label, inFlight] of [
    ['redis', 1],
    ['redisConcurrent', 32],
  ])
    results[label] = await bestOf(3, async () => {
      const store = redisStore({ url: redis.url })
      await store.ready()
      const delivery = createDelivery({ store })
      const rate = await answeredPerSecond(webhookOf(delivery.handle('m', () => undefined, keys)), 3000, inFlight)
      await delivery.close()
      return rate
    })
  for (const [label, inFlight] of [
    ['durable', 1],
    ['durableConcurrent', 32],
  ])
    results[label] = await bestOf(3, async () => {
      const store = redisStore({ url: redis.url })
      await store.ready()
      const delivery = createDelivery({ store, durable: durableQueue({ store }) })
      const rate = await answeredPerSecond(webhookOf(delivery.handle('m', () => undefined, keys)), 3000, inFlight)
      await delivery.close()
      return rate
    })

  // 2. Time to answer while every handler works 10 s (20 events, one after another).
  for (const mode of ['memory', 'durable']) {
    const store = mode === 'durable' ? redisStore({ url: redis.url }) : undefined
    await store?.ready()
    const delivery = createDelivery({ store, durable: store ? durableQueue({ store }) : undefined })
    const webhook = webhookOf(delivery.handle('slow', () => sleep(10_000), keys))
    const latencies = []
    for (let index = 0; index < 20; index++) {
      const request = deliveryRequest(index)
      const started = performance.now()
      const response = await webhook(request)
      latencies.push(performance.now() - started)
      if (response.status !== 200) throw new Error(`answered ${response.status}`)
    }
    results[`answer10s_${mode}`] = { medianMs: median(latencies), maxMs: Math.max(...latencies) }
    await delivery.close()
  }
} finally {
  await redis.stop()
}

console.log(`Node ${process.version}; events answered per second (one process, one core):`)
console.log('| path | events/s |')
console.log('| --- | ---: |')
console.log(`| webhook handler alone (verify, parse, dispatch), per CPU second | ${format(results.withoutDelivery)} |`)
console.log(`| + delivery, memory store (dedupe, queue per conversation), per CPU second | ${format(results.memory)} |`)
console.log(`| the same, handlers drained too, per CPU second | ${format(results.memoryWithHandling)} |`)
console.log(`| the same, by the clock (the machine's load included) | ${format(results.memoryWall)} |`)
console.log(`| + delivery, Redis store, one delivery at a time | ${format(results.redis)} |`)
console.log(`| + delivery, Redis store, 32 at a time | ${format(results.redisConcurrent)} |`)
console.log(`| + delivery, durable (BullMQ), one at a time | ${format(results.durable)} |`)
console.log(`| + delivery, durable (BullMQ), 32 at a time | ${format(results.durableConcurrent)} |`)
console.log('\nTime to answer while the handler works 10 s (20 events):')
for (const mode of ['memory', 'durable']) {
  const { medianMs, maxMs } = results[`answer10s_${mode}`]
  console.log(`| ${mode} | median ${medianMs.toFixed(2)} ms | max ${maxMs.toFixed(2)} ms |`)
}

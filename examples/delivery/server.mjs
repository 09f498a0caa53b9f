// Botpress Messaging webhooks that hold in production, on Node's own HTTP server.
//
//   node examples/delivery/server.mjs          (from the repository root, after `pnpm build`)
//
// BOTPRESS_WEBHOOK_TOKEN  the token the messaging server sends (`sync` returned it); required
// PORT                    where to listen (default 3000); the webhook is POST /webhooks/botpress-messaging
// REDIS_URL               a Redis shared by every instance; unset: the in-memory store (one instance)
// PARLEY_DELIVERY         `durable`: each event is stored on BullMQ before the answer (needs REDIS_URL)
// HANDLER_DELAY_MS        how long the handler works before it records the event (default 0)
// PROCESSED_LOG           a file: one JSON line {"eventId","messageId","conversationId","pid"} per handled event
//                         (one appendFile per line, so several instances may share it); unset: standard output
// PARLEY_DELIVERY_LOCK_MS how long a dead instance keeps its conversation or running event (default 30000)
//
// SIGTERM (or SIGINT): stop taking events (503), finish the ones started here, exit 0.
import { appendFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { createBotpressMessagingWebhookHandler } from '@parley/botpress-messaging'
import { createDelivery } from '@parley/delivery'

const settings = {
  webhookToken: process.env.BOTPRESS_WEBHOOK_TOKEN,
  port: Number(process.env.PORT ?? 3000),
  redisUrl: process.env.REDIS_URL || undefined,
  durable: process.env.PARLEY_DELIVERY === 'durable',
  handlerDelayMs: Number(process.env.HANDLER_DELAY_MS ?? 0),
  processedLog: process.env.PROCESSED_LOG || undefined,
  lockDurationMs: Number(process.env.PARLEY_DELIVERY_LOCK_MS) || undefined,
}
if (!settings.webhookToken) {
  console.error('Set BOTPRESS_WEBHOOK_TOKEN to the webhook token of your messaging server.')
  process.exit(1)
}
if (settings.durable && !settings.redisUrl) {
  console.error('PARLEY_DELIVERY=durable stores events on Redis: set REDIS_URL too.')
  process.exit(1)
}

/** The Redis parts are imported only when REDIS_URL is set: without Redis, nothing of it loads. */
async function redisParts() {
  if (!settings.redisUrl) return {}
  const { durableQueue, redisStore } = await import('@parley/delivery/redis')
  const store = redisStore({ url: settings.redisUrl })
  await store.ready()
  const durable = settings.durable
    ? durableQueue({ store, lockDurationMs: settings.lockDurationMs, onError: reportError })
    : undefined
  return { store, durable }
}

function reportError(error) {
  console.error(`[${process.pid}] ${error instanceof Error ? error.message : String(error)}`)
}

const delivery = createDelivery({ ...(await redisParts()), lockTtlMs: settings.lockDurationMs, onError: reportError })

/** The application's work: here, wait HANDLER_DELAY_MS, then write down what was handled. */
async function handleMessage(event, context) {
  if (settings.handlerDelayMs > 0) await sleep(settings.handlerDelayMs)
  const line = JSON.stringify({
    eventId: context.eventId,
    messageId: event.data.message.id,
    conversationId: event.data.conversationId,
    pid: process.pid,
  })
  if (settings.processedLog) await appendFile(settings.processedLog, `${line}\n`)
  else console.log(line)
}

const handleWebhook = delivery.webhook(
  createBotpressMessagingWebhookHandler({
    webhookToken: settings.webhookToken,
    on: {
      // A redelivered message.new carries the same message: its id is the event id.
      'message.new': delivery.handle('botpress-message-new', handleMessage, {
        eventId: (event) => event.data.message.id,
        conversationId: (event) => event.data.conversationId,
      }),
    },
    onError: reportError,
  }),
)

function toFetchRequest(incoming) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
  return new Request(new URL(incoming.url ?? '/', 'http://127.0.0.1'), {
    method: incoming.method,
    headers,
    ...(incoming.method === 'POST' && { body: Readable.toWeb(incoming), duplex: 'half' }),
  })
}

const server = createServer(async (incoming, outgoing) => {
  if (incoming.url !== '/webhooks/botpress-messaging') {
    outgoing.writeHead(404).end()
    return
  }
  const response = await handleWebhook(toFetchRequest(incoming))
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
})

server.listen(settings.port, '127.0.0.1', () => {
  const mode = settings.durable ? 'durable (BullMQ)' : settings.redisUrl ? 'redis' : 'memory'
  console.log(`[${process.pid}] listening on http://127.0.0.1:${settings.port}/webhooks/botpress-messaging (${mode})`)
})

let stopping = false
async function shutDown(signal) {
  if (stopping) return
  stopping = true
  console.log(`[${process.pid}] ${signal}: draining`)
  await delivery.drain()
  await new Promise((resolve) => server.close(resolve))
  await delivery.close()
  console.log(`[${process.pid}] drained, exiting`)
  process.exit(0)
}
process.on('SIGTERM', () => shutDown('SIGTERM'))
process.on('SIGINT', () => shutDown('SIGINT'))

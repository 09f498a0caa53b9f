// Bundled (esbuild, browser platform) and run in workerd, Bun, Deno and Node by
// runtimes.test.mjs: per vendor, one call through the facade to that vendor's Prism mock,
// and per vendor with webhooks one real `Request` through its webhook handler, and one
// server-sent event stream read through the runtime's fetch transport. Answers what
// happened, so the test asserts the same thing for every runtime.
import { createMessaging } from '@parley/messaging'
import { avaamo } from '@parley/messaging/avaamo'
import { botpressMessaging } from '@parley/messaging/botpress-messaging'
import { khorosFlow } from '@parley/messaging/khoros-flow'
import { meheryXms } from '@parley/messaging/mehery-xms'
import { createClient, serverSentEvents } from '@parley/runtime'

const secret = 'runtime-probe-secret'
const chats = {
  'botpress-messaging': (baseUrl) =>
    createMessaging(
      botpressMessaging({
        baseUrl,
        clientId: 'c0ffee00-0000-4000-8000-000000000001',
        clientToken: 'probe',
        authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
        webhookToken: secret,
        maxRetries: 0,
      }),
    ),
  'khoros-flow': (baseUrl) =>
    createMessaging(khorosFlow({ baseUrl, apiKey: 'probe', webhookVerification: { secret }, maxRetries: 0 })),
  'mehery-xms': (baseUrl) =>
    createMessaging(
      meheryXms({
        baseUrl,
        apiKey: 'probe',
        apiId: 'probe',
        channelId: 'wa360:919988776655',
        handoverQueue: 'support',
        verifyToken: secret,
        maxRetries: 0,
      }),
    ),
  avaamo: (baseUrl) =>
    createMessaging(
      avaamo({ baseUrl, botId: 1234, userAccessToken: 'probe-user', agentAccessToken: 'probe-agent', maxRetries: 0 }),
    ),
}

/** Reads the event stream at `baseUrl`/events to its end: its events' data, or the error. */
async function readEventStream(baseUrl) {
  // What a vendor package knows from its spec is createClient's second argument.
  const client = createClient(
    { baseUrl, credentials: { apiKey: 'probe' } },
    {
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
      defaultSecurity: [['apiKey']],
    },
  )
  try {
    const { stream } = await client.sse.get({ url: '/events', serverSentEvents })
    const data = []
    for await (const item of stream) data.push(item)
    return { data }
  } catch (error) {
    return { error: String(error) }
  }
}

/**
 * @param {{ mocks: Record<string, string>, conversations: Record<string, string>,
 *   webhooks: Array<{ vendor: string, url: string, headers: Record<string, string>, payload: unknown }>,
 *   eventsUrl: string }} input
 */
export async function probe({ mocks, conversations, webhooks, eventsUrl }) {
  const calls = {}
  for (const [vendor, baseUrl] of Object.entries(mocks)) {
    try {
      const sent = await chats[vendor](baseUrl).sendText({
        conversationId: conversations[vendor],
        text: 'Hello from a runtime probe',
      })
      calls[vendor] = { ok: sent.vendor === vendor && sent.raw !== undefined }
    } catch (error) {
      calls[vendor] = { ok: false, error: String(error) }
    }
  }
  const hooks = {}
  for (const { vendor, url, headers, payload } of webhooks) {
    const events = []
    const record = (event) => void events.push(event.type)
    try {
      const handler = chats[vendor]('http://127.0.0.1:9').webhookHandler({
        onMessage: record,
        onConversation: record,
        onStatus: record,
        onUnknown: record,
      })
      const response = await handler(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(payload),
        }),
      )
      hooks[vendor] = { status: response.status, events }
    } catch (error) {
      hooks[vendor] = { status: 0, events, error: String(error) }
    }
  }
  return { calls, hooks, events: await readEventStream(eventsUrl), observed: await observeOneCall(mocks) }
}

/**
 * One send through the facade with a logger at `debug` and hooks: the log lines (times and
 * the port made constant) and what each hook saw, the same in every runtime.
 */
async function observeOneCall(mocks) {
  const lines = []
  const seen = []
  const keep = (level) => (message) => void lines.push(`${level} ${message}`)
  const logger = { debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') }
  try {
    const chat = createMessaging(
      botpressMessaging({
        baseUrl: mocks['botpress-messaging'],
        clientId: 'c0ffee00-0000-4000-8000-000000000001',
        clientToken: secret,
        authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
        maxRetries: 0,
        logger,
        logLevel: 'debug',
        hooks: {
          onRequest: (event) => {
            seen.push(`request ${event.call.name} ${event.attempt}`)
            event.setHeader('x-probe', 'yes')
          },
          onResponse: (event) => void seen.push(`response ${event.status}`),
        },
      }),
    )
    await chat.sendText({ conversationId: '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e', text: 'observed' })
  } catch (error) {
    seen.push(`error ${String(error)}`)
  }
  return {
    lines: lines.map((line) => line.replace(/:\d+\//, ':PORT/').replace(/\d+ ms/, 'N ms')),
    seen,
    secretLogged: lines.some((line) => line.includes(secret)),
  }
}

// Consumer programs run against installed Parley packages, by the tarball checks
// (tests/packages/tarballs.test.mjs) and by the registry round trip
// (tests/packages/registry.test.mjs).

// Runs in the one-vendor project: the other vendors must be absent, and one facade call
// must reach a server on 127.0.0.1 with the right path, token and body.
export const oneVendorScript = `import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { createMessaging } from '@parley/messaging'
import { avaamo } from '@parley/messaging/avaamo'

assert.throws(() => createRequire(import.meta.url).resolve('@parley/khoros-flow'), /Cannot find module/)
const seen = []
const server = createServer((request, response) => {
  let body = ''
  request.on('data', (chunk) => (body += chunk))
  request.on('end', () => {
    seen.push({ method: request.method, url: request.url, token: request.headers['access-token'], body: JSON.parse(body) })
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true }))
  })
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
try {
  const baseUrl = 'http://127.0.0.1:' + server.address().port
  const chat = createMessaging(avaamo({ botId: 7, userAccessToken: 'user-token', agentAccessToken: 'agent-token', baseUrl }))
  const sent = await chat.sendText({ conversationId: 'c-1', text: 'Hello from one vendor' })
  assert.equal(sent.conversationId, 'c-1')
  assert.equal(seen.length, 1)
  assert.equal(seen[0].method, 'POST')
  assert.equal(seen[0].url, '/bots_api/v1/messages.json')
  assert.equal(seen[0].token, 'user-token')
  assert.deepEqual(seen[0].body, { message: 'Hello from one vendor', conversation: { uuid: 'c-1' }, bot_id: 7 })
} finally {
  server.close()
}
`

/** Type-checked with `nodenext` and with `bundler` resolution, `skipLibCheck: false`. */
export const typedConsumer = `import { createKhorosFlowClient, type SendMessageResult } from '@parley/khoros-flow'
import { createBotpressMessagingClient, type Message } from '@parley/botpress-messaging'
import { createMeheryXmsClient, createMeheryXmsWebhookHandler } from '@parley/mehery-xms'
import { createAvaamoClient, iterateAgentMessages } from '@parley/avaamo'
import { createMessaging } from '@parley/messaging'
import { khorosFlow } from '@parley/messaging/khoros-flow'
import type { paths } from '@parley/khoros-flow/paths'
import { zMessage } from '@parley/botpress-messaging/zod'

export async function consumer(): Promise<void> {
  const flow = createKhorosFlowClient({ apiKey: 'k' })
  const reply: SendMessageResult = await flow.sendMessage({
    path: { threadId: 't' },
    query: { sync: true },
    body: { payload: { type: 'text', speech: 'hi', originator: { name: 'n', role: 'external' } } },
  })
  const botpress = createBotpressMessagingClient({ clientId: 'i', clientToken: 't' })
  // Requests take values written \`as const\`; responses stay mutable arrays.
  const menu = { type: 'card', title: 'Menu', actions: [{ action: 'Postback', title: 'Pizza', payload: 'pizza' }] } as const
  await botpress.createMessage({ body: { conversationId: 'c', payload: menu } })
  const messages: Message[] = await botpress.listMessages({ path: { conversationId: 'c' } })
  messages.push(...messages)
  await createMeheryXmsClient({ tenant: 'acme', apiKey: 'k', apiId: 'i' }).listChannels()
  createMeheryXmsWebhookHandler({ verifyToken: 't', on: { contactInfo: () => ({}) } })
  for await (const entry of iterateAgentMessages(createAvaamoClient({ agentAccessToken: 'a' }))) void entry.uuid
  const chat = createMessaging(khorosFlow({ apiKey: 'k' }))
  if (chat.capabilities.handover) await chat.handover({ conversationId: 'c' })
  const path: keyof paths = '/messages/{threadId}'
  void [reply, messages, path, zMessage]
}
`

/** The module resolutions a TypeScript user may have: each type-checks `typedConsumer`. */
export const typeScriptResolutions = [
  ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
  ['bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
]

/** A strict tsconfig for `consumer.ts` that also checks the packages' declarations (no skipLibCheck). */
export const consumerTsconfig = (/** @type {Record<string, string>} */ resolutionOptions) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      types: [],
      ...resolutionOptions,
    },
    files: ['consumer.ts'],
  })

/**
 * An application's test of its own code with the current MSW (3.x, which runs on Node 22.12
 * and later): every vendor's generated handlers answer one call each with the spec's
 * example, a replaced answer gives the typed error with its request id, a resolver reads the
 * path parameters as strings, and the local server (the clients' base URL) sees no
 * connection. Type-checked against MSW's own declarations, then run.
 */
export const mswConsumer = `import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { AuthenticationError as AvaamoAuthError, createAvaamoClient } from '@parley/avaamo'
import * as avaamoMocks from '@parley/avaamo/msw'
import { NotFoundError, createBotpressMessagingClient } from '@parley/botpress-messaging'
import * as botpressMocks from '@parley/botpress-messaging/msw'
import { createKhorosFlowClient } from '@parley/khoros-flow'
import * as khorosMocks from '@parley/khoros-flow/msw'
import { AuthenticationError, createMeheryXmsClient } from '@parley/mehery-xms'
import * as meheryMocks from '@parley/mehery-xms/msw'

let connections = 0
const vendor = createServer((_request, response) => response.writeHead(599).end())
vendor.on('connection', () => connections++)
await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve))
const address = vendor.address()
assert.ok(address && typeof address === 'object')
const baseUrl = 'http://127.0.0.1:' + address.port

const server = setupServer(
  ...botpressMocks.createHandlers(),
  ...khorosMocks.createHandlers(),
  ...meheryMocks.createHandlers(),
  ...avaamoMocks.createHandlers(),
)
// MSW 3 calls what 2.x named \`onUnhandledRequest\` \`onUnhandledFrame\`.
server.listen({ onUnhandledFrame: 'error' })
try {
  const botpress = createBotpressMessagingClient({ baseUrl, clientId: 'app', clientToken: 'app-token', maxRetries: 0 })
  const flow = createKhorosFlowClient({ baseUrl, apiKey: 'app-key', maxRetries: 0 })
  const xms = createMeheryXmsClient({ baseUrl, apiKey: 'app-key', apiId: 'app-id', maxRetries: 0 })
  const avaamo = createAvaamoClient({ baseUrl, agentAccessToken: 'agent-token', maxRetries: 0 })
  const userId = '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13'

  assert.equal(typeof (await botpress.getUser({ path: { id: userId } })).id, 'string')
  assert.ok(await flow.getBotStatus({ path: { threadId: 'thread-1' } }))
  assert.ok(await xms.listChannels())
  assert.equal(typeof (await avaamo.listAgentMessages()).total_entries, 'number')

  server.use(
    botpressMocks.getUserHandler(({ params }) => HttpResponse.json({ id: params.id, clientId: 'from-resolver' })),
  )
  assert.deepEqual(await botpress.getUser({ path: { id: userId } }), { id: userId, clientId: 'from-resolver' })

  server.use(
    botpressMocks.getUserHandler({ status: 404, body: 'user not found', headers: { 'x-request-id': 'req-404' } }),
    meheryMocks.listChannelsHandler({ status: 401, body: { status: '401', message: 'bad key' } }),
    avaamoMocks.listAgentMessagesHandler({ status: 401, body: { error: 'invalid token' } }),
  )
  const notFound = await botpress.getUser({ path: { id: userId } }).catch((error: unknown) => error)
  assert.ok(notFound instanceof NotFoundError)
  assert.equal(notFound.requestId, 'req-404')
  assert.ok((await xms.listChannels().catch((error: unknown) => error)) instanceof AuthenticationError)
  assert.ok((await avaamo.listAgentMessages().catch((error: unknown) => error)) instanceof AvaamoAuthError)

  assert.equal(connections, 0, 'MSW answered every call: nothing reached the network')
  console.log('every vendor mocked with MSW on Node ' + process.versions.node + ', no connection opened')
} finally {
  server.close()
  vendor.close()
}
`

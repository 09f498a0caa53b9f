// The ways of calling the same Botpress Messaging operations that the benchmarks compare.
// `createContenders`: a hand-written fetch call (the floor), openapi-fetch, hey-api's default
// generated client, and Parley, each over the same `fetch`, so a benchmark can put a stub or
// a real HTTP connection underneath. `createNodeContenders`: those a real server on Node adds.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { Agent, request as httpRequest } from 'node:http'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { MessagingClient } from '@botpress/messaging-client'
import createOpenapiFetchClient from 'openapi-fetch'
import { createBotpressMessagingClient } from '@parley/botpress-messaging'

export const benchDir = dirname(fileURLToPath(import.meta.url))
export const conversationId = '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e'
export const clientId = 'c0ffee00-0000-4000-8000-000000000001'
export const clientToken = 'bench-client-token'
export const credentialHeaders = { 'x-bp-messaging-client-id': clientId, 'x-bp-messaging-client-token': clientToken }
export const messageBody = {
  conversationId,
  authorId: clientId,
  payload: { type: 'text', text: 'Hello from the benchmark' },
}

/** hey-api's default output (bundled fetch client) for the same spec, generated once into bench/.peers. */
export function ensureHeyApiPeer() {
  const output = join(benchDir, '.peers', 'hey-api-default')
  if (!existsSync(join(output, 'sdk.gen.ts'))) {
    execFileSync(process.execPath, [join(benchDir, 'generate-peer.mjs'), output], { stdio: 'inherit' })
  }
  return output
}

export async function createContenders(baseUrl, fetchImplementation) {
  const heyApiDir = ensureHeyApiPeer()
  const heyApiSdk = await import(pathToFileURL(join(heyApiDir, 'sdk.gen.js')).href)
  const heyApiClientModule = await import(pathToFileURL(join(heyApiDir, 'client', 'index.js')).href)
  const heyApiClient = heyApiClientModule.createClient(
    heyApiClientModule.createConfig({
      baseUrl,
      fetch: fetchImplementation,
      auth: (auth) => (auth.name === 'x-bp-messaging-client-id' ? clientId : clientToken),
    }),
  )
  const openapiFetch = createOpenapiFetchClient({ baseUrl, fetch: fetchImplementation, headers: credentialHeaders })
  const parley = createBotpressMessagingClient({ baseUrl, clientId, clientToken, fetch: fetchImplementation })

  return {
    'hand-written fetch': {
      get: async () => {
        const response = await fetchImplementation(
          `${baseUrl}/api/v1/messages/conversation/${encodeURIComponent(conversationId)}?limit=10`,
          { headers: credentialHeaders },
        )
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        return response.json()
      },
      post: async () => {
        const response = await fetchImplementation(`${baseUrl}/api/v1/messages`, {
          method: 'POST',
          headers: { ...credentialHeaders, 'content-type': 'application/json' },
          body: JSON.stringify(messageBody),
        })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        return response.json()
      },
    },
    'openapi-fetch 0.17': {
      get: async () => {
        const { data, error } = await openapiFetch.GET('/api/v1/messages/conversation/{conversationId}', {
          params: { path: { conversationId }, query: { limit: 10 } },
        })
        if (error !== undefined) throw new Error('error')
        return data
      },
      post: async () => {
        const { data, error } = await openapiFetch.POST('/api/v1/messages', { body: messageBody })
        if (error !== undefined) throw new Error('error')
        return data
      },
    },
    'hey-api 0.99 default client': {
      get: () =>
        heyApiSdk
          .listMessages({ client: heyApiClient, path: { conversationId }, query: { limit: 10 }, throwOnError: true })
          .then((result) => result.data),
      post: () =>
        heyApiSdk
          .createMessage({ client: heyApiClient, body: messageBody, throwOnError: true })
          .then((result) => result.data),
    },
    Parley: parleyCalls(parley),
  }
}

/** The two calls through a Parley client. */
const parleyCalls = (parley) => ({
  get: () => parley.listMessages({ path: { conversationId }, query: { limit: 10 } }),
  post: () => parley.createMessage({ body: messageBody }),
})

/** Raw node:http with a keep-alive agent: the fewest steps a JSON call can take on Node. */
function rawNodeHttp(baseUrl) {
  const agent = new Agent({ keepAlive: true })
  const call = (path, method, body) =>
    new Promise((resolve, reject) => {
      const headers = body
        ? { ...credentialHeaders, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
        : credentialHeaders
      const request = httpRequest(`${baseUrl}${path}`, { method, headers, agent }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () =>
          response.statusCode < 300
            ? resolve(JSON.parse(Buffer.concat(chunks).toString()))
            : reject(new Error(`HTTP ${response.statusCode}`)),
        )
      })
      request.on('error', reject)
      request.end(body)
    })
  return {
    get: () => call(`/api/v1/messages/conversation/${encodeURIComponent(conversationId)}?limit=10`, 'GET'),
    post: () => call('/api/v1/messages', 'POST', JSON.stringify(messageBody)),
    close: () => agent.destroy(),
  }
}

/**
 * The contenders of the benchmarks over a real HTTP server on Node: raw `node:http` (the
 * floor), the official Botpress client (axios over `node:http`), Parley with `fetch` given and
 * Parley as users get it on Node (no `fetch`: the Node transport). `close()` ends raw's agent.
 */
export function createNodeContenders(baseUrl) {
  const raw = rawNodeHttp(baseUrl)
  const official = new MessagingClient({ url: baseUrl, clientId, clientToken })
  return {
    contenders: {
      'raw node:http keep-alive': raw,
      'official @botpress/messaging-client 1.2.1': {
        get: () => official.listMessages(conversationId, 10),
        post: () => official.createMessage(conversationId, clientId, messageBody.payload),
      },
      'Parley, fetch given': parleyCalls(
        createBotpressMessagingClient({ baseUrl, clientId, clientToken, fetch: globalThis.fetch }),
      ),
      Parley: parleyCalls(createBotpressMessagingClient({ baseUrl, clientId, clientToken })),
    },
    close: () => raw.close(),
  }
}

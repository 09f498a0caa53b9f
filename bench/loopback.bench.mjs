// Requests per second over loopback HTTP with keep-alive: a server on 127.0.0.1 answers
// every request at once, all contenders share it. Each row runs sequentially (one call
// after another) and with 32 calls in flight. Besides the fetch-based contenders: raw
// `node:http` with a keep-alive agent (the floor on Node), the official Botpress client
// (axios over `node:http`), and Parley as users get it on Node (no `fetch` given: the
// Node transport) and with `fetch` given.
//
//   node loopback.bench.mjs              this Node, JSON on stdout
//   node loopback.bench.mjs --quick      fewer rounds
import { execFileSync } from 'node:child_process'
import { Agent, createServer, request as httpRequest } from 'node:http'
import { fileURLToPath } from 'node:url'
import { MessagingClient } from '@botpress/messaging-client'
import { createBotpressMessagingClient } from '@parley/botpress-messaging'
import {
  benchDir,
  clientId,
  clientToken,
  conversationId,
  createContenders,
  credentialHeaders,
  messageBody,
} from './contenders.mjs'
import { compareThroughput } from './measure.mjs'

const listBody = JSON.stringify([
  {
    id: 'm1',
    conversationId,
    authorId: null,
    sentOn: '2026-11-01T10:00:00.000Z',
    payload: { type: 'text', text: 'hi' },
  },
])
const createdBody = JSON.stringify({ id: 'm2', ...messageBody, sentOn: '2026-11-01T10:00:00.000Z' })

/** The same call `concurrency` times at once, counted as one. */
const inFlight = (call, concurrency) =>
  concurrency === 1 ? call : () => Promise.all(Array.from({ length: concurrency }, call))

/** Raw node:http: the fewest steps a JSON call over a keep-alive agent can take. */
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

export async function runLoopback({ concurrency = [1, 32], quick = false, ...options } = {}) {
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      const body = request.method === 'POST' ? createdBody : listBody
      response
        .writeHead(request.method === 'POST' ? 201 : 200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        })
        .end(body)
    })
  })
  server.keepAliveTimeout = 60_000
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const baseUrl = `http://127.0.0.1:${server.address().port}`
  const raw = rawNodeHttp(baseUrl)
  try {
    const { Parley: parleyOverFetch, ...fetchContenders } = await createContenders(baseUrl, globalThis.fetch)
    const official = new MessagingClient({ url: baseUrl, clientId, clientToken })
    const parley = createBotpressMessagingClient({ baseUrl, clientId, clientToken })
    const contenders = {
      ...fetchContenders,
      'raw node:http keep-alive': raw,
      'official @botpress/messaging-client 1.2.1': {
        get: () => official.listMessages(conversationId, 10),
        post: () => official.createMessage(conversationId, clientId, messageBody.payload),
      },
      'Parley, fetch given': parleyOverFetch,
      Parley: {
        get: () => parley.listMessages({ path: { conversationId }, query: { limit: 10 } }),
        post: () => parley.createMessage({ body: messageBody }),
      },
    }
    const results = {}
    for (const n of concurrency) {
      for (const kind of ['get', 'post']) {
        results[`${kind} x${n}`] = await compareThroughput(
          Object.fromEntries(Object.entries(contenders).map(([name, calls]) => [name, inFlight(calls[kind], n)])),
          {
            baseline: 'raw node:http keep-alive',
            iterations: Math.round((quick ? 300 : 800) / n),
            warmup: Math.round(300 / n),
            rounds: quick ? 5 : 9,
            pairs: [['Parley', 'official @botpress/messaging-client 1.2.1']],
            ...options,
          },
        )
      }
    }
    return { node: process.version, rows: results }
  } finally {
    raw.close()
    server.closeAllConnections()
    server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(await runLoopback({ quick: process.argv.includes('--quick') }), null, 2))

/**
 * The same rows on another Node major, in a child process of that Node (the `node` package
 * through npx), so every contender of one row still runs side by side in one process.
 */
export function runLoopbackOnNode(major, { quick = false } = {}) {
  const args = ['-y', '-p', `node@${major}`, 'node', fileURLToPath(import.meta.url), ...(quick ? ['--quick'] : [])]
  const output = execFileSync('npx', args, {
    cwd: benchDir,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return JSON.parse(output.slice(output.indexOf('{')))
}

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
import { createServer } from 'node:http'
import { fileURLToPath } from 'node:url'
import { benchDir, conversationId, createContenders, createNodeContenders, messageBody } from './contenders.mjs'
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
  const node = createNodeContenders(baseUrl)
  try {
    // Parley over fetch is the Node set's 'Parley, fetch given'.
    const { Parley: _parleyOverFetch, ...fetchContenders } = await createContenders(baseUrl, globalThis.fetch)
    const contenders = { ...fetchContenders, ...node.contenders }
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
    node.close()
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

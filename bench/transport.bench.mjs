// Which Node transport to build on: undici's dispatcher API (`request` over a keep-alive
// Pool) against node:http with a keep-alive Agent, the same GET over loopback, sequential
// and 32 in flight, side by side. Ratios are to node:http.
import { Agent, createServer, request as httpRequest } from 'node:http'
import { Pool } from 'undici'
import { compareThroughput } from './measure.mjs'

const body = JSON.stringify([{ id: 'm1', payload: { type: 'text', text: 'hi' } }])

/** `concurrency` calls in flight at once, counted as one call of the benchmark. */
const inFlight = (call, concurrency) =>
  concurrency === 1 ? call : () => Promise.all(Array.from({ length: concurrency }, call))

export async function runTransports({ concurrency = [1, 32], ...options } = {}) {
  const server = createServer((request, response) => {
    request.resume()
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)
  })
  server.keepAliveTimeout = 60_000
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${server.address().port}`
  const agent = new Agent({ keepAlive: true })
  const pool = new Pool(origin)
  const headers = { 'x-api-key': 'k' }
  const viaHttp = () =>
    new Promise((resolve, reject) => {
      const request = httpRequest(`${origin}/x?limit=10`, { agent, headers }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())))
        response.on('error', reject)
      })
      request.on('error', reject)
      request.end()
    })
  const viaUndici = async () => {
    const { body: answer } = await pool.request({ path: '/x?limit=10', method: 'GET', headers })
    return JSON.parse(await answer.text())
  }
  try {
    const results = {}
    for (const n of concurrency) {
      results[n] = await compareThroughput(
        {
          'node:http + keep-alive Agent': inFlight(viaHttp, n),
          'undici Pool.request': inFlight(viaUndici, n),
          'fetch (undici inside Node)': inFlight(
            () => fetch(`${origin}/x?limit=10`, { headers }).then((r) => r.json()),
            n,
          ),
        },
        {
          baseline: 'node:http + keep-alive Agent',
          iterations: n === 1 ? 1500 : 60,
          warmup: n === 1 ? 500 : 20,
          rounds: 7,
          ...options,
        },
      )
    }
    return results
  } finally {
    await pool.close()
    agent.destroy()
    server.closeAllConnections()
    server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runTransports(), null, 2))

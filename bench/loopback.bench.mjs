// Requests per second over loopback HTTP with keep-alive (Node's fetch pools connections):
// a server on 127.0.0.1 answers every request at once, all contenders share it.
import { createServer } from 'node:http'
import { conversationId, createContenders, messageBody } from './contenders.mjs'
import { compareThroughput } from './measure.mjs'

const listBody = JSON.stringify([{ id: 'm1', conversationId, authorId: null, sentOn: '2026-11-01T10:00:00.000Z', payload: { type: 'text', text: 'hi' } }])
const createdBody = JSON.stringify({ id: 'm2', ...messageBody, sentOn: '2026-11-01T10:00:00.000Z' })

export async function runLoopback(options = {}) {
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      const body = request.method === 'POST' ? createdBody : listBody
      response.writeHead(request.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)
    })
  })
  server.keepAliveTimeout = 60_000
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const contenders = await createContenders(`http://127.0.0.1:${server.address().port}`, globalThis.fetch)
    const results = {}
    for (const kind of ['get', 'post']) {
      results[kind] = await compareThroughput(Object.fromEntries(Object.entries(contenders).map(([name, calls]) => [name, calls[kind]])), {
        baseline: 'hand-written fetch',
        iterations: 800,
        warmup: 300,
        ...options,
      })
    }
    return results
  } finally {
    server.closeAllConnections()
    server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runLoopback(), null, 2))

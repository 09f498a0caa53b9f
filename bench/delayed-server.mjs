// The server of the delayed rows (delayed.bench.mjs), in its own process so that its work
// is not counted in the client's CPU time: every answer waits `--delay` ms, as a vendor's
// API does, then answers the same JSON as the loopback server.
//
//   node delayed-server.mjs --delay 20     prints {"port": ...} once listening
import { createServer } from 'node:http'

const delayMs = Number(process.argv[process.argv.indexOf('--delay') + 1] ?? 20)
const listBody = JSON.stringify([
  {
    id: 'm1',
    conversationId: 'c1',
    authorId: null,
    sentOn: '2026-11-01T10:00:00.000Z',
    payload: { type: 'text', text: 'hi' },
  },
])
const createdBody = JSON.stringify({
  id: 'm2',
  conversationId: 'c1',
  authorId: 'a1',
  sentOn: '2026-11-01T10:00:00.000Z',
  payload: { type: 'text', text: 'hi' },
})

const server = createServer((request, response) => {
  request.resume()
  request.on('end', () =>
    setTimeout(() => {
      const body = request.method === 'POST' ? createdBody : listBody
      response
        .writeHead(request.method === 'POST' ? 201 : 200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        })
        .end(body)
    }, delayMs),
  )
})
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })))
// Ends with its parent: the bench closes stdin when it is done.
process.stdin.on('end', () => process.exit(0)).resume()

import { createServer } from 'node:http'
import { request, Agent } from 'undici'
import { createBotpressMessagingClient } from '@parley/botpress-messaging'
const body = JSON.stringify([{ id: 'm1', payload: { type: 'text', text: 'hi' } }])
const server = createServer((q, s) => { q.resume(); s.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body) })
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const baseUrl = `http://127.0.0.1:${server.address().port}`
const parley = createBotpressMessagingClient({ baseUrl, clientId: 'c0ffee00-0000-4000-8000-000000000001', clientToken: 't' })
const agent = new Agent()
const ac = new AbortController()
const variants = {
  undici: async () => { const r = await request(`${baseUrl}/api/v1/messages/conversation/x?limit=10`, { dispatcher: agent, headers: { 'x-a': '1', 'x-b': '2' } }); return JSON.parse(await r.body.text()) },
  undiciSignal: async () => { const r = await request(`${baseUrl}/api/v1/messages/conversation/x?limit=10`, { dispatcher: agent, headers: { 'x-a': '1', 'x-b': '2' }, signal: ac.signal }); return JSON.parse(await r.body.text()) },
  parley: () => parley.listMessages({ path: { conversationId: '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e' }, query: { limit: 10 } }),
}
const only = process.argv[2]
for (let round = 0; round < 3; round++) for (const [name, fn] of Object.entries(variants)) {
  if (only && name !== only) continue
  const t = performance.now(); for (let i = 0; i < 3000; i++) await fn(); console.log(name, Math.round(3000 / ((performance.now() - t) / 1000)))
}
server.closeAllConnections(); server.close(); await agent.close()

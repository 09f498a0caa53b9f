import { Agent as HttpAgent, createServer, request as httpRequest } from 'node:http'
import { Agent } from 'undici'
import { createBotpressMessagingClient } from '@parley/botpress-messaging'
import { createClient } from '@parley/runtime'
import { compareThroughput } from './measure.mjs'
const body = JSON.stringify([{ id: 'm1', payload: { type: 'text', text: 'hi' } }])
const server = createServer((q, s) => { q.resume(); q.on('end', () => s.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)) })
await new Promise((r) => server.listen(0, '127.0.0.1', r))
const baseUrl = `http://127.0.0.1:${server.address().port}`
const parley = createBotpressMessagingClient({ baseUrl, clientId: 'c0ffee00-0000-4000-8000-000000000001', clientToken: 't' })
const core = createClient({ baseUrl, responseStyle: 'data' })
const agent = new Agent()
const hagent = new HttpAgent({ keepAlive: true })
const headers = { 'x-bp-messaging-client-id': 'c0ffee00-0000-4000-8000-000000000001', 'x-bp-messaging-client-token': 't' }
const path = '/api/v1/messages/conversation/9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e?limit=10'
const r = await compareThroughput({
  http: () => new Promise((resolve, reject) => { const q = httpRequest(baseUrl + path, { agent: hagent, headers }, (s) => { const c = []; s.on('data', (x) => c.push(x)); s.on('end', () => resolve(JSON.parse(Buffer.concat(c).toString()))) }); q.on('error', reject); q.end() }),
  undici: async () => { const a = await agent.request({ origin: baseUrl, path, method: 'GET', headers, signal: new AbortController().signal }); return JSON.parse(await a.body.text()) },
  core: () => core.get({ url: path }),
  fetch: () => fetch(baseUrl + path, { headers }).then((r) => r.json()),
  parley: () => parley.listMessages({ path: { conversationId: '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e' }, query: { limit: 10 } }),
}, { baseline: 'http', iterations: 1000, warmup: 500, rounds: 7 })
console.log(Object.entries(r).map(([k, v]) => `${k}=${v.ratio.toFixed(2)}`).join(' '))
server.closeAllConnections(); server.close(); await agent.close(); hagent.destroy()

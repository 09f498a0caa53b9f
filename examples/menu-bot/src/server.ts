// The menu bot on Node's own HTTP server: each vendor's webhook on its own route
// (/webhooks/botpress-messaging, /webhooks/khoros-flow, /webhooks/mehery-xms). The
// settings come from the environment; the defaults point at `pnpm mock` (ports 4101+).
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import { Readable } from 'node:stream'
import { createMenuBot } from './bot.js'

const environment = process.env
const { handler, offerMenu } = createMenuBot({
  botpress: {
    baseUrl: environment.BOTPRESS_URL ?? 'http://127.0.0.1:4101',
    clientId: environment.BOTPRESS_CLIENT_ID ?? 'c0ffee00-0000-4000-8000-000000000001',
    clientToken: environment.BOTPRESS_CLIENT_TOKEN ?? 'demo-token',
    webhookToken: environment.BOTPRESS_WEBHOOK_TOKEN ?? 'demo-webhook-token',
  },
  flow: {
    baseUrl: environment.FLOW_URL ?? 'http://127.0.0.1:4102',
    apiKey: environment.FLOW_API_KEY ?? 'demo-key',
    webhookSecret: environment.FLOW_WEBHOOK_SECRET ?? 'demo-secret',
  },
  mehery: {
    baseUrl: environment.MEHERY_URL ?? 'http://127.0.0.1:4103',
    apiKey: environment.MEHERY_API_KEY ?? 'demo-key',
    apiId: environment.MEHERY_API_ID ?? 'demo-id',
    channelId: environment.MEHERY_CHANNEL_ID ?? '91SERVICENUMBER',
    verifyToken: environment.MEHERY_VERIFY_TOKEN ?? 'demo-verify-token',
  },
  avaamo: {
    baseUrl: environment.AVAAMO_URL ?? 'http://127.0.0.1:4104',
    botId: Number(environment.AVAAMO_BOT_ID ?? 2154),
    userAccessToken: environment.AVAAMO_USER_TOKEN ?? 'demo-user-token',
    agentAccessToken: environment.AVAAMO_AGENT_TOKEN ?? 'demo-agent-token',
  },
  log: (line) => console.log(line),
})

function toFetchRequest(incoming: IncomingMessage): Request {
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? '127.0.0.1'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
  return new Request(url, {
    method: incoming.method ?? 'GET',
    headers,
    ...(hasBody && { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' }),
  } as RequestInit)
}

async function sendFetchResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

const port = Number(environment.PORT ?? 3000)
const server = createServer(async (incoming, outgoing) => {
  // Avaamo has no webhooks: this route only asks the bot to offer it the menu.
  const offer = /^\/offer\/avaamo\/([0-9a-f]+)$/.exec(incoming.url ?? '')
  if (incoming.method === 'POST' && offer?.[1]) {
    await offerMenu('avaamo', offer[1])
    outgoing.writeHead(204).end()
    return
  }
  await sendFetchResponse(await handler(toFetchRequest(incoming)), outgoing)
})
server.listen(port, '127.0.0.1', () => console.log(`menu bot listening on http://127.0.0.1:${port}/webhooks/<vendor>`))
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)

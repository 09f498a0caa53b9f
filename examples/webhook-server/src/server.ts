// A webhook receiver on Node's own HTTP server: the facade's handler speaks the Fetch
// API, so the only glue is turning Node's request into a `Request` and back.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http'
import { Readable } from 'node:stream'
import { createMessaging } from '@parley/messaging'
import { botpressMessaging } from '@parley/messaging/botpress-messaging'

const chat = createMessaging(
  botpressMessaging({
    baseUrl: process.env.MESSAGING_URL ?? 'http://127.0.0.1:4101',
    clientId: process.env.MESSAGING_CLIENT_ID ?? 'c0ffee00-0000-4000-8000-000000000001',
    clientToken: process.env.MESSAGING_CLIENT_TOKEN ?? 'demo-token',
    webhookToken: process.env.MESSAGING_WEBHOOK_TOKEN ?? 'demo-webhook-token',
  }),
)

const handleWebhook = chat.webhookHandler({
  async onMessage(event) {
    // Never answer our own messages (the bot's echoes), and only text.
    if (event.author.isSelf || event.content.kind !== 'text') return
    // Echo, as the bot: a real application would call its own logic here.
    await chat.sendText({ conversationId: event.conversationId, text: `You said: ${event.content.text}` })
  },
  onUnknown(event) {
    console.log(`ignored ${event.vendor} event ${event.vendorEvent}`)
  },
  onError(error) {
    console.error('webhook handler failed', error)
  },
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

const port = Number(process.env.PORT ?? 3000)
createServer(async (incoming, outgoing) => {
  if (incoming.url?.startsWith('/webhooks/botpress'))
    await sendFetchResponse(await handleWebhook(toFetchRequest(incoming)), outgoing)
  else outgoing.writeHead(404).end()
}).listen(port, '127.0.0.1', () => console.log(`webhooks on http://127.0.0.1:${port}/webhooks/botpress`))

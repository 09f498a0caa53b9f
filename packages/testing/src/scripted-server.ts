// A real HTTP server on 127.0.0.1 that records every request and answers from a script,
// for what a mock made from the spec cannot show: exact bytes on the wire, headers sent,
// error statuses, retries, slow and broken responses.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface RecordedRequest {
  readonly method: string
  /** Path and query as received. */
  readonly url: string
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: string
  /** The body's bytes as received (binary and multipart bodies). */
  readonly bytes: Uint8Array
  /** The body parsed as JSON, or undefined. */
  readonly json: unknown
}

export interface ScriptedResponse {
  status?: number
  headers?: Record<string, string>
  /** A string or bytes are sent as they are; anything else as JSON. */
  body?: unknown
  /** Wait this long before answering. */
  delayMs?: number
  /** Destroy the socket instead of answering (a connection reset mid-request). */
  destroySocket?: boolean
}

export type Responder = (request: RecordedRequest, index: number) => ScriptedResponse | Promise<ScriptedResponse>

export interface ScriptedServer {
  readonly baseUrl: string
  readonly requests: RecordedRequest[]
  /** Replace what the server answers next. */
  respondWith(responder: Responder | ScriptedResponse | ScriptedResponse[]): void
  close(): Promise<void>
}

const asResponder = (script: Responder | ScriptedResponse | ScriptedResponse[]): Responder => {
  if (typeof script === 'function') return script
  if (Array.isArray(script)) return (_request, index) => script[Math.min(index, script.length - 1)] ?? { status: 200 }
  return () => script
}

export async function startScriptedServer(
  script: Responder | ScriptedResponse | ScriptedResponse[] = { status: 200, body: {} },
): Promise<ScriptedServer> {
  let responder = asResponder(script)
  const requests: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer(async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
    const bytes = Buffer.concat(chunks)
    const body = bytes.toString('utf8')
    let json: unknown
    try {
      json = body ? JSON.parse(body) : undefined
    } catch {
      json = undefined
    }
    const recorded: RecordedRequest = {
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
      body,
      bytes: new Uint8Array(bytes),
      json,
    }
    const index = requests.push(recorded) - 1
    const answer = await responder(recorded, index)
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
    if (answer.destroySocket) {
      incoming.socket.destroy()
      return
    }
    const isText = typeof answer.body === 'string'
    const isBytes = answer.body instanceof Uint8Array
    const payload =
      answer.body === undefined
        ? ''
        : isText || isBytes
          ? (answer.body as string | Uint8Array)
          : JSON.stringify(answer.body)
    const headers: Record<string, string> = { ...answer.headers }
    if (payload.length > 0 && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
      headers['content-type'] = isBytes
        ? 'application/octet-stream'
        : isText
          ? 'text/plain; charset=utf-8'
          : 'application/json'
    }
    if (!outgoing.destroyed) outgoing.writeHead(answer.status ?? 200, headers).end(payload)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    respondWith: (next) => {
      responder = asResponder(next)
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

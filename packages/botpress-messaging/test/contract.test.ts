// Contract tests from traffic recorded against the real Botpress Messaging server v1.2.18
// (fixtures/recordings/, see its README). Every exchange is replayed through a scripted
// server on 127.0.0.1: the SDK's request must be the recorded one, and the recorded answer,
// served back byte for byte, must give the typed result (validated against the spec) or
// the typed error. Every recorded webhook must be accepted and delivered to its handler.
import { type ScriptedServer, startScriptedServer } from '@parley/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ApiError,
  AuthenticationError,
  BadRequestError,
  MissingCredentialError,
  RequestValidationError,
  NotFoundError,
  PermissionDeniedError,
  createBotpressMessagingClient,
  createBotpressMessagingWebhookHandler,
  operations,
} from '../src/index.js'
import { responseChecker, zWebhookEvent } from '../src/zod.js'
import recording from './fixtures/recordings/botpress-messaging-1.2.18.json' with { type: 'json' }

interface RecordedExchange {
  name: string
  request: { method: string; path: string; headers: Record<string, string>; body: unknown }
  response: { status: number; headers: Record<string, string>; body: { text: string; json?: unknown } }
}
const exchanges = recording.exchanges as unknown as RecordedExchange[]
const webhooks = recording.webhooks

const messagingHeader = /^x-bp-messaging-/
const errorClassByStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
}

/** The spec operation a recorded request calls, and its path parameters. */
function operationFor(method: string, pathname: string): { operationId: string; path: Record<string, string> } {
  for (const [key, operation] of Object.entries(operations)) {
    const [operationMethod, template] = key.split(' ') as [string, string]
    if (operationMethod !== method) continue
    const names: string[] = []
    const pattern = new RegExp(
      `^${template.replace(/\{(\w+)\}/g, (_match, name: string) => {
        names.push(name)
        return '([^/]+)'
      })}$`,
    )
    const match = pattern.exec(pathname)
    if (match)
      return {
        operationId: operation.id,
        path: Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')])),
      }
  }
  throw new Error(`no operation for ${method} ${pathname}`)
}

/** The SDK call options that should produce the recorded request. */
function callOptionsFor(exchange: RecordedExchange) {
  const url = new URL(exchange.request.path, 'http://recorded.invalid')
  const { operationId, path } = operationFor(exchange.request.method, url.pathname)
  const query: Record<string, string | number> = {}
  for (const [name, value] of url.searchParams) query[name] = name === 'limit' ? Number(value) : value
  const options: Record<string, unknown> = {}
  if (Object.keys(path).length > 0) options.path = path
  if (Object.keys(query).length > 0) options.query = query
  if (exchange.request.body !== null) options.body = exchange.request.body
  return { operationId, options }
}

/** A client holding exactly the credentials the recorded request carried. */
function clientFor(exchange: RecordedExchange, baseUrl: string) {
  const headers = exchange.request.headers
  return createBotpressMessagingClient({
    baseUrl,
    clientId: headers['x-bp-messaging-client-id'],
    clientToken: headers['x-bp-messaging-client-token'],
    adminKey: headers['x-bp-messaging-admin-key'],
    maxRetries: 0,
    validateResponses: responseChecker,
  })
}

const expectedResult = (exchange: RecordedExchange) => {
  const { body, status } = exchange.response
  if (status === 204) return undefined
  return 'json' in body ? body.json : body.text
}

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
afterAll(() => server.close())

describe('recorded exchanges with the v1.2.18 server', () => {
  it('the recording is the one the README describes', () => {
    expect(recording.server.version).toBe('1.2.18')
    expect(exchanges).toHaveLength(87)
    expect(webhooks).toHaveLength(23)
  })

  it('every operation of the spec is in the recording', () => {
    const recorded = new Set(exchanges.map((exchange) => callOptionsFor(exchange).operationId))
    expect([...recorded].sort()).toEqual(
      Object.values(operations)
        .map((operation) => operation.id)
        .sort(),
    )
  })

  for (const exchange of exchanges) {
    const sendsCredentialsItLacks = exchange.name === 'clients.get (missing client headers -> 401)'

    it(
      sendsCredentialsItLacks ? `${exchange.name}: refused before sending (no credentials)` : exchange.name,
      async () => {
        server.requests.length = 0
        server.respondWith({
          status: exchange.response.status,
          headers: exchange.response.headers,
          body: exchange.response.body.text,
        })
        const { operationId, options } = callOptionsFor(exchange)
        const client = clientFor(exchange, server.baseUrl) as unknown as Record<
          string,
          (options: unknown) => Promise<unknown>
        >
        const outcome = await client[operationId]!(options).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        )

        // A body the server refused for a missing required property never leaves the
        // process now: the SDK refuses it first, naming the property.
        const requiredBody = Object.values(operations).find((operation) => operation.id === operationId)?.requiredBody
        const recordedBody = exchange.request.body as Record<string, unknown> | null
        const missing = requiredBody?.find(
          (property) =>
            recordedBody !== null && typeof recordedBody === 'object' && recordedBody[property] === undefined,
        )
        if (missing) {
          expect(exchange.response.status).toBe(400)
          expect((outcome as { error: unknown }).error).toBeInstanceOf(RequestValidationError)
          expect((outcome as { error: RequestValidationError }).error.parameter).toBe(`body.${missing}`)
          expect(server.requests).toHaveLength(0)
          return
        }

        if (sendsCredentialsItLacks) {
          // The SDK never sends a client route without its credentials: the 401 the server gave
          // becomes a MissingCredentialError before anything leaves the process.
          expect(outcome).toHaveProperty('error')
          expect((outcome as { error: unknown }).error).toBeInstanceOf(MissingCredentialError)
          expect(server.requests).toHaveLength(0)
          return
        }

        // The request on the wire is the recorded one.
        expect(server.requests).toHaveLength(1)
        const sent = server.requests[0]!
        expect(sent.method).toBe(exchange.request.method)
        expect(sent.url).toBe(exchange.request.path)
        const sentMessagingHeaders = Object.fromEntries(
          Object.entries(sent.headers).filter(([name]) => messagingHeader.test(name)),
        )
        const recordedMessagingHeaders = Object.fromEntries(
          Object.entries(exchange.request.headers).filter(([name]) => messagingHeader.test(name)),
        )
        expect(sentMessagingHeaders).toEqual(recordedMessagingHeaders)
        expect(sent.headers['content-type']).toBe(exchange.request.headers['content-type'])
        if (exchange.request.body === null) expect(sent.body).toBe('')
        else expect(sent.json).toEqual(exchange.request.body)

        // The recorded answer gives the typed result or the typed error.
        const { status } = exchange.response
        if (status < 300) {
          expect(outcome).toEqual({ result: expectedResult(exchange) })
        } else {
          const error = (outcome as { error?: unknown }).error
          expect(error).toBeInstanceOf(errorClassByStatus[status])
          expect((error as ApiError).status).toBe(status)
          expect((error as ApiError).body).toBe(exchange.response.body.text)
        }
      },
    )
  }
})

describe('recorded webhooks from the v1.2.18 server', () => {
  const webhookToken = '<webhook-token>'
  const requestFor = (webhook: (typeof webhooks)[number], headers: Record<string, string> = webhook.headers) =>
    new Request(`http://127.0.0.1:8080${webhook.path}`, { method: webhook.method, headers, body: webhook.body.text })

  for (const webhook of webhooks) {
    it(`${webhook.name}: accepted and delivered typed`, async () => {
      const delivered: Array<{ handler: string; event: unknown }> = []
      const record = (handler: string) => (event: unknown) => {
        delivered.push({ handler, event })
      }
      const handler = createBotpressMessagingWebhookHandler({
        webhookToken,
        on: {
          'user.new': record('user.new'),
          'user.updated': record('user.updated'),
          'conversation.new': record('conversation.new'),
          'conversation.started': record('conversation.started'),
          'message.new': record('message.new'),
          'message.feedback': record('message.feedback'),
          'health.new': record('health.new'),
          unknown: record('unknown'),
        },
      })
      const response = await handler(requestFor(webhook))
      expect(response.status).toBe(200)
      const json = webhook.body.json as { type: string }
      expect(delivered).toEqual([{ handler: json.type, event: json }])
      // The spec's schema keeps every field the server sent (userData included).
      expect(zWebhookEvent.parse(json)).toEqual(json)
    })
  }

  it('the same posts with another token are refused', async () => {
    const handler = createBotpressMessagingWebhookHandler({ webhookToken, on: {} })
    for (const webhook of webhooks) {
      const response = await handler(
        requestFor(webhook, { ...webhook.headers, 'x-bp-messaging-webhook-token': 'a-token-of-someone-else' }),
      )
      expect(response.status).toBe(403)
    }
  })
})

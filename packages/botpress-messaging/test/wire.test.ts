// What a spec mock cannot show: the exact request on the wire and how each error status
// surfaces, against a scripted server on 127.0.0.1.
import { type ScriptedServer, startScriptedServer } from '@parley/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  MissingCredentialError,
  NotFoundError,
  RequestValidationError,
  TimeoutError,
  createBotpressMessagingClient,
  createBotpressMessagingHttpClient,
  getUser,
} from '../src/index.js'
import syncTelegramSlack from './fixtures/sync-telegram-slack.request.json' with { type: 'json' }

// The seed's first example with the channel version the live server requires.
const syncTelegramSlackVersioned = {
  ...syncTelegramSlack,
  channels: {
    telegram: { ...syncTelegramSlack.channels.telegram, version: '1.0.0' as const },
    slack: { ...syncTelegramSlack.channels.slack, version: '1.0.0' as const },
  },
}

const clientId = 'c0ffee00-0000-4000-8000-000000000001'
const clientToken = 'canary-client-token-7f3a'
const userId = '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13'
const conversationId = '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e'

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
afterEach(() => {
  server.requests.length = 0
})
afterAll(() => server.close())

const client = () => createBotpressMessagingClient({ baseUrl: server.baseUrl, clientId, clientToken, maxRetries: 0 })

describe('requests on the wire', () => {
  it('sends both client headers, the JSON body unchanged, and the /api/v1 path', async () => {
    server.respondWith({ status: 200, body: { webhooks: [] } })
    await client().sync({ body: syncTelegramSlackVersioned })
    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/api/v1/sync')
    expect(request?.headers['x-bp-messaging-client-id']).toBe(clientId)
    expect(request?.headers['x-bp-messaging-client-token']).toBe(clientToken)
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.json).toEqual(syncTelegramSlackVersioned)
  })

  it('serializes limit and from into the query and encodes path parameters', async () => {
    server.respondWith({ status: 200, body: [] })
    await client().listMessages({ path: { conversationId }, query: { limit: 3, from: '2026-11-01T10:00:00.000Z' } })
    expect(server.requests[0]?.url).toBe(
      `/api/v1/messages/conversation/${conversationId}?limit=3&from=2026-11-01T10%3A00%3A00.000Z`,
    )
    await client().getUser({ path: { id: 'a/b c' } })
    expect(server.requests[1]?.url).toBe('/api/v1/users/a%2Fb%20c')
  })

  it('a custom baseUrl with a path prefix keeps it', async () => {
    server.respondWith({ status: 200, body: { id: userId, clientId } })
    const behindProxy = createBotpressMessagingClient({
      baseUrl: `${server.baseUrl}/messaging/`,
      clientId,
      clientToken,
    })
    await behindProxy.getUser({ path: { id: userId } })
    expect(server.requests[0]?.url).toBe(`/messaging/api/v1/users/${userId}`)
  })

  it('extra headers from the options reach the server', async () => {
    server.respondWith({ status: 201, body: { id: userId, clientId } })
    const traced = createBotpressMessagingClient({
      baseUrl: server.baseUrl,
      clientId,
      clientToken,
      headers: { 'x-request-id': 'trace-1' },
    })
    await traced.createUser()
    expect(server.requests[0]?.headers['x-request-id']).toBe('trace-1')
  })

  it('201 and 204 resolve: the created body, and undefined for no content', async () => {
    server.respondWith({ status: 201, body: { id: userId, clientId } })
    await expect(client().createUser()).resolves.toEqual({ id: userId, clientId })
    server.respondWith({ status: 204 })
    await expect(client().deleteMessage({ path: { id: userId } })).resolves.toBeUndefined()
  })

  it('a flat function with the HTTP client sends the same request', async () => {
    server.respondWith({ status: 200, body: { id: userId, clientId } })
    const http = createBotpressMessagingHttpClient({ baseUrl: server.baseUrl, clientId, clientToken })
    await expect(getUser({ client: http, path: { id: userId } })).resolves.toEqual({ id: userId, clientId })
    expect(server.requests[0]?.url).toBe(`/api/v1/users/${userId}`)
    expect(server.requests[0]?.headers['x-bp-messaging-client-token']).toBe(clientToken)
  })
})

describe('errors', () => {
  it.each([
    [400, BadRequestError, 'conversationId must be a valid GUID'],
    [401, AuthenticationError, 'Unauthorized'],
    [404, NotFoundError, 'Not Found'],
  ] as const)(
    '%i becomes a typed ApiError with status, headers and the plain-text body',
    async (status, ErrorClass, text) => {
      server.respondWith({ status, body: text, headers: { 'x-trace': 'abc' } })
      const error = await client()
        .getConversation({ path: { id: conversationId } })
        .catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ErrorClass)
      expect(error).toBeInstanceOf(ApiError)
      const apiError = error as ApiError
      expect(apiError.status).toBe(status)
      expect(apiError.body).toBe(text)
      expect(apiError.headers['x-trace']).toBe('abc')
      expect(apiError.method).toBe('GET')
      expect(apiError.url).toBe(`${server.baseUrl}/api/v1/conversations/${conversationId}`)
      expect(apiError.isRetryable).toBe(false)
      expect(String(apiError)).toContain(String(status))
      expect(JSON.stringify(apiError)).not.toContain(clientToken)
      expect(String(apiError.stack)).not.toContain(clientToken)
    },
  )

  it('a missing path parameter fails before anything is sent', async () => {
    const error = await client()
      .getUser({ path: { id: '' } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RequestValidationError)
    expect((error as Error).message).toContain('`id`')
    expect(server.requests).toHaveLength(0)
  })

  it('a missing credential fails before anything is sent and names the option', async () => {
    const anonymous = createBotpressMessagingClient({ baseUrl: server.baseUrl, clientId })
    const error = await anonymous.createUser().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MissingCredentialError)
    expect((error as Error).message).toContain('clientToken')
    expect(server.requests).toHaveLength(0)
  })

  it('createClient works without an admin key (the route is open on servers without ADMIN_KEY)', async () => {
    server.respondWith({ status: 201, body: { id: clientId, token: 'new-token' } })
    const open = createBotpressMessagingClient({ baseUrl: server.baseUrl })
    await expect(open.createClient({ body: {} })).resolves.toEqual({ id: clientId, token: 'new-token' })
    expect(server.requests[0]?.headers['x-bp-messaging-admin-key']).toBeUndefined()
  })

  it('createClient sends the admin key when given', async () => {
    server.respondWith({ status: 201, body: { id: clientId, token: 'new-token' } })
    const admin = createBotpressMessagingClient({ baseUrl: server.baseUrl, adminKey: 'admin-secret' })
    await admin.createClient({ body: {} })
    expect(server.requests[0]?.headers['x-bp-messaging-admin-key']).toBe('admin-secret')
  })
})

describe('collecting replies', () => {
  const collectBody = {
    conversationId,
    authorId: userId,
    payload: { type: 'text' as const, text: 'Tell me a joke' },
    timeout: 0,
  }

  it('timeout 0 waits on the server until endTurn, and the client timeout still ends it once, without a retry', async () => {
    // The server holds a `timeout: 0` collect until the turn is ended; here it never is.
    server.respondWith({ status: 201, body: {}, delayMs: 5000 })
    const patient = createBotpressMessagingClient({ baseUrl: server.baseUrl, clientId, clientToken, timeoutMs: 300 })
    await expect(patient.createMessageAndCollect({ body: collectBody })).rejects.toBeInstanceOf(TimeoutError)
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]?.json).toEqual(collectBody)
  })

  it('endTurn posts to the collected message with no body', async () => {
    server.respondWith({ status: 200, body: 'OK' })
    await expect(client().endTurn({ path: { id: '59fa1440-7b11-4bdc-a107-38d54888f2e6' } })).resolves.toBe('OK')
    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/api/v1/messages/turn/59fa1440-7b11-4bdc-a107-38d54888f2e6')
    expect(request?.body).toBe('')
    expect(request?.headers['content-type']).toBeUndefined()
  })
})

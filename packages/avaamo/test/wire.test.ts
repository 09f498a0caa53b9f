// What a spec mock cannot show, against a scripted server on 127.0.0.1: which of the two
// tokens goes out on each operation (both use the `access-token` header, so Prism cannot
// tell them apart), the document's example messages byte for byte, the exact query
// string, how each error status surfaces, and what is retried.
import { type ScriptedServer, startScriptedServer } from '@parley/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { responseChecker } from '../src/zod.js'
import {
  ConfigurationError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  MissingCredentialError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
  createAvaamoClient,
  createAvaamoHttpClient,
  listAgentMessages,
  postAgentMessage,
} from '../src/index.js'
import listResponse from './fixtures/list-agent-messages.response.json' with { type: 'json' }
import postResponse from './fixtures/post-agent-message.response.json' with { type: 'json' }
import feedbackCardMessage from './fixtures/post-feedback-card-message.request.json' with { type: 'json' }
import listViewMessage from './fixtures/post-list-view-message.request.json' with { type: 'json' }
import simpleMessage from './fixtures/post-simple-message.request.json' with { type: 'json' }

// Distinct canaries, so that a token found anywhere in a request can be told apart.
const userAccessToken = 'user-token-canary-5d1e'
const agentAccessToken = 'agent-token-canary-9b7c'

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
afterEach(() => {
  server.requests.length = 0
})
afterAll(() => server.close())

const client = (
  tokens: { userAccessToken?: string; agentAccessToken?: string } = { userAccessToken, agentAccessToken },
) => createAvaamoClient({ baseUrl: server.baseUrl, maxRetries: 0, ...tokens })

/** Everything the server received in one request (URL, every header, body) as one string. */
const everythingSent = (index = 0): string => JSON.stringify(server.requests[index])

describe('postAgentMessage on the wire', () => {
  it.each([
    ['simple message (scenario 1)', simpleMessage],
    ['list view (scenario 2)', listViewMessage],
    ['feedback card (scenario 3)', feedbackCardMessage],
  ])("sends the document's %s unchanged as JSON to POST /bots_api/v1/messages.json", async (_name, body) => {
    server.respondWith({ status: 200, body: postResponse })
    // JSON imports widen `"post_message"` to string; the fixtures are checked against the
    // spec's types in document-examples.test.ts.
    await expect(client().postAgentMessage({ body: body as never })).resolves.toEqual({ success: true })
    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/bots_api/v1/messages.json')
    expect(request?.headers['content-type']).toBe('application/json')
    expect(request?.json).toEqual(body)
    expect(request?.body).toBe(JSON.stringify(body))
  })

  it('sends the user access token in `access-token`, and the agent token nowhere', async () => {
    server.respondWith({ status: 200, body: postResponse })
    await client().postAgentMessage({
      body: { message: 'Your order has shipped.', conversation: { uuid: 'c1' }, bot_id: 2154 },
    })
    expect(server.requests[0]?.headers['access-token']).toBe(userAccessToken)
    expect(everythingSent()).not.toContain(agentAccessToken)
  })

  it('fails before sending, naming `userAccessToken`, when only the agent token was given', async () => {
    const error = await client({ agentAccessToken })
      .postAgentMessage({ body: { message: 'Hi', conversation: { uuid: 'c1' }, bot_id: 2154 } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MissingCredentialError)
    expect((error as MissingCredentialError).parameter).toBe('userAccessToken')
    expect((error as MissingCredentialError).operationId).toBe('postAgentMessage')
    expect((error as Error).message).toContain('`userAccessToken`')
    expect((error as Error).message).not.toContain(agentAccessToken)
    expect(server.requests).toHaveLength(0)
  })
})

describe('listAgentMessages on the wire', () => {
  it('sends the agent access token in `access-token`, and the user token nowhere', async () => {
    server.respondWith({ status: 200, body: listResponse })
    await expect(client().listAgentMessages({ query: { per_page: 1 } })).resolves.toEqual(listResponse)
    const [request] = server.requests
    expect(request?.method).toBe('GET')
    expect(request?.headers['access-token']).toBe(agentAccessToken)
    expect(request?.headers['content-type']).toBeUndefined()
    expect(everythingSent()).not.toContain(userAccessToken)
  })

  it('fails before sending, naming `agentAccessToken`, when only the user token was given', async () => {
    const error = await client({ userAccessToken })
      .listAgentMessages()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MissingCredentialError)
    expect((error as MissingCredentialError).parameter).toBe('agentAccessToken')
    expect((error as Error).message).toContain('`agentAccessToken`')
    expect(server.requests).toHaveLength(0)
  })

  // The use cases table of the document, each with the URL it shows.
  it.each([
    ['the latest message', { per_page: 1 }, '/v1/messages.json?per_page=1'],
    [
      'a period in epoch microseconds',
      { since_timetoken: 1569229247677821, timetoken: 1569229251418739 },
      '/v1/messages.json?since_timetoken=1569229247677821&timetoken=1569229251418739',
    ],
    ['a page', { page: 5, per_page: 2 }, '/v1/messages.json?page=5&per_page=2'],
    [
      'the latest message with device details',
      { per_page: 1, device_info: true },
      '/v1/messages.json?per_page=1&device_info=true',
    ],
    ['no parameters', undefined, '/v1/messages.json'],
  ])('serializes the query for %s as the document writes it', async (_name, query, url) => {
    server.respondWith({ status: 200, body: listResponse })
    await client().listAgentMessages(query ? { query } : undefined)
    // 16-digit microsecond timetokens stay whole numbers (no exponent, no rounding).
    expect(server.requests[0]?.url).toBe(url)
  })

  it('device_info=false is sent, not dropped', async () => {
    server.respondWith({ status: 200, body: listResponse })
    await client().listAgentMessages({ query: { device_info: false } })
    expect(server.requests[0]?.url).toBe('/v1/messages.json?device_info=false')
  })
})

describe('one client, both tokens', () => {
  it('alternating calls each carry their own token, never the other one', async () => {
    server.respondWith((request) => ({ status: 200, body: request.method === 'POST' ? postResponse : listResponse }))
    const avaamo = client()
    await avaamo.listAgentMessages()
    await avaamo.postAgentMessage({ body: { message: 'one', conversation: { uuid: 'c1' }, bot_id: 2154 } })
    await avaamo.listAgentMessages()
    expect(server.requests.map((request) => [request.method, request.headers['access-token']])).toEqual([
      ['GET', agentAccessToken],
      ['POST', userAccessToken],
      ['GET', agentAccessToken],
    ])
  })

  it("a client without any token fails each call before sending, naming that call's option", async () => {
    const anonymous = createAvaamoClient({ baseUrl: server.baseUrl })
    await expect(anonymous.listAgentMessages()).rejects.toMatchObject({
      name: 'MissingCredentialError',
      parameter: 'agentAccessToken',
    })
    await expect(
      anonymous.postAgentMessage({ body: { message: 'x', conversation: { uuid: 'c1' }, bot_id: 1 } }),
    ).rejects.toMatchObject({
      name: 'MissingCredentialError',
      parameter: 'userAccessToken',
    })
    expect(server.requests).toHaveLength(0)
  })

  it('an empty token is a ConfigurationError at creation (an unset environment variable, say), nothing sent', () => {
    expect(() => client({ userAccessToken: '', agentAccessToken })).toThrow(ConfigurationError)
    expect(() => client({ userAccessToken: '', agentAccessToken })).toThrow(/userAccessToken/)
    expect(server.requests).toHaveLength(0)
  })

  it("an `access-token` in the `headers` option does not replace the operation's token", async () => {
    server.respondWith({ status: 200, body: listResponse })
    const traced = createAvaamoClient({
      baseUrl: server.baseUrl,
      agentAccessToken,
      headers: { 'access-token': 'stale', 'x-request-id': 'trace-1' },
    })
    await traced.listAgentMessages()
    expect(server.requests[0]?.headers['access-token']).toBe(agentAccessToken)
    expect(server.requests[0]?.headers['x-request-id']).toBe('trace-1')
  })

  it('the flat functions with the HTTP client pick the same token per operation', async () => {
    server.respondWith((request) => ({ status: 200, body: request.method === 'POST' ? postResponse : listResponse }))
    const http = createAvaamoHttpClient({ baseUrl: server.baseUrl, userAccessToken, agentAccessToken })
    await expect(
      postAgentMessage({ client: http, body: { message: 'x', conversation: { uuid: 'c1' }, bot_id: 1 } }),
    ).resolves.toEqual({ success: true })
    await expect(listAgentMessages({ client: http, query: { per_page: 1 } })).resolves.toEqual(listResponse)
    expect(server.requests.map((request) => request.headers['access-token'])).toEqual([
      userAccessToken,
      agentAccessToken,
    ])
  })

  it('a baseUrl with a path prefix keeps it', async () => {
    server.respondWith({ status: 200, body: listResponse })
    await createAvaamoClient({ baseUrl: `${server.baseUrl}/avaamo/`, agentAccessToken }).listAgentMessages()
    expect(server.requests[0]?.url).toBe('/avaamo/v1/messages.json')
  })
})

describe('errors', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
  ] as const)(
    '%i on postAgentMessage becomes a %o with status, body, method and URL, without the token',
    async (status, ErrorClass) => {
      const body = { success: false, errors: [`status ${status}`] }
      server.respondWith({ status, body, headers: { 'x-trace': 'abc' } })
      const error = await client()
        .postAgentMessage({ body: { message: 'x', conversation: { uuid: 'c1' }, bot_id: 2154 } })
        .catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ErrorClass)
      expect(error).toBeInstanceOf(ApiError)
      const apiError = error as ApiError
      expect(apiError.status).toBe(status)
      expect(apiError.body).toEqual(body)
      expect(apiError.headers['x-trace']).toBe('abc')
      expect(apiError.method).toBe('POST')
      expect(apiError.url).toBe(`${server.baseUrl}/bots_api/v1/messages.json`)
      expect(apiError.operationId).toBe('postAgentMessage')
      for (const printed of [JSON.stringify(apiError), String(apiError), String(apiError.stack)]) {
        expect(printed).not.toContain(userAccessToken)
        expect(printed).not.toContain(agentAccessToken)
      }
    },
  )

  it('a 401 on listAgentMessages (say, the user token given as the agent token) is an AuthenticationError', async () => {
    server.respondWith({ status: 401, body: { error: 'Invalid access token' } })
    const error = await client()
      .listAgentMessages()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AuthenticationError)
    expect((error as ApiError).body).toEqual({ error: 'Invalid access token' })
    expect((error as ApiError).method).toBe('GET')
  })

  it('a plain-text error body is kept as text', async () => {
    server.respondWith({ status: 403, body: 'Forbidden' })
    const error = await client()
      .listAgentMessages()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PermissionDeniedError)
    expect((error as ApiError).body).toBe('Forbidden')
  })

  it("validateResponses: the document's answer passes, a page without entries throws ResponseValidationError", async () => {
    const validating = createAvaamoClient({
      baseUrl: server.baseUrl,
      agentAccessToken,
      validateResponses: responseChecker,
    })
    server.respondWith({ status: 200, body: listResponse })
    await expect(validating.listAgentMessages()).resolves.toEqual(listResponse)
    server.respondWith({ status: 200, body: { current_page: 1, per_page: 25, total_entries: 0, total_pages: 0 } })
    const error = await validating.listAgentMessages().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ResponseValidationError)
    expect((error as ResponseValidationError).operationId).toBe('listAgentMessages')
  })
})

describe('retries', () => {
  // A zero back-off keeps these tests free of waiting; what is retried does not depend on it.
  const retrying = (extra: Parameters<typeof createAvaamoClient>[0] = {}) =>
    createAvaamoClient({
      baseUrl: server.baseUrl,
      userAccessToken,
      agentAccessToken,
      maxRetries: 2,
      retry: { initialDelayMs: 0, maxDelayMs: 0 },
      ...extra,
    })
  const message = { message: 'Your order has shipped.', conversation: { uuid: 'c1' }, bot_id: 2154 }

  it('postAgentMessage is not retried on a 5xx: the message may have been posted', async () => {
    server.respondWith({ status: 503, body: { error: 'busy' } })
    await expect(retrying().postAgentMessage({ body: message })).rejects.toBeInstanceOf(InternalServerError)
    expect(server.requests).toHaveLength(1)
  })

  it('postAgentMessage IS retried on a 429 (a refusal: nothing was posted), within the retry budget', async () => {
    server.respondWith({ status: 429, headers: { 'retry-after': '0' }, body: { error: 'slow down' } })
    await expect(retrying().postAgentMessage({ body: message })).rejects.toBeInstanceOf(RateLimitError)
    expect(server.requests).toHaveLength(3)
  })

  it('postAgentMessage is not retried when the connection drops after sending', async () => {
    server.respondWith({ destroySocket: true })
    const error = await retrying()
      .postAgentMessage({ body: message })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as ConnectionError).neverSent).toBe(false)
    expect(server.requests).toHaveLength(1)
  })

  it('postAgentMessage is retried when the request never left the machine (connection refused)', async () => {
    server.respondWith({ status: 200, body: postResponse })
    let attempts = 0
    const refusingOnce: typeof fetch = async (input, init) => {
      attempts++
      if (attempts === 1)
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
        })
      return fetch(input, init)
    }
    await expect(retrying({ fetch: refusingOnce }).postAgentMessage({ body: message })).resolves.toEqual({
      success: true,
    })
    expect(attempts).toBe(2)
    expect(server.requests).toHaveLength(1)
  })

  it('listAgentMessages is retried on a 503 and resolves with the next answer', async () => {
    server.respondWith([
      { status: 503, body: { error: 'busy' } },
      { status: 200, body: listResponse },
    ])
    await expect(retrying().listAgentMessages()).resolves.toEqual(listResponse)
    expect(server.requests).toHaveLength(2)
    expect(server.requests.map((request) => request.headers['access-token'])).toEqual([
      agentAccessToken,
      agentAccessToken,
    ])
  })

  it('listAgentMessages gives up after maxRetries', async () => {
    server.respondWith({ status: 500, body: { error: 'down' } })
    await expect(retrying({ maxRetries: 1 }).listAgentMessages()).rejects.toBeInstanceOf(InternalServerError)
    expect(server.requests).toHaveLength(2)
  })
})

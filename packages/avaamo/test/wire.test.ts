// The wire, against a scripted server on 127.0.0.1: the right token per operation, the
// document's example messages unchanged, query serialization, paging and errors.
import { type ScriptedServer, startScriptedServer } from '@parley/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AuthenticationError, BadRequestError, MissingCredentialError, createAvaamoClient, iterateAgentMessages } from '../src/index.js'
import listResponse from './fixtures/list-agent-messages.response.json' with { type: 'json' }
import feedbackCard from './fixtures/post-feedback-card-message.request.json' with { type: 'json' }
import listView from './fixtures/post-list-view-message.request.json' with { type: 'json' }
import postResponse from './fixtures/post-agent-message.response.json' with { type: 'json' }
import simpleMessage from './fixtures/post-simple-message.request.json' with { type: 'json' }

const userAccessToken = 'user-token-canary-51'
const agentAccessToken = 'agent-token-canary-73'

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
beforeEach(() => {
  server.requests.length = 0
})
afterAll(() => server.close())

const client = (options: { userAccessToken?: string; agentAccessToken?: string } = { userAccessToken, agentAccessToken }) =>
  createAvaamoClient({ baseUrl: server.baseUrl, maxRetries: 0, ...options })

describe('postAgentMessage', () => {
  it.each([
    ['simple', simpleMessage],
    ['list view', listView],
    ['feedback card', feedbackCard],
  ])('sends the %s example unchanged, with the user access token only', async (_name, body) => {
    server.respondWith({ status: 200, body: postResponse })
    await expect(client().postAgentMessage({ body: body as never })).resolves.toEqual(postResponse)
    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/bots_api/v1/messages.json')
    expect(request?.headers['access-token']).toBe(userAccessToken)
    expect(request?.json).toEqual(body)
  })

  it('fails before sending, naming `userAccessToken`, when only the agent token was given', async () => {
    const error = await client({ agentAccessToken })
      .postAgentMessage({ body: simpleMessage as never })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MissingCredentialError)
    expect(String(error)).toContain('userAccessToken')
    expect(server.requests).toHaveLength(0)
  })

  it('is never retried on a 5xx: a message is not posted twice', async () => {
    server.respondWith({ status: 503, body: { error: 'busy' } })
    await expect(createAvaamoClient({ baseUrl: server.baseUrl, userAccessToken, maxRetries: 3 }).postAgentMessage({ body: simpleMessage as never })).rejects.toMatchObject({ status: 503 })
    expect(server.requests).toHaveLength(1)
  })

  it('maps 400 and 401 onto typed errors without the token', async () => {
    server.respondWith({ status: 400, body: { error: 'bad bot_id' } })
    const badRequest = await client().postAgentMessage({ body: simpleMessage as never }).catch((caught: unknown) => caught)
    expect(badRequest).toBeInstanceOf(BadRequestError)
    server.respondWith({ status: 401, body: { error: 'invalid token' } })
    const unauthorized = await client().postAgentMessage({ body: simpleMessage as never }).catch((caught: unknown) => caught)
    expect(unauthorized).toBeInstanceOf(AuthenticationError)
    expect(JSON.stringify(unauthorized)).not.toContain(userAccessToken)
  })
})

describe('listAgentMessages', () => {
  it('sends the agent access token only, and serializes every query parameter', async () => {
    server.respondWith({ status: 200, body: listResponse })
    await client().listAgentMessages({ query: { device_info: true, since_timetoken: 1569216722512460, timetoken: 1569219802362128, page: 2, per_page: 100 } })
    const [request] = server.requests
    expect(request?.headers['access-token']).toBe(agentAccessToken)
    expect(request?.url).toBe('/v1/messages.json?device_info=true&since_timetoken=1569216722512460&timetoken=1569219802362128&page=2&per_page=100')
  })

  it('fails before sending, naming `agentAccessToken`, when only the user token was given', async () => {
    const error = await client({ userAccessToken }).listAgentMessages().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MissingCredentialError)
    expect(String(error)).toContain('agentAccessToken')
    expect(server.requests).toHaveLength(0)
  })
})

describe('iterateAgentMessages', () => {
  const entry = (uuid: string) => ({ ...listResponse.entries[0], uuid })
  const page = (currentPage: number, uuids: string[]) => ({ current_page: currentPage, per_page: 2, total_entries: 5, total_pages: 3, entries: uuids.map(entry) })

  it('follows page until total_pages and yields every entry in order', async () => {
    server.respondWith((request) => {
      const pageNumber = Number(new URL(request.url, 'http://x').searchParams.get('page'))
      return { status: 200, body: [page(1, ['a', 'b']), page(2, ['c', 'd']), page(3, ['e'])][pageNumber - 1] }
    })
    const uuids: string[] = []
    for await (const message of iterateAgentMessages(client(), { per_page: 2 })) uuids.push(message.uuid)
    expect(uuids).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(server.requests.map((request) => request.url)).toEqual([
      '/v1/messages.json?per_page=2&page=1',
      '/v1/messages.json?per_page=2&page=2',
      '/v1/messages.json?per_page=2&page=3',
    ])
  })

  it('stops fetching when the loop breaks', async () => {
    server.respondWith({ status: 200, body: page(1, ['a', 'b']) })
    for await (const message of iterateAgentMessages(client())) {
      expect(message.uuid).toBe('a')
      break
    }
    expect(server.requests).toHaveLength(1)
  })

  it('stops at maxPages even when the server says more follow', async () => {
    server.respondWith({ status: 200, body: page(1, ['a']) })
    const uuids: string[] = []
    for await (const message of iterateAgentMessages(client(), { maxPages: 2 })) uuids.push(message.uuid)
    expect(uuids).toEqual(['a', 'a'])
    expect(server.requests).toHaveLength(2)
  })
})

// iterateAgentMessages against a scripted server that serves pages by the `page` it is
// asked for: every entry in order, one request per page, no request past `total_pages`
// or after the caller stops.
import { type RecordedRequest, type ScriptedServer, startScriptedServer } from '@parley/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  type AgentMessageEntry,
  InternalServerError,
  MissingCredentialError,
  createAvaamoClient,
  iterateAgentMessages,
} from '../src/index.js'
import listResponse from './fixtures/list-agent-messages.response.json' with { type: 'json' }

const agentAccessToken = 'agent-token-canary-9b7c'

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
afterEach(() => {
  server.requests.length = 0
})
afterAll(() => server.close())

const client = () => createAvaamoClient({ baseUrl: server.baseUrl, agentAccessToken, maxRetries: 0 })

/** The document's entry with another uuid. */
const entry = (uuid: string) => ({ ...listResponse.entries[0], uuid })

/** Serves `pages[page - 1]` as Avaamo would: the envelope, then that page's entries. */
function servePages(pages: string[][], perPage = 2): void {
  const totalEntries = pages.flat().length
  server.respondWith((request) => {
    const pageNumber = Number(pageOf(request) ?? 1)
    return {
      status: 200,
      body: {
        current_page: pageNumber,
        per_page: perPage,
        total_entries: totalEntries,
        total_pages: pages.length,
        time_token: 1569219802.3621287,
        entries: (pages[pageNumber - 1] ?? []).map(entry),
      },
    }
  })
}

const pageOf = (request: RecordedRequest) => new URL(request.url, 'http://127.0.0.1').searchParams.get('page')
const pagesRequested = () => server.requests.map(pageOf)

async function collectUuids(entries: AsyncIterable<AgentMessageEntry>): Promise<string[]> {
  const uuids: string[] = []
  for await (const message of entries) uuids.push(message.uuid)
  return uuids
}

describe('iterateAgentMessages', () => {
  it('yields every entry across three pages in order, one request per page, none past total_pages', async () => {
    servePages([['a', 'b'], ['c', 'd'], ['e']])
    expect(await collectUuids(iterateAgentMessages(client(), { per_page: 2 }))).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(server.requests.map((request) => request.url)).toEqual([
      '/v1/messages.json?per_page=2&page=1',
      '/v1/messages.json?per_page=2&page=2',
      '/v1/messages.json?per_page=2&page=3',
    ])
  })

  it('sends the agent token and the same filters on every page', async () => {
    servePages([['a'], ['b']], 1)
    const query = { since_timetoken: 1569229247677821, timetoken: 1569229251418739, device_info: true, per_page: 1 }
    await collectUuids(iterateAgentMessages(client(), query))
    expect(server.requests).toHaveLength(2)
    for (const [index, request] of server.requests.entries()) {
      expect(request.headers['access-token']).toBe(agentAccessToken)
      expect(request.url).toBe(
        `/v1/messages.json?since_timetoken=1569229247677821&timetoken=1569229251418739&device_info=true&per_page=1&page=${index + 1}`,
      )
    }
  })

  it('a single page is one request', async () => {
    servePages([['a', 'b']])
    expect(await collectUuids(iterateAgentMessages(client()))).toEqual(['a', 'b'])
    expect(pagesRequested()).toEqual(['1'])
  })

  it('no messages (total_pages 0) yields nothing after one request', async () => {
    servePages([])
    expect(await collectUuids(iterateAgentMessages(client()))).toEqual([])
    expect(pagesRequested()).toEqual(['1'])
  })

  it('an empty page stops the walk even if total_pages says more follow', async () => {
    server.respondWith((request) => ({
      status: 200,
      body: {
        current_page: Number(pageOf(request)),
        per_page: 2,
        total_entries: 10,
        total_pages: 5,
        entries: pageOf(request) === '1' ? [entry('a')] : [],
      },
    }))
    expect(await collectUuids(iterateAgentMessages(client()))).toEqual(['a'])
    expect(pagesRequested()).toEqual(['1', '2'])
  })

  it('breaking out of the loop on the first entry fetches nothing more', async () => {
    servePages([['a', 'b'], ['c', 'd'], ['e']])
    for await (const message of iterateAgentMessages(client())) {
      expect(message.uuid).toBe('a')
      break
    }
    expect(pagesRequested()).toEqual(['1'])
  })

  it('breaking out on the second page leaves the third unfetched', async () => {
    servePages([['a', 'b'], ['c', 'd'], ['e']])
    const seen: string[] = []
    for await (const message of iterateAgentMessages(client())) {
      seen.push(message.uuid)
      if (message.uuid === 'c') break
    }
    expect(seen).toEqual(['a', 'b', 'c'])
    expect(pagesRequested()).toEqual(['1', '2'])
  })

  it('firstPage starts the walk further on', async () => {
    servePages([['a', 'b'], ['c', 'd'], ['e']])
    expect(await collectUuids(iterateAgentMessages(client(), { firstPage: 2 }))).toEqual(['c', 'd', 'e'])
    expect(pagesRequested()).toEqual(['2', '3'])
  })

  it('maxPages caps the walk even when more pages follow', async () => {
    servePages([['a', 'b'], ['c', 'd'], ['e']])
    expect(await collectUuids(iterateAgentMessages(client(), { maxPages: 2 }))).toEqual(['a', 'b', 'c', 'd'])
    expect(pagesRequested()).toEqual(['1', '2'])
  })

  it('decides by the page it asked for, not the echoed current_page, so a server stuck on page 1 cannot loop it', async () => {
    server.respondWith({
      status: 200,
      body: { current_page: 1, per_page: 1, total_entries: 3, total_pages: 3, entries: [entry('same')] },
    })
    expect(await collectUuids(iterateAgentMessages(client()))).toEqual(['same', 'same', 'same'])
    expect(pagesRequested()).toEqual(['1', '2', '3'])
  })

  it('an error on a later page surfaces as a typed error after the earlier entries', async () => {
    server.respondWith((request) =>
      pageOf(request) === '1'
        ? {
            status: 200,
            body: { current_page: 1, per_page: 1, total_entries: 2, total_pages: 2, entries: [entry('a')] },
          }
        : { status: 500, body: { error: 'down' } },
    )
    const seen: string[] = []
    const error = await (async () => {
      for await (const message of iterateAgentMessages(client())) seen.push(message.uuid)
    })().catch((caught: unknown) => caught)
    expect(seen).toEqual(['a'])
    expect(error).toBeInstanceOf(InternalServerError)
    expect(pagesRequested()).toEqual(['1', '2'])
  })

  it('without the agent token the first step fails before any request', async () => {
    const userOnly = createAvaamoClient({ baseUrl: server.baseUrl, userAccessToken: 'user-token' })
    await expect(iterateAgentMessages(userOnly).next()).rejects.toBeInstanceOf(MissingCredentialError)
    expect(server.requests).toHaveLength(0)
  })

  it('an aborted signal stops the walk before the next request', async () => {
    servePages([['a'], ['b'], ['c']], 1)
    const controller = new AbortController()
    const seen: string[] = []
    const error = await (async () => {
      for await (const message of iterateAgentMessages(client(), { signal: controller.signal })) {
        seen.push(message.uuid)
        controller.abort(new Error('caller stopped'))
      }
    })().catch((caught: unknown) => caught)
    expect(seen).toEqual(['a'])
    expect((error as Error).message).toBe('caller stopped')
    expect(pagesRequested()).toEqual(['1'])
  })
})

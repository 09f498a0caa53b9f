// Step 2, attemptRequest: one attempt, its timeout, and its failures classified.
import { describe, expect, it } from 'vitest'
import { attemptRequest, isBinaryType } from '../src/attempt.js'
import { ConnectionError, TimeoutError } from '../src/index.js'
import type { PreparedRequest } from '../src/prepare.js'
import { defaultRetryOptions } from '../src/retry.js'
import { canary, connectionRefused, connectionReset, json, scriptedFetch, testCall } from './support.js'

const prepared = (overrides: Partial<PreparedRequest>): PreparedRequest => ({
  url: `https://api.vendor.test/threads/1?key=${canary}`,
  headers: { authorization: canary },
  body: null,
  replayableBody: true,
  timeoutMs: 60_000,
  retry: { retrySafe: true, maxRetries: 2, options: defaultRetryOptions },
  signal: undefined,
  fetch: scriptedFetch(json(200, {})).fetch,
  parseAs: 'auto',
  ...overrides,
})
const call = testCall('GET', '/threads/{id}', { operationId: 'getThread', secrets: [canary] })

describe('attemptRequest', () => {
  it('returns the answer with its body read', async () => {
    const answer = await attemptRequest(prepared({ fetch: scriptedFetch(json(200, { ok: 1 })).fetch }), call)
    expect(answer.response.status).toBe(200)
    expect(answer.content).toBe('{"ok":1}')
  })

  it('reads a binary answer as a Blob, and a 204 as nothing', async () => {
    const png = new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } })
    const binary = await attemptRequest(prepared({ fetch: scriptedFetch(png).fetch }), call)
    expect(binary.content).toBeInstanceOf(Blob)
    expect((binary.content as Blob).size).toBe(4)
    const empty = await attemptRequest(
      prepared({ fetch: scriptedFetch(new Response(null, { status: 204 })).fetch }),
      call,
    )
    expect(empty.content).toBeUndefined()
    expect(isBinaryType('application/pdf')).toBe(true)
    expect(isBinaryType('application/problem+json; charset=utf-8')).toBe(false)
    expect(isBinaryType('text/html')).toBe(false)
  })

  it("reads an error's body as text whatever kind the operation's 2xx answers are", async () => {
    for (const parseAs of ['empty', 'blob', 'stream'] as const) {
      const notFound = new Response('Not Found', {
        status: 404,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      })
      const answer = await attemptRequest(prepared({ fetch: scriptedFetch(notFound).fetch, parseAs }), call)
      expect(answer.content).toBe('Not Found')
    }
  })

  it('classifies a refused connection as never sent and a reset as possibly sent, with the URL scrubbed', async () => {
    const refused = await attemptRequest(prepared({ fetch: scriptedFetch(connectionRefused()).fetch }), call).catch(
      (error) => error,
    )
    expect(refused).toBeInstanceOf(ConnectionError)
    expect(refused.neverSent).toBe(true)
    expect(refused.url).not.toContain(canary)
    const reset = await attemptRequest(prepared({ fetch: scriptedFetch(connectionReset()).fetch }), call).catch(
      (error) => error,
    )
    expect(reset.neverSent).toBe(false)
  })

  it('times out after timeoutMs with a TimeoutError, and passes the caller abort reason through as it is', async () => {
    const hanging = (async (_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as unknown as typeof fetch
    const timedOut = await attemptRequest(prepared({ fetch: hanging, timeoutMs: 20 }), call).catch((error) => error)
    expect(timedOut).toBeInstanceOf(TimeoutError)
    const controller = new AbortController()
    const reason = new Error('caller gave up')
    const pending = attemptRequest(prepared({ fetch: hanging, signal: controller.signal }), call)
    controller.abort(reason)
    await expect(pending).rejects.toBe(reason)
  })
})

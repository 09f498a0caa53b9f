// Step 3, successResult / errorForAnswer: what an answer means.
import { describe, expect, it } from 'vitest'
import { errorForAnswer, successResult } from '../src/classify.js'
import { NotFoundError, ResponseParseError } from '../src/index.js'
import type { PreparedRequest } from '../src/prepare.js'
import { defaultRetryOptions } from '../src/retry.js'
import { canary } from './support.js'

const request = {
  call: { operationId: 'getThread', method: 'GET', url: '/threads/{id}' },
  url: 'https://api.vendor.test/threads/1',
  secrets: [canary],
  retry: { retrySafe: true, maxRetries: 0, options: defaultRetryOptions },
} as unknown as PreparedRequest
const answer = (status: number, content: string, type = 'application/json') => ({
  response: new Response(null, { status, headers: { 'content-type': type } }),
  content,
  contentType: type,
  answered: { url: request.url, method: 'GET' },
})
const secrets = () => [canary]

describe('successResult', () => {
  it('parses JSON, resolves the data or { data, response } by style, and runs the validator', async () => {
    expect(await successResult(answer(200, '{"a":1}'), request, {}, 'data', secrets)).toEqual({ a: 1 })
    const fields = (await successResult(answer(200, 'plain', 'text/plain'), request, {}, 'fields', secrets)) as {
      data: unknown
      response: Response
    }
    expect(fields.data).toBe('plain')
    const seen: unknown[] = []
    await successResult(
      answer(200, '{"a":1}'),
      request,
      { responseValidator: (id, data) => seen.push(id, data) && data },
      'data',
      secrets,
    )
    expect(seen).toEqual(['getThread', { a: 1 }])
  })

  it('a 2xx that is not the JSON it claims is a ResponseParseError without any of the body', async () => {
    const error = (await successResult(answer(200, `${canary}{`), request, {}, 'data', secrets).catch(
      (thrown: unknown) => thrown,
    )) as ResponseParseError
    expect(error).toBeInstanceOf(ResponseParseError)
    expect(JSON.stringify(error) + String(error) + String(error.cause ?? '')).not.toContain(canary.slice(0, 8))
  })
})

describe('errorForAnswer', () => {
  it('maps the status to its class, with the body scrubbed', () => {
    const error = errorForAnswer(answer(404, JSON.stringify({ error: `no thread for ${canary}` })), request, [canary])
    expect(error).toBeInstanceOf(NotFoundError)
    expect(JSON.stringify(error.body)).not.toContain(canary)
  })
})

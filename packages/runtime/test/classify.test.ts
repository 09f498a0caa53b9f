// Step 3, successResult / errorForAnswer: what an answer means.
import { describe, expect, it } from 'vitest'
import { errorForAnswer, successResult } from '../src/classify.js'
import { NotFoundError, ResponseParseError } from '../src/index.js'

import { type TestSetup, canary, testCall } from './support.js'

const call = (config: TestSetup = {}) =>
  testCall('GET', '/threads/{id}', { operationId: 'getThread', config, secrets: [canary] })
const answer = (status: number, content: string, type = 'application/json') => ({
  response: new Response(null, { status, headers: { 'content-type': type } }),
  content,
  contentType: type,
  answered: { url: 'https://api.vendor.test/threads/1', method: 'GET' },
})

describe('successResult', () => {
  it('parses JSON, resolves the data or { data, response } by style, and runs the validator', async () => {
    expect(await successResult(answer(200, '{"a":1}'), call(), 'data')).toEqual({ a: 1 })
    const fields = (await successResult(answer(200, 'plain', 'text/plain'), call(), 'fields')) as {
      data: unknown
      response: Response
    }
    expect(fields.data).toBe('plain')
    const seen: unknown[] = []
    await successResult(
      answer(200, '{"a":1}'),
      call({ responseValidator: (id, data) => seen.push(id, data) && data }),
      'data',
    )
    expect(seen).toEqual(['getThread', { a: 1 }])
  })

  it('a 2xx that is not the JSON it claims is a ResponseParseError without any of the body', async () => {
    const error = (await successResult(answer(200, `${canary}{`), call(), 'data').catch(
      (thrown: unknown) => thrown,
    )) as ResponseParseError
    expect(error).toBeInstanceOf(ResponseParseError)
    expect(JSON.stringify(error) + String(error) + String(error.cause ?? '')).not.toContain(canary.slice(0, 8))
  })
})

describe('errorForAnswer', () => {
  it('maps the status to its class, with the body scrubbed', () => {
    const error = errorForAnswer(answer(404, JSON.stringify({ error: `no thread for ${canary}` })), call())
    expect(error).toBeInstanceOf(NotFoundError)
    expect(JSON.stringify(error.body)).not.toContain(canary)
  })
})

// Step 3, successData / withResponse / errorForAnswer: what an answer means.
import { describe, expect, it } from 'vitest'
import { errorForAnswer, successData, withResponse } from '../src/classify.js'
import { NotFoundError, ResponseParseError } from '../src/index.js'

import { type TestSetup, canary, testCall } from './support.js'

const call = (config: TestSetup = {}) =>
  testCall('GET', '/threads/{id}', { operationId: 'getThread', config, secrets: [canary] })
const answer = (status: number, content: string, type = 'application/json', headers: Record<string, string> = {}) => ({
  response: new Response(null, { status, headers: { 'content-type': type, ...headers } }),
  content,
  contentType: type,
  answered: { url: 'https://api.vendor.test/threads/1', method: 'GET' },
})

describe('successData and withResponse', () => {
  it('parses JSON, runs the validator, and gives the body with its answer and request id', async () => {
    expect(await successData(answer(200, '{"a":1}'), call())).toEqual({ a: 1 })
    const plain = answer(200, 'plain', 'text/plain', { 'x-request-id': 'req-1', 'x-vendor-trace': 'trace-2' })
    const fields = withResponse({ data: await successData(plain, call()), answer: plain }, {})
    expect(fields.data).toBe('plain')
    expect(fields.response.status).toBe(200)
    expect(fields.requestId).toBe('req-1')
    expect(withResponse({ data: 'plain', answer: plain }, { requestIdHeader: 'X-Vendor-Trace' }).requestId).toBe(
      'trace-2',
    )
    expect(withResponse({ data: '', answer: answer(200, '') }, {}).requestId).toBeUndefined()
    const seen: unknown[] = []
    await successData(answer(200, '{"a":1}'), call({ responseValidator: (id, data) => seen.push(id, data) && data }))
    expect(seen).toEqual(['getThread', { a: 1 }])
  })

  it('a 2xx that is not the JSON it claims is a ResponseParseError without any of the body', async () => {
    const error = (await successData(answer(200, `${canary}{`), call()).catch(
      (thrown: unknown) => thrown,
    )) as ResponseParseError
    expect(error).toBeInstanceOf(ResponseParseError)
    expect(JSON.stringify(error) + String(error) + String(error.cause ?? '')).not.toContain(canary.slice(0, 8))
  })
})

describe('errorForAnswer', () => {
  it('maps the status to its class, with the body scrubbed and the request id', () => {
    const error = errorForAnswer(
      answer(404, JSON.stringify({ error: `no thread for ${canary}` }), 'application/json', { 'x-request-id': 'r-9' }),
      call(),
    )
    expect(error).toBeInstanceOf(NotFoundError)
    expect(JSON.stringify(error.body)).not.toContain(canary)
    expect(error.requestId).toBe('r-9')
    expect(error.toJSON()).toMatchObject({ requestId: 'r-9', status: 404 })
  })
})

// Values that would change which endpoint a request reaches, or put nonsense on the wire,
// are refused before anything is sent, naming the operation and the parameter.
import { describe, expect, it } from 'vitest'
import { RequestValidationError } from '../src/index.js'
import { serializeQuery } from '../src/serialize.js'
import { canary, scriptedFetch, testClient } from './support.js'

const refusedPathValues: Array<[string, unknown]> = [
  ['..', '..'],
  ['.', '.'],
  ['%2e%2e', '%2e%2e'],
  ['%2E.', '%2E.'],
  ['an object', { id: 't1' }],
  ['a function', () => 't1'],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['an array with a dot segment', ['a', '..']],
]

describe('path parameters', () => {
  for (const [name, value] of refusedPathValues) {
    it(`refuses ${name} before sending`, async () => {
      const { fetch, attempts } = scriptedFetch(new Response('{}'))
      const call = testClient({ fetch }).delete({ url: '/threads/{threadId}', path: { threadId: value } })
      await expect(call).rejects.toBeInstanceOf(RequestValidationError)
      await expect(call).rejects.toMatchObject({ operationId: 'deleteThread', parameter: 'path.threadId' })
      expect(attempts).toHaveLength(0)
    })
  }

  it('keeps values that only contain dots as one encoded segment', async () => {
    const { fetch, attempts } = scriptedFetch(new Response('{}'))
    for (const threadId of ['...', 'a..b', '.hidden', 'a/..'])
      await testClient({ fetch }).delete({ url: '/threads/{threadId}', path: { threadId } })
    expect(attempts.map((attempt) => new URL(attempt.url).pathname)).toEqual([
      '/v1/threads/...',
      '/v1/threads/a..b',
      '/v1/threads/.hidden',
      '/v1/threads/a%2F..',
    ])
  })
})

describe('query parameters', () => {
  it('null leaves out an optional parameter', () => {
    expect(serializeQuery({ limit: null, cursor: 'c1' })).toBe('cursor=c1')
  })

  it('null refuses a required parameter', async () => {
    const { fetch, attempts } = scriptedFetch(new Response('{}'))
    await expect(testClient({ fetch }).get({ url: '/search', query: { q: null } })).rejects.toMatchObject({
      parameter: 'query.q',
    })
    expect(attempts).toHaveLength(0)
  })
})

describe('bodies that cannot be serialized', () => {
  const circular: Record<string, unknown> = { text: 'hello' }
  circular.self = circular
  const bodies: Array<[string, unknown]> = [
    ['a cycle', circular],
    ['a BigInt', { count: 10n }],
    [
      'a throwing toJSON',
      {
        toJSON() {
          throw new Error(`leaks ${canary}`)
        },
      },
    ],
  ]
  for (const [name, body] of bodies) {
    it(`refuses ${name} with a RequestValidationError and sends nothing`, async () => {
      const { fetch, attempts } = scriptedFetch(new Response('{}'))
      const call = testClient({ fetch }).post({
        url: '/messages/{threadId}',
        path: { threadId: 't1' },
        body,
        headers: { 'content-type': 'application/json' },
      })
      const error = await call.then(
        () => undefined,
        (reason: unknown) => reason,
      )
      expect(error).toBeInstanceOf(RequestValidationError)
      expect(error).toMatchObject({ operationId: 'sendMessage', parameter: 'body' })
      expect(String((error as Error).message)).not.toContain(canary)
      expect(attempts).toHaveLength(0)
    })
  }
})

// What the operation table says of the values' shapes, checked before anything is sent:
// a scalar path or query parameter given an array, object or function, and an object body
// without a property its schema requires, are refused by name; nothing reaches the server.
import { describe, expect, it } from 'vitest'
import { RequestValidationError } from '../src/index.js'
import type { OperationTable } from '../src/operations.js'
import { canary, createTestClient, json, scriptedFetch, securitySchemes } from './support.js'

const operations: OperationTable = {
  'GET /users/{userId}/conversations': {
    id: 'listConversations',
    security: [['apiKey']],
    scalars: ['path.userId', 'query.limit'],
  },
  'GET /tags/{names}': { id: 'getTags', security: [['apiKey']] },
  'POST /messages': {
    id: 'createMessage',
    security: [['apiKey']],
    bodyRequired: true,
    requiredBody: ['conversationId', 'payload'],
  },
}

function client() {
  const { fetch, attempts } = scriptedFetch(json(200, {}))
  return {
    attempts,
    client: createTestClient({
      baseUrl: 'https://api.vendor.test/v1',
      credentials: { apiKey: canary },
      operations,
      securitySchemes,
      fetch,
      maxRetries: 0,
    }),
  }
}

describe('scalar parameters', () => {
  it.each([
    ['an array', ['a', 'b']],
    ['an object', { a: 1 }],
    ['a nested object', { a: { b: 1 } }],
    ['a function', () => 'x'],
  ])('refuses %s for a scalar path parameter', async (shape, value) => {
    const { client: api, attempts } = client()
    const failure = await api
      .get({ url: '/users/{userId}/conversations', path: { userId: value as unknown as string } })
      .catch((error) => error)
    expect(failure).toBeInstanceOf(RequestValidationError)
    expect(failure.parameter).toBe('path.userId')
    expect(failure.message).toContain(
      `path parameter \`userId\` takes one string, number or boolean, not ${shape.replace('a nested object', 'an object')}`,
    )
    expect(failure.message).toContain('nothing was sent')
    expect(attempts).toHaveLength(0)
  })

  it.each([
    ['an array', [1, 2]],
    ['an object', { a: 1 }],
    ['a nested object', { a: { b: 1 } }],
    ['a function', () => 'x'],
  ])('refuses %s for a scalar query parameter', async (_shape, value) => {
    const { client: api, attempts } = client()
    const failure = await api
      .get({ url: '/users/{userId}/conversations', path: { userId: 'u1' }, query: { limit: value } })
      .catch((error) => error)
    expect(failure).toBeInstanceOf(RequestValidationError)
    expect(failure.parameter).toBe('query.limit')
    expect(attempts).toHaveLength(0)
  })

  it('sends scalars, and arrays where the schema is not a scalar', async () => {
    const { client: api, attempts } = client()
    await api.get({ url: '/users/{userId}/conversations', path: { userId: 'u1' }, query: { limit: 5 } })
    await api.get({ url: '/tags/{names}', path: { names: ['a', 'b'] } })
    expect(attempts.map((attempt) => attempt.url)).toEqual([
      'https://api.vendor.test/v1/users/u1/conversations?limit=5',
      'https://api.vendor.test/v1/tags/a,b',
    ])
  })
})

describe('required body properties', () => {
  it('refuses a body without a required property, naming it', async () => {
    const { client: api, attempts } = client()
    const failure = await api
      .post({ url: '/messages', body: { payload: { type: 'text', text: 'hi' } } })
      .catch((error) => error)
    expect(failure).toBeInstanceOf(RequestValidationError)
    expect(failure.parameter).toBe('body.conversationId')
    expect(failure.message).toBe(
      'createMessage: the body lacks `conversationId`, which its schema requires; nothing was sent',
    )
    expect(attempts).toHaveLength(0)
  })

  it('sends a body with every required property, and leaves bodies the caller encoded alone', async () => {
    const { client: api, attempts } = client()
    await api.post({ url: '/messages', body: { conversationId: 'c1', payload: { type: 'text', text: 'hi' } } })
    await api.post({ url: '/messages', body: new URLSearchParams({ other: '1' }), bodySerializer: null })
    expect(attempts).toHaveLength(2)
  })
})

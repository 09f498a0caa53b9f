// Where a call's metadata comes from: generated SDK functions pass their operation with the
// call; the table and the spec's default security cover calls that carry none.
import { describe, expect, it } from 'vitest'
import { MissingCredentialError, RequestValidationError } from '../src/index.js'
import type { OperationInfo } from '../src/operations.js'
import { canary, immediateRetry, json, scriptedFetch, createTestClient } from './support.js'

const securitySchemes = {
  apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
  adminKey: { type: 'apiKey', in: 'header', name: 'x-admin-key' },
} as const

function vendorClient(
  fetch: typeof globalThis.fetch,
  credentials: Record<string, string | undefined> = { apiKey: canary },
) {
  return createTestClient({
    baseUrl: 'https://api.vendor.test',
    credentials,
    credentialOptionNames: { apiKey: 'apiKey', adminKey: 'adminKey' },
    securitySchemes,
    defaultSecurity: [['apiKey']],
    retry: immediateRetry,
    fetch,
  })
}

describe('per-call operation metadata', () => {
  it('a call that carries its operation is checked by it: required body, its own security, its id in errors', async () => {
    const { fetch, attempts } = scriptedFetch(json(200, {}))
    const createAdmin: OperationInfo = { id: 'createAdmin', security: [['adminKey']], bodyRequired: true }
    const client = vendorClient(fetch, { apiKey: canary, adminKey: 'admin-secret-1234' })
    await expect(client.post({ url: '/admins', operation: createAdmin })).rejects.toMatchObject({
      name: 'RequestValidationError',
      parameter: 'body',
      operationId: 'createAdmin',
    })
    await client.post({ url: '/admins', operation: createAdmin, body: { name: 'a' } })
    expect(attempts).toHaveLength(1)
    expect(attempts[0]?.headers['x-admin-key']).toBe('admin-secret-1234')
    expect(attempts[0]?.headers['x-api-key']).toBeUndefined()
  })

  it("an operation that names no security takes the spec's default", async () => {
    const { fetch, attempts } = scriptedFetch(json(200, []))
    await vendorClient(fetch).get({ url: '/threads', operation: { id: 'listThreads' } })
    expect(attempts[0]?.headers['x-api-key']).toBe(canary)
  })

  it('an operation with an empty alternative sends without credentials when none is given', async () => {
    const { fetch, attempts } = scriptedFetch(json(200, {}))
    await vendorClient(fetch, {}).get({ url: '/health', operation: { id: 'health', security: [['apiKey'], []] } })
    expect(attempts[0]?.headers['x-api-key']).toBeUndefined()
  })

  it('a call with no operation (a raw request) gets the default security, and says which option is missing', async () => {
    const { fetch, attempts } = scriptedFetch(json(200, {}))
    await vendorClient(fetch).get({ url: '/not/in/the/spec' })
    expect(attempts[0]?.headers['x-api-key']).toBe(canary)
    const error = await vendorClient(fetch, {})
      .get({ url: '/not/in/the/spec' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MissingCredentialError)
    expect(error).toBeInstanceOf(RequestValidationError)
    expect((error as MissingCredentialError).message).toBe(
      'GET /not/in/the/spec: needs the `apiKey` option of the client; nothing was sent',
    )
    expect(attempts).toHaveLength(1)
  })

  it('path parameters come from the URL template when the operation does not list them', async () => {
    const { fetch, attempts } = scriptedFetch(json(200, {}))
    const client = vendorClient(fetch)
    await expect(
      client.get({
        url: '/threads/{threadId}/messages/{messageId}',
        operation: { id: 'getMessage' },
        path: { threadId: 't 1' },
      }),
    ).rejects.toMatchObject({
      parameter: 'path.messageId',
    })
    await client.get({
      url: '/threads/{threadId}/messages/{messageId}',
      operation: { id: 'getMessage' },
      path: { threadId: 't 1', messageId: 'a|b' },
    })
    expect(attempts.map((attempt) => attempt.url)).toEqual(['https://api.vendor.test/threads/t%201/messages/a%7Cb'])
  })
})

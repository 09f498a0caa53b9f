// OAuth2 client credentials against a real token endpoint on 127.0.0.1: cached, refreshed
// before expiry, one request in flight, typed failures that never show the secret.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { TokenRequestError, clientCredentialsTokenProvider } from '../src/index.js'
import { placeAuthorization } from '../src/credential-kinds.js'
import { type FaultServer, canary, startFaultServer, createTestClient } from './support.js'

let server: FaultServer
let expiresIn = 3600
beforeAll(async () => {
  server = await startFaultServer()
})
beforeEach(() => {
  server.received.length = 0
  expiresIn = 3600
  server.answer((request, response, index) => {
    if (request.url === '/token') {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ access_token: `token-${index}`, token_type: 'Bearer', expires_in: expiresIn }))
    } else {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ auth: request.headers.authorization }))
    }
  })
})
afterAll(() => server.close())

const provider = (extra = {}) =>
  clientCredentialsTokenProvider({
    tokenUrl: `${server.baseUrl}/token`,
    clientId: 'app',
    clientSecret: canary,
    scopes: ['messages:write', 'threads:read'],
    ...extra,
  })

describe('clientCredentialsTokenProvider', () => {
  it('asks once for many waiting calls, with Basic client authentication and the scopes, and sends the token as Bearer', async () => {
    const client = createTestClient({
      baseUrl: server.baseUrl,
      credentials: { oauth: provider() },
      securitySchemes: { oauth: { type: 'oauth2', place: placeAuthorization } },
      defaultSecurity: [['oauth']],
    })
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => client.get({ url: '/me', responseStyle: 'data' })),
    )
    const tokenRequests = server.received.filter((request) => request.url === '/token')
    expect(tokenRequests).toHaveLength(1)
    expect(tokenRequests[0]?.headers.authorization).toBe(`Basic ${btoa(`app:${canary}`)}`)
    expect(tokenRequests[0]?.body.toString()).toBe(
      'grant_type=client_credentials&scope=messages%3Awrite+threads%3Aread',
    )
    expect(new Set(answers.map((answer) => (answer as unknown as { auth: string }).auth))).toEqual(
      new Set(['Bearer token-0']),
    )
  })

  it('fetches a new token before the old one expires', async () => {
    expiresIn = 120
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const next = provider()
      expect(await next()).toBe('token-0')
      vi.setSystemTime(Date.now() + 59_000)
      expect(await next()).toBe('token-0')
      // 60 s before the 120 s lifetime ends (the default margin), a new token is fetched.
      vi.setSystemTime(Date.now() + 2_000)
      expect(await next()).toBe('token-1')
    } finally {
      vi.useRealTimers()
    }
  })

  it('a refused token request is a TokenRequestError without the secret', async () => {
    server.answer((_request, response) =>
      response
        .writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'invalid_client', echo: canary })),
    )
    const error = (await Promise.resolve(provider()()).catch((thrown: unknown) => thrown)) as TokenRequestError
    expect(error).toBeInstanceOf(TokenRequestError)
    expect(error.status).toBe(401)
    expect(error.message).toContain('invalid_client')
    expect(JSON.stringify(error) + String(error)).not.toContain(canary)
  })
})

// Credentials by scheme: apiKey in header, query or cookie; Basic from a username and
// password; bearer, OAuth2 and OpenID Connect tokens, from strings or providers.
import { describe, expect, it } from 'vitest'
import { applyCredentials, chooseSecurity } from '../src/auth.js'
import { placeAuthorization, placeBasic, placeInCookie, placeInQuery } from '../src/credential-kinds.js'
import { MissingCredentialError, RequestValidationError } from '../src/index.js'
import type { SecuritySchemeTable } from '../src/operations.js'
import { testCall } from './support.js'

const call = testCall('GET', '/x', { operationId: 'op' })
const schemes: SecuritySchemeTable = {
  header: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
  query: { type: 'apiKey', in: 'query', name: 'api_key', place: placeInQuery },
  session: { type: 'apiKey', in: 'cookie', name: 'sid', place: placeInCookie },
  other: { type: 'apiKey', in: 'cookie', name: 'theme', place: placeInCookie },
  basic: { type: 'http', scheme: 'basic', place: placeBasic },
  bearer: { type: 'http', scheme: 'bearer', place: placeAuthorization },
  oauth: { type: 'oauth2', tokenUrl: 'https://auth.vendor.test/token', place: placeAuthorization },
  oidc: { type: 'openIdConnect', place: placeAuthorization },
}
const place = (names: string[], credentials: Record<string, unknown>) => {
  const target = {
    headers: {} as Record<string, string>,
    query: undefined as Record<string, unknown> | undefined,
  }
  const call = testCall('GET', '/x', { operationId: 'op' })
  const pending = applyCredentials(target, names, credentials as never, schemes, call)
  return { target, pending, secrets: call.secrets }
}

describe('applyCredentials', () => {
  it('puts api keys in a header, the query or cookies', () => {
    const { target } = place(['header', 'query', 'session', 'other'], {
      header: 'h1',
      query: 'q1',
      session: 's1',
      other: 'dark',
    })
    expect(target.headers).toEqual({ 'x-api-key': 'h1', cookie: 'sid=s1; theme=dark' })
    expect(target.query).toEqual({ api_key: 'q1' })
  })

  it('encodes Basic from a username and password (UTF-8, RFC 7617), and keeps both secret', () => {
    const { target, secrets } = place(['basic'], { basic: { username: 'zoë', password: 'p@ss:word' } })
    expect(target.headers.authorization).toBe(`Basic ${Buffer.from('zoë:p@ss:word').toString('base64')}`)
    expect(secrets).toContain('p@ss:word')
    expect(() => place(['basic'], { basic: { username: 'a:b', password: 'x' } })).toThrow(RequestValidationError)
  })

  it('sends bearer, OAuth2 and OpenID Connect tokens as Bearer, from providers too', async () => {
    expect(place(['bearer'], { bearer: 'tok' }).target.headers.authorization).toBe('Bearer tok')
    const { target, pending } = place(['oauth'], { oauth: async () => 'oauth-token' })
    expect(pending).toBeInstanceOf(Promise)
    await pending
    expect(target.headers.authorization).toBe('Bearer oauth-token')
    const oidc = place(['oidc'], { oidc: () => 'id-token' })
    await oidc.pending
    expect(oidc.target.headers.authorization).toBe('Bearer id-token')
    await expect(place(['oauth'], { oauth: async () => '' }).pending).rejects.toThrow(/returned no token/)
  })

  it('refuses a value a header cannot carry, without quoting it', () => {
    let thrown: unknown
    try {
      place(['header'], { header: 'secret-value\nInjected: yes' })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(RequestValidationError)
    expect(String(thrown)).not.toContain('secret-value')
  })
})

describe('chooseSecurity', () => {
  it('takes the first alternative whose schemes all have credentials, else names the missing options', () => {
    expect(chooseSecurity([['header', 'session'], ['bearer']], { bearer: 't' }, call)).toEqual(['bearer'])
    expect(() =>
      chooseSecurity(
        [['header', 'session']],
        { header: 'h' },
        testCall('GET', '/x', { config: { credentialOptionNames: { session: 'sessionId' } } }),
      ),
    ).toThrow(/`sessionId` option/)
    expect(() => chooseSecurity([['header']], undefined, call)).toThrow(MissingCredentialError)
  })
})

// createVendorHttpClient: what a vendor factory passes. The credential table decides which
// options are credentials; every other option reaches the runtime's config as given, so
// options the runtime gains need no list anywhere.
import { describe, expect, it } from 'vitest'
import { ConfigurationError, MissingCredentialError } from '../src/index.js'
import {
  type CredentialOptionTable,
  type SecuritySchemeTable,
  createVendorHttpClient,
  placeBasic,
  readBasic,
} from '../src/internal.js'
import { canary, json, scriptedFetch } from './support.js'

const securitySchemes: SecuritySchemeTable = {
  apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
  basic: { type: 'http', scheme: 'basic', place: placeBasic },
}
const credentialOptions: CredentialOptionTable = {
  apiKey: { kind: 'secret', option: 'vendorKey' },
  basic: { kind: 'basic', username: 'username', password: 'password', read: readBasic },
}
const metadata = {
  defaultBaseUrl: 'https://api.vendor.test/v1',
  defaultSecurity: [['apiKey']],
  securitySchemes,
  credentialOptions,
}

describe('createVendorHttpClient', () => {
  it('sends the credentials the table names and keeps them out of the config', async () => {
    const { fetch, attempts } = scriptedFetch(json(200, { ok: true }))
    const client = createVendorHttpClient(metadata, { vendorKey: canary, fetch, maxRetries: 0 })
    await client.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
    expect(attempts[0]?.headers['x-api-key']).toBe(canary)
    const config = client.getConfig() as Record<string, unknown>
    expect(config.vendorKey).toBeUndefined()
    expect(config.username).toBeUndefined()
  })

  it('passes every other option to the runtime as given, those it does not list included', () => {
    const { fetch } = scriptedFetch(json(200, {}))
    const futureHook = () => undefined
    const client = createVendorHttpClient(metadata, {
      fetch,
      timeoutMs: 1234,
      maxRetries: 1,
      headers: { 'x-trace': 'abc' },
      baseUrl: 'https://proxy.example.org/api',
      onSomethingNew: futureHook,
    })
    expect(client.getConfig()).toMatchObject({
      fetch,
      timeoutMs: 1234,
      maxRetries: 1,
      headers: { 'x-trace': 'abc' },
      baseUrl: 'https://proxy.example.org/api',
      onSomethingNew: futureHook,
    })
  })

  it("passes the Node transport's options (dispatcher, proxy), which a hand-made list once left out", () => {
    expect(createVendorHttpClient(metadata, { proxy: true }).getConfig()).toMatchObject({ proxy: true })
    // The runtime's own check on the option shows that it arrived: a dispatcher that is not one is refused.
    expect(() => createVendorHttpClient(metadata, { dispatcher: {} })).toThrow(
      /`dispatcher` must be an undici Dispatcher/,
    )
  })

  it('uses the spec server when no baseUrl is given', () => {
    expect(createVendorHttpClient(metadata, {}).getConfig().baseUrl).toBe('https://api.vendor.test/v1')
  })

  it('names the factory option of a missing credential', async () => {
    const { fetch } = scriptedFetch(json(200, {}))
    const client = createVendorHttpClient(metadata, { fetch, maxRetries: 0 })
    const failure = await client.get({ url: '/threads/{threadId}', path: { threadId: 't1' } }).catch((error) => error)
    expect(failure).toBeInstanceOf(MissingCredentialError)
    expect(String(failure.message)).toContain('vendorKey')
  })
})

// A published spec with `servers: [{ url: /v2 }]` (or Swagger 2.0's `basePath` alone, or no
// servers at all) gives a relative server URL: the package must still load and the client
// still be made; a call without `baseUrl` is refused before anything is sent.
describe.each([
  { shape: 'a relative server URL', defaultBaseUrl: '/v2', named: '`/v2`' },
  { shape: 'no server (OpenAPI reads `/`)', defaultBaseUrl: '', named: '`/`' },
])('createVendorHttpClient for a spec with $shape', ({ defaultBaseUrl, named }) => {
  const relative = { ...metadata, defaultBaseUrl }

  it('makes the client, and refuses a call without baseUrl with a ConfigurationError naming it, sending nothing', async () => {
    const { fetch, attempts } = scriptedFetch(json(200, { ok: true }))
    const client = createVendorHttpClient(relative, { vendorKey: canary, fetch, maxRetries: 0 })
    const failure = await client.get({ url: '/threads/{threadId}', path: { threadId: 't1' } }).catch((error) => error)
    expect(failure).toBeInstanceOf(ConfigurationError)
    expect(failure.option).toBe('baseUrl')
    expect(failure.message).toContain('`baseUrl` is needed')
    expect(failure.message).toContain(`relative server URL ${named}`)
    expect(failure.message).not.toContain(canary)
    expect(attempts).toHaveLength(0)
  })

  it('still refuses a default that is no path and has no scheme at creation (a factory may pass the user URL as the default)', () => {
    expect(() =>
      createVendorHttpClient({ ...metadata, defaultBaseUrl: 'api.vendor.example' }, { vendorKey: canary }),
    ).toThrow(ConfigurationError)
  })

  it('sends to the given baseUrl as it is, as for every vendor (the spec path is not added)', async () => {
    const { fetch, attempts } = scriptedFetch(json(200, { ok: true }))
    const client = createVendorHttpClient(relative, {
      vendorKey: canary,
      fetch,
      maxRetries: 0,
      baseUrl: 'https://api.vendor.test/v2',
    })
    await expect(client.get({ url: '/threads/{threadId}', path: { threadId: 't1' } })).resolves.toEqual({ ok: true })
    expect(attempts.map((attempt) => attempt.url)).toEqual(['https://api.vendor.test/v2/threads/t1'])
  })
})

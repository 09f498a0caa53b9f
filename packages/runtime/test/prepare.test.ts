// Step 1, prepareRequest: everything decided before a byte is sent.
import { describe, expect, it } from 'vitest'
import {
  MissingCredentialError,
  RequestValidationError,
  bodySerializerForContentType,
  urlSearchParamsBodySerializer,
} from '../src/index.js'

import { prepareRequest } from '../src/prepare.js'
import { placeAuthorization } from '../src/credential-kinds.js'
import { type TestSetup, canary, operations, securitySchemes, testCall } from './support.js'

const config = { baseUrl: 'https://api.vendor.test/v1', credentials: { apiKey: canary }, operations, securitySchemes }

/** Step 1 as `send` runs it: the call's context, then its preparation. */
const prepare = (givenConfig: TestSetup, options: Parameters<typeof prepareRequest>[1], method: string) => {
  const call = testCall(method, options.url, { config: givenConfig })
  return { call, prepared: prepareRequest(call, options) }
}

describe('prepareRequest', () => {
  it('builds the URL, headers and JSON body once, with the credential placed by its scheme', async () => {
    const { call, prepared: preparing } = prepare(
      config,
      { url: '/messages/{threadId}', path: { threadId: 'a|b' }, body: { text: 'hi' }, headers: { 'X-Trace': '1' } },
      'POST',
    )
    const prepared = await preparing
    expect(prepared.url).toBe('https://api.vendor.test/v1/messages/a%7Cb')
    expect(prepared.headers).toEqual({ authorization: canary, 'content-type': 'application/json', 'x-trace': '1' })
    expect(prepared.body).toBe('{"text":"hi"}')
    expect([call.operationId, call.method, call.url]).toEqual(['sendMessage', 'POST', '/messages/{threadId}'])
    // A send is not safe to repeat: only its never-sent failures are retried (retry.ts).
    expect(prepared.retry.retrySafe).toBe(false)
    expect(call.secrets).toEqual([canary])
  })

  it('sends the request media type the caller picks, encoded to match, over the generated default', async () => {
    const generated = {
      url: '/forms',
      body: { to: ['a', 'b'] },
      bodySerializer: urlSearchParamsBodySerializer.bodySerializer,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }
    const asForm = await prepare(config, generated, 'PUT').prepared
    // What the SDK function of such an operation spreads after the caller's options.
    const picked = { ...generated, contentType: 'application/json' }
    const asJson = await prepare(config, { ...picked, ...bodySerializerForContentType(picked) }, 'PUT').prepared
    expect([asForm.headers['content-type'], asForm.body]).toEqual(['application/x-www-form-urlencoded', 'to=a&to=b'])
    expect([asJson.headers['content-type'], asJson.body]).toEqual(['application/json', '{"to":["a","b"]}'])
  })

  it('refuses a missing path parameter, required query or body, and a missing credential, before anything else', async () => {
    await expect(prepare(config, { url: '/threads/{threadId}' }, 'GET').prepared).rejects.toThrow(
      RequestValidationError,
    )
    await expect(prepare(config, { url: '/search', query: { q: null } }, 'GET').prepared).rejects.toThrow(
      /query parameter `q`/,
    )
    await expect(
      prepare(config, { url: '/messages/{threadId}', path: { threadId: 't' } }, 'POST').prepared,
    ).rejects.toThrow(/required request body/)
    await expect(
      prepare({ ...config, credentials: {} }, { url: '/threads/{threadId}', path: { threadId: 't' } }, 'GET').prepared,
    ).rejects.toThrow(MissingCredentialError)
  })

  it('waits for a token provider, and scrubs its token from errors', async () => {
    const { call, prepared } = prepare(
      {
        ...config,
        credentials: { token: async () => 'fresh-token' },
        securitySchemes: { token: { type: 'oauth2', place: placeAuthorization } },
        operations: { 'GET /me': { id: 'me', security: [['token']] } },
      },
      { url: '/me' },
      'GET',
    )
    const ready = await prepared
    expect(ready.headers.authorization).toBe('Bearer fresh-token')
    expect(call.secrets).toContain('fresh-token')
  })

  it('never retries a stream body: it is gone after the first attempt', async () => {
    const stream = new ReadableStream({ start: (controller) => controller.close() })
    const prepared = await prepare(
      config,
      { url: '/settings', body: stream, headers: { 'content-type': 'application/octet-stream' } },
      'PUT',
    ).prepared
    expect(prepared.replayableBody).toBe(false)
    expect(prepared.retry.maxRetries).toBe(0)
  })

  it('refuses a per-call header value a header cannot carry, without quoting it', async () => {
    const thrown = await prepare(
      config,
      { url: '/settings', headers: { 'x-token': `${canary}\r\nx-injected: 1` } },
      'PUT',
    ).prepared.catch((error: unknown) => error)
    expect(thrown).toBeInstanceOf(RequestValidationError)
    expect((thrown as RequestValidationError).parameter).toBe('headers.x-token')
    expect(JSON.stringify(thrown) + String(thrown)).not.toContain(canary)
  })
})

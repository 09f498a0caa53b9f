// Step 1, prepareRequest: everything decided before a byte is sent.
import { describe, expect, it } from 'vitest'
import {
  MissingCredentialError,
  RequestValidationError,
  bodySerializerForContentType,
  urlSearchParamsBodySerializer,
} from '../src/index.js'
import { prepareRequest } from '../src/prepare.js'
import { canary, operations, securitySchemes } from './support.js'

const config = { baseUrl: 'https://api.vendor.test/v1', credentials: { apiKey: canary }, operations, securitySchemes }

describe('prepareRequest', () => {
  it('builds the URL, headers and JSON body once, with the credential placed by its scheme', () => {
    const prepared = prepareRequest(
      config,
      { url: '/messages/{threadId}', path: { threadId: 'a|b' }, body: { text: 'hi' }, headers: { 'X-Trace': '1' } },
      'POST',
    )
    expect(prepared).not.toBeInstanceOf(Promise)
    if (prepared instanceof Promise) return
    expect(prepared.url).toBe('https://api.vendor.test/v1/messages/a%7Cb')
    expect(prepared.headers).toEqual({ authorization: canary, 'content-type': 'application/json', 'x-trace': '1' })
    expect(prepared.body).toBe('{"text":"hi"}')
    expect(prepared.call).toEqual({ operationId: 'sendMessage', method: 'POST', url: '/messages/{threadId}' })
    // A send is not safe to repeat: only its never-sent failures are retried (retry.ts).
    expect(prepared.retry.retrySafe).toBe(false)
    expect(prepared.secrets).toEqual([canary])
  })

  it('sends the request media type the caller picks, encoded to match, over the generated default', () => {
    const generated = {
      url: '/forms',
      body: { to: ['a', 'b'] },
      bodySerializer: urlSearchParamsBodySerializer.bodySerializer,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }
    const asForm = prepareRequest(config, generated, 'PUT')
    // What the SDK function of such an operation spreads after the caller's options.
    const picked = { ...generated, contentType: 'application/json' }
    const asJson = prepareRequest(config, { ...picked, ...bodySerializerForContentType(picked) }, 'PUT')
    if (asForm instanceof Promise || asJson instanceof Promise) throw new Error('no token provider here')
    expect([asForm.headers['content-type'], asForm.body]).toEqual(['application/x-www-form-urlencoded', 'to=a&to=b'])
    expect([asJson.headers['content-type'], asJson.body]).toEqual(['application/json', '{"to":["a","b"]}'])
  })

  it('refuses a missing path parameter, required query or body, and a missing credential, before anything else', () => {
    expect(() => prepareRequest(config, { url: '/threads/{threadId}' }, 'GET')).toThrow(RequestValidationError)
    expect(() => prepareRequest(config, { url: '/search', query: { q: null } }, 'GET')).toThrow(/query parameter `q`/)
    expect(() => prepareRequest(config, { url: '/messages/{threadId}', path: { threadId: 't' } }, 'POST')).toThrow(
      /required request body/,
    )
    expect(() =>
      prepareRequest({ ...config, credentials: {} }, { url: '/threads/{threadId}', path: { threadId: 't' } }, 'GET'),
    ).toThrow(MissingCredentialError)
  })

  it('waits for a token provider, and keeps plain credentials synchronous', async () => {
    const prepared = prepareRequest(
      {
        ...config,
        credentials: { token: async () => 'fresh-token' },
        securitySchemes: { token: { type: 'oauth2' } },
        operations: { 'GET /me': { id: 'me', security: [['token']] } },
      },
      { url: '/me' },
      'GET',
    )
    expect(prepared).toBeInstanceOf(Promise)
    const ready = await prepared
    expect(ready.headers.authorization).toBe('Bearer fresh-token')
    expect(ready.secrets).toContain('fresh-token')
  })

  it('never retries a stream body: it is gone after the first attempt', () => {
    const stream = new ReadableStream({ start: (controller) => controller.close() })
    const prepared = prepareRequest(
      config,
      { url: '/settings', body: stream, headers: { 'content-type': 'application/octet-stream' } },
      'PUT',
    )
    if (prepared instanceof Promise) throw new Error('unexpected promise')
    expect(prepared.replayableBody).toBe(false)
    expect(prepared.retry.maxRetries).toBe(0)
  })

  it('refuses a per-call header value a header cannot carry, without quoting it', () => {
    let thrown: unknown
    try {
      prepareRequest(config, { url: '/settings', headers: { 'x-token': `${canary}\r\nx-injected: 1` } }, 'PUT')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(RequestValidationError)
    expect((thrown as RequestValidationError).parameter).toBe('headers.x-token')
    expect(JSON.stringify(thrown) + String(thrown)).not.toContain(canary)
  })
})

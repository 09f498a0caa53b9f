// Property-based checks (fast-check) of the guarantees of issue #12 over the whole client:
// whatever the caller passes, a request either reaches only the configured origin with
// the path it names, or is refused before fetch is called; a credential never shows in
// what a failure carries; settings are accepted only when they can work.
import { inspect } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConfigurationError, ParleyError, RequestValidationError } from '../src/index.js'
import { json, scriptedFetch, createTestClient } from './support.js'

const origin = 'https://api.vendor.test'
const operations = { 'DELETE /threads/{threadId}/pause': { id: 'resumeBot', security: [['apiKey']] } }
const securitySchemes = { apiKey: { type: 'apiKey' as const, in: 'header' as const, name: 'x-api-key' } }

describe('any path value', () => {
  it('is refused before sending, or sent to the one endpoint it names on the configured origin', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom('.', '..', '%2e%2E', '.%2e', '', '/', '?x', '#f'), fc.anything()),
        async (threadId) => {
          const { fetch, attempts } = scriptedFetch(json(200, {}))
          const client = createTestClient({
            baseUrl: `${origin}/rest/v1`,
            credentials: { apiKey: 'k-123456' },
            operations,
            securitySchemes,
            fetch,
            maxRetries: 0,
          })
          const outcome = await client
            .delete({ url: '/threads/{threadId}/pause', path: { threadId } })
            .catch((error: unknown) => error)
          if (outcome instanceof RequestValidationError) return attempts.length === 0
          if (outcome instanceof Error) return false
          const sent = new URL(attempts[0]?.url as string)
          const segments = sent.pathname.split('/')
          return (
            sent.origin === origin &&
            segments.length === 6 &&
            segments[1] === 'rest' &&
            segments[5] === 'pause' &&
            sent.search === '' &&
            sent.hash === ''
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('any credential', () => {
  it('never appears in a failure: not its message, JSON, inspection or cause chain', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 8, maxLength: 40 }).filter((value) => /^[\x21-\x7e]+$/.test(value)),
        fc.constantFrom(401, 404, 500),
        async (secret, status) => {
          // The server echoes the secret back in its body, its headers and its error message.
          const { fetch } = scriptedFetch(
            json(status, { error: `bad key ${secret}`, echo: { [secret]: secret } }, { 'x-echo': secret }),
          )
          const client = createTestClient({
            baseUrl: origin,
            credentials: { apiKey: secret },
            operations,
            securitySchemes,
            fetch,
            maxRetries: 0,
          })
          const error = await client
            .delete({ url: '/threads/{threadId}/pause', path: { threadId: 't' } })
            .catch((thrown: unknown) => thrown)
          if (!(error instanceof ParleyError)) return false
          let printed = `${String(error)}${JSON.stringify(error)}${inspect(error, { depth: 8, showHidden: true })}`
          for (let cause = error.cause; cause; cause = (cause as Error).cause) printed += String(cause)
          return !printed.includes(secret)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('any setting', () => {
  it('timeoutMs and maxRetries are accepted only when they can work', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, '100')),
        (value) => {
          const accepts = (config: object) => {
            try {
              createTestClient({ baseUrl: origin, ...config })
              return true
            } catch (error) {
              if (!(error instanceof ConfigurationError)) throw error
              return false
            }
          }
          const isNumber = typeof value === 'number'
          expect(accepts({ timeoutMs: value })).toBe(isNumber && value > 0)
          expect(accepts({ maxRetries: value })).toBe(isNumber && Number.isInteger(value) && value >= 0 && value <= 10)
        },
      ),
    )
  })
})

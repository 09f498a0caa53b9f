// Property-based checks (fast-check): back-off bounds, path and query encoding round trips
// for any string, redaction of any secret from any structure.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { REDACTED, redactString, redactUrl, redactValue } from '../src/redact.js'
import { backoffDelayMs, defaultRetryOptions } from '../src/retry.js'
import { fillPath, serializeQuery } from '../src/serialize.js'

describe('back-off', () => {
  it('is always between 75 % and 100 % of min(0.5 s * 2^n, 8 s)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retryNumber, random) => {
          const delay = backoffDelayMs(retryNumber, defaultRetryOptions, () => random)
          const nominal = Math.min(500 * 2 ** retryNumber, 8000)
          return delay >= Math.floor(nominal * 0.75) && delay <= nominal
        },
      ),
    )
  })
})

describe('path parameters', () => {
  it('any value survives the round trip and never adds a path segment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (threadId) => {
        const path = fillPath('/messages/{threadId}', { threadId })
        const segments = path.split('/')
        return segments.length === 3 && decodeURIComponent(segments[2] as string) === threadId
      }),
    )
  })

  it('the characters Flow thread ids carry are percent-encoded', () => {
    expect(fillPath('/handover/{threadId}', { threadId: 'abc|o_1 2/3?#' })).toBe('/handover/abc%7Co_1%202%2F3%3F%23')
  })
})

describe('query serialization', () => {
  it('any string keys and values survive URLSearchParams parsing', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (query) => {
        const parsed = new URLSearchParams(serializeQuery(query))
        return Object.entries(query).every(([name, value]) => parsed.get(name) === value)
      }),
    )
  })

  it('leaves out undefined and null, keeps false and 0, explodes arrays', () => {
    expect(serializeQuery({ a: undefined, b: null, c: false, d: 0, e: ['x', 'y'] })).toBe('c=false&d=0&e=x&e=y')
  })
})

describe('redaction', () => {
  const secret = fc
    .string({ minLength: 4, maxLength: 40 })
    .filter((value) => value.trim().length >= 4 && !REDACTED.includes(value))

  it('removes a secret from any string it is embedded in, raw or URL-encoded', () => {
    fc.assert(
      fc.property(secret, fc.string(), fc.string(), (token, before, after) => {
        const redacted = redactString(`${before}${token}${after}${encodeURIComponent(token)}`, [token])
        return (
          !redacted.includes(token) &&
          (encodeURIComponent(token) === token || !redacted.includes(encodeURIComponent(token)))
        )
      }),
    )
  })

  it('removes a secret from any JSON structure, keys included', () => {
    fc.assert(
      fc.property(secret, fc.jsonValue(), (token, value) => {
        const withSecret = { echoed: [value, `Bearer ${token}`], [`header-${token}`]: { value: token } }
        return !JSON.stringify(redactValue(withSecret, [token])).includes(token)
      }),
    )
  })

  it('hides sensitive query parameters and user-info in URLs', () => {
    expect(redactUrl('https://user:pass@api.test/v1/x?api_key=abc123&page=2')).toBe(
      `https://api.test/v1/x?api_key=${REDACTED}&page=2`,
    )
  })
})

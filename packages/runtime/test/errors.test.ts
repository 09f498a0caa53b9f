// The error family: classes by status, brand checks across copies, useful printing.
import { describe, expect, it } from 'vitest'
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  ParleyError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
} from '../src/index.js'
import { createApiError } from '../src/classify.js'
import { parseRetryAfter } from '../src/retry.js'
import { json, scriptedFetch } from './support.js'

const init = (status: number) => ({
  status,
  headers: { 'retry-after': '3' },
  body: { error: 'nope' },
  method: 'POST',
  url: 'https://api.example.test/v1/messages',
  operationId: 'sendMessage',
})

describe('createApiError', () => {
  it.each([
    [400, BadRequestError, false],
    [401, AuthenticationError, false],
    [403, PermissionDeniedError, false],
    [404, NotFoundError, false],
    [409, ConflictError, true],
    [422, UnprocessableEntityError, false],
    [429, RateLimitError, true],
    [500, InternalServerError, true],
    [503, InternalServerError, true],
  ] as const)('%i becomes %o (retryable: %s)', (status, ErrorClass, retryable) => {
    const error = createApiError(init(status))
    expect(error).toBeInstanceOf(ErrorClass)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toBeInstanceOf(ParleyError)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe(ErrorClass.kind)
    expect(error.status).toBe(status)
    expect(error.isRetryable).toBe(retryable)
  })

  it('prints the method, URL, status and body', () => {
    const error = createApiError(init(404))
    expect(String(error)).toContain('POST https://api.example.test/v1/messages failed with 404')
    const json = JSON.parse(JSON.stringify(error))
    expect(json).toMatchObject({
      name: 'NotFoundError',
      status: 404,
      method: 'POST',
      operationId: 'sendMessage',
      body: { error: 'nope' },
    })
    expect(error.retryAfterMs).toBe(3000)
  })

  it('instanceof and isInstance read the Symbol.for brand (the kinds of the class chain), and nothing else', () => {
    // What an error of another copy of the runtime carries: the same registered symbol and kinds.
    const brand = Symbol.for('@parley/runtime.error')
    const fromOtherCopy = Object.assign(new Error('other copy'), {
      [brand]: ['ParleyError', 'ApiError', 'NotFoundError'],
    })
    expect(fromOtherCopy).toBeInstanceOf(NotFoundError)
    expect(NotFoundError.isInstance(fromOtherCopy)).toBe(true)
    expect(fromOtherCopy).toBeInstanceOf(ApiError)
    expect(fromOtherCopy).toBeInstanceOf(ParleyError)
    expect(fromOtherCopy).not.toBeInstanceOf(RateLimitError)
    expect(RateLimitError.isInstance(fromOtherCopy)).toBe(false)
    expect((createApiError(init(404)) as unknown as Record<symbol, unknown>)[brand]).toEqual([
      'ParleyError',
      'ApiError',
      'NotFoundError',
    ])
    // A look-alike class chain without the brand is not one of ours.
    class OtherNotFoundError extends Error {
      static kind = 'NotFoundError'
    }
    expect(new OtherNotFoundError('look-alike')).not.toBeInstanceOf(NotFoundError)
    for (const value of [{}, null, undefined, 404, 'NotFoundError', new Error('plain'), Object.create(null)]) {
      expect(value).not.toBeInstanceOf(ParleyError)
      expect(ParleyError.isInstance(value)).toBe(false)
    }
  })

  it('the webhook body errors are in the family', async () => {
    const { PayloadTooLargeError, BodyTimeoutError, BodyReadError } = await import('../src/index.js')
    const tooLarge = new PayloadTooLargeError('body larger than 10 bytes')
    expect(tooLarge).toBeInstanceOf(ParleyError)
    expect(tooLarge).toBeInstanceOf(BodyReadError)
    expect(tooLarge.status).toBe(413)
    expect(new BodyTimeoutError('late').status).toBe(408)
    expect(new BodyTimeoutError('late')).not.toBeInstanceOf(PayloadTooLargeError)
  })

  it('a subclass an application defines is an instance of its Parley parents', () => {
    class VendorOutage extends InternalServerError {}
    const error = new VendorOutage(init(503))
    expect(error).toBeInstanceOf(VendorOutage)
    expect(error).toBeInstanceOf(InternalServerError)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.name).toBe('InternalServerError')
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and rejects garbage', () => {
    const now = Date.parse('2026-11-24T10:00:00Z')
    expect(parseRetryAfter('2', now)).toBe(2000)
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })
})

describe('two installed copies of the runtime', () => {
  it("instanceof holds across copies: an error from one copy is an instance of the other copy's classes", async () => {
    const { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { pathToFileURL } = await import('node:url')
    // A second copy of the built package, as a second version under node_modules would be.
    const copyDir = mkdtempSync(join(tmpdir(), 'parley-runtime-copy-'))
    try {
      cpSync(new URL('../dist', import.meta.url), copyDir, {
        recursive: true,
        filter: (source) => !source.endsWith('.map'),
      })
      // Without the maps, drop their references so the loader does not look for them.
      for (const file of readdirSync(copyDir).filter((name) => name.endsWith('.js'))) {
        const path = join(copyDir, file)
        writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/m, '\n'))
      }
      const otherCopy = (await import(
        pathToFileURL(join(copyDir, 'index.js')).href
      )) as typeof import('../src/index.js')
      const otherClassify = (await import(
        pathToFileURL(join(copyDir, 'classify.js')).href
      )) as typeof import('../src/classify.js')
      const fromOtherCopy = otherClassify.createApiError(init(429))
      expect(otherCopy.RateLimitError).not.toBe(RateLimitError)
      expect(fromOtherCopy).toBeInstanceOf(RateLimitError)
      expect(fromOtherCopy).toBeInstanceOf(ApiError)
      expect(fromOtherCopy).toBeInstanceOf(ParleyError)
      expect(fromOtherCopy).not.toBeInstanceOf(NotFoundError)
      expect(createApiError(init(404))).toBeInstanceOf(otherCopy.NotFoundError)
    } finally {
      rmSync(copyDir, { recursive: true, force: true })
    }
  })
})

describe('validateResponses', () => {
  const schema = {
    safeParse: (data: unknown) =>
      typeof (data as { id?: unknown }).id === 'string'
        ? { success: true as const, data: { id: (data as { id: string }).id } }
        : { success: false as const, error: { issues: [{ path: ['items', 0, 'id'], message: 'expected string' }] } },
  }

  it('the checker reports where a body differs, and nothing for a match or an operation without a schema', async () => {
    const { createZodResponseChecker } = await import('../src/validate.js')
    const check = createZodResponseChecker({ getThing: schema })
    expect(check('getThing', { id: 'x' })).toBeUndefined()
    expect(check('otherThing', { id: 1 })).toBeUndefined()
    expect(check('getThing', { id: 1 })).toEqual([{ path: 'items[0].id', message: 'expected string' }])
  })

  it('a client checks with the checker it is given, keeps fields the schema does not name, and rejects a body that does not match', async () => {
    const { createSdkClient } = await import('../src/internal.js')
    const { createZodResponseChecker } = await import('../src/validate.js')
    const { fetch } = scriptedFetch(json(200, { id: 'x', addedByVendor: true }), json(200, { id: 1 }))
    const client = createSdkClient({
      metadata: { securitySchemes: {} },
      defaultBaseUrl: 'https://api.vendor.test',
      credentials: {},
      credentialOptionNames: {},
      options: { fetch, validateResponses: createZodResponseChecker({ getThing: schema }) },
    })
    const operation = { id: 'getThing' }
    await expect(client.get({ url: '/things/1', operation })).resolves.toEqual({ id: 'x', addedByVendor: true })
    const error = await client.get({ url: '/things/1', operation }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ResponseValidationError)
    expect(error).toMatchObject({ operationId: 'getThing', path: 'items[0].id' })
  })

  it('`validateResponses: true` (the lazy loading before 1.0) is refused with what to import instead', async () => {
    const { ConfigurationError } = await import('../src/index.js')
    const { createSdkClient } = await import('../src/internal.js')
    const create = () =>
      createSdkClient({
        metadata: { securitySchemes: {} },
        defaultBaseUrl: 'https://api.vendor.test',
        credentials: {},
        options: { validateResponses: true as never },
      })
    expect(create).toThrow(ConfigurationError)
    expect(create).toThrow(/responseChecker/)
  })
})

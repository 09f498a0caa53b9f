// The generated operation tests' classifier: a failure is the SDK's (what went on the wire)
// or the spec's (an example its own schema refuses), and a spec problem carries the overlay
// action that fixes it. Checked against a real Prism mock of a small fixture spec, with a
// minimal client that sends the right requests and one that sends a wrong query.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDocument, strictAboutSpecProblems } from '@parley/codegen/spec-source'
import { createClient, formDataBodySerializer } from '@parley/runtime'
import {
  checkEveryOperation,
  checkEveryOperationOf,
  findSpecProblems,
  startPrismMock,
  sweepTimeoutMs,
} from '@parley/testing'
import { parse, stringify } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const fixture = join(import.meta.dirname, 'fixtures', 'spec-problems.openapi.yaml')
const operations = {
  'GET /things/{id}': { id: 'getThing' },
  'GET /broken': { id: 'getBroken' },
  'POST /orders': { id: 'createOrder' },
  'POST /refunds': { id: 'createRefund' },
}
let mock
let scratch

beforeAll(async () => {
  mock = await startPrismMock(fixture)
  scratch = mkdtempSync(join(tmpdir(), 'parley-spec-problems-'))
}, 300_000)

afterAll(async () => {
  await mock?.close()
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

/** What a generated client throws for a non-2xx answer, as far as the classifier reads it. */
async function send(method, url, { query, body } = {}) {
  const target = new URL(url, mock.baseUrl)
  for (const [name, value] of Object.entries(query ?? {})) target.searchParams.set(name, String(value))
  const response = await fetch(target, {
    method,
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return answerOf(response, `${method} ${url}`)
}

/**
 * The body, or what the runtime throws: an ApiError with the answer's status, headers and
 * body; for a redirect, a RedirectError, which carries no headers.
 */
async function answerOf(response, label) {
  const text = await response.text()
  const parsed = text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text
  if (response.status >= 300 && response.status < 400)
    throw Object.assign(new Error(`${label} answered ${response.status} (redirect), not followed`), {
      name: 'RedirectError',
      status: response.status,
    })
  if (!response.ok)
    throw Object.assign(new Error(`${label} failed with ${response.status}`), {
      name: 'ApiError',
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: parsed,
    })
  return parsed
}

/** A client that sends what the spec says; `wrongQuery` sends `limit` as a word instead. */
const clientOf = ({ wrongQuery = false } = {}) => ({
  getThing: ({ path, query }) => send('GET', `/things/${path.id}`, { query: wrongQuery ? { limit: 'five' } : query }),
  getBroken: () => send('GET', '/broken'),
  createOrder: ({ body }) => send('POST', '/orders', { body }),
  createRefund: ({ body }) => send('POST', '/refunds', { body }),
})

describe('spec problems found statically', () => {
  it("lists each example its own schema refuses, with the operation and the overlay action's JSONPath", async () => {
    const { document } = await loadDocument(fixture, { onNote: () => {} })
    const { problems } = findSpecProblems(document)
    expect(problems.map((problem) => [problem.side, problem.location, problem.operations, problem.action])).toEqual([
      [
        'response',
        'body',
        ['GET /broken'],
        expect.objectContaining({
          target: "$.paths['/broken'].get.responses['200'].content['application/json'].example",
          remove: true,
        }),
      ],
      [
        'request',
        'body',
        ['POST /orders'],
        expect.objectContaining({
          target: "$.paths['/orders'].post.requestBody.content['application/json'].example",
          remove: true,
        }),
      ],
      [
        'request',
        'body',
        ['POST /refunds'],
        expect.objectContaining({
          target: "$.paths['/refunds'].post.requestBody.content['application/json'].example",
          remove: true,
        }),
      ],
    ])
    expect(problems.every((problem) => problem.kind === 'example breaks its schema')).toBe(true)
  })

  it('the printed actions, pasted into an overlay, leave no spec problem', async () => {
    const { document } = await loadDocument(fixture, { onNote: () => {} })
    const actions = findSpecProblems(document).problems.map((problem) => problem.action)
    const specDir = join(scratch, 'fixed')
    cpSync(fixture, join(specDir, 'openapi.yaml'))
    writeFileSync(
      join(specDir, 'overlay.yaml'),
      stringify({ overlay: '1.0.0', info: { title: 'fixes', version: '1.0.0' }, actions }),
    )
    const fixed = await loadDocument(join(specDir, 'openapi.yaml'), {
      overlayPath: join(specDir, 'overlay.yaml'),
      onNote: () => {},
    })
    expect(fixed.unmatchedTargets).toEqual([])
    expect(findSpecProblems(fixed.document).problems).toEqual([])
  })

  it('finds an example under a $ref and an inline parameter by name, which an overlay can target', async () => {
    const specDir = join(scratch, 'references')
    const spec = parse(
      `openapi: 3.0.3
info: { title: refs, version: '1' }
paths:
  /a:
    get:
      operationId: getA
      parameters:
        - { name: Accept, in: header, schema: { type: string } }
        - { name: size, in: query, schema: { type: integer }, example: big }
      responses:
        '200': { $ref: '#/components/responses/A' }
components:
  responses:
    A:
      description: A
      content:
        application/json:
          schema: { type: object, properties: { at: { type: string, format: date-time, example: yesterday } } }
`,
    )
    cpSync(fixture, join(specDir, 'unused.yaml'))
    writeFileSync(join(specDir, 'openapi.yaml'), stringify(spec))
    const { document } = await loadDocument(join(specDir, 'openapi.yaml'), { onNote: () => {} })
    const targets = findSpecProblems(document).problems.map((problem) => problem.action.target)
    expect(targets).toEqual([
      "$.paths['/a'].get.parameters[?(@.name=='size' && @.in=='query')].example",
      "$.components.responses.A.content['application/json'].schema.properties.at.example",
    ])
    writeFileSync(
      join(specDir, 'overlay.yaml'),
      stringify({
        overlay: '1.0.0',
        info: { title: 'fixes', version: '1.0.0' },
        actions: targets.map((target) => ({ target, remove: true })),
      }),
    )
    const fixed = await loadDocument(join(specDir, 'openapi.yaml'), {
      overlayPath: join(specDir, 'overlay.yaml'),
      onNote: () => {},
    })
    expect(fixed.unmatchedTargets).toEqual([])
    expect(findSpecProblems(fixed.document).problems).toEqual([])
  })
})

describe('the generated operation test: whose fault a failure is', () => {
  it('lenient: a sound client passes; each bad example is listed with its overlay action and does not fail the run', async () => {
    const report = await checkEveryOperation({ client: clientOf(), specPath: fixture, operations, strict: false })
    expect(report.outcomes).toEqual([
      { operationId: 'getThing', verdict: 'passed' },
      { operationId: 'getBroken', verdict: 'spec problem' },
      { operationId: 'createOrder', verdict: 'spec problem' },
      { operationId: 'createRefund', verdict: 'spec problem' },
    ])
    expect(report.sdkProblems).toEqual([])
    expect(report.specProblems.map((problem) => problem.failedOperations)).toEqual([
      ['getBroken'],
      ['createOrder'],
      ['createRefund'],
    ])
    expect(report.failures).toEqual([])
    expect(report.text).toContain('4 operations: 1 passed, 0 SDK problem(s), 3 failed because of the spec')
    expect(report.text).toContain(`- target: $.paths['/orders'].post.requestBody.content['application/json'].example`)
    expect(report.text).toContain('remove: true')
  }, 120_000)

  it('strict: the same spec problems fail the run', async () => {
    const report = await checkEveryOperation({ client: clientOf(), specPath: fixture, operations, strict: true })
    expect(report.failures).toHaveLength(3)
    expect(report.failures.every((failure) => failure.startsWith('spec problem: '))).toBe(true)
  }, 120_000)

  it('lenient: a client that sends a wrong query is an SDK problem and fails the run', async () => {
    const report = await checkEveryOperation({
      client: clientOf({ wrongQuery: true }),
      specPath: fixture,
      operations,
      strict: false,
    })
    expect(report.outcomes[0]).toEqual({ operationId: 'getThing', verdict: 'sdk problem' })
    expect(report.sdkProblems.map((problem) => problem.cause)).toEqual(['the mock refused the request (query)'])
    expect(report.failures).toHaveLength(1)
    expect(report.failures[0]).toMatch(/^SDK problem: getThing \(GET \/things\/\{id\}\) failed against the mock/)
  }, 120_000)

  it('a client without one of the methods is an SDK problem, not a skipped operation', async () => {
    const { getBroken: _missing, ...client } = clientOf()
    const report = await checkEveryOperation({ client, specPath: fixture, operations, strict: false })
    expect(report.outcomes[1]).toEqual({ operationId: 'getBroken', verdict: 'sdk problem' })
    expect(report.failures).toHaveLength(1)
  }, 120_000)
})

describe('a package that does not load', () => {
  it('still gives every operation of the spec a verdict (an SDK problem naming the error) and writes the report', async () => {
    const reportFile = join(scratch, 'not-loaded.json')
    const before = process.env.PARLEY_OPERATIONS_REPORT
    process.env.PARLEY_OPERATIONS_REPORT = reportFile
    try {
      const { report, operations: table } = await checkEveryOperationOf({
        specPath: fixture,
        strict: false,
        load: async () => {
          throw Object.assign(new Error('`baseUrl` needs a scheme: `https://host`'), { name: 'ConfigurationError' })
        },
      })
      expect(Object.values(table).map((operation) => operation.id)).toEqual(Object.values(operations).map((o) => o.id))
      expect(report.outcomes.map((outcome) => outcome.verdict)).toEqual(Array(4).fill('sdk problem'))
      expect(report.failures).toHaveLength(4)
      expect(report.sdkProblems[0].detail).toBe(
        'getThing (GET /things/{id}): not called: ConfigurationError: `baseUrl` needs a scheme: `https://host`',
      )
      expect(JSON.parse(readFileSync(reportFile, 'utf8')).outcomes).toHaveLength(4)
    } finally {
      if (before === undefined) delete process.env.PARLEY_OPERATIONS_REPORT
      else process.env.PARLEY_OPERATIONS_REPORT = before
    }
  }, 60_000)

  it('once loaded, is checked as checkEveryOperation checks it', async () => {
    const { report } = await checkEveryOperationOf({
      specPath: fixture,
      strict: false,
      load: async () => ({ client: clientOf(), operations }),
    })
    expect(report.outcomes.map((outcome) => outcome.verdict)).toEqual([
      'passed',
      'spec problem',
      'spec problem',
      'spec problem',
    ])
  }, 120_000)
})

describe('answers the mock cannot give as a success: only when Prism found the request valid', () => {
  const answersFixture = join(import.meta.dirname, 'fixtures', 'spec-problems-answers.openapi.yaml')
  const answersOperations = {
    'PUT /things/{id}': { id: 'updateThing' },
    'GET /exports': { id: 'getExport' },
    'GET /balance': { id: 'getBalance' },
  }
  /** `mistakes`: a wrong query for the two operations that take one, as an SDK bug would send. */
  const answersClientOf = (baseUrl, { mistakes = false } = {}) => {
    const call = (method, url, query) => {
      const target = new URL(url, baseUrl)
      for (const [name, value] of Object.entries(query ?? {})) target.searchParams.set(name, String(value))
      return fetch(target, { method, redirect: 'manual' }).then((response) => answerOf(response, `${method} ${url}`))
    }
    return {
      updateThing: ({ path, query }) => call('PUT', `/things/${path.id}`, mistakes ? { limit: 'five' } : query),
      getExport: () => call('GET', '/exports'),
      getBalance: ({ query }) => call('GET', '/balance', mistakes ? { currency: 'USD' } : query),
    }
  }
  let answersMock

  beforeAll(async () => {
    answersMock = await startPrismMock(answersFixture)
  }, 300_000)

  afterAll(async () => {
    await answersMock?.close()
  })

  it('no 2xx declared, or a text answer with a number schema: spec problems, each with the action that fixes it', async () => {
    const report = await checkEveryOperation({
      client: answersClientOf(answersMock.baseUrl),
      specPath: answersFixture,
      operations: answersOperations,
      strict: false,
    })
    expect(report.sdkProblems).toEqual([])
    expect(report.outcomes.map((outcome) => outcome.verdict)).toEqual(['spec problem', 'spec problem', 'spec problem'])
    expect(report.specProblems.map((problem) => [problem.kind, problem.failedOperations, problem.action])).toEqual([
      [
        'no success answer declared',
        ['updateThing'],
        expect.objectContaining({
          target: "$.paths['/things/{id}'].put.responses",
          update: { 204: { description: expect.any(String) } },
        }),
      ],
      [
        'no success answer declared',
        ['getExport'],
        expect.objectContaining({ target: "$.paths['/exports'].get.responses" }),
      ],
      [
        'text answer whose schema is not a string',
        ['getBalance'],
        expect.objectContaining({
          target: "$.paths['/balance'].get.responses['200'].content['text/plain'].schema",
          update: { type: 'string', example: '12.34' },
        }),
      ],
    ])
    expect(report.text).toContain('so the mock answers its first, 400, to a request it found valid')
    expect(report.failures).toEqual([])
  }, 120_000)

  it('the printed actions, pasted into an overlay, make every operation pass against a mock of the fixed spec', async () => {
    const first = await checkEveryOperation({
      client: answersClientOf(answersMock.baseUrl),
      specPath: answersFixture,
      operations: answersOperations,
      strict: false,
    })
    const specDir = join(scratch, 'answers-fixed')
    cpSync(answersFixture, join(specDir, 'openapi.yaml'))
    writeFileSync(
      join(specDir, 'overlay.yaml'),
      stringify({
        overlay: '1.0.0',
        info: { title: 'fixes', version: '1.0.0' },
        actions: first.specProblems.map((problem) => problem.action),
      }),
    )
    const fixedMock = await startPrismMock(join(specDir, 'openapi.yaml'))
    try {
      const report = await checkEveryOperation({
        client: answersClientOf(fixedMock.baseUrl),
        specPath: join(specDir, 'openapi.yaml'),
        operations: answersOperations,
        strict: true,
      })
      expect(report.outcomes.map((outcome) => outcome.verdict)).toEqual(['passed', 'passed', 'passed'])
      expect(report.failures).toEqual([])
    } finally {
      await fixedMock.close()
    }
  }, 300_000)

  it('the same answers to a request Prism refused (its sl-violations header names where) stay SDK problems', async () => {
    const report = await checkEveryOperation({
      client: answersClientOf(answersMock.baseUrl, { mistakes: true }),
      specPath: answersFixture,
      operations: answersOperations,
      strict: false,
    })
    expect(report.outcomes).toEqual([
      { operationId: 'updateThing', verdict: 'sdk problem' },
      { operationId: 'getExport', verdict: 'spec problem' },
      { operationId: 'getBalance', verdict: 'sdk problem' },
    ])
    expect(report.sdkProblems.map((problem) => problem.cause)).toEqual([
      'the mock refused the request (query)',
      'the mock answered 500 (NO_COMPLEX_OBJECT_TEXT)',
    ])
    expect(report.failures).toHaveLength(2)
  }, 120_000)

  it("a 400 whose headers are not known is not the spec's: nothing shows the request was valid", async () => {
    const withoutHeaders = answersClientOf(answersMock.baseUrl)
    const client = {
      ...withoutHeaders,
      updateThing: (options) =>
        withoutHeaders.updateThing(options).catch((error) => {
          delete error.headers
          throw error
        }),
    }
    const report = await checkEveryOperation({
      client,
      specPath: answersFixture,
      operations: answersOperations,
      strict: false,
    })
    expect(report.outcomes[0]).toEqual({ operationId: 'updateThing', verdict: 'sdk problem' })
    expect(report.sdkProblems[0].cause).toBe("the mock refused the request with the spec's own 400, not saying where")
  }, 120_000)
})

describe('who is strict', () => {
  it('a hand-written spec always; a published file only with x-parley-strict: true in its overlay', () => {
    const specDir = join(scratch, 'published')
    cpSync(fixture, join(specDir, 'openapi.yaml'))
    const vendor = { specPath: join(specDir, 'openapi.yaml') }
    expect(strictAboutSpecProblems(vendor)).toBe(true)
    expect(strictAboutSpecProblems({ ...vendor, published: true })).toBe(false)
    const overlay = { overlay: '1.0.0', info: { title: 'fixes', version: '1.0.0' }, actions: [] }
    writeFileSync(join(specDir, 'overlay.yaml'), stringify(overlay))
    expect(strictAboutSpecProblems({ ...vendor, published: true })).toBe(false)
    writeFileSync(join(specDir, 'overlay.yaml'), stringify({ ...overlay, 'x-parley-strict': true }))
    expect(strictAboutSpecProblems({ ...vendor, published: true })).toBe(true)
  })
})

// Refusals a client cannot avoid, told apart from a client's own mistakes of the same shape:
// a client made with the runtime's `createClient` (the generated SDKs' transport and
// encoders), once sending what the spec says and once getting each sound operation wrong.
describe('requests no client can make conform, and the one the mock cannot read', () => {
  const wireFixture = join(import.meta.dirname, 'fixtures', 'spec-problems-wire.openapi.yaml')
  const wireOperations = {
    'GET /tsp/{tspId}': { id: 'getTsp' },
    'GET /plans/{planId}': { id: 'getPlan' },
    'GET /markers': { id: 'getMarkers' },
    'GET /tags': { id: 'getTags' },
    'POST /blobs': { id: 'sendBlob' },
    'POST /files': { id: 'sendFile' },
    'POST /media': { id: 'editMedia' },
    'GET /customers': { id: 'findCustomers' },
  }
  let wireMock

  beforeAll(async () => {
    wireMock = await startPrismMock(wireFixture)
  }, 300_000)

  afterAll(async () => {
    await wireMock?.close()
  })

  /** Sends the fields of a multipart body as text, objects included (`[object Object]`): a broken encoder. */
  const textOnlyParts = (body) => {
    const parts = new FormData()
    for (const [name, value] of Object.entries(body)) parts.append(name, String(value))
    return parts
  }

  const wireClientOf = ({ mistaken = false } = {}) => {
    const client = createClient({ baseUrl: wireMock.baseUrl, maxRetries: 0 })
    const octetStream = { 'content-type': 'application/octet-stream' }
    return {
      getTsp: (options) => client.get({ url: '/tsp/{tspId}', ...options }),
      getPlan: (options) =>
        client.get({ url: '/plans/{planId}', ...options, ...(mistaken ? { path: { planId: 'gold' } } : {}) }),
      getMarkers: (options) => client.get({ url: '/markers', ...options }),
      getTags: (options) => client.get({ url: '/tags', ...options, ...(mistaken ? { query: {} } : {}) }),
      sendBlob: (options) => client.post({ url: '/blobs', ...options, headers: octetStream }),
      sendFile: (options) =>
        client.post({
          url: '/files',
          ...options,
          ...(mistaken ? { body: { file: options.body } } : { headers: octetStream }),
        }),
      editMedia: (options) =>
        client.post({
          url: '/media',
          ...options,
          bodySerializer: mistaken ? textOnlyParts : formDataBodySerializer.bodySerializer,
        }),
      findCustomers: (options) => client.get({ url: mistaken ? '/customer' : '/customers', ...options }),
    }
  }

  it('finds statically the enum its type refuses, the query array of objects and the octet stream that is not bytes', async () => {
    const { document } = await loadDocument(wireFixture, { onNote: () => {} })
    const problems = findSpecProblems(document).problems.map((problem) => [
      problem.kind,
      problem.location,
      problem.operations,
      problem.action.target,
      problem.action.update,
    ])
    expect(problems).toEqual([
      [
        'enum breaks its schema',
        'path',
        ['GET /tsp/{tspId}'],
        "$.paths['/tsp/{tspId}'].get.parameters[?(@.name=='tspId' && @.in=='path')].schema.enum[0]",
        '1',
      ],
      [
        'enum breaks its schema',
        'path',
        ['GET /tsp/{tspId}'],
        "$.paths['/tsp/{tspId}'].get.parameters[?(@.name=='tspId' && @.in=='path')].schema.enum[1]",
        '2',
      ],
      [
        'no request can conform',
        'query',
        ['GET /markers'],
        "$.paths['/markers'].get.parameters[?(@.name=='timeline' && @.in=='query')].schema.items",
        { type: 'string' },
      ],
      [
        'no request can conform',
        'body',
        ['POST /blobs'],
        "$.paths['/blobs'].post.requestBody.content['application/octet-stream'].schema",
        { type: 'string', format: 'binary' },
      ],
      [
        'enum breaks its schema',
        'body',
        ['POST /triggers'],
        "$.paths['/triggers'].post.requestBody.content['application/json'].schema.properties.regions.enum[0]",
        undefined,
      ],
    ])
  })

  it('the printed actions, pasted into an overlay, leave none of those problems', async () => {
    const { document } = await loadDocument(wireFixture, { onNote: () => {} })
    const actions = findSpecProblems(document).problems.map((problem) => problem.action)
    const specDir = join(scratch, 'wire-fixed')
    cpSync(wireFixture, join(specDir, 'openapi.yaml'))
    writeFileSync(
      join(specDir, 'overlay.yaml'),
      stringify({ overlay: '1.0.0', info: { title: 'fixes', version: '1.0.0' }, actions }),
    )
    const fixed = await loadDocument(join(specDir, 'openapi.yaml'), {
      overlayPath: join(specDir, 'overlay.yaml'),
      onNote: () => {},
    })
    expect(fixed.unmatchedTargets).toEqual([])
    expect(findSpecProblems(fixed.document).problems).toEqual([])
  })

  it("a sound client: each refusal it cannot avoid is the spec's, with its kind and action; the multipart object field the mock's", async () => {
    const report = await checkEveryOperation({
      client: wireClientOf(),
      specPath: wireFixture,
      operations: wireOperations,
      strict: false,
    })
    expect(report.sdkProblems).toEqual([])
    expect(report.outcomes).toEqual([
      { operationId: 'getTsp', verdict: 'spec problem' },
      { operationId: 'getPlan', verdict: 'passed' },
      { operationId: 'getMarkers', verdict: 'spec problem' },
      { operationId: 'getTags', verdict: 'passed' },
      { operationId: 'sendBlob', verdict: 'spec problem' },
      { operationId: 'sendFile', verdict: 'passed' },
      { operationId: 'editMedia', verdict: 'spec problem' },
      { operationId: 'findCustomers', verdict: 'spec problem' },
    ])
    expect(report.specProblems.find((problem) => problem.failedOperations.includes('findCustomers'))).toMatchObject({
      kind: 'no success answer declared',
      action: { target: "$.paths['/customers'].get.responses" },
    })
    const unread = report.specProblems.find((problem) => problem.kind === 'the mock cannot read the request')
    expect(unread).toMatchObject({
      failedOperations: ['editMedia'],
      action: { target: "$.paths['/media'].post.requestBody.content['multipart/form-data']" },
    })
    expect(report.failures).toEqual([])
    expect(report.text).toContain('- no request can conform:')
    expect(report.text).toContain('- the mock cannot read the request:')
  }, 180_000)

  it('the sampled body of a oneOf of open objects fits exactly one alternative, so the mock takes it', async () => {
    const client = createClient({ baseUrl: wireMock.baseUrl, maxRetries: 0 })
    const report = await checkEveryOperation({
      client: { addTrigger: (options) => client.post({ url: '/triggers', ...options }) },
      specPath: wireFixture,
      operations: { 'POST /triggers': { id: 'addTrigger' } },
      strict: false,
    })
    expect(report.outcomes).toEqual([{ operationId: 'addTrigger', verdict: 'passed' }])
    expect(report.failures).toEqual([])
  }, 180_000)

  it('a body that fits two alternatives of a oneOf stays an SDK problem (a fitting value may exist), saying so; an enum problem in a property not sent excuses nothing', async () => {
    const client = createClient({ baseUrl: wireMock.baseUrl, maxRetries: 0 })
    const report = await checkEveryOperation({
      client: { addTrigger: (options) => client.post({ url: '/triggers', ...options }) },
      specPath: wireFixture,
      operations: { 'POST /triggers': { id: 'addTrigger' } },
      // What a sampler that does not check the alternatives sends: `{}` fits both open objects.
      overrides: { addTrigger: { body: { criteria: {} } } },
      strict: false,
    })
    expect(report.outcomes).toEqual([{ operationId: 'addTrigger', verdict: 'sdk problem' }])
    expect(report.sdkProblems.map((problem) => problem.cause)).toEqual([
      'the mock refused the request (body): the value sent fits more than one oneOf alternative',
    ])
  }, 180_000)

  it('a client that gets the same shapes wrong: each is an SDK problem, saying where the mock refused it', async () => {
    const report = await checkEveryOperation({
      client: wireClientOf({ mistaken: true }),
      specPath: wireFixture,
      operations: wireOperations,
      strict: false,
    })
    expect(Object.fromEntries(report.sdkProblems.map((problem) => [problem.operationId, problem.cause]))).toEqual({
      getPlan: 'the mock refused the request (path)',
      getTags: 'the mock refused the request (query)',
      sendFile: 'the content type is not one the operation takes',
      editMedia: 'the mock refused the request (body)',
      findCustomers: 'no such path in the spec (wrong URL)',
    })
    expect(report.sdkProblems.find((problem) => problem.operationId === 'getPlan')?.detail).toContain(
      "the mock's violations: path.planid",
    )
    expect(report.failures).toHaveLength(5)
  }, 180_000)
})

describe('the sweep deadline', () => {
  /** A spec file of `count` operations, as a vendor publishes it (Swagger 2.0 counts the same way). */
  const specOf = (count) => {
    const path = join(scratch, `sweep-${count}.json`)
    const paths = Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`/t${i}`, { get: { operationId: `t${i}`, responses: {} } }]),
    )
    writeFileSync(path, JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths }))
    return path
  }

  it("grows with the spec's operations: a few fit the usual minute, hundreds get seconds each", () => {
    expect(sweepTimeoutMs(fixture)).toBeGreaterThanOrEqual(60_000)
    expect(sweepTimeoutMs(specOf(242))).toBeGreaterThanOrEqual(242 * 4_000)
    expect(sweepTimeoutMs(specOf(484))).toBeGreaterThan(sweepTimeoutMs(specOf(242)))
  })
})

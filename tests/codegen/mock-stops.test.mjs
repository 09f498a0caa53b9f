// The operation sweep when Prism itself fails: a request that crashes the mock costs its own
// operation (judged the spec's only when the spec shows why, else a failure that says the
// mock stopped), the mock is started again and the operations after it are judged as usual;
// and a query parameter named with brackets (`filter[tag]`) is found by the mock.
// Against real Prism mocks of a small fixture, with a minimal client over node:http that
// sends no `Accept` unless told to, as the generated clients do.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDocument } from '@parley/codegen/spec-source'
import { checkEveryOperation, findSpecProblems, startPrismMock, watchThroughExitLog } from '@parley/testing'
import { stringify } from 'yaml'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

const spec = {
  openapi: '3.0.3',
  info: { title: 'A mock that stops', version: '1.0.0' },
  paths: {
    '/documents/{id}/download': {
      get: {
        operationId: 'downloadDocument',
        summary: 'Its answer is declared under `*`, which is not a media type',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'd1' }],
        responses: {
          200: { description: 'The file', content: { '*': { schema: { type: 'string', format: 'binary' } } } },
        },
      },
    },
    '/ping': {
      get: {
        operationId: 'ping',
        summary: 'A sound operation',
        responses: {
          200: {
            description: 'Pong',
            content: { 'application/json': { schema: { type: 'object' }, example: { pong: true } } },
          },
        },
      },
    },
    '/credentials': {
      delete: {
        operationId: 'deleteCredentials',
        summary: 'A required query parameter named with brackets',
        parameters: [{ name: 'filter[tag]', in: 'query', required: true, schema: { type: 'string' }, example: 'old' }],
        responses: {
          200: {
            description: 'Deleted',
            content: { 'application/json': { schema: { type: 'object' }, example: { deleted: 2 } } },
          },
          422: { description: 'Bad request' },
        },
      },
    },
  },
}
const operations = {
  'GET /documents/{id}/download': { id: 'downloadDocument' },
  'GET /ping': { id: 'ping' },
  'DELETE /credentials': { id: 'deleteCredentials' },
}

let scratch
let specPath
/** @type {import('@parley/testing').RunningMock[]} */
const mocks = []

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'parley-mock-stops-'))
  specPath = join(scratch, 'openapi.yaml')
  writeFileSync(specPath, stringify(spec))
})

afterEach(async () => {
  await Promise.allSettled(mocks.splice(0).map((mock) => mock.close()))
})

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

async function startMock(options = {}) {
  const mock = await startPrismMock(specPath, { restartOnExit: true, ...options })
  mocks.push(mock)
  return mock
}

/** One call as a generated client makes it; throws what the classifier reads of the runtime's errors. */
function send(baseUrl, method, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const call = request(new URL(path, baseUrl), { method, headers }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk) => (text += chunk))
      response.on('end', () => {
        const body = text && /json/.test(response.headers['content-type'] ?? '') ? JSON.parse(text) : text
        if ((response.statusCode ?? 0) < 300) return resolve(body)
        reject(
          Object.assign(new Error(`${method} ${path} failed with ${response.statusCode}`), {
            name: 'ApiError',
            status: response.statusCode,
            body,
          }),
        )
      })
    })
    call.on('error', (cause) =>
      reject(Object.assign(new Error(`${method} ${path} failed: ${cause.code}`), { name: 'ConnectionError', cause })),
    )
    call.end()
  })
}

/** A client that sends what the spec says; `badAccept` sends `Accept: *` (not a media type) with `ping`. */
const clientOf = (baseUrl, { badAccept = false } = {}) => ({
  downloadDocument: ({ path }) => send(baseUrl, 'GET', `/documents/${path.id}/download`),
  ping: () => send(baseUrl, 'GET', '/ping', badAccept ? { accept: '*' } : {}),
  deleteCredentials: ({ query }) =>
    send(baseUrl, 'DELETE', `/credentials?${new URLSearchParams(query).toString()}`, { accept: 'application/json' }),
})

describe('a content key that is not a media type', () => {
  it('is a spec problem found statically, whose overlay action removes it', async () => {
    const { document } = await loadDocument(specPath, { onNote: () => {} })
    const problems = findSpecProblems(document).problems
    expect(problems.map((problem) => [problem.kind, problem.side, problem.operations, problem.action])).toEqual([
      [
        'not a media type',
        'response',
        ['GET /documents/{id}/download'],
        expect.objectContaining({
          target: "$.paths['/documents/{id}/download'].get.responses['200'].content['*']",
          remove: true,
        }),
      ],
    ])
    // Beside a copy: the spec the mocks serve keeps its `*`.
    const fixedDir = mkdtempSync(join(scratch, 'fixed-'))
    const overlayPath = join(fixedDir, 'overlay.yaml')
    cpSync(specPath, join(fixedDir, 'openapi.yaml'))
    writeFileSync(
      overlayPath,
      stringify({
        overlay: '1.0.0',
        info: { title: 'fixes', version: '1.0.0' },
        actions: problems.map((problem) => problem.action),
      }),
    )
    const fixed = await loadDocument(join(fixedDir, 'openapi.yaml'), { overlayPath, onNote: () => {} })
    expect(fixed.unmatchedTargets).toEqual([])
    expect(findSpecProblems(fixed.document).problems).toEqual([])
  })
})

describe('the operation sweep when the mock stops', () => {
  it("the call that crashed the mock on the spec's `*` is the spec's; the mock is restarted and the next calls are judged", async () => {
    const mock = await startMock()
    const report = await checkEveryOperation({
      client: clientOf(mock.baseUrl),
      specPath,
      operations,
      mock,
      strict: false,
    })
    expect(mock.exits()).toEqual([
      expect.objectContaining({ reason: 'TypeError: invalid media type', restarting: true }),
    ])
    expect(report.outcomes).toEqual([
      { operationId: 'downloadDocument', verdict: 'spec problem' },
      { operationId: 'ping', verdict: 'passed' },
      { operationId: 'deleteCredentials', verdict: 'passed' },
    ])
    expect(report.sdkProblems).toEqual([])
    expect(report.specProblems.map((problem) => [problem.kind, problem.failedOperations])).toEqual([
      ['not a media type', ['downloadDocument']],
    ])
    expect(report.failures).toEqual([])
  }, 600_000)

  it('an Accept header that is not a media type, crashing the mock on a sound operation, stays an SDK problem that says the mock stopped', async () => {
    const exitLog = join(scratch, 'exits.jsonl')
    const mock = await startMock({ exitLog })
    const report = await checkEveryOperation({
      client: clientOf(mock.baseUrl, { badAccept: true }),
      specPath,
      operations,
      // Seen as a test worker sees the globalSetup's mock: through the exit log.
      mock: watchThroughExitLog(mock.baseUrl, exitLog),
      strict: false,
    })
    expect(readFileSync(exitLog, 'utf8').trim().split('\n')).toHaveLength(2)
    expect(report.outcomes).toEqual([
      { operationId: 'downloadDocument', verdict: 'spec problem' },
      { operationId: 'ping', verdict: 'sdk problem' },
      { operationId: 'deleteCredentials', verdict: 'passed' },
    ])
    expect(report.sdkProblems.map((problem) => [problem.operationId, problem.cause])).toEqual([
      ['ping', 'the mock stopped answering (TypeError: invalid media type)'],
    ])
    expect(report.failures).toHaveLength(1)
  }, 600_000)
})

describe('a query parameter named with brackets', () => {
  it('is found by the mock: sent, it passes; left out, the mock refuses the request', async () => {
    const mock = await startMock()
    const client = clientOf(mock.baseUrl)
    await expect(client.deleteCredentials({ query: { 'filter[tag]': 'old' } })).resolves.toEqual({ deleted: 2 })
    await expect(client.deleteCredentials({ query: { tag: 'old' } })).rejects.toMatchObject({ status: 422 })
  }, 600_000)
})

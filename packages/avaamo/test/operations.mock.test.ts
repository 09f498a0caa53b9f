// Every operation of the spec, called through the client with the spec's own examples,
// against a Prism mock made from the same spec (Prism validates each request).
import { exerciseEveryOperation, specPathOf, startPrismMock } from '@parley/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AvaamoClient, createAvaamoClient } from '../src/index.js'
import { operations } from '../src/generated/operations.gen.js'

let mock: Awaited<ReturnType<typeof startPrismMock>>
let client: AvaamoClient

beforeAll(async () => {
  mock = await startPrismMock(specPathOf('avaamo'))
  client = createAvaamoClient({ baseUrl: mock.baseUrl, maxRetries: 0, userAccessToken: 'mock-userAccessToken', agentAccessToken: 'mock-agentAccessToken' })
})
afterAll(() => mock?.close())

describe('avaamo: every operation against the spec mock', () => {
  it('answers each operation with a 2xx body', async () => {
    const results = await exerciseEveryOperation({ client, specPath: specPathOf('avaamo'), operations })
    expect(results.map((result) => result.operationId).sort()).toEqual(Object.values(operations).map((operation) => operation.id).sort())
  })
})

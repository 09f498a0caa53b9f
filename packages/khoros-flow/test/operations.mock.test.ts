// Every operation of the spec, called through the client with the spec's own examples,
// against a Prism mock made from the same spec (Prism validates each request and answer).
// A hand-written spec is strict: an SDK problem and a spec problem both fail the run.
import { checkEveryOperation, expectEveryOperationJudged, prismMockUrl, specPathOf } from '@parley/testing'
import { beforeAll, describe, it } from 'vitest'
import { type KhorosFlowClient, createKhorosFlowClient } from '../src/index.js'
import { operations } from '../src/generated/operations.gen.js'

let client: KhorosFlowClient

beforeAll(async () => {
  client = createKhorosFlowClient({ baseUrl: prismMockUrl('khoros-flow'), maxRetries: 0, apiKey: 'mock-apiKey' })
})

describe('khoros-flow: every operation against the spec mock', () => {
  it('passes each operation, or lists it as a spec problem with its overlay fix', async () => {
    const report = await checkEveryOperation({ client, specPath: specPathOf('khoros-flow'), operations })
    expectEveryOperationJudged(report, operations)
  })
})

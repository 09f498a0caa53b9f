// Every operation of the spec, called through the client with the spec's own examples,
// against a Prism mock made from the same spec (Prism validates each request and answer).
// A hand-written spec is strict: an SDK problem and a spec problem both fail the run.
import { checkEveryOperation, expectEveryOperationJudged, prismMockUrl, specPathOf } from '@parley/testing'
import { beforeAll, describe, it } from 'vitest'
import { type MeheryXmsClient, createMeheryXmsClient } from '../src/index.js'
import { operations } from '../src/generated/operations.gen.js'

let client: MeheryXmsClient

beforeAll(async () => {
  client = createMeheryXmsClient({
    baseUrl: prismMockUrl('mehery-xms'),
    maxRetries: 0,
    apiKey: 'mock-apiKey',
    apiId: 'mock-apiId',
  })
})

describe('mehery-xms: every operation against the spec mock', () => {
  it('passes each operation, or lists it as a spec problem with its overlay fix', async () => {
    const report = await checkEveryOperation({ client, specPath: specPathOf('mehery-xms'), operations })
    expectEveryOperationJudged(report, operations)
  })
})

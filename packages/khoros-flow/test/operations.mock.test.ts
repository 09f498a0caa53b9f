// Every operation of the spec, called through the client with the spec's own examples,
// against a Prism mock made from the same spec (Prism validates each request).
import { exerciseEveryOperation, prismMockUrl, specPathOf } from '@parley/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { type KhorosFlowClient, createKhorosFlowClient } from '../src/index.js'
import { operations } from '../src/generated/operations.gen.js'

let client: KhorosFlowClient

beforeAll(async () => {
  client = createKhorosFlowClient({ baseUrl: prismMockUrl('khoros-flow'), maxRetries: 0, apiKey: 'mock-apiKey' })
})

describe('khoros-flow: every operation against the spec mock', () => {
  it('answers each operation with a 2xx body', async () => {
    const results = await exerciseEveryOperation({ client, specPath: specPathOf('khoros-flow'), operations })
    expect(results.map((result) => result.operationId).sort()).toEqual(
      Object.values(operations)
        .map((operation) => operation.id)
        .sort(),
    )
  })
})

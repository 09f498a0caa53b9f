// Every operation of the spec, called through the client with the spec's own examples,
// against a Prism mock made from the same spec (Prism validates each request).
import { exerciseEveryOperation, prismMockUrl, specPathOf } from '@parley/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { type __NAME__Client, create__NAME__Client, operations } from '../src/index.js'

let client: __NAME__Client

beforeAll(async () => {
  client = create__NAME__Client({ baseUrl: prismMockUrl('__ID__'), maxRetries: 0, __MOCK_CREDENTIALS__ })
})

describe('__ID__: every operation against the spec mock', () => {
  it('answers each operation with a 2xx body', async () => {
    const results = await exerciseEveryOperation({ client, specPath: specPathOf('__ID__'), operations })
    expect(results.map((result) => result.operationId).sort()).toEqual(
      Object.values(operations)
        .map((operation) => operation.id)
        .sort(),
    )
  })
})

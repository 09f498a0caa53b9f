// Every operation of the spec, called through the client with the spec's own examples,
// against a Prism mock made from the same spec (Prism validates each request and answer).
// A failure is the SDK's (what went on the wire, or an answer that does not parse) or the
// spec's (an example its own schema refuses, an answer the mock cannot give); spec problems
// are printed with the overlay action that fixes each, and fail the run only when strict
// (a hand-written spec always; a published file with `x-parley-strict: true` in its overlay).
import {
  checkEveryOperation,
  expectEveryOperationJudged,
  prismMockUrl,
  specPathOf,
  sweepTimeoutMs,
} from '@parley/testing'
import { beforeAll, describe, it } from 'vitest'
import { type __NAME__Client, create__NAME__Client, operations } from '../src/index.js'

let client: __NAME__Client

beforeAll(async () => {
  client = create__NAME__Client({ baseUrl: prismMockUrl('__ID__'), maxRetries: 0, __MOCK_CREDENTIALS__ })
})

// The calls go one after another: the sweep's deadline grows with the operations.
const sweep = { timeout: sweepTimeoutMs(operations) }

describe('__ID__: every operation against the spec mock', () => {
  it('passes each operation, or lists it as a spec problem with its overlay fix', sweep, async () => {
    const report = await checkEveryOperation({ client, specPath: specPathOf('__ID__'), operations })
    expectEveryOperationJudged(report, operations)
  })
})

// Every operation of the spec, called through the client with the spec's own examples,
// against a Prism mock made from the same spec (Prism validates each request and answer).
// A failure is the SDK's (what went on the wire, or an answer that does not parse) or the
// spec's (an example its own schema refuses, an answer the mock cannot give); spec problems
// are printed with the overlay action that fixes each, and fail the run only when strict
// (a hand-written spec always; a published file with `x-parley-strict: true` in its overlay).
import {
  checkEveryOperationOf,
  expectEveryOperationJudged,
  mockCallTimeoutMs,
  prismMockUrl,
  specPathOf,
  sweepTimeoutMs,
} from '@parley/testing'
import { describe, it } from 'vitest'

// The calls go one after another: the sweep's deadline grows with the spec's operations,
// and each call may wait long for a mock building a large answer on a busy machine.
const sweep = { timeout: sweepTimeoutMs(specPathOf('__ID__')) }
const mockCall = { maxRetries: 0, timeoutMs: mockCallTimeoutMs }

describe('__ID__: every operation against the spec mock', () => {
  it('passes each operation, or lists it as a spec problem with its overlay fix', sweep, async () => {
    // Imported here, not above: a package that throws as it loads still gets a verdict per operation.
    const { report, operations } = await checkEveryOperationOf({
      specPath: specPathOf('__ID__'),
      load: async () => {
        const { create__NAME__Client, operations } = await import('../src/index.js')
        const client = create__NAME__Client({ baseUrl: prismMockUrl('__ID__'), ...mockCall, __MOCK_CREDENTIALS__ })
        return { client, operations }
      },
    })
    expectEveryOperationJudged(report, operations)
  })
})

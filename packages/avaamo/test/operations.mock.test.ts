// Both operations over HTTP against a Prism mock made from the same spec. Prism validates
// each request (query types and bounds, the `access-token` header, the body) and answers
// with the spec's examples, so a call that passes here is well-formed on the wire; with
// `validateResponses` the answers are also checked against the generated zod schemas.
import { checkEveryOperation, expectEveryOperationJudged, prismMockUrl, specPathOf } from '@parley/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { responseChecker } from '../src/zod.js'
import {
  type AvaamoClient,
  BadRequestError,
  createAvaamoClient,
  iterateAgentMessages,
  operations,
} from '../src/index.js'

let avaamo: AvaamoClient

beforeAll(async () => {
  avaamo = createAvaamoClient({
    baseUrl: prismMockUrl('avaamo'),
    userAccessToken: 'mock-user-token',
    agentAccessToken: 'mock-agent-token',
    maxRetries: 0,
    validateResponses: responseChecker,
  })
})

describe('avaamo: every operation against the spec mock', () => {
  it("passes each operation, called with the spec's own examples, or lists it as a spec problem with its overlay fix", async () => {
    const report = await checkEveryOperation({ client: avaamo, specPath: specPathOf('avaamo'), operations })
    expectEveryOperationJudged(report, operations)
  })

  it('postAgentMessage posts a plain string and a quick reply', async () => {
    await expect(
      avaamo.postAgentMessage({
        body: {
          message: 'Your order has shipped.',
          conversation: { uuid: '1faa40c8253e65aa02bfd02fd8643d35' },
          bot_id: 2154,
        },
      }),
    ).resolves.toEqual({
      success: true,
    })
    await expect(
      avaamo.postAgentMessage({
        body: {
          message: {
            quick_reply: {
              content: 'Track it?',
              links: [{ type: 'post_message', title: 'Yes', value: 'track my order' }],
            },
          },
          conversation: { uuid: '1faa40c8253e65aa02bfd02fd8643d35' },
          bot_id: 2154,
        },
      }),
    ).resolves.toEqual({ success: true })
  })

  // The use cases table of the document.
  it.each([
    ['the latest message', { per_page: 1 }],
    ['a period in epoch microseconds', { since_timetoken: 1569229247677821, timetoken: 1569229251418739 }],
    ['a page', { page: 5, per_page: 2 }],
    ['the latest message with device details', { per_page: 1, device_info: true }],
  ])('listAgentMessages for %s answers a typed page', async (_name, query) => {
    const page = await avaamo.listAgentMessages({ query })
    expect(page.total_pages).toBeGreaterThan(0)
    expect(page.entries[0]?.user?.email).toBeNull()
    expect(page.entries[0]?.conversation?.uuid).toBe('1faa40c8253e65aa02bfd02fd8643d35')
  })

  it('the mock rejects per_page above 100 (its 400: the operation declares no 422), a BadRequestError', async () => {
    await expect(avaamo.listAgentMessages({ query: { per_page: 101 } })).rejects.toBeInstanceOf(BadRequestError)
  })

  it("iterateAgentMessages walks the mock's one page (its first example: three entries, total_pages 1) and stops", async () => {
    const uuids: string[] = []
    for await (const entry of iterateAgentMessages(avaamo, { per_page: 25, maxPages: 3 })) uuids.push(entry.uuid)
    expect(uuids).toEqual([
      '5e8d2c71-0b3a-4f96-9d47-a1c6e2f8b305',
      '3c9a7e21-5f4b-4d8c-a2e6-9b1f0d7c4a58',
      '7b1e3f52-9c4d-4e8a-b6f1-2d5a8c9e0f31',
    ])
  })
})

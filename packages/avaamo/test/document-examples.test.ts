// Every example body of the vendor document (copied into test/fixtures/, see _fixture.md)
// checked three ways: the generated zod schema accepts it without dropping a field, the
// spec carries it as an example of its operation, and Prism (a JSON Schema validator
// independent of zod) accepts it as a request sent through the client.
import { readFileSync, readdirSync } from 'node:fs'
import { prismMockUrl, specPathOf } from '@parley/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodType } from 'zod'
import { readSpec, resolveReference } from '@parley/testing/spec-examples'
import { type AvaamoClient, UnprocessableEntityError, createAvaamoClient } from '../src/index.js'
import { zAgentMessagesPage, zListViewMessage, zPostAgentMessageRequest, zPostAgentMessageResult } from '../src/zod.js'
import { responseChecker } from '../src/zod.js'

const fixturesDirectory = new URL('./fixtures/', import.meta.url)
const readFixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixturesDirectory), 'utf8'))

interface DocumentExample {
  schema: ZodType
  /** The operation whose request body or 200 response carries the same value as a spec example. */
  specExample: { operationId: 'postAgentMessage' | 'listAgentMessages'; in: 'request' | 'response' }
  /** Posts the body through the client, for request bodies. */
  isPostedMessage?: true
}

/** Each fixture and what it is; a fixture missing here fails the coverage test below. */
const documentExamples: Record<string, DocumentExample> = {
  'post-simple-message.request.json': {
    schema: zPostAgentMessageRequest,
    specExample: { operationId: 'postAgentMessage', in: 'request' },
    isPostedMessage: true,
  },
  'post-list-view-message.request.json': {
    schema: zPostAgentMessageRequest,
    specExample: { operationId: 'postAgentMessage', in: 'request' },
    isPostedMessage: true,
  },
  'post-feedback-card-message.request.json': {
    schema: zPostAgentMessageRequest,
    specExample: { operationId: 'postAgentMessage', in: 'request' },
    isPostedMessage: true,
  },
  'post-agent-message.response.json': {
    schema: zPostAgentMessageResult,
    specExample: { operationId: 'postAgentMessage', in: 'response' },
  },
  'list-agent-messages.response.json': {
    schema: zAgentMessagesPage,
    specExample: { operationId: 'listAgentMessages', in: 'response' },
  },
}

const spec = readSpec(specPathOf('avaamo'))

/** Every example value the spec gives for an operation's JSON request body or 200 response. */
function specExamplesOf({ operationId, in: where }: DocumentExample['specExample']): unknown[] {
  for (const pathItem of Object.values(spec.paths) as Array<
    Record<string, { operationId?: string; requestBody?: unknown; responses?: Record<string, unknown> }>
  >) {
    for (const operation of Object.values(pathItem)) {
      if (operation?.operationId !== operationId) continue
      const part = where === 'request' ? operation.requestBody : operation.responses?.['200']
      const mediaType = resolveReference(spec, part)?.content?.['application/json']
      if (!mediaType) return []
      if (mediaType.example !== undefined) return [mediaType.example]
      return Object.values(mediaType.examples ?? {}).map((example) => resolveReference(spec, example)?.value)
    }
  }
  throw new Error(`no operation ${operationId} in the spec`)
}

type PostedListView = {
  message: { list_view: { items: Array<{ links: Array<Record<string, string | undefined>> }> } }
}

const fixtureNames = readdirSync(fixturesDirectory).filter((name) => name.endsWith('.json'))
const cases = Object.entries(documentExamples)

describe('the vendor document examples', () => {
  it('every fixture is listed here (none is skipped silently)', () => {
    expect(Object.keys(documentExamples).sort()).toEqual(fixtureNames.sort())
  })

  it.each(cases)('%s validates with the generated zod schema, no field dropped', (name, { schema }) => {
    const body = readFixture(name)
    const parsed = schema.safeParse(body)
    expect(parsed.error?.issues).toBeUndefined()
    // zod objects strip unknown keys: equality proves every field of the document is modelled.
    expect(parsed.data).toEqual(body)
  })

  it.each(cases)('%s is one of the spec examples of its operation', (name, { specExample }) => {
    expect(specExamplesOf(specExample)).toContainEqual(readFixture(name))
  })

  it('the three posted messages are one of each kind: a string, a list view, a card', () => {
    const messages = [
      'post-simple-message.request.json',
      'post-list-view-message.request.json',
      'post-feedback-card-message.request.json',
    ].map((name) => (readFixture(name) as { message: unknown }).message)
    expect(typeof messages[0]).toBe('string')
    expect(Object.keys(messages[1] as object)).toEqual(['list_view'])
    expect(Object.keys(messages[2] as object)).toEqual(['card'])
  })

  it("the document's list view as written (`content` on the second link) is refused, for the spec's decision", () => {
    const asWritten = readFixture('as-written/post-list-view-message.request.json') as PostedListView
    // The only place the schema refuses: the second item's link has no `value`.
    const parsed = zListViewMessage.safeParse(asWritten.message)
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['list_view.items.1.links.0.value', 'invalid_type'],
    ])
    expect(zPostAgentMessageRequest.safeParse(asWritten).success).toBe(false)
    // The decision that says why, on the property the document misspelt.
    const decision = (
      spec.components.schemas.PostMessageLink as { properties: { value: { 'x-parley-decision'?: string } } }
    ).properties.value['x-parley-decision']
    expect(decision).toContain('`content` in one list view sample is a slip for `value`')
    expect(decision).toContain('scenario 2 as written is therefore refused')
  })

  it("the document's list view with `content` read as `value` is the accepted fixture", () => {
    const corrected = readFixture('as-written/post-list-view-message.request.json') as PostedListView
    const link = corrected.message.list_view.items[1]?.links[0]
    if (!link?.content) throw new Error('the as-written fixture lost its `content` link')
    link.value = link.content
    delete link.content
    expect(corrected).toEqual(readFixture('post-list-view-message.request.json'))
  })

  it("the vendor's feedback card without an input `uuid` is a valid message (CardInput.uuid is optional)", () => {
    const asVendorPosts = readFixture('post-feedback-card-message.request.json') as {
      message: { card: { inputs: Array<Record<string, string>> } }
    }
    for (const input of asVendorPosts.message.card.inputs) delete input.uuid
    const parsed = zPostAgentMessageRequest.safeParse(asVendorPosts)
    expect(parsed.error?.issues).toBeUndefined()
    expect(parsed.data).toEqual(asVendorPosts)
  })
})

describe('the document examples through the client to the spec mock', () => {
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

  const postedCases = cases.filter(([, example]) => example.isPostedMessage)
  it.each(postedCases)('Prism accepts %s as a postAgentMessage body', async (name) => {
    // Prism answers a body that does not match the spec with an error status, which the client throws.
    await expect(avaamo.postAgentMessage({ body: readFixture(name) as never })).resolves.toEqual({ success: true })
  })

  it("Prism refuses the document's list view as written (no `value` on its second link)", async () => {
    const asWritten = readFixture('as-written/post-list-view-message.request.json')
    await expect(avaamo.postAgentMessage({ body: asWritten as never })).rejects.toBeInstanceOf(UnprocessableEntityError)
  })

  it('Prism rejects a message the spec does not allow (a card input without its title)', async () => {
    const body = {
      message: { card: { inputs: [{ type: 'data_capture', uuid: 'comments' }] } },
      conversation: { uuid: 'c1' },
      bot_id: 2154,
    }
    expect(zPostAgentMessageRequest.safeParse(body).success).toBe(false)
    // Prism answers an invalid body with the operation's 422 (it prefers 422 to 400 when both are declared).
    await expect(avaamo.postAgentMessage({ body: body as never })).rejects.toBeInstanceOf(UnprocessableEntityError)
  })
})

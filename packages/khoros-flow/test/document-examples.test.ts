// Every example body of the vendor document (copied into test/fixtures/, see _fixture.md)
// validates against the spec three ways: the generated zod schemas accept it without
// dropping a field, the spec carries it as an example of its operation, and Prism (a
// JSON Schema validator independent of zod) accepts it as a request through the client.
import { readFileSync, readdirSync } from 'node:fs'
import { prismMockUrl, specPathOf } from '@parley/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZodType } from 'zod'
import { readSpec, resolveReference } from '@parley/testing/spec-examples'
import { BadRequestError, type KhorosFlowClient, createKhorosFlowClient } from '../src/index.js'
import {
  zAccepted,
  zEmptyBody,
  zGetBotStatusResponse,
  zGetBusinessHoursResponse,
  zHandoverRequest,
  zListMessagesResponse,
  zListSegmentsResponse,
  zListThreadsResponse,
  zListTriggerEventsResponse,
  zOriginator,
  zPhoneBroadcastRequest,
  zSegmentBroadcastRequest,
  zSendMessageRequest,
} from '../src/zod.js'
import { responseChecker } from '../src/zod.js'

const fixturesDirectory = new URL('./fixtures/', import.meta.url)
const readFixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, fixturesDirectory), 'utf8'))

interface DocumentExample {
  /** The zod schema the body must satisfy. */
  schema: ZodType
  /** Where the spec carries the same value as an example. */
  specExample: { operationId: string; in: 'request' | 'response' } | { schema: string }
  /** Sends the body through the client, for request bodies. */
  send?: (client: KhorosFlowClient, body: never) => Promise<unknown>
}

const threadId = 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89'
const sendMessage: DocumentExample = {
  schema: zSendMessageRequest,
  specExample: { operationId: 'sendMessage', in: 'request' },
  send: (client, body) => client.sendMessage({ path: { threadId }, body }),
}

/** Each fixture and what it is; a fixture missing here fails the coverage test below. */
const documentExamples: Record<string, DocumentExample> = {
  'send-text-message.request.json': sendMessage,
  'send-text-message-with-originator.request.json': sendMessage,
  'send-text-message-with-profile-and-metadata.request.json': sendMessage,
  'send-event-message.request.json': sendMessage,
  'send-location-message.request.json': sendMessage,
  'send-media-message.request.json': sendMessage,
  'browser-example-send-text.request.json': sendMessage,
  'browser-example-send-event.request.json': sendMessage,
  'browser-example-send-location.request.json': sendMessage,
  'browser-example-send-media.request.json': sendMessage,
  'originator-with-metadata.json': { schema: zOriginator, specExample: { schema: 'Originator' } },
  'handover-thread.request.json': {
    schema: zHandoverRequest,
    specExample: { operationId: 'handoverThread', in: 'request' },
    send: (client, body) => client.handoverThread({ path: { threadId }, body }),
  },
  'takeover-thread.request.json': {
    schema: zEmptyBody,
    specExample: { operationId: 'takeoverThread', in: 'request' },
    send: (client, body) => client.takeoverThread({ path: { threadId }, body }),
  },
  'trigger-event.request.json': {
    schema: zEmptyBody,
    specExample: { operationId: 'triggerEvent', in: 'request' },
    send: (client, body) => client.triggerEvent({ path: { threadId }, query: { eventName: 'MY_EVENT' }, body }),
  },
  'pause-bot.request.json': {
    schema: zEmptyBody,
    specExample: { operationId: 'pauseBot', in: 'request' },
    send: (client, body) => client.pauseBot({ path: { threadId }, body }),
  },
  'resume-bot.request.json': {
    schema: zEmptyBody,
    specExample: { operationId: 'resumeBot', in: 'request' },
    send: (client, body) => client.resumeBot({ path: { threadId }, body }),
  },
  'broadcast-to-phone-numbers-text.request.json': {
    schema: zPhoneBroadcastRequest,
    specExample: { operationId: 'broadcastToPhoneNumbers', in: 'request' },
    send: (client, body) => client.broadcastToPhoneNumbers({ body }),
  },
  'broadcast-to-phone-numbers-event.request.json': {
    schema: zPhoneBroadcastRequest,
    specExample: { operationId: 'broadcastToPhoneNumbers', in: 'request' },
    send: (client, body) => client.broadcastToPhoneNumbers({ body }),
  },
  'broadcast-to-phone-numbers-event-with-metadata.request.json': {
    schema: zPhoneBroadcastRequest,
    specExample: { operationId: 'broadcastToPhoneNumbers', in: 'request' },
    send: (client, body) => client.broadcastToPhoneNumbers({ body }),
  },
  'broadcast-to-segments.request.json': {
    schema: zSegmentBroadcastRequest,
    specExample: { operationId: 'broadcastToSegments', in: 'request' },
    send: (client, body) => client.broadcastToSegments({ body }),
  },
  'accepted.response.json': { schema: zAccepted, specExample: { operationId: 'resolveThread', in: 'response' } },
  'list-messages-sync.response.json': {
    schema: zListMessagesResponse,
    specExample: { operationId: 'listMessages', in: 'response' },
  },
  'list-threads-sync.response.json': {
    schema: zListThreadsResponse,
    specExample: { operationId: 'listThreads', in: 'response' },
  },
  'list-trigger-events-sync.response.json': {
    schema: zListTriggerEventsResponse,
    specExample: { operationId: 'listTriggerEvents', in: 'response' },
  },
  'get-business-hours.response.json': {
    schema: zGetBusinessHoursResponse,
    specExample: { operationId: 'getBusinessHours', in: 'response' },
  },
  'get-business-hours-sync.response.json': {
    schema: zGetBusinessHoursResponse,
    specExample: { operationId: 'getBusinessHours', in: 'response' },
  },
  'get-bot-status-sync.response.json': {
    schema: zGetBotStatusResponse,
    specExample: { operationId: 'getBotStatus', in: 'response' },
  },
  'list-segments-sync.response.json': {
    schema: zListSegmentsResponse,
    specExample: { operationId: 'listSegments', in: 'response' },
  },
}

const spec = readSpec(specPathOf('khoros-flow'))

/** Every example value the spec gives for an operation's JSON request body or 200 response. */
function specExamplesOf(target: DocumentExample['specExample']): unknown[] {
  if ('schema' in target) return spec.components.schemas[target.schema].examples ?? []
  for (const pathItem of Object.values(spec.paths) as Array<
    Record<string, { operationId?: string; requestBody?: unknown; responses?: Record<string, unknown> }>
  >) {
    for (const operation of Object.values(pathItem)) {
      if (operation?.operationId !== target.operationId) continue
      const part = target.in === 'request' ? operation.requestBody : operation.responses?.['200']
      const mediaType = resolveReference(spec, part)?.content?.['application/json']
      if (!mediaType) return []
      if (mediaType.example !== undefined) return [mediaType.example]
      return Object.values(mediaType.examples ?? {}).map((example) => resolveReference(spec, example)?.value)
    }
  }
  throw new Error(`no operation ${target.operationId} in the spec`)
}

const fixtureNames = readdirSync(fixturesDirectory).filter((name) => name.endsWith('.json'))
const cases = Object.entries(documentExamples).map(([name, example]) => [name, example] as const)

describe('the vendor document examples', () => {
  it('every fixture is listed here (none is skipped silently)', () => {
    expect(Object.keys(documentExamples).sort()).toEqual(fixtureNames.sort())
  })

  it.each(cases)('%s validates with the generated zod schema, no field dropped', (name, { schema }) => {
    const body = readFixture(name)
    const parsed = schema.safeParse(body)
    expect(parsed.error?.issues).toBeUndefined()
    // zod objects strip unknown keys and unions keep the first match: equality proves
    // every field of the document is modelled and a sync result is not read as `Accepted`.
    expect(parsed.data).toEqual(body)
  })

  it.each(cases)('%s is one of the spec examples of its operation', (name, { specExample }) => {
    expect(specExamplesOf(specExample)).toContainEqual(readFixture(name))
  })
})

describe('the document request bodies through the client to the spec mock', () => {
  let client: KhorosFlowClient
  beforeAll(async () => {
    client = createKhorosFlowClient({
      baseUrl: prismMockUrl('khoros-flow'),
      apiKey: 'mock-api-key',
      maxRetries: 0,
      validateResponses: responseChecker,
    })
  })

  const requestCases = cases.filter(([, example]) => example.send !== undefined)
  it.each(requestCases)('Prism accepts %s', async (name, { send }) => {
    // Prism answers 400 to a body that does not match the spec, which the client throws.
    await expect(send?.(client, readFixture(name) as never)).resolves.toEqual({ status: 'ok' })
  })

  it("the mock does reject a body the spec does not allow (the table's `text` for `speech`)", async () => {
    const tableShaped = { payload: { type: 'text', text: 'Hello', originator: { name: 'John Doe', role: 'external' } } }
    expect(zSendMessageRequest.safeParse(tableShaped).success).toBe(false)
    // Prism answers the spec's own 400 response (422 where an operation declares no 400).
    await expect(client.sendMessage({ path: { threadId }, body: tableShaped as never })).rejects.toBeInstanceOf(
      BadRequestError,
    )
  })
})

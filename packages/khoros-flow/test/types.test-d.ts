// Compile-time guarantees of the public API besides sync mode (see sync.test-d.ts),
// checked by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Accepted,
  type GeneratedThreadId,
  type HistoryEntry,
  type HistoryEvent,
  type IsPausedEvent,
  type KhorosFlowClient,
  type KhorosFlowWebhookEventType,
  type MessageEvent,
  type MessagePayload,
  type SyncOperationName,
  type WebhookContext,
  createKhorosFlowClient,
  createKhorosFlowWebhookHandler,
  iterateMessages,
  iterateThreads,
  sendMessage,
} from '../src/index.js'
import type { paths } from '../src/paths.js'
import { type zSendMessageRequest, responseChecker } from '../src/zod.js'

declare const flow: KhorosFlowClient
const threadId = 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89'
const originator = { name: 'John Doe', role: 'external' } as const

describe('the message payload union', () => {
  it('each type takes its own fields', () => {
    expectTypeOf<{ type: 'text'; speech: string; originator: typeof originator }>().toMatchTypeOf<MessagePayload>()
    expectTypeOf<{ type: 'event'; eventName: string; originator: typeof originator }>().toMatchTypeOf<MessagePayload>()
    expectTypeOf<{ type: 'location'; lat: string; long: string; originator: typeof originator }>().toMatchTypeOf<MessagePayload>()
    expectTypeOf<{ type: 'media'; mediaType: 'image'; url: string; originator: typeof originator }>().toMatchTypeOf<MessagePayload>()
  })

  it('a payload missing its type-specific field does not compile', () => {
    // @ts-expect-error a text payload needs `speech` (the table's `text` is not the wire field)
    const textWithoutSpeech: MessagePayload = { type: 'text', originator }
    // @ts-expect-error the table's `text` field is not `speech`
    const tableShapedText: MessagePayload = { type: 'text', text: 'Hello', originator }
    // @ts-expect-error a location needs `long` as well as `lat`
    const halfLocation: MessagePayload = { type: 'location', lat: '1', originator }
    // @ts-expect-error `mediaType` is image, file, audio or video
    const unknownMedia: MessagePayload = { type: 'media', mediaType: 'sticker', url: 'https://example.com/a.png', originator }
    // @ts-expect-error every message needs an originator
    const anonymous: MessagePayload = { type: 'event', eventName: 'MY_EVENT' }
    // @ts-expect-error the four types only
    const unknownType: MessagePayload = { type: 'card', originator }
    void [textWithoutSpeech, tableShapedText, halfLocation, unknownMedia, anonymous, unknownType]
  })

  it('narrowing on type reaches the fields', () => {
    const payload = {} as MessagePayload
    if (payload.type === 'media') expectTypeOf(payload.mediaType).toEqualTypeOf<'image' | 'file' | 'audio' | 'video'>()
    if (payload.type === 'text') expectTypeOf(payload.speech).toBeString()
  })
})

describe('client types', () => {
  it('operations without sync resolve their typed 2xx body', () => {
    expectTypeOf(flow.generateThreadId()).resolves.toEqualTypeOf<GeneratedThreadId>()
    expectTypeOf(flow.resolveThread({ path: { threadId } })).resolves.toEqualTypeOf<Accepted>()
    expectTypeOf(flow.handoverThread({ path: { threadId }, body: { secondsToPause: 600 } })).resolves.toEqualTypeOf<Accepted>()
  })

  it('required parameters are required', () => {
    // @ts-expect-error threadId is the path parameter
    void flow.resolveThread({ path: { id: threadId } })
    // @ts-expect-error eventName is a required query parameter
    void flow.triggerEvent({ path: { threadId } })
    // @ts-expect-error secondsToPause is a number
    void flow.handoverThread({ path: { threadId }, body: { secondsToPause: '600' } })
    // @ts-expect-error the broadcast channel names are an enum
    void flow.broadcastToPhoneNumbers({ body: { audience: [{ name: 'A', phoneNumber: '+1' }], channel: { channelName: 'sms', externalId: '+2' }, payload: { type: 'text', speech: 'x' } } })
    // @ts-expect-error a recipient needs a phoneNumber or an identifier
    void flow.broadcastToPhoneNumbers({ body: { audience: [{ name: 'A' }], channel: { channelName: 'twilio', externalId: '+2' }, payload: { type: 'text', speech: 'x' } } })
    // @ts-expect-error a segment needs a name or an id
    void flow.broadcastToSegments({ body: { audience: [{}], payload: { type: 'event', eventName: 'E' } } })
  })

  it('only the operations with a sync parameter get the sync overloads', () => {
    expectTypeOf<SyncOperationName>().toEqualTypeOf<'sendMessage' | 'listMessages' | 'listThreads' | 'listTriggerEvents' | 'getBusinessHours' | 'getBotStatus' | 'listSegments'>()
  })

  it('a deprecated operation is still typed', () => {
    expectTypeOf(flow.takeoverThread({ path: { threadId } })).resolves.toEqualTypeOf<Accepted>()
  })

  it('the factory takes the documented options only', () => {
    createKhorosFlowClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:4010', timeoutMs: 1000, maxRetries: 1, headers: { 'x-request-id': 'a' }, fetch, validateResponses: responseChecker })
    // @ts-expect-error the option is `apiKey`
    createKhorosFlowClient({ token: 'k' })
  })

  it('flat functions stay exported with the same types', () => {
    expectTypeOf(sendMessage).parameter(0).toHaveProperty('body')
  })
})

describe('pagination types', () => {
  it('iterators yield items, not pages', () => {
    expectTypeOf(iterateMessages(flow, { threadId })).toEqualTypeOf<AsyncGenerator<HistoryEntry, void, undefined>>()
    expectTypeOf(iterateThreads(flow)).toEqualTypeOf<AsyncGenerator<string, void, undefined>>()
    // @ts-expect-error iterateMessages needs the thread
    void iterateMessages(flow, {})
  })
})

describe('webhook types', () => {
  it('the 11 documented event types are the handler keys', () => {
    expectTypeOf<KhorosFlowWebhookEventType>().toEqualTypeOf<
      'message' | 'history' | 'threads' | 'trigger.events' | 'businessHours' | 'paused' | 'resumed' | 'isPaused' | 'inbound' | 'outbound' | 'takeover'
    >()
  })

  it('each handler receives its own event type', () => {
    createKhorosFlowWebhookHandler({
      verify: { secret: 's3cret', header: 'x-flow-secret', queryParameter: 'token' },
      on: {
        message: (event, context) => {
          // The union member is `{ type } & MessageEvent`: assignable both ways.
          expectTypeOf(event).toMatchTypeOf<MessageEvent>()
          expectTypeOf<MessageEvent>().toMatchTypeOf<typeof event>()
          expectTypeOf(context).toEqualTypeOf<WebhookContext>()
        },
        history: (event) => {
          // The union member is `{ type } & HistoryEvent`: assignable both ways.
          expectTypeOf(event).toMatchTypeOf<HistoryEvent>()
          expectTypeOf<HistoryEvent>().toMatchTypeOf<typeof event>()
          expectTypeOf(event.result?.history).toEqualTypeOf<HistoryEntry[] | undefined>()
        },
        isPaused: (event) => {
          // The union member is `{ type } & IsPausedEvent`: assignable both ways.
          expectTypeOf(event).toMatchTypeOf<IsPausedEvent>()
          expectTypeOf<IsPausedEvent>().toMatchTypeOf<typeof event>()
          expectTypeOf(event.isPaused ?? event.isPaued).toEqualTypeOf<boolean | undefined>()
        },
        'trigger.events': (event) => {
          expectTypeOf(event.result?.items).toEqualTypeOf<string[] | undefined>()
        },
        unknown: (event) => {
          expectTypeOf(event).toEqualTypeOf<Record<string, unknown>>()
        },
      },
    })
  })

  it('an event name the spec does not have is an error, and the handler is a Fetch handler', () => {
    const handler = createKhorosFlowWebhookHandler({
      // @ts-expect-error not an event of the spec
      on: { 'message.new': () => {} },
    })
    expectTypeOf(handler).toEqualTypeOf<(request: Request) => Promise<Response>>()
  })
})

describe('subpaths', () => {
  it('./paths and ./zod describe the same API', () => {
    expectTypeOf<paths['/messages/{threadId}']['post']>().not.toBeNever()
    expectTypeOf<ReturnType<typeof zSendMessageRequest.parse>>().toHaveProperty('payload')
  })
})

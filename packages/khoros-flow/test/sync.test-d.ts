// Sync mode follows the `sync` literal in the types.
import { describe, expectTypeOf, it } from 'vitest'
import type { Accepted, KhorosFlowClient, MessageHistoryResult, SendMessageResult, ThreadListResult } from '../src/index.js'

declare const flow: KhorosFlowClient
const threadId = 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89'
const payload = { type: 'text', speech: 'Hello', originator: { name: 'John', role: 'external' } } as const

describe('sync mode types', () => {
  it('sync: true resolves the result', () => {
    expectTypeOf(flow.sendMessage({ path: { threadId }, query: { sync: true }, body: { payload } })).resolves.toEqualTypeOf<SendMessageResult>()
    expectTypeOf(flow.listMessages({ path: { threadId }, query: { sync: true, page: 2 } })).resolves.toEqualTypeOf<MessageHistoryResult>()
    expectTypeOf(flow.listThreads({ query: { sync: true } })).resolves.toEqualTypeOf<ThreadListResult>()
  })

  it('without sync the answer is only the acknowledgement', () => {
    expectTypeOf(flow.sendMessage({ path: { threadId }, body: { payload } })).resolves.toEqualTypeOf<Accepted>()
    expectTypeOf(flow.listMessages({ path: { threadId }, query: { sync: false } })).resolves.toEqualTypeOf<Accepted>()
  })

  it('a sync flag only known at run time gives the union', () => {
    const sync = Math.random() > 0.5
    expectTypeOf(flow.listMessages({ path: { threadId }, query: { sync } })).resolves.toEqualTypeOf<MessageHistoryResult | Accepted>()
  })

  it('a text payload needs its speech and originator', () => {
    // @ts-expect-error `speech` is the text field on the wire
    void flow.sendMessage({ path: { threadId }, body: { payload: { type: 'text', originator: { name: 'John', role: 'external' } } } })
    // @ts-expect-error the role is external or moderator
    void flow.sendMessage({ path: { threadId }, body: { payload: { type: 'text', speech: 'x', originator: { name: 'John', role: 'admin' } } } })
    // @ts-expect-error an event needs its eventName
    void flow.sendMessage({ path: { threadId }, body: { payload: { type: 'event', originator: { name: 'John', role: 'external' } } } })
  })
})

describe('optional options stay optional', () => {
  it('listSegments() needs no options; sendMessage() does', () => {
    expectTypeOf(flow.listSegments()).resolves.toEqualTypeOf<Accepted>()
    // @ts-expect-error path and body are required
    void flow.sendMessage()
  })
})

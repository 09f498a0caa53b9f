// The mock handlers and `withResponse()` are typed by the spec: checked by `vitest --typecheck`.
import type { WithResponse } from '@parley/runtime'
import { HttpResponse } from 'msw'
import { describe, expectTypeOf, it } from 'vitest'
import type { AvaamoClient, AgentMessagesPage } from '../src/index.js'
import { createHandlers, listAgentMessagesHandler } from '../src/msw.js'

declare const client: AvaamoClient
declare const documented: AgentMessagesPage

describe('mock handler types', () => {
  it('an answer is typed by the status it gives', () => {
    listAgentMessagesHandler({ status: 200, body: documented })
    listAgentMessagesHandler({ status: 401, body: { error: 'invalid token' } })
    // @ts-expect-error the 200 answer is not a string
    listAgentMessagesHandler({ status: 200, body: 'not the documented answer' })
    // @ts-expect-error listAgentMessages documents no 418
    listAgentMessagesHandler({ status: 418, body: documented })
    createHandlers({ answers: { listAgentMessages: { status: 200, body: documented } } })
    // @ts-expect-error an answer for an operation that does not exist
    createHandlers({ answers: { noSuchOperation: { status: 200, body: {} } } })
  })

  it('a resolver must answer a documented body', () => {
    listAgentMessagesHandler(() => HttpResponse.json(documented))
    // @ts-expect-error a body no answer of listAgentMessages has
    listAgentMessagesHandler(() => HttpResponse.json(['unexpected']))
  })
})

describe('withResponse', () => {
  it('gives the typed body with the response and request id', () => {
    expectTypeOf(client.listAgentMessages().withResponse()).resolves.toEqualTypeOf<WithResponse<AgentMessagesPage>>()
  })
})

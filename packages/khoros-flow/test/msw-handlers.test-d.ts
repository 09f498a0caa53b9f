// The mock handlers and `withResponse()` are typed by the spec: checked by `vitest --typecheck`.
import type { WithResponse } from '@parley/runtime'
import { HttpResponse } from 'msw'
import { describe, expectTypeOf, it } from 'vitest'
import type { Accepted, BotStatusResult, GetBotStatusResponse, KhorosFlowClient } from '../src/index.js'
import { createHandlers, getBotStatusHandler } from '../src/msw.js'

declare const client: KhorosFlowClient
declare const documented: GetBotStatusResponse

describe('mock handler types', () => {
  it('an answer is typed by the status it gives', () => {
    getBotStatusHandler({ status: 200, body: documented })
    getBotStatusHandler({ status: 401, body: { message: 'bad key' } })
    // @ts-expect-error the 200 answer is not a string
    getBotStatusHandler({ status: 200, body: 'not the documented answer' })
    // @ts-expect-error getBotStatus documents no 418
    getBotStatusHandler({ status: 418, body: documented })
    createHandlers({ answers: { getBotStatus: { status: 200, body: documented } } })
    // @ts-expect-error an answer for an operation that does not exist
    createHandlers({ answers: { noSuchOperation: { status: 200, body: {} } } })
  })

  it('a resolver gets the path parameters as strings and must answer a documented body', () => {
    getBotStatusHandler(({ params }) => {
      expectTypeOf(params.threadId).toEqualTypeOf<string>()
      return HttpResponse.json(documented)
    })
    // @ts-expect-error a body no answer of getBotStatus has
    getBotStatusHandler(() => HttpResponse.json(['unexpected']))
  })
})

describe('withResponse', () => {
  it('gives the typed body with the response and request id', () => {
    // Flow's sync mode types `withResponse()` as it types the call.
    expectTypeOf(client.getBotStatus({ path: { threadId: 'thread-1' } }).withResponse()).resolves.toEqualTypeOf<
      WithResponse<Accepted>
    >()
    expectTypeOf(
      client.getBotStatus({ path: { threadId: 'thread-1' }, query: { sync: true } }).withResponse(),
    ).resolves.toEqualTypeOf<WithResponse<BotStatusResult>>()
  })
})

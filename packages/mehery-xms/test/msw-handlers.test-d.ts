// The mock handlers and `withResponse()` are typed by the spec: checked by `vitest --typecheck`.
import type { WithResponse } from '@parley/runtime'
import { HttpResponse } from 'msw'
import { describe, expectTypeOf, it } from 'vitest'
import type { MeheryXmsClient, ApiResultsMetaCompactResponseMsgChannel } from '../src/index.js'
import { createHandlers, listChannelsHandler } from '../src/msw.js'

declare const client: MeheryXmsClient
declare const documented: ApiResultsMetaCompactResponseMsgChannel

describe('mock handler types', () => {
  it('an answer is typed by the status it gives', () => {
    listChannelsHandler({ status: 200, body: documented })
    listChannelsHandler({ status: 401, body: { status: '401', message: 'bad key' } })
    // @ts-expect-error the 200 answer is not a string
    listChannelsHandler({ status: 200, body: 'not the documented answer' })
    // @ts-expect-error listChannels documents no 418
    listChannelsHandler({ status: 418, body: documented })
    createHandlers({ answers: { listChannels: { status: 200, body: documented } } })
    // @ts-expect-error an answer for an operation that does not exist
    createHandlers({ answers: { noSuchOperation: { status: 200, body: {} } } })
  })

  it('a resolver must answer a documented body', () => {
    listChannelsHandler(() => HttpResponse.json(documented))
    // @ts-expect-error a body no answer of listChannels has
    listChannelsHandler(() => HttpResponse.json(['unexpected']))
  })
})

describe('withResponse', () => {
  it('gives the typed body with the response and request id', () => {
    expectTypeOf(client.listChannels().withResponse()).resolves.toEqualTypeOf<WithResponse<ApiResultsMetaCompactResponseMsgChannel>>()
  })
})

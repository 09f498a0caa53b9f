// The mock handlers and `withResponse()` are typed by the spec: checked by `vitest --typecheck`.
import type { WithResponse } from '@parley/runtime'
import { HttpResponse } from 'msw'
import { describe, expectTypeOf, it } from 'vitest'
import type { BotpressMessagingClient, User } from '../src/index.js'
import { createHandlers, getUserHandler, renameClientHandler } from '../src/msw.js'

declare const messaging: BotpressMessagingClient

describe('mock handler types', () => {
  it('an answer is typed by the status it gives', () => {
    getUserHandler({ status: 200, body: { id: 'u', clientId: 'c' } })
    getUserHandler({ status: 404, body: 'not found' })
    // @ts-expect-error the 200 answer is a User, not a string
    getUserHandler({ status: 200, body: 'not a user' })
    // @ts-expect-error getUser documents no 418
    getUserHandler({ status: 418, body: 'teapot' })
    // @ts-expect-error a status is required with a body
    getUserHandler({ body: { id: 'u', clientId: 'c' } })
    renameClientHandler({ status: 204 })
    createHandlers({ answers: { getUser: { status: 401, body: 'no' } } })
    // @ts-expect-error an answer for an operation that does not exist
    createHandlers({ answers: { getUsers: { status: 200, body: {} } } })
  })

  it('a resolver gets the path parameters and must answer a documented body', () => {
    getUserHandler(({ params }) => {
      expectTypeOf(params.id).toEqualTypeOf<string>()
      return HttpResponse.json({ id: params.id, clientId: 'c' })
    })
    // @ts-expect-error a body no answer of getUser has
    getUserHandler(() => HttpResponse.json({ unexpected: true }))
  })
})

describe('withResponse', () => {
  it('gives the typed body with the response and request id', () => {
    expectTypeOf(messaging.getUser({ path: { id: 'x' } }).withResponse()).resolves.toEqualTypeOf<WithResponse<User>>()
    expectTypeOf(messaging.getClient().withResponse()).resolves.toHaveProperty('requestId').toEqualTypeOf<
      string | undefined
    >()
  })
})

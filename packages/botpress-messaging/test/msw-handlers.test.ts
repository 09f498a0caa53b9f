// The typed MSW handlers of `@parley/botpress-messaging/msw`, used as an application's test
// suite uses them: `setupServer(...createHandlers())` answers every operation with the spec's
// example, a handler given another answer replaces it, and nothing reaches the network (the
// client's base URL is a local server that counts connections).
import { answerExamples, exerciseEveryOperation, interceptWithMsw, specPathOf } from '@parley/testing'
import { HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { describe, expect, it } from 'vitest'
import { NotFoundError, createBotpressMessagingClient, operations } from '../src/index.js'
import { createHandlers, getUserHandler } from '../src/msw.js'

const server = setupServer(...createHandlers())
const vendor = interceptWithMsw(server)

const connect = () =>
  createBotpressMessagingClient({
    baseUrl: vendor.baseUrl,
    clientId: 'app-client',
    clientToken: 'app-token',
    maxRetries: 0,
  })
const userId = '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13'

/** An application's own code: what it does with the client. */
async function greetingFor(messaging: ReturnType<typeof connect>, id: string): Promise<string> {
  try {
    const user = await messaging.getUser({ path: { id } })
    return `hello ${user.id}`
  } catch (error) {
    if (error instanceof NotFoundError) return 'who are you?'
    throw error
  }
}

describe('@parley/botpress-messaging/msw', () => {
  it("answers every operation with the spec's example, and no connection is opened", async () => {
    const client = createBotpressMessagingClient({
      baseUrl: vendor.baseUrl,
      clientId: 'c0ffee00-0000-4000-8000-000000000001',
      clientToken: 'mock-client-token',
      adminKey: 'mock-admin-key',
      maxRetries: 0,
    })
    const results = await exerciseEveryOperation({
      client,
      specPath: specPathOf('botpress-messaging'),
      operations,
    })
    const examples = await answerExamples(specPathOf('botpress-messaging'))
    expect(results).toHaveLength(Object.keys(operations).length)
    for (const result of results) expect(result.data, result.name).toEqual(examples[result.name])
    expect(vendor.connections()).toBe(0)
  })

  it("tests an application's code: the example, then an answer given per status", async () => {
    const messaging = connect()
    expect(await greetingFor(messaging, userId)).toMatch(/^hello [0-9a-f-]{36}$/)
    server.use(getUserHandler({ status: 404, body: 'user not found', headers: { 'x-request-id': 'req-404' } }))
    expect(await greetingFor(messaging, userId)).toBe('who are you?')
    const error = await messaging.getUser({ path: { id: userId } }).catch((thrown: unknown) => thrown)
    expect(error).toMatchObject({ status: 404, body: 'user not found', requestId: 'req-404' })
    expect(vendor.connections()).toBe(0)
  })

  it('a resolver sees the typed path parameters; withResponse() gives status, headers and request id', async () => {
    server.use(
      getUserHandler(({ params }) =>
        HttpResponse.json(
          { id: String(params.id), clientId: 'app-client' },
          { status: 200, headers: { 'x-request-id': 'req-200' } },
        ),
      ),
      getUserHandler({ status: 200, body: { id: 'not this one', clientId: 'the first matching handler answers' } }),
    )
    const { data, response, requestId } = await connect()
      .getUser({ path: { id: userId } })
      .withResponse()
    expect(data).toEqual({ id: userId, clientId: 'app-client' })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-request-id')).toBe('req-200')
    expect(requestId).toBe('req-200')
    expect(vendor.connections()).toBe(0)
  })

  it('with a baseUrl the handlers answer only calls to it', async () => {
    server.resetHandlers(...createHandlers({ baseUrl: 'https://messaging.example.test' }))
    const messaging = createBotpressMessagingClient({
      baseUrl: 'https://messaging.example.test',
      clientId: 'app-client',
      clientToken: 'app-token',
    })
    expect(await messaging.getHealth()).toEqual((await answerExamples(specPathOf('botpress-messaging'))).getHealth)
    await expect(connect().getHealth()).rejects.toThrow()
  })
})

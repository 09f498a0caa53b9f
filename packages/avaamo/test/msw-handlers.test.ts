// The typed MSW handlers of `@parley/avaamo/msw`, as an application's test suite uses them:
// `setupServer(...createHandlers())` answers every operation with the spec's example, a
// handler given another answer replaces it, and nothing reaches the network (the client's
// base URL is a local server that counts connections).
import { answerExamples, exerciseEveryOperation, interceptWithMsw, specPathOf } from '@parley/testing'
import { setupServer } from 'msw/node'
import { describe, expect, it } from 'vitest'
import { AuthenticationError, createAvaamoClient, operations } from '../src/index.js'
import { createHandlers, listAgentMessagesHandler } from '../src/msw.js'

const server = setupServer(...createHandlers())
const vendor = interceptWithMsw(server)

const connect = () =>
  createAvaamoClient({
    baseUrl: vendor.baseUrl,
    userAccessToken: 'mock-user-token',
    agentAccessToken: 'mock-agent-token',
    maxRetries: 0,
  })

describe('@parley/avaamo/msw', () => {
  it("answers every operation with the spec's example, and no connection is opened", async () => {
    const results = await exerciseEveryOperation({ client: connect(), specPath: specPathOf('avaamo'), operations })
    const examples = await answerExamples(specPathOf('avaamo'))
    expect(results).toHaveLength(Object.keys(operations).length)
    for (const result of results) expect(result.data, result.name).toEqual(examples[result.name])
    expect(vendor.connections()).toBe(0)
  })

  it('an answer given for a status replaces the example: the typed error, with the request id', async () => {
    server.use(
      listAgentMessagesHandler({
        status: 401,
        body: { error: 'invalid token' },
        headers: { 'x-request-id': 'req-401' },
      }),
    )
    const error = await connect()
      .listAgentMessages()
      .catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(AuthenticationError)
    await expect(connect().listAgentMessages().withResponse()).rejects.toMatchObject({ requestId: 'req-401' })
    expect(error).toMatchObject({ status: 401, body: { error: 'invalid token' }, requestId: 'req-401' })
    server.resetHandlers()
    const answered = await connect().listAgentMessages().withResponse()
    expect(answered.response.status).toBe(200)
    expect(answered.data).toEqual((await answerExamples(specPathOf('avaamo'))).listAgentMessages)
    expect(vendor.connections()).toBe(0)
  })
})

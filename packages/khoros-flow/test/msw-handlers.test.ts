// The typed MSW handlers of `@parley/khoros-flow/msw`, as an application's test suite uses them:
// `setupServer(...createHandlers())` answers every operation with the spec's example, a
// handler given another answer replaces it, and nothing reaches the network (the client's
// base URL is a local server that counts connections).
import { answerExamples, exerciseEveryOperation, interceptWithMsw, specPathOf } from '@parley/testing'
import { setupServer } from 'msw/node'
import { describe, expect, it } from 'vitest'
import { AuthenticationError, createKhorosFlowClient, operations } from '../src/index.js'
import { createHandlers, getBotStatusHandler } from '../src/msw.js'

const server = setupServer(...createHandlers())
const vendor = interceptWithMsw(server)

const connect = () =>
  createKhorosFlowClient({
    baseUrl: vendor.baseUrl,
    apiKey: 'mock-apiKey',
    maxRetries: 0,
  })

describe('@parley/khoros-flow/msw', () => {
  it("answers every operation with the spec's example, and no connection is opened", async () => {
    const results = await exerciseEveryOperation({ client: connect(), specPath: specPathOf('khoros-flow'), operations })
    const examples = await answerExamples(specPathOf('khoros-flow'))
    expect(results).toHaveLength(Object.keys(operations).length)
    for (const result of results) expect(result.data, result.name).toEqual(examples[result.name])
    expect(vendor.connections()).toBe(0)
  })

  it('an answer given for a status replaces the example: the typed error, with the request id', async () => {
    server.use(
      getBotStatusHandler({ status: 401, body: { message: 'bad key' }, headers: { 'x-request-id': 'req-401' } }),
    )
    const error = await connect()
      .getBotStatus({ path: { threadId: 'thread-1' } })
      .catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(AuthenticationError)
    await expect(
      connect()
        .getBotStatus({ path: { threadId: 'thread-1' } })
        .withResponse(),
    ).rejects.toMatchObject({ requestId: 'req-401' })
    expect(error).toMatchObject({ status: 401, body: { message: 'bad key' }, requestId: 'req-401' })
    server.resetHandlers()
    const answered = await connect()
      .getBotStatus({ path: { threadId: 'thread-1' } })
      .withResponse()
    expect(answered.response.status).toBe(200)
    expect(answered.data).toEqual((await answerExamples(specPathOf('khoros-flow'))).getBotStatus)
    expect(vendor.connections()).toBe(0)
  })
})

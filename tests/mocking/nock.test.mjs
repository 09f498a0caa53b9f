// An application's tests that mock Parley with nock: a call of each vendor package and of
// the facade, answered by nock with the spec's example, and no connection opened. nock 15
// does not run on Node 20 (it needs `Promise.withResolvers`, even for a plain `fetch`), so
// this file runs on Node 22 and 24 only, in `pnpm test:node-versions`.
import { answerExamples, specPathOf, startConnectionCounter } from '@parley/testing'
import nock from 'nock'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { chats, conversations, packageCalls, vendors } from './chats.mjs'

let vendor
beforeAll(async () => {
  vendor = await startConnectionCounter()
  nock.disableNetConnect()
})
afterEach(() => nock.cleanAll())
afterAll(async () => {
  nock.enableNetConnect()
  nock.restore()
  await vendor?.close()
})

/** Answers every request to the counter's origin with `body`, recording the paths asked. */
function answerEverything(body, seen) {
  const scope = nock(vendor.baseUrl).persist()
  for (const method of ['get', 'post', 'put', 'delete'])
    scope[method](() => true).reply(
      200,
      (path) => {
        seen.push(path)
        return body
      },
      { 'content-type': 'application/json', 'x-request-id': 'nock-1' },
    )
}

/** The operation each adapter sends a text with. */
const sendOperation = {
  'botpress-messaging': 'createMessage',
  'khoros-flow': 'sendMessage',
  'mehery-xms': 'sendMessage',
  avaamo: 'postAgentMessage',
}

describe(`nock on Node ${process.versions.node}`, () => {
  it.each(vendors)('a call of @parley/%s gets the answer nock gives, and no connection is opened', async (id) => {
    const [operation, call] = packageCalls[id]
    const example = (await answerExamples(specPathOf(id)))[operation]
    const seen = []
    answerEverything(example, seen)
    const { data, requestId } = await call(vendor.baseUrl).withResponse()
    expect(data).toEqual(example)
    expect(requestId).toBe('nock-1')
    expect(seen).toHaveLength(1)
    expect(vendor.connections()).toBe(0)
  })

  it.each(vendors)('the facade sends through %s, and no connection is opened', async (id) => {
    const seen = []
    answerEverything((await answerExamples(specPathOf(id)))[sendOperation[id]], seen)
    const sent = await chats[id](vendor.baseUrl).sendText({ conversationId: conversations[id], text: 'hello' })
    expect(sent.vendor).toBe(id)
    expect(seen.length).toBeGreaterThan(0)
    expect(vendor.connections()).toBe(0)
  })
})

// An application's tests that mock Parley with MSW (`setupServer`), the way MSW's own docs
// set it up: the handlers each vendor package generates from its spec (`/msw`), a call of
// each vendor package and of the facade with each adapter, and no connection opened. Runs on
// Node 20 in `npm test` (`pnpm test:mocking`) and on Node 22 and 24 in `pnpm test:node-versions`.
import { createHandlers as avaamoHandlers } from '@parley/avaamo/msw'
import { createHandlers as botpressHandlers } from '@parley/botpress-messaging/msw'
import { createHandlers as khorosHandlers } from '@parley/khoros-flow/msw'
import { createHandlers as meheryHandlers } from '@parley/mehery-xms/msw'
import { answerExamples, specPathOf, startConnectionCounter } from '@parley/testing'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { chats, conversations, packageCalls, vendors } from './chats.mjs'

const everyHandler = () => [...botpressHandlers(), ...khorosHandlers(), ...meheryHandlers(), ...avaamoHandlers()]
const server = setupServer(...everyHandler())
let vendor
beforeAll(async () => {
  vendor = await startConnectionCounter()
  server.listen({ onUnhandledRequest: 'error' })
})
afterEach(() => server.resetHandlers())
afterAll(async () => {
  server.close()
  await vendor?.close()
})

describe(`MSW on Node ${process.versions.node}`, () => {
  it.each(vendors)("a call of @parley/%s answers the spec's example, and no connection is opened", async (id) => {
    const [operation, call] = packageCalls[id]
    expect(await call(vendor.baseUrl)).toEqual((await answerExamples(specPathOf(id)))[operation])
    expect(vendor.connections()).toBe(0)
  })

  it.each(vendors)('the facade sends through %s, and no connection is opened', async (id) => {
    const sent = await chats[id](vendor.baseUrl).sendText({ conversationId: conversations[id], text: 'hello' })
    expect(sent.vendor).toBe(id)
    expect(vendor.connections()).toBe(0)
  })

  it('a call the handlers do not know is refused by MSW, never sent', async () => {
    // Only the handlers of another base URL: the call to this one matches none.
    server.resetHandlers(...meheryHandlers({ baseUrl: 'https://tenant.mehery.test/xms' }))
    try {
      await expect(packageCalls['mehery-xms'][1](vendor.baseUrl)).rejects.toThrow()
      expect(vendor.connections()).toBe(0)
    } finally {
      server.resetHandlers(...everyHandler())
    }
  })
})

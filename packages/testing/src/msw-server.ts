// The set-up the vendor packages' MSW handler tests share: an MSW server intercepting every
// call of the test file, in front of a local server that counts connections, so a count of
// zero proves the handlers answered and nothing reached the network.
import { afterAll, afterEach, beforeAll } from 'vitest'
import { type ConnectionCounter, startConnectionCounter } from './connection-counter.js'

/** What these hooks call on msw's `setupServer(...)` (msw stays the vendor packages' dependency). */
export interface MswServer {
  listen(options: { onUnhandledRequest: 'error' }): void
  resetHandlers(): void
  close(): void
}

/**
 * Registers the test file's hooks: the connection counter starts and `server` listens before
 * the first test (an unhandled request is an error), the handlers a test added are dropped
 * after it, and both close after the last. Returns the counter: clients use its `baseUrl`.
 */
export function interceptWithMsw(server: MswServer): ConnectionCounter {
  let counter: ConnectionCounter | undefined
  beforeAll(async () => {
    counter = await startConnectionCounter()
    server.listen({ onUnhandledRequest: 'error' })
  })
  afterEach(() => server.resetHandlers())
  afterAll(async () => {
    server.close()
    await counter?.close()
  })
  const started = (): ConnectionCounter => {
    if (!counter) throw new Error('the connection counter starts in beforeAll: read it inside a test')
    return counter
  }
  return {
    get baseUrl() {
      return started().baseUrl
    },
    connections: () => started().connections(),
    close: () => started().close(),
  }
}

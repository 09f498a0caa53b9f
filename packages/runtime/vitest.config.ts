import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The tests run on Node against the sources: `#transport` is the Node transport, as the
// package's `node` import condition makes it for users (test/same-behaviour-on-both-transports.test.ts runs both).
export default defineConfig({
  // Generous: on a busy 2-core machine a test that spawns servers or copies the package is
  // slow, not wrong. Tests that wait for something poll; none relies on this to pass.
  test: { testTimeout: 60_000, hookTimeout: 60_000 },
  resolve: { alias: { '#transport': fileURLToPath(new URL('./src/transport-node.ts', import.meta.url)) } },
})

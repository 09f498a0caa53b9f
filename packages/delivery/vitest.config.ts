import { defineConfig } from 'vitest/config'

// Generous limits: on a busy 2-core machine a test can wait seconds for a CPU. Servers
// (redis-server, the example's instances) are awaited by polling, never by fixed waits.
// One file at a time: each starts its own redis-server and example processes.
export default defineConfig({
  test: {
    globalSetup: ['./test/support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})

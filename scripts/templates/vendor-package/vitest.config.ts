import { defineConfig } from 'vitest/config'

// Generous limits: on a busy 2-core machine a test can wait seconds for a CPU. The mocks
// start once in the globalSetup, which polls for readiness with its own overall deadline.
export default defineConfig({
  test: {
    globalSetup: ['./test/prism-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})

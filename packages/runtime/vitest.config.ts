import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The tests run on Node against the sources: `#transport` is the Node transport, as the
// package's `node` import condition makes it for users (test/transports.test.ts runs both).
export default defineConfig({
  resolve: { alias: { '#transport': fileURLToPath(new URL('./src/transport-node.ts', import.meta.url)) } },
})

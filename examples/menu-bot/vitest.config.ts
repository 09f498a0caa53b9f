import { defineConfig } from 'vitest/config'

// The test starts four Prism mocks and the bot's own server: minutes on a busy machine.
export default defineConfig({ test: { testTimeout: 300_000, hookTimeout: 300_000 } })

// The seed document's own request bodies against the spec: refused as written for the one
// reason the spec's decision gives (no channel `version`, which the live server requires),
// accepted once that is added.
import { describe, expect, it } from 'vitest'
import { zSyncRequest } from '../src/zod.js'
import syncTelegramSlack from './fixtures/sync-telegram-slack.request.json' with { type: 'json' }
import syncTelegramTwilio from './fixtures/sync-telegram-twilio.request.json' with { type: 'json' }

const withVersions = (config: { channels: Record<string, object> }) => ({
  ...config,
  channels: Object.fromEntries(
    Object.entries(config.channels).map(([name, channel]) => [name, { ...channel, version: '1.0.0' }]),
  ),
})

describe('seed sync examples', () => {
  for (const [name, body] of Object.entries({ syncTelegramSlack, syncTelegramTwilio })) {
    it(`${name}: refused only for the missing channel versions`, () => {
      const result = zSyncRequest.safeParse(body)
      expect(result.success).toBe(false)
      const issuePaths = result.error?.issues.map((issue) => issue.path.join('.')) ?? []
      expect(issuePaths.length).toBeGreaterThan(0)
      for (const path of issuePaths) expect(path).toMatch(/^channels\.\w+(\.version)?$/)
      expect(zSyncRequest.safeParse(withVersions(body)).success).toBe(true)
    })
  }
})

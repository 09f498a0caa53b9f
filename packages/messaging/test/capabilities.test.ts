// The committed capability matrix and content table (shown by the docs portal and the
// README) are what the adapters declare: both are generated, never written by hand.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  contentTableMarkdown,
  describeCapabilities,
  describeContentCell,
  withContentTable,
} from '../src/capability-matrix.js'

const regenerate = 'run `pnpm --filter @parley/messaging build capabilities` after changing an adapter'

describe('capabilities.json and the README content table', () => {
  it(`capabilities.json is what the adapters declare (${regenerate})`, async () => {
    const committed = JSON.parse(readFileSync(new URL('../capabilities.json', import.meta.url), 'utf8'))
    expect(committed).toEqual(JSON.parse(JSON.stringify(await describeCapabilities())))
  })

  it(`the README's content table is generated from the adapters (${regenerate})`, async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(readme).toBe(withContentTable(readme, contentTableMarkdown(await describeCapabilities())))
  })

  it('matches the issue: Flow handover/pause/resume/resolve, Mehery handover/close/resolve, none for Botpress and Avaamo', async () => {
    const control = ['handover', 'pause', 'resume', 'resolve', 'close']
    const { vendors } = await describeCapabilities()
    const controlOf = (vendor: string) => (vendors[vendor] ?? []).filter((capability) => control.includes(capability))
    expect(controlOf('khoros-flow')).toEqual(['handover', 'pause', 'resume', 'resolve'])
    expect(controlOf('mehery-xms')).toEqual(['handover', 'resolve', 'close'])
    expect(controlOf('botpress-messaging')).toEqual([])
    expect(controlOf('avaamo')).toEqual([])
  })

  it('a cell says the directions, the fields the vendor drops and its limits', () => {
    const content = {
      send: ['media', 'text'],
      receive: ['media', 'postback'],
      droppedFields: { media: ['mimeType', 'fileName'] },
      limits: [{ kind: 'text', path: 'text', maximum: 255, source: 'docs' }],
    } as const
    expect(describeContentCell('media', content)).toBe('send, receive (no `mimeType`, `fileName`)')
    expect(describeContentCell('text', content)).toBe('send (`text` ≤ 255)')
    expect(describeContentCell('postback', content)).toBe('receive')
    expect(describeContentCell('card', content)).toBe('—')
  })
})

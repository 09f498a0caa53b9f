// The committed capability matrix (shown by the docs portal) matches the adapters.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { describeCapabilities } from '../src/capability-matrix.js'
import { ALL_CAPABILITIES } from '../src/index.js'

describe('capabilities.json', () => {
  it('is what the adapters declare (run `pnpm --filter @parley/messaging capabilities` after changing one)', async () => {
    const committed = JSON.parse(readFileSync(new URL('../capabilities.json', import.meta.url), 'utf8'))
    expect(committed).toEqual({ operations: [...ALL_CAPABILITIES], vendors: await describeCapabilities() })
  })

  it('matches the issue: Flow handover/pause/resume/resolve, Mehery handover/close/resolve, none for Botpress and Avaamo', async () => {
    const control = ['handover', 'pause', 'resume', 'resolve', 'close']
    const matrix = await describeCapabilities()
    const controlOf = (vendor: string) => (matrix[vendor] ?? []).filter((capability) => control.includes(capability))
    expect(controlOf('khoros-flow')).toEqual(['handover', 'pause', 'resume', 'resolve'])
    expect(controlOf('mehery-xms')).toEqual(['handover', 'close', 'resolve'])
    expect(controlOf('botpress-messaging')).toEqual([])
    expect(controlOf('avaamo')).toEqual([])
  })
})

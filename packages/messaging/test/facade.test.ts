// The facade itself: version check, capabilities present at run time, methods absent.
import { describe, expect, it } from 'vitest'
import { UnsupportedAdapterError, createMessaging, defineAdapter } from '../src/index.js'

const echoAdapter = defineAdapter({
  specificationVersion: 'v1',
  vendor: 'echo',
  capabilities: ['sendText'],
  operations: {
    sendText: async ({ conversationId, text }) => ({ vendor: 'echo', conversationId, id: '1', raw: { text } }),
  },
})

describe('createMessaging', () => {
  it('exposes exactly the adapter capabilities, as methods and as flags', async () => {
    const chat = createMessaging(echoAdapter)
    expect(chat.vendor).toBe('echo')
    expect(chat.capabilities).toEqual({ sendText: true })
    await expect(chat.sendText({ conversationId: 'c', text: 'hi' })).resolves.toEqual({
      vendor: 'echo',
      conversationId: 'c',
      id: '1',
      raw: { text: 'hi' },
    })
    expect('handover' in chat).toBe(false)
    expect((chat as Record<string, unknown>).listMessages).toBeUndefined()
    expect(Object.isFrozen(chat)).toBe(true)
  })

  it('rejects an adapter of an unknown specification version with a clear error', () => {
    const future = { ...echoAdapter, specificationVersion: 'v2' } as unknown as typeof echoAdapter
    expect(() => createMessaging(future)).toThrow(UnsupportedAdapterError)
    expect(() => createMessaging(future)).toThrow(/specification "v2".*supports "v1"/)
  })

  it('rejects an adapter that lists a capability it does not implement', () => {
    const broken = { ...echoAdapter, capabilities: ['sendText', 'handover'] } as unknown as typeof echoAdapter
    expect(() => createMessaging(broken)).toThrow(/lists "handover" but does not implement it/)
  })
})

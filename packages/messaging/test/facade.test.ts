// The facade itself: version check, capabilities present at run time, methods absent,
// content checked against the adapter's kinds and limits before anything is sent.
import { describe, expect, it, vi } from 'vitest'
import {
  ContentLimitError,
  RequestValidationError,
  UnsupportedAdapterError,
  UnsupportedContentError,
  createMessaging,
  defineAdapter,
} from '../src/index.js'

function echoAdapter() {
  const send = vi.fn(
    async ({ conversationId, content }: { conversationId: string; content: unknown }, _options?: unknown) => ({
      vendor: 'echo' as const,
      conversationId,
      id: '1',
      raw: content,
    }),
  )
  const adapter = defineAdapter({
    specificationVersion: 'v2',
    vendor: 'echo',
    capabilities: [],
    content: { send: ['text', 'choice'], receive: ['text'] },
    limits: [
      { kind: 'choice', path: 'choices', maximum: 2, source: 'echo docs: two buttons' },
      { kind: 'choice', path: 'choices[].title', maximum: 5, source: 'echo docs: short labels' },
      { kind: 'text', path: 'text', maximum: 10, source: 'echo docs: short texts' },
    ],
    droppedFields: {},
    operations: { send },
  })
  return { adapter, send }
}

describe('createMessaging', () => {
  it('exposes exactly the adapter capabilities and content kinds, as methods and as flags', async () => {
    const { adapter } = echoAdapter()
    const chat = createMessaging(adapter)
    expect(chat.vendor).toBe('echo')
    expect(chat.capabilities).toEqual({ send: true, sendText: true, content: ['text', 'choice'] })
    await expect(chat.sendText({ conversationId: 'c', text: 'hi' })).resolves.toEqual({
      vendor: 'echo',
      conversationId: 'c',
      id: '1',
      raw: { kind: 'text', text: 'hi' },
    })
    expect('handover' in chat).toBe(false)
    expect('sendMedia' in chat).toBe(false)
    expect((chat as Record<string, unknown>).listMessages).toBeUndefined()
    expect(Object.isFrozen(chat)).toBe(true)
    expect(Object.isFrozen(chat.capabilities)).toBe(true)
  })

  it('passes the signal of a send to the adapter', async () => {
    const { adapter, send } = echoAdapter()
    const controller = new AbortController()
    await createMessaging(adapter).send(
      { conversationId: 'c', content: { kind: 'text', text: 'hi' } },
      { signal: controller.signal },
    )
    expect(send.mock.calls[0]?.[1]).toEqual({ signal: controller.signal })
  })

  it('refuses content over a limit before sending, naming the limit', async () => {
    const { adapter, send } = echoAdapter()
    const chat = createMessaging(adapter)
    const tooMany = {
      kind: 'choice',
      text: 'Pick',
      choices: [
        { title: 'a', value: 'a' },
        { title: 'b', value: 'b' },
        { title: 'c', value: 'c' },
      ],
    } as const
    const error = await chat.send({ conversationId: 'c', content: tooMany }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ContentLimitError)
    expect(error).toBeInstanceOf(RequestValidationError)
    expect(error).toMatchObject({
      vendor: 'echo',
      contentKind: 'choice',
      path: 'choices',
      maximum: 2,
      actual: 3,
      unit: 'items',
      parameter: 'content.choices',
      source: 'echo docs: two buttons',
    })
    expect((error as Error).message).toMatch(/echo takes at most 2 items in choice content's `choices`.*has 3/)

    const longTitle = {
      kind: 'choice',
      text: 'Pick',
      choices: [
        { title: 'short', value: 'a' },
        { title: 'much too long', value: 'b' },
      ],
    } as const
    await expect(chat.send({ conversationId: 'c', content: longTitle })).rejects.toMatchObject({
      path: 'choices[1].title',
      maximum: 5,
      actual: 13,
      unit: 'characters',
    })
    // Characters as people count them: one emoji is one character.
    await expect(chat.sendText({ conversationId: 'c', text: '👍👍👍👍👍👍👍👍👍👍' })).resolves.toBeDefined()
    await expect(chat.sendText({ conversationId: 'c', text: '12345678901' })).rejects.toBeInstanceOf(ContentLimitError)
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('refuses, from untyped code, a kind the adapter does not send', async () => {
    const { adapter, send } = echoAdapter()
    const chat = createMessaging(adapter)
    const card = { kind: 'card', title: 'x', actions: [] }
    const error = await chat.send({ conversationId: 'c', content: card as never }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(UnsupportedContentError)
    expect((error as Error).message).toMatch(/echo cannot send "card" content; it sends text, choice/)
    await expect(chat.send({ conversationId: 'c', content: undefined as never })).rejects.toBeInstanceOf(
      UnsupportedContentError,
    )
    expect(send).not.toHaveBeenCalled()
  })

  it('rejects an adapter of another specification version with a clear error', () => {
    const { adapter } = echoAdapter()
    const older = { ...adapter, specificationVersion: 'v1' } as unknown as typeof adapter
    expect(() => createMessaging(older)).toThrow(UnsupportedAdapterError)
    expect(() => createMessaging(older)).toThrow(/specification "v1".*supports "v2"/)
  })

  it('rejects an adapter that lists a capability it does not implement', () => {
    const { adapter } = echoAdapter()
    const broken = { ...adapter, capabilities: ['handover'] } as unknown as typeof adapter
    expect(() => createMessaging(broken)).toThrow(/lists "handover" but does not implement it/)
  })
})

describe('createMessaging over several adapters', () => {
  it('routes sends by vendor and refuses a vendor given twice or unknown', async () => {
    const echo = echoAdapter()
    const other = defineAdapter({
      ...echoAdapter().adapter,
      vendor: 'other',
      operations: { send: async ({ conversationId }) => ({ vendor: 'other' as const, conversationId, raw: {} }) },
    })
    const bot = createMessaging([echo.adapter, other])
    expect(bot.vendors).toEqual(['echo', 'other'])
    await bot.send({ vendor: 'echo', conversationId: 'c', content: { kind: 'text', text: 'hi' } })
    expect(echo.send).toHaveBeenCalledTimes(1)
    await expect(
      bot.send({ vendor: 'nobody' as 'echo', conversationId: 'c', content: { kind: 'text', text: 'hi' } }),
    ).rejects.toThrow(/no adapter for vendor "nobody"/)
    expect(() => createMessaging([echo.adapter, echo.adapter])).toThrow(/two adapters for "echo"/)
    expect(() => createMessaging([])).toThrow(UnsupportedAdapterError)
    expect(bot.canSend({ vendor: 'echo' } as never, 'choice')).toBe(true)
    expect(bot.canSend({ vendor: 'echo' } as never, 'card')).toBe(false)
  })
})

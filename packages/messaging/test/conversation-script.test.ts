// The same conversation script over every vendor, each against a Prism mock made from
// its spec (Prism validates every request the adapters send through the vendor clients).
import { prismMockUrl } from '@parley/testing'
import { describe, expect, it } from 'vitest'
import { avaamo } from '../src/adapters/avaamo.js'
import { botpressMessaging } from '../src/adapters/botpress-messaging.js'
import { khorosFlow } from '../src/adapters/khoros-flow.js'
import { meheryXms } from '../src/adapters/mehery-xms.js'
import { type MessagingOperations, type NormalizedMessage, createMessaging, hasCapability } from '../src/index.js'

/** Any vendor's messaging object: all of them can send text. */
type AnyChat = Pick<MessagingOperations, 'sendText'> & {
  readonly vendor: string
  readonly capabilities: object
}

interface VendorUnderTest {
  readonly id: string
  readonly conversationId: string
  /** Who speaks in the mock's history (the spec's first example), sorted. */
  readonly historyAuthors: ReadonlyArray<string>
  readonly chat: (baseUrl: string) => AnyChat
}

const vendorsUnderTest: VendorUnderTest[] = [
  {
    id: 'botpress-messaging',
    conversationId: '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e',
    historyAuthors: ['bot', 'user'],
    chat: (baseUrl) =>
      createMessaging(
        botpressMessaging({
          baseUrl,
          clientId: 'c0ffee00-0000-4000-8000-000000000001',
          clientToken: 'mock',
          authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
          maxRetries: 0,
        }),
      ),
  },
  {
    id: 'khoros-flow',
    conversationId: 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89',
    historyAuthors: ['bot', 'user'],
    chat: (baseUrl) => createMessaging(khorosFlow({ baseUrl, apiKey: 'mock', maxRetries: 0 })),
  },
  {
    id: 'mehery-xms',
    // Mehery sends to a contact and controls sessions; the mock accepts any id for both.
    conversationId: '1234567',
    historyAuthors: ['agent', 'user'],
    chat: (baseUrl) =>
      createMessaging(
        meheryXms({
          baseUrl,
          apiKey: 'mock',
          apiId: 'mock',
          channelId: 'wa360:919988776655',
          handoverQueue: 'support',
          maxRetries: 0,
        }),
      ),
  },
  {
    id: 'avaamo',
    // The conversation of the spec's example entry, so the mock's pages hold matching entries.
    conversationId: '1faa40c8253e65aa02bfd02fd8643d35',
    // The endpoint lists the agent's replies only (specs/avaamo, "Who an entry's `user` is").
    historyAuthors: ['bot'],
    chat: (baseUrl) =>
      createMessaging(
        avaamo({ baseUrl, botId: 1234, userAccessToken: 'mock-user', agentAccessToken: 'mock-agent', maxRetries: 0 }),
      ),
  },
]

describe.each(vendorsUnderTest)('conversation script over $id', (vendor) => {
  it('sends a text, reads the history, and uses whatever conversation control the vendor has', async () => {
    const chat = vendor.chat(prismMockUrl(vendor.id))
    const sent = await chat.sendText({ conversationId: vendor.conversationId, text: 'Hello from the script' })
    expect(sent.vendor).toBe(vendor.id)
    expect(sent.raw).toBeDefined()

    const history: NormalizedMessage[] = []
    if (hasCapability(chat, 'listMessages')) {
      for await (const message of chat.listMessages({ conversationId: vendor.conversationId })) {
        history.push(message)
        if (history.length >= 20) break
      }
      for (const message of history) {
        expect(message.vendor).toBe(vendor.id)
        expect(message.raw).toBeDefined()
      }
      expect([...new Set(history.map((message) => message.author.role))].sort()).toEqual(vendor.historyAuthors)
    }

    const control = (['handover', 'pause', 'resume', 'resolve', 'close'] as const).filter((name) =>
      hasCapability(chat, name),
    )
    for (const name of control) {
      await (chat as unknown as Record<typeof name, (input: { conversationId: string }) => Promise<void>>)[name]({
        conversationId: vendor.conversationId,
      })
    }
    expect([...control].sort()).toEqual(
      Object.keys(chat.capabilities)
        .filter((name) => ['handover', 'pause', 'resume', 'resolve', 'close'].includes(name))
        .sort(),
    )
  })
})

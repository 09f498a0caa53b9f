// Request values written `as const` are accepted, wrong literals inside them are still
// refused, and what calls resolve stays mutable. Checked by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AgentMessage,
  type AgentMessageEntry,
  type AvaamoClient,
  type ReadonlyInput,
  createAvaamoHttpClient,
  listAgentMessages,
  postAgentMessage,
} from '../src/index.js'

declare const avaamo: AvaamoClient

const menu = {
  quick_reply: {
    content: 'What would you like?',
    links: [
      { type: 'post_message', title: 'Pizza', value: 'pizza' },
      { type: 'web_page', title: 'Our menu', url: 'https://example.com/menu' },
    ],
  },
} as const
const conversation = { uuid: 'c0ffee00-0000-4000-8000-000000000000' } as const

describe('request values written as const', () => {
  it('quick replies with as-const links go through postAgentMessage, bound and flat', () => {
    void avaamo.postAgentMessage({ body: { message: menu, conversation, bot_id: 1 } })
    const http = createAvaamoHttpClient({ userAccessToken: 'u' })
    void postAgentMessage({ client: http, body: { message: menu, conversation, bot_id: 1 } })
    const body = { message: { card: { title: 'Pizza', links: menu.quick_reply.links } }, conversation, bot_id: 1 } as const
    void avaamo.postAgentMessage({ body, signal: AbortSignal.timeout(1000) }).withResponse()
  })

  it('a query object written as const', () => {
    const query = { per_page: 100, since_timetoken: 1569229247677821 } as const
    void avaamo.listAgentMessages({ query })
    void listAgentMessages({ query })
  })

  it('mutable values are still accepted', () => {
    expectTypeOf<AgentMessage>().toMatchTypeOf<ReadonlyInput<AgentMessage>>()
  })

  it('a wrong literal inside an as-const value is still an error', () => {
    const misspelt = { quick_reply: { content: 'Pick', links: [{ type: 'post-message', title: 'Pizza', value: 'pizza' }] } } as const
    // @ts-expect-error 'post-message' is not a link type
    void avaamo.postAgentMessage({ body: { message: misspelt, conversation, bot_id: 1 } })
    const noValue = { quick_reply: { content: 'Pick', links: [{ type: 'post_message', title: 'Pizza' }] } } as const
    // @ts-expect-error a post_message link needs its value
    void postAgentMessage({ body: { message: noValue, conversation, bot_id: 1 } })
    // @ts-expect-error per_page is a number
    void avaamo.listAgentMessages({ query: { per_page: '100' } as const })
  })
})

describe('responses stay mutable', () => {
  it('the listed entries are an AgentMessageEntry[]', async () => {
    const { entries } = await avaamo.listAgentMessages()
    const mine: AgentMessageEntry[] = entries
    mine.reverse()
    expectTypeOf(entries).toEqualTypeOf<AgentMessageEntry[]>()
  })
})

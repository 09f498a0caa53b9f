// Compile-time guarantees of the public API, checked by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AgentMessage,
  type AgentMessageEntry,
  type AgentMessagesPage,
  type AvaamoClient,
  type CardMessage,
  type ListViewMessage,
  type MissingCredentialError,
  type MessageLink,
  type MessageUser,
  type PostAgentMessageResult,
  type QuickReplyMessage,
  type RequestValidationError,
  createAvaamoClient,
  iterateAgentMessages,
} from '../src/index.js'
import type { paths } from '../src/paths.js'
import { type zAgentMessage, responseChecker } from '../src/zod.js'

declare const avaamo: AvaamoClient
const conversation = { uuid: '1faa40c8253e65aa02bfd02fd8643d35' }

describe('the message union', () => {
  it('is a plain string or one of the rich message objects', () => {
    expectTypeOf<AgentMessage>().toEqualTypeOf<string | ListViewMessage | CardMessage | QuickReplyMessage>()
  })

  it('each document example compiles inline, without a cast', () => {
    void avaamo.postAgentMessage({ body: { message: 'Sample message', conversation, bot_id: 2154, force_locale: 'en' } })
    void avaamo.postAgentMessage({
      body: {
        message: {
          list_view: {
            top_element_style: 'compact',
            items: [
              { title: 'Coke', subtitle: 'All Chilled', links: [{ type: 'post_message', title: 'Get a pack of 5', value: 'coke' }] },
              { title: 'Coffee', subtitle: 'Cold', links: [{ type: 'post_message', title: 'Buy one get one', value: 'coffee' }] },
            ],
          },
        },
        conversation,
        bot_id: 2154,
      },
    })
    void avaamo.postAgentMessage({
      body: { message: { card: { inputs: [{ title: 'How was our service?', type: 'data_capture', uuid: 'comments' }] } }, conversation, bot_id: 2154 },
    })
    void avaamo.postAgentMessage({
      body: { message: { quick_reply: { content: 'Pick one', links: [{ type: 'post_message', title: 'Yes', value: 'yes' }] } }, conversation, bot_id: 2154 },
    })
  })

  it('a wrong rich message does not compile', () => {
    // @ts-expect-error a number is not a message
    const number: AgentMessage = 42
    // @ts-expect-error the document's slip: a post_message link carries `value`, not `content`
    const contentLink: AgentMessage = { list_view: { items: [{ title: 'Coffee', links: [{ type: 'post_message', title: 'Buy one get one', content: 'coffee' }] }] } }
    // @ts-expect-error a list view item needs a title
    const untitledItem: AgentMessage = { list_view: { items: [{ subtitle: 'Cold' }] } }
    // @ts-expect-error a card input needs its type and title (its uuid is optional, as in the vendor's sample)
    const inputWithoutTitle: AgentMessage = { card: { inputs: [{ type: 'data_capture', uuid: 'comments' }] } }
    // @ts-expect-error a misspelt card field
    const misspeltCard: AgentMessage = { card: { titel: 'Order' } }
    // @ts-expect-error not a kind of message the spec has
    const carousel: AgentMessage = { carousel: { items: [] } }
    // @ts-expect-error a link type the spec has not
    const buttonLink: AgentMessage = { quick_reply: { content: 'Pick one', links: [{ type: 'button', title: 'Yes', value: 'yes' }] } }
    // @ts-expect-error a quick reply needs its links
    const quickReplyWithoutLinks: AgentMessage = { quick_reply: { content: 'Pick one' } }
    void [number, contentLink, untitledItem, inputWithoutTitle, misspeltCard, carousel, buttonLink, quickReplyWithoutLinks]
  })

  it('narrows by kind and links narrow by `type`', () => {
    const describe = (message: AgentMessage): string => {
      if (typeof message === 'string') return message
      if ('card' in message) {
        expectTypeOf(message).toEqualTypeOf<CardMessage>()
        return message.card.title ?? ''
      }
      if ('list_view' in message) return message.list_view.items.map((item) => item.title).join()
      expectTypeOf(message).toEqualTypeOf<QuickReplyMessage>()
      return message.quick_reply.content
    }
    const target = (link: MessageLink): string | undefined => {
      if (link.type === 'post_message') return link.value
      if (link.type === 'web_view_srcdoc') return link.srcdoc
      return undefined
    }
    void [describe, target]
  })

  it('zod infers the same union', () => {
    expectTypeOf<ReturnType<typeof zAgentMessage.parse>>().toExtend<AgentMessage>()
  })
})

describe('the post body', () => {
  it('requires message, conversation and an integer bot_id', () => {
    // @ts-expect-error bot_id is the agent's numeric id, not `"2xxx"`
    void avaamo.postAgentMessage({ body: { message: 'Hello', conversation, bot_id: '2154' } })
    // @ts-expect-error the conversation is required
    void avaamo.postAgentMessage({ body: { message: 'Hello', bot_id: 2154 } })
    // @ts-expect-error the conversation is an object with its uuid
    void avaamo.postAgentMessage({ body: { message: 'Hello', conversation: conversation.uuid, bot_id: 2154 } })
    // @ts-expect-error the body is required
    void avaamo.postAgentMessage()
  })
})

describe('responses', () => {
  it('operations resolve their typed bodies', () => {
    expectTypeOf(avaamo.postAgentMessage).returns.resolves.toEqualTypeOf<PostAgentMessageResult>()
    expectTypeOf(avaamo.listAgentMessages).returns.resolves.toEqualTypeOf<AgentMessagesPage>()
    expectTypeOf<AgentMessagesPage['entries']>().toEqualTypeOf<AgentMessageEntry[]>()
  })

  it('user fields the document shows as null are nullable; device fields optional', () => {
    expectTypeOf<MessageUser['email']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<MessageUser['phone']>().toEqualTypeOf<unknown[] | null | undefined>()
    expectTypeOf<MessageUser['avatar_updated_at']>().toEqualTypeOf<number | null | undefined>()
    expectTypeOf<MessageUser['time_zone']>().toEqualTypeOf<string | null | undefined>()
    expectTypeOf<NonNullable<AgentMessageEntry['read_acks']>[number]['read_at']>().toEqualTypeOf<number>()
    expectTypeOf<AgentMessageEntry['timetoken']>().toEqualTypeOf<number>()
  })
})

describe('query parameters', () => {
  it('are typed', () => {
    void avaamo.listAgentMessages({ query: { device_info: true, since_timetoken: 1569229247677821, timetoken: 1569229251418739, page: 5, per_page: 2 } })
    void avaamo.listAgentMessages()
    // @ts-expect-error per_page is a number
    void avaamo.listAgentMessages({ query: { per_page: '100' } })
    // @ts-expect-error device_info is a boolean
    void avaamo.listAgentMessages({ query: { device_info: 'true' } })
    // @ts-expect-error the spelling is `since_timetoken`
    void avaamo.listAgentMessages({ query: { since_time_token: 1569229247677821 } })
  })
})

describe('the factory and its two tokens', () => {
  it('takes both tokens and the common options', () => {
    createAvaamoClient({
      userAccessToken: 'user-token',
      agentAccessToken: 'agent-token',
      baseUrl: 'http://127.0.0.1:4104',
      timeoutMs: 10_000,
      maxRetries: 1,
      fetch,
      headers: { 'x-request-id': 'trace-1' },
      validateResponses: responseChecker,
    })
  })

  it('either token may be left out: a call that needs it rejects at run time with MissingCredentialError', () => {
    // Deliberately not a type error: a reader-only service gives only the agent token and
    // never posts; the runtime names the missing option if it does.
    const readerOnly = createAvaamoClient({ agentAccessToken: 'agent-token' })
    expectTypeOf(readerOnly.postAgentMessage).toBeFunction()
    expectTypeOf<MissingCredentialError>().toExtend<RequestValidationError>()
    expectTypeOf<MissingCredentialError['parameter']>().toBeString()
  })

  it('rejects a single-token option and non-string tokens', () => {
    // @ts-expect-error there is no single `accessToken`: each operation has its own token
    createAvaamoClient({ accessToken: 'token' })
    // @ts-expect-error tokens are strings
    createAvaamoClient({ userAccessToken: 1234 })
  })
})

describe('the iterator', () => {
  it('yields entries and takes the query without page', () => {
    expectTypeOf(iterateAgentMessages(avaamo, { per_page: 100 })).toEqualTypeOf<AsyncGenerator<AgentMessageEntry, void, undefined>>()
    iterateAgentMessages(avaamo, { since_timetoken: 1569229247677821, device_info: true, firstPage: 2, maxPages: 10, signal: AbortSignal.timeout(1000) })
    // @ts-expect-error the iterator drives `page`; use firstPage to start further on
    iterateAgentMessages(avaamo, { page: 2 })
    // @ts-expect-error per_page is a number
    iterateAgentMessages(avaamo, { per_page: '100' })
  })

  it('needs only listAgentMessages of the client', () => {
    const listOnly: Pick<AvaamoClient, 'listAgentMessages'> = { listAgentMessages: avaamo.listAgentMessages }
    iterateAgentMessages(listOnly)
  })
})

describe('subpaths', () => {
  it('./paths describes both operations', () => {
    expectTypeOf<paths['/v1/messages.json']['get']>().not.toBeNever()
    expectTypeOf<paths['/bots_api/v1/messages.json']['post']>().not.toBeNever()
  })
})

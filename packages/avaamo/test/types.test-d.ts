// The message union and the client's types.
import { describe, expectTypeOf, it } from 'vitest'
import { type AgentMessage, type AgentMessageEntry, type AvaamoClient, type PostAgentMessageResult, iterateAgentMessages } from '../src/index.js'

declare const avaamo: AvaamoClient

describe('avaamo types', () => {
  it('a message is a plain string or a rich message object', () => {
    expectTypeOf<string>().toExtend<AgentMessage>()
    void avaamo.postAgentMessage({ body: { message: 'Hello', conversation: { uuid: 'c' }, bot_id: 1 } })
    void avaamo.postAgentMessage({
      body: { message: { quick_reply: { content: 'Pick one', links: [{ type: 'post_message', title: 'Yes', value: 'yes' }] } } as AgentMessage, conversation: { uuid: 'c' }, bot_id: 1 },
    })
    // @ts-expect-error a number is not a message
    void avaamo.postAgentMessage({ body: { message: 42, conversation: { uuid: 'c' }, bot_id: 1 } })
    // @ts-expect-error bot_id is the agent's numeric id
    void avaamo.postAgentMessage({ body: { message: 'Hello', conversation: { uuid: 'c' }, bot_id: '1' } })
    // @ts-expect-error the conversation is required
    void avaamo.postAgentMessage({ body: { message: 'Hello', bot_id: 1 } })
  })

  it('operations resolve their typed bodies; the iterator yields entries', () => {
    expectTypeOf(avaamo.postAgentMessage).returns.resolves.toEqualTypeOf<PostAgentMessageResult>()
    expectTypeOf(iterateAgentMessages(avaamo)).toExtend<AsyncIterable<AgentMessageEntry>>()
    // @ts-expect-error per_page is a number
    void avaamo.listAgentMessages({ query: { per_page: '100' } })
  })
})

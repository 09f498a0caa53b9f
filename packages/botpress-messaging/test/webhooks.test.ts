// The webhook handler, driven with real Fetch API `Request` objects as a server would.
import { describe, expect, it, vi } from 'vitest'
import { type MessageNewEvent, WEBHOOK_TOKEN_HEADER, createBotpressMessagingWebhookHandler } from '../src/index.js'

const webhookToken = 'webhook-token-3b9c'

const messageNew = {
  type: 'message.new',
  data: {
    userId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
    conversationId: '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e',
    channel: 'telegram',
    message: {
      id: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d',
      conversationId: '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e',
      authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
      sentOn: '2026-11-01T10:00:00.000Z',
      payload: { type: 'text', text: 'hello' },
    },
  },
} satisfies MessageNewEvent

function webhookRequest(
  body: string,
  headers: Record<string, string> = { [WEBHOOK_TOKEN_HEADER]: webhookToken },
  method = 'POST',
): Request {
  return new Request('http://127.0.0.1/webhooks/botpress', {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'POST' ? body : null,
  })
}

describe('createBotpressMessagingWebhookHandler', () => {
  it('delivers a verified event to its handler, typed by event name', async () => {
    const onMessage = vi.fn()
    const handle = createBotpressMessagingWebhookHandler({ webhookToken, on: { 'message.new': onMessage } })
    const response = await handle(webhookRequest(JSON.stringify(messageNew)))
    expect(response.status).toBe(200)
    expect(onMessage).toHaveBeenCalledOnce()
    expect(onMessage.mock.calls[0]?.[0]).toEqual(messageNew)
  })

  it('rejects a missing token with 401 and a wrong one with 403, without running handlers', async () => {
    const onMessage = vi.fn()
    const handle = createBotpressMessagingWebhookHandler({ webhookToken, on: { 'message.new': onMessage } })
    expect((await handle(webhookRequest(JSON.stringify(messageNew), {}))).status).toBe(401)
    const wrong = await handle(
      webhookRequest(JSON.stringify(messageNew), { [WEBHOOK_TOKEN_HEADER]: 'webhook-token-3b9d' }),
    )
    expect(wrong.status).toBe(403)
    expect(await wrong.text()).not.toContain(webhookToken)
    expect(onMessage).not.toHaveBeenCalled()
  })

  it('accepts any of several tokens during a rotation', async () => {
    const handle = createBotpressMessagingWebhookHandler({ webhookToken: ['old-token', webhookToken], on: {} })
    expect((await handle(webhookRequest(JSON.stringify(messageNew)))).status).toBe(200)
    expect(
      (await handle(webhookRequest(JSON.stringify(messageNew), { [WEBHOOK_TOKEN_HEADER]: 'old-token' }))).status,
    ).toBe(200)
  })

  it('answers 400 to malformed JSON and to a body that is not an object', async () => {
    const handle = createBotpressMessagingWebhookHandler({ webhookToken, on: {} })
    expect((await handle(webhookRequest('{"type": "message.new", '))).status).toBe(400)
    expect((await handle(webhookRequest('[1, 2]'))).status).toBe(400)
  })

  it('answers 413 to an oversized body', async () => {
    const handle = createBotpressMessagingWebhookHandler({ webhookToken, on: {}, maxBodyBytes: 1024 })
    const big = JSON.stringify({ type: 'message.new', data: { filler: 'x'.repeat(4096) } })
    expect((await handle(webhookRequest(big))).status).toBe(413)
  })

  it('passes an unknown event type to `unknown` and still answers 200', async () => {
    const unknown = vi.fn()
    const handle = createBotpressMessagingWebhookHandler({ webhookToken, on: { unknown } })
    const future = { type: 'conversation.archived', data: { conversationId: 'x' } }
    const response = await handle(webhookRequest(JSON.stringify(future)))
    expect(response.status).toBe(200)
    expect(unknown).toHaveBeenCalledWith(future, expect.objectContaining({ request: expect.any(Request) }))
  })

  it('answers 200 to an unknown event type even without an `unknown` handler', async () => {
    const handle = createBotpressMessagingWebhookHandler({ webhookToken, on: {} })
    expect((await handle(webhookRequest(JSON.stringify({ type: 'something.new' })))).status).toBe(200)
  })

  it('answers 500 when a handler throws, and reports the error', async () => {
    const onError = vi.fn()
    const handle = createBotpressMessagingWebhookHandler({
      webhookToken,
      on: {
        'message.new': () => {
          throw new Error('database down')
        },
      },
      onError,
    })
    const response = await handle(webhookRequest(JSON.stringify(messageNew)))
    expect(response.status).toBe(500)
    expect(await response.text()).not.toContain('database down')
    expect(onError).toHaveBeenCalledOnce()
  })

  it('answers 405 to anything but POST', async () => {
    const handle = createBotpressMessagingWebhookHandler({ webhookToken, on: {} })
    expect((await handle(webhookRequest('', {}, 'GET'))).status).toBe(405)
  })

  it('refuses to be created without a token', () => {
    expect(() => createBotpressMessagingWebhookHandler({ webhookToken: '', on: {} })).toThrow(/webhookToken/)
    // An empty string among several (a rotation) would accept a call that sends an empty header.
    expect(() => createBotpressMessagingWebhookHandler({ webhookToken: ['ok-token', ''], on: {} })).toThrow(
      /`webhookToken` must be a non-empty string/,
    )
    expect(() => createBotpressMessagingWebhookHandler({ webhookToken: [], on: {} })).toThrow(/webhookToken/)
  })
})

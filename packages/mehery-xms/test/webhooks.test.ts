// Mehery's two calls through one handler, as real `Request` objects: contact/info answered
// with a ContactInfoUpdate, notifications dispatched by `type`, the verify token, bad bodies.
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import {
  type ContactInfoUpdate,
  type InBoundContact,
  VERIFY_TOKEN_HEADER,
  createMeheryXmsWebhookHandler,
} from '../src/index.js'

const verifyToken = 'verify-token-5c1'
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))
const documentNotification = fixture('message-receive.webhook.json')

const meheryCall = (
  path: string,
  body: string,
  headers: Record<string, string> = { [VERIFY_TOKEN_HEADER]: verifyToken },
) =>
  new Request(`http://127.0.0.1/mehery${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })

describe('contact/info', () => {
  it('answers with the ContactInfoUpdate the handler returns', async () => {
    const update: ContactInfoUpdate = fixture('contact-info.webhook-response.json')
    const contactInfo = vi.fn((_contact: InBoundContact) => update)
    const handle = createMeheryXmsWebhookHandler({ verifyToken, on: { contactInfo } })
    const response = await handle(
      meheryCall('/api/v1/contact/info', JSON.stringify(fixture('contact-info.webhook.json'))),
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(await response.json()).toEqual(update)
    expect(contactInfo.mock.calls[0]?.[0]).toEqual(fixture('contact-info.webhook.json'))
  })

  it('answers an empty update when no handler is registered', async () => {
    const handle = createMeheryXmsWebhookHandler({ verifyToken, on: {} })
    const response = await handle(meheryCall('/contact/info', JSON.stringify(fixture('contact-info.webhook.json'))))
    expect(await response.json()).toEqual({})
  })
})

describe('message/receive', () => {
  it.each(['messages', 'actions', 'events', 'statuses'] as const)(
    'dispatches a `%s` notification to its handler',
    async (type) => {
      const handler = vi.fn()
      const unknown = vi.fn()
      const handle = createMeheryXmsWebhookHandler({ verifyToken, on: { [type]: handler, unknown } })
      const notification = { ...documentNotification, type }
      const response = await handle(meheryCall('/api/v1/message/receive', JSON.stringify(notification)))
      expect(response.status).toBe(200)
      expect(handler).toHaveBeenCalledOnce()
      expect(handler.mock.calls[0]?.[0]).toEqual(notification)
      expect(unknown).not.toHaveBeenCalled()
    },
  )

  it('passes an unknown notification type to `unknown` with 200', async () => {
    const unknown = vi.fn()
    const handle = createMeheryXmsWebhookHandler({ verifyToken, on: { unknown } })
    const response = await handle(
      meheryCall('/api/v1/message/receive', JSON.stringify({ type: 'reactions', reactions: [] })),
    )
    expect(response.status).toBe(200)
    expect(unknown).toHaveBeenCalledOnce()
  })
})

describe('verification and bad calls', () => {
  it('401 without the token, 403 with a wrong one, for both calls', async () => {
    const contactInfo = vi.fn((_contact: InBoundContact) => ({}))
    const messages = vi.fn()
    const handle = createMeheryXmsWebhookHandler({ verifyToken, on: { contactInfo, messages } })
    const body = JSON.stringify({ ...documentNotification, type: 'messages' })
    expect((await handle(meheryCall('/message/receive', body, {}))).status).toBe(401)
    expect(
      (await handle(meheryCall('/contact/info', body, { [VERIFY_TOKEN_HEADER]: 'verify-token-5c2' }))).status,
    ).toBe(403)
    expect(contactInfo).not.toHaveBeenCalled()
    expect(messages).not.toHaveBeenCalled()
  })

  it('400 to malformed JSON, 413 to an oversized body', async () => {
    const handle = createMeheryXmsWebhookHandler({ verifyToken, on: {}, maxBodyBytes: 512 })
    expect((await handle(meheryCall('/message/receive', '{"type":'))).status).toBe(400)
    expect(
      (await handle(meheryCall('/message/receive', JSON.stringify({ type: 'messages', filler: 'x'.repeat(2048) }))))
        .status,
    ).toBe(413)
  })

  it('refuses to be created without a verify token', () => {
    expect(() => createMeheryXmsWebhookHandler({ verifyToken: '', on: {} })).toThrow(/verifyToken/)
    expect(() => createMeheryXmsWebhookHandler({ verifyToken: ['ok-token', ''], on: {} })).toThrow(
      /`verifyToken` must be a non-empty string/,
    )
  })
})

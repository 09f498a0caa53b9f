// createSpecWebhookHandler, what a generated webhooks.gen.ts calls: verification the
// application must supply (the spec's header token or `verify`), refused at construction
// without one unless the insecure opt-out is named; `verify` bounded so the sender always
// gets an answer.
import { describe, expect, it, vi } from 'vitest'
import { ConfigurationError } from '../src/index.js'
import { createSpecWebhookHandler } from '../src/internal.js'

type Events = { 'message.created': { type: 'message.created'; text: string } }
const setup = { factory: 'createAcmeWebhookHandler', eventProperty: 'type' }
const tokenSetup = { ...setup, headerToken: { header: 'x-acme-token', option: 'webhookToken' } }
const call = (headers: Record<string, string> = {}, body: unknown = { type: 'message.created', text: 'hi' }) =>
  new Request('http://127.0.0.1/hook', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

describe('createSpecWebhookHandler', () => {
  it('is refused without verification, naming the options, unless insecureSkipVerification is set', () => {
    expect(() => createSpecWebhookHandler<Events>(setup, { on: {} })).toThrow(ConfigurationError)
    expect(() => createSpecWebhookHandler<Events>(tokenSetup, { on: {} })).toThrow(
      /give `webhookToken` \(the token the vendor sends in `x-acme-token`\) or `verify\(request\)`/,
    )
    expect(() => createSpecWebhookHandler<Events>(setup, { on: {}, insecureSkipVerification: true })).not.toThrow()
  })

  it("checks the spec's header token, refusing an empty one at construction", async () => {
    expect(() => createSpecWebhookHandler<Events>(tokenSetup, { on: {}, webhookToken: ['ok', ''] } as never)).toThrow(
      /`webhookToken` must be a non-empty string/,
    )
    const onCreated = vi.fn()
    const handle = createSpecWebhookHandler<Events>(tokenSetup, {
      on: { 'message.created': onCreated },
      webhookToken: 'ok',
    } as never)
    expect((await handle(call())).status).toBe(401)
    expect((await handle(call({ 'x-acme-token': 'wrong' }))).status).toBe(403)
    expect((await handle(call({ 'x-acme-token': 'ok' }))).status).toBe(200)
    expect(onCreated).toHaveBeenCalledOnce()
    expect(onCreated.mock.calls[0]?.[0]).toEqual({ type: 'message.created', text: 'hi' })
  })

  it('answers 403 when verify returns false, and dispatches when it passes', async () => {
    const onCreated = vi.fn()
    const handle = createSpecWebhookHandler<Events>(setup, {
      on: { 'message.created': onCreated },
      verify: (request) => request.headers.get('x-secret') === 's3cret',
    })
    expect((await handle(call({ 'x-secret': 'nope' }))).status).toBe(403)
    expect((await handle(call({ 'x-secret': 's3cret' }))).status).toBe(200)
    expect(onCreated).toHaveBeenCalledOnce()
  })

  it('answers 401 when verify does not finish within bodyTimeoutMs', async () => {
    const handle = createSpecWebhookHandler<Events>(setup, {
      on: {},
      verify: () => new Promise<boolean>(() => {}),
      bodyTimeoutMs: 50,
    })
    expect((await handle(call())).status).toBe(401)
  })

  it('sends every call to the one event of a spec with a single webhook and no event property', async () => {
    const onCreated = vi.fn()
    const handle = createSpecWebhookHandler<Events>(
      { factory: 'createAcmeWebhookHandler', onlyEvent: 'message.created' },
      { on: { 'message.created': onCreated }, insecureSkipVerification: true },
    )
    expect((await handle(call({}, { text: 'no type here' }))).status).toBe(200)
    expect(onCreated).toHaveBeenCalledOnce()
  })
})

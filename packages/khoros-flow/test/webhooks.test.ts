// Flow's webhook calls through the handler, as real `Request` objects: an example of
// every event type from the spec, unknown types, the optional shared secret, bad bodies.
import { specPathOf } from '@parley/testing'
import { describe, expect, it, vi } from 'vitest'
import { exampleOf, readSpec, resolveReference } from '../../../scripts/lib/spec-examples.mjs'
import { type KhorosFlowWebhookEventType, createKhorosFlowWebhookHandler, webhookEvents } from '../src/index.js'

const spec = readSpec(specPathOf('khoros-flow'))

/** Each webhook's example payload from the spec. */
const examplePayloads = webhookEvents.map(({ event }) => {
  const operation = resolveReference(spec, spec.webhooks[event])?.post
  const mediaType = resolveReference(spec, operation?.requestBody)?.content['application/json']
  return [event, exampleOf(spec, mediaType)] as [KhorosFlowWebhookEventType, Record<string, unknown>]
})

const flowCall = (body: string, url = 'http://127.0.0.1/flow', headers: Record<string, string> = {}) =>
  new Request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

describe('createKhorosFlowWebhookHandler', () => {
  it('the spec lists the 11 documented event types, each with an example', () => {
    expect(examplePayloads).toHaveLength(11)
    for (const [event, payload] of examplePayloads) expect(payload?.type, event).toBe(event)
  })

  it.each(examplePayloads)('delivers a %s event to its handler', async (event, payload) => {
    const handler = vi.fn()
    const other = vi.fn()
    const handle = createKhorosFlowWebhookHandler({ on: { [event]: handler, unknown: other } })
    const response = await handle(flowCall(JSON.stringify(payload)))
    expect(response.status).toBe(200)
    expect(handler).toHaveBeenCalledOnce()
    expect(handler.mock.calls[0]?.[0]).toEqual(payload)
    expect(other).not.toHaveBeenCalled()
  })

  it('passes a type Flow adds later to `unknown`, with 200', async () => {
    const unknown = vi.fn()
    const handle = createKhorosFlowWebhookHandler({ on: { unknown } })
    const response = await handle(flowCall(JSON.stringify({ type: 'csat.submitted', threadId: 't', score: 5 })))
    expect(response.status).toBe(200)
    expect(unknown.mock.calls[0]?.[0]).toEqual({ type: 'csat.submitted', threadId: 't', score: 5 })
  })

  it('checks a shared secret from the webhook URL or a header, in constant time', async () => {
    const onMessage = vi.fn()
    const handle = createKhorosFlowWebhookHandler({ on: { message: onMessage }, verify: { secret: 's3cret' } })
    const body = JSON.stringify({ type: 'message', threadId: 't' })
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow?secret=s3cret'))).status).toBe(200)
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow', { 'x-flow-webhook-secret': 's3cret' }))).status).toBe(200)
    expect((await handle(flowCall(body))).status).toBe(401)
    const wrong = await handle(flowCall(body, 'http://127.0.0.1/flow?secret=s3cres'))
    expect(wrong.status).toBe(403)
    expect(await wrong.text()).not.toContain('s3cret')
    expect(onMessage).toHaveBeenCalledTimes(2)
  })

  it('answers 400 to malformed JSON, 413 to an oversized body, 405 to a GET', async () => {
    const handle = createKhorosFlowWebhookHandler({ on: {}, maxBodyBytes: 256 })
    expect((await handle(flowCall('{"type": "message"'))).status).toBe(400)
    expect((await handle(flowCall(JSON.stringify({ type: 'message', filler: 'x'.repeat(1024) })))).status).toBe(413)
    expect((await handle(new Request('http://127.0.0.1/flow'))).status).toBe(405)
  })

  it('refuses an empty secret at creation', () => {
    expect(() => createKhorosFlowWebhookHandler({ on: {}, verify: { secret: '' } })).toThrow(/verify.secret/)
  })
})

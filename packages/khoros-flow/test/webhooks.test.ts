// Flow's webhook calls through the handler, as real `Request` objects: an example of
// every event type from the spec, unknown types, the optional shared secret, bad bodies.
import { specPathOf } from '@parley/testing'
import { describe, expect, it, vi } from 'vitest'
import { exampleOf, readSpec, resolveReference } from '@parley/testing/spec-examples'
import {
  ConfigurationError,
  DEFAULT_SECRET_HEADER,
  DEFAULT_SECRET_QUERY_PARAMETER,
  type KhorosFlowWebhookEventType,
  createKhorosFlowWebhookHandler,
  webhookEvents,
} from '../src/index.js'
import { zWebhookEvent } from '../src/zod.js'

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
    expect(examplePayloads.map(([event]) => event).sort()).toEqual(
      [
        'businessHours',
        'history',
        'inbound',
        'isPaused',
        'message',
        'outbound',
        'paused',
        'resumed',
        'takeover',
        'threads',
        'trigger.events',
      ].sort(),
    )
    for (const [event, payload] of examplePayloads) {
      expect(payload?.type, event).toBe(event)
      expect(zWebhookEvent.parse(payload), event).toEqual(payload)
    }
  })

  it.each(examplePayloads)('delivers a %s event to its handler', async (event, payload) => {
    const handler = vi.fn()
    const other = vi.fn()
    const handle = createKhorosFlowWebhookHandler({
      insecureSkipVerification: true,
      on: { [event]: handler, unknown: other },
    })
    const response = await handle(flowCall(JSON.stringify(payload)))
    expect(response.status).toBe(200)
    expect(handler).toHaveBeenCalledOnce()
    expect(handler.mock.calls[0]?.[0]).toEqual(payload)
    expect(other).not.toHaveBeenCalled()
  })

  it('passes a type Flow adds later to `unknown`, with 200', async () => {
    const unknown = vi.fn()
    const handle = createKhorosFlowWebhookHandler({ insecureSkipVerification: true, on: { unknown } })
    const response = await handle(flowCall(JSON.stringify({ type: 'csat.submitted', threadId: 't', score: 5 })))
    expect(response.status).toBe(200)
    expect(unknown.mock.calls[0]?.[0]).toEqual({ type: 'csat.submitted', threadId: 't', score: 5 })
  })

  it('checks a shared secret from the webhook URL or a header, in constant time', async () => {
    const onMessage = vi.fn()
    const handle = createKhorosFlowWebhookHandler({ on: { message: onMessage }, verify: { secret: 's3cret' } })
    const body = JSON.stringify({ type: 'message', threadId: 't' })
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow?secret=s3cret'))).status).toBe(200)
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow', { 'x-flow-webhook-secret': 's3cret' }))).status).toBe(
      200,
    )
    expect((await handle(flowCall(body))).status).toBe(401)
    const wrong = await handle(flowCall(body, 'http://127.0.0.1/flow?secret=s3cres'))
    expect(wrong.status).toBe(403)
    expect(await wrong.text()).not.toContain('s3cret')
    expect(onMessage).toHaveBeenCalledTimes(2)
  })

  it('reads the secret from a header and query parameter of your choosing; the header wins', async () => {
    const onPaused = vi.fn()
    const handle = createKhorosFlowWebhookHandler({
      on: { paused: onPaused },
      verify: { secret: 's3cret', header: 'x-my-token', queryParameter: 'token' },
    })
    const body = JSON.stringify({ type: 'paused', threadId: 't' })
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow?token=s3cret'))).status).toBe(200)
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow', { 'x-my-token': 's3cret' }))).status).toBe(200)
    // The default names are not read once others are chosen.
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow?secret=s3cret'))).status).toBe(401)
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow', { [DEFAULT_SECRET_HEADER]: 's3cret' }))).status).toBe(
      401,
    )
    // A wrong header is not rescued by a right query value.
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow?token=s3cret', { 'x-my-token': 'wrong' }))).status).toBe(
      403,
    )
    expect(onPaused).toHaveBeenCalledTimes(2)
  })

  it('accepts every secret of a rotation and refuses the rest', async () => {
    const handle = createKhorosFlowWebhookHandler({ on: {}, verify: { secret: ['old-secret', 'new-secret'] } })
    const body = JSON.stringify({ type: 'resumed', threadId: 't' })
    expect(
      (await handle(flowCall(body, `http://127.0.0.1/flow?${DEFAULT_SECRET_QUERY_PARAMETER}=old-secret`))).status,
    ).toBe(200)
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow?secret=new-secret'))).status).toBe(200)
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow?secret=new-secre'))).status).toBe(403)
    expect((await handle(flowCall(body, 'http://127.0.0.1/flow?secret='))).status).toBe(401)
  })

  it('checks the secret before reading the body', async () => {
    const handle = createKhorosFlowWebhookHandler({ on: {}, verify: { secret: 's3cret' }, maxBodyBytes: 16 })
    expect((await handle(flowCall('not json and far too long for the limit'))).status).toBe(401)
  })

  it('answers 400 to malformed JSON or a non-object body, 413 to an oversized body', async () => {
    const unknown = vi.fn()
    const handle = createKhorosFlowWebhookHandler({
      insecureSkipVerification: true,
      on: { unknown },
      maxBodyBytes: 256,
    })
    expect((await handle(flowCall('{"type": "message"'))).status).toBe(400)
    expect((await handle(flowCall('[{"type": "message"}]'))).status).toBe(400)
    expect((await handle(flowCall(''))).status).toBe(400)
    expect((await handle(flowCall(JSON.stringify({ type: 'message', filler: 'x'.repeat(1024) })))).status).toBe(413)
    expect(unknown).not.toHaveBeenCalled()
  })

  it('answers a GET or HEAD (the document asks the endpoint to accept GET) with 200 and calls no handler', async () => {
    const unknown = vi.fn()
    const onMessage = vi.fn()
    const handle = createKhorosFlowWebhookHandler({ on: { message: onMessage, unknown }, verify: { secret: 's3cret' } })
    expect((await handle(new Request('http://127.0.0.1/flow'))).status).toBe(200)
    expect((await handle(new Request('http://127.0.0.1/flow', { method: 'HEAD' }))).status).toBe(200)
    expect(unknown).not.toHaveBeenCalled()
    expect(onMessage).not.toHaveBeenCalled()
  })

  it('answers 405 to other methods, naming the allowed ones', async () => {
    const handle = createKhorosFlowWebhookHandler({ insecureSkipVerification: true, on: {} })
    const response = await handle(new Request('http://127.0.0.1/flow', { method: 'PUT', body: '{}' }))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST')
  })

  it('a body without a type, or no unknown handler, is still acknowledged', async () => {
    const unknown = vi.fn()
    expect(
      (
        await createKhorosFlowWebhookHandler({ insecureSkipVerification: true, on: { unknown } })(
          flowCall('{"threadId": "t"}'),
        )
      ).status,
    ).toBe(200)
    expect(unknown).toHaveBeenCalledWith({ threadId: 't' }, expect.anything())
    expect(
      (
        await createKhorosFlowWebhookHandler({ insecureSkipVerification: true, on: {} })(
          flowCall('{"type": "csat.submitted"}'),
        )
      ).status,
    ).toBe(200)
  })

  it('a handler may answer itself; a throwing handler gives Flow a 500 (so it retries) and is reported', async () => {
    const answering = createKhorosFlowWebhookHandler({
      insecureSkipVerification: true,
      on: { takeover: () => new Response(null, { status: 204 }) },
    })
    expect((await answering(flowCall('{"type": "takeover", "threadId": "t"}'))).status).toBe(204)
    const onError = vi.fn()
    const failing = createKhorosFlowWebhookHandler({
      insecureSkipVerification: true,
      on: {
        takeover: () => {
          throw new Error('database down')
        },
      },
      onError,
    })
    const response = await failing(flowCall('{"type": "takeover", "threadId": "t"}'))
    expect(response.status).toBe(500)
    expect(await response.text()).not.toContain('database down')
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'database down' }))
  })

  it('refuses to be made without verification unless the insecure opt-out is named', async () => {
    expect(() => createKhorosFlowWebhookHandler({ on: {} })).toThrow(ConfigurationError)
    expect(() => createKhorosFlowWebhookHandler({ on: {} })).toThrow(/`verify`.*`insecureSkipVerification: true`/)
    // Named, it takes an unauthenticated call as the application asked.
    const onMessage = vi.fn()
    const handle = createKhorosFlowWebhookHandler({ insecureSkipVerification: true, on: { message: onMessage } })
    expect((await handle(flowCall('{"type": "message", "threadId": "t"}'))).status).toBe(200)
    expect(onMessage).toHaveBeenCalledOnce()
  })

  it('refuses an empty secret at creation', () => {
    expect(() => createKhorosFlowWebhookHandler({ on: {}, verify: { secret: '' } })).toThrow(/verify.secret/)
    expect(() => createKhorosFlowWebhookHandler({ on: {}, verify: { secret: [] } })).toThrow(/verify.secret/)
    expect(() => createKhorosFlowWebhookHandler({ on: {}, verify: { secret: ['good', ''] } })).toThrow(/verify.secret/)
  })
})

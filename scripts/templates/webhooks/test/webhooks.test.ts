// Every webhook of the spec, as the vendor calls it: a real Request with the spec's example
// body to the generated handler, dispatched to the handler of its event; a call that fails
// verification never reaches a handler, and a handler made without verification is refused.
import { specPathOf } from '@parley/testing'
import { exampleOf, readSpec, resolveReference } from '@parley/testing/spec-examples'
import { describe, expect, it, vi } from 'vitest'
import { ConfigurationError, type __NAME__WebhookEventType, create__NAME__WebhookHandler } from '../src/index.js'

const spec = readSpec(specPathOf('__ID__'))
/** Each webhook's wire name and the first example of its body. */
const events = Object.entries(spec.webhooks ?? {}).map(([event, item]) => {
  const pathItem = resolveReference(spec, item)
  const operation = Object.values(pathItem).find((candidate) => candidate?.requestBody)
  const media = Object.values(resolveReference(spec, operation.requestBody).content)[0]
  return [event as __NAME__WebhookEventType, exampleOf(spec, media)] as const
})
const verification = __WEBHOOK_VERIFY_OPTION__
const verifiedHeaders: Record<string, string> = __WEBHOOK_VERIFY_HEADERS__

const call = (body: unknown, headers: Record<string, string> = verifiedHeaders) =>
  new Request('http://127.0.0.1/webhooks/__ID__', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

describe('__ID__: the webhook handler', () => {
  it.each(events)('dispatches %s with its example body', async (event, body) => {
    const handler = vi.fn()
    const unknown = vi.fn()
    const handle = create__NAME__WebhookHandler({ ...verification, on: { [event]: handler, unknown } })
    expect((await handle(call(body))).status).toBe(200)
    expect(handler.mock.calls.length + unknown.mock.calls.length).toBe(1)
  })

  it('refuses a call without verification before reading its body', async () => {
    const handler = vi.fn()
    const handle = create__NAME__WebhookHandler({ ...verification, on: { unknown: handler } })
    const response = await handle(call(events[0]?.[1] ?? {}, {}))
    expect([401, 403]).toContain(response.status)
    expect(handler).not.toHaveBeenCalled()
  })

  it('is refused when made without verification, unless the insecure opt-out is named', async () => {
    expect(() => create__NAME__WebhookHandler({ on: {} })).toThrow(ConfigurationError)
    const handle = create__NAME__WebhookHandler({ insecureSkipVerification: true, on: {} })
    expect((await handle(call(events[0]?.[1] ?? {}, {}))).status).toBe(200)
  })

  it('answers 413 for a body over maxBodyBytes', async () => {
    const handle = create__NAME__WebhookHandler({ ...verification, on: {}, maxBodyBytes: 16 })
    expect((await handle(call({ padding: 'x'.repeat(64) }))).status).toBe(413)
  })
})

// Webhook normalization from each vendor's own payloads (the examples in its spec, which
// are the vendor document's where it has them), through each vendor's handler.
import { specPathOf } from '@parley/testing'
import { describe, expect, it, vi } from 'vitest'
import { exampleOf, readSpec, resolveReference } from '../../../scripts/lib/spec-examples.mjs'
import { khorosFlow } from '../src/adapters/khoros-flow.js'
import { type NormalizedEvent, createMessaging } from '../src/index.js'

function webhookExamples(vendorId: string): Array<[string, Record<string, unknown>]> {
  const spec = readSpec(specPathOf(vendorId))
  return Object.entries(spec.webhooks ?? {}).map(([event, pathItem]) => {
    const operation = resolveReference(spec, pathItem)?.post
    return [event, exampleOf(spec, resolveReference(spec, operation?.requestBody)?.content['application/json']) as Record<string, unknown>]
  })
}

async function collect(handler: (request: Request) => Promise<Response>, payload: unknown, init: { url?: string; headers?: Record<string, string> } = {}) {
  const response = await handler(
    new Request(init.url ?? 'http://127.0.0.1/hook', { method: 'POST', headers: { 'content-type': 'application/json', ...init.headers }, body: JSON.stringify(payload) }),
  )
  return response
}

describe('khoros-flow webhooks, normalized', () => {
  const expectedType: Record<string, NormalizedEvent['type']> = {
    message: 'message',
    inbound: 'message',
    outbound: 'message',
    paused: 'conversation',
    resumed: 'conversation',
    takeover: 'conversation',
    isPaused: 'status',
    history: 'unknown',
    threads: 'unknown',
    'trigger.events': 'unknown',
    businessHours: 'unknown',
  }

  it.each(webhookExamples('khoros-flow'))('%s', async (event, payload) => {
    const events: NormalizedEvent[] = []
    const record = (normalized: NormalizedEvent) => void events.push(normalized)
    const chat = createMessaging(khorosFlow({ apiKey: 'key', webhookVerification: { secret: 'hook-secret' } }))
    const handler = chat.webhookHandler({ onMessage: record, onConversation: record, onStatus: record, onUnknown: record })
    expect((await collect(handler, payload, { url: 'http://127.0.0.1/hook?secret=hook-secret' })).status).toBe(200)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ vendor: 'khoros-flow', type: expectedType[event], vendorEvent: event, raw: payload })
    if (typeof payload.threadId === 'string') expect(events[0]?.conversationId).toBe(payload.threadId)
    if (event === 'message') expect(typeof events[0]?.text).toBe('string')
  })

  it('keeps Flow verification: a wrong secret is refused before any handler runs', async () => {
    const onMessage = vi.fn()
    const chat = createMessaging(khorosFlow({ apiKey: 'key', webhookVerification: { secret: 'hook-secret' } }))
    const response = await collect(chat.webhookHandler({ onMessage }), { type: 'message', threadId: 't' }, { url: 'http://127.0.0.1/hook?secret=nope' })
    expect(response.status).toBe(403)
    expect(onMessage).not.toHaveBeenCalled()
  })
})

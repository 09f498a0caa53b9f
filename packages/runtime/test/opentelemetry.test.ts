// `@parley/runtime/opentelemetry` over a real server: one client span per call with the HTTP
// semantic conventions, each attempt and retry an event, no secret.
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openTelemetryHooks } from '../src/opentelemetry.js'
import { placeInQuery } from '../src/credential-kinds.js'
import { type FaultServer, canary, createTestClient, immediateRetry, operations, startFaultServer } from './support.js'

let vendor: FaultServer
beforeAll(async () => {
  vendor = await startFaultServer()
})
afterAll(() => vendor.close())

const exporter = new InMemorySpanExporter()
const tracer = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).getTracer('test')

const client = () =>
  createTestClient({
    baseUrl: `${vendor.baseUrl}/v1`,
    credentials: { apiKey: canary },
    operations,
    securitySchemes: { apiKey: { type: 'apiKey', in: 'query', name: 'api_key', place: placeInQuery } },
    retry: immediateRetry,
    responseStyle: 'data',
    hooks: openTelemetryHooks({ tracer }),
  })

describe('openTelemetryHooks', () => {
  it('one client span per call: attempts and retries as events, HTTP attributes, no secret', async () => {
    exporter.reset()
    const first = vendor.received.length
    vendor.answer((_request, response, index) =>
      index - first < 1
        ? response.writeHead(503, { 'x-request-id': 'r-1' }).end(`busy ${canary}`)
        : response.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r-2' }).end('{"ok":true}'),
    )
    await client().get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
    const spans = exporter.getFinishedSpans()
    expect(spans).toHaveLength(1)
    const [span] = spans
    expect(span?.name).toBe('GET /threads/{threadId}')
    expect(span?.kind).toBe(2) // SpanKind.CLIENT
    expect(span?.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.template': '/threads/{threadId}',
      'server.address': '127.0.0.1',
      'http.response.status_code': 200,
      'http.request.resend_count': 1,
      'parley.operation': 'getThread',
    })
    expect(span?.events.map((event) => event.name)).toEqual([
      'parley.attempt',
      'parley.response',
      'parley.attempt',
      'parley.response',
    ])
    expect(JSON.stringify([span?.attributes, span?.events])).not.toContain(canary)
  })

  it('a failed call ends its span with an error status and error.type', async () => {
    exporter.reset()
    vendor.answer((_request, response) => response.writeHead(404).end(`no thread for ${canary}`))
    await client()
      .get({ url: '/threads/{threadId}', path: { threadId: 't1' } })
      .catch(() => undefined)
    const [span] = exporter.getFinishedSpans()
    expect(span?.status.code).toBe(2) // SpanStatusCode.ERROR
    expect(span?.attributes['error.type']).toBe('404')
    expect(JSON.stringify([span?.attributes, span?.events, span?.status])).not.toContain(canary)
  })
})

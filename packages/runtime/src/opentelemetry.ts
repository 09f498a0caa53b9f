/**
 * `@parley/runtime/opentelemetry`: OpenTelemetry tracing built on the runtime's hooks. One
 * client span per call, named and attributed by the HTTP semantic conventions
 * (`http.request.method`, `url.full`, `url.template`, `server.address`, `server.port`,
 * `http.response.status_code`, `http.request.resend_count`, `error.type`), each attempt and
 * retry an event on it, the trace context propagated in the request headers. URLs come
 * redacted and errors scrubbed, so a span holds no secret. `@opentelemetry/api` is an optional
 * peer dependency: only applications that import this entry load it.
 *
 * @example
 * const client = createBotpressMessagingClient({ ..., hooks: openTelemetryHooks() })
 */
import { type Span, SpanKind, SpanStatusCode, type Tracer, context, propagation, trace } from '@opentelemetry/api'
import type { CallEvent, Hooks } from './hooks.js'

export interface OpenTelemetryOptions {
  /** The tracer to record with (default: the global provider's `@parley/runtime` tracer). */
  tracer?: Tracer
}

/** Hooks that trace every call of a client (or of one call, given per call). */
export function openTelemetryHooks(options: OpenTelemetryOptions = {}): Hooks {
  const tracer = options.tracer ?? trace.getTracer('@parley/runtime')
  // One span per call, keyed by the call's event identity (the same object for all its events).
  const spans = new WeakMap<CallEvent['call'], Span>()

  const finish = (event: CallEvent, span: Span) => {
    span.end()
    spans.delete(event.call)
  }

  return {
    onRequest(event) {
      let span = spans.get(event.call)
      if (!span) {
        span = tracer.startSpan(`${event.call.method} ${event.urlTemplate}`, {
          kind: SpanKind.CLIENT,
          attributes: {
            'http.request.method': event.call.method,
            'url.template': event.urlTemplate,
            ...server(event.url),
          },
        })
        if (event.call.operationId) span.setAttribute('parley.operation', event.call.operationId)
        spans.set(event.call, span)
      }
      span.setAttribute('url.full', event.url)
      if (event.attempt > 1) span.setAttribute('http.request.resend_count', event.attempt - 1)
      span.addEvent('parley.attempt', { 'parley.attempt': event.attempt })
      const carrier: Record<string, string> = {}
      propagation.inject(trace.setSpan(context.active(), span), carrier)
      for (const [name, value] of Object.entries(carrier)) {
        try {
          event.setHeader(name, value)
        } catch {
          // The call sends this header itself (a caller's own trace context): theirs stays.
        }
      }
    },
    onResponse(event) {
      const span = spans.get(event.call)
      if (!span) return
      span.setAttribute('http.response.status_code', event.status)
      span.addEvent('parley.response', {
        'parley.attempt': event.attempt,
        'http.response.status_code': event.status,
        'parley.duration_ms': event.durationMs,
        ...(event.requestId && { 'parley.request_id': event.requestId }),
        ...(event.retry && { 'parley.retry_delay_ms': event.retry.delayMs }),
      })
      if (event.response.ok) finish(event, span)
    },
    onError(event) {
      const span = spans.get(event.call)
      if (!span) return
      const type = errorType(event.error)
      if (event.retry) {
        span.addEvent('parley.retry', {
          'parley.attempt': event.attempt,
          'error.type': type,
          'parley.retry_delay_ms': event.retry.delayMs,
        })
        return
      }
      span.setAttribute('error.type', type)
      span.setStatus({ code: SpanStatusCode.ERROR, message: event.error instanceof Error ? event.error.message : type })
      finish(event, span)
    },
  }
}

/** `server.address` and `server.port` of a URL. */
function server(url: string): Record<string, string | number> {
  try {
    const parsed = new URL(url)
    const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80
    return { 'server.address': parsed.hostname, 'server.port': port }
  } catch {
    return {}
  }
}

/** The semantic conventions' `error.type`: the status of an answer, else the error's class. */
function errorType(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status
  if (typeof status === 'number') return String(status)
  return (error as Error | null)?.name || '_OTHER'
}

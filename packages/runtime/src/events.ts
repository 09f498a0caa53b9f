/**
 * Server-sent events: operations whose answer is `text/event-stream`, which hey-api's SDK
 * functions call as `client.sse.<method>()`. Their Parley SDK functions pass
 * `serverSentEvents` (this module), so bundles without such operations never carry it.
 *
 * A stream is a call like any other until its answer arrives (checks, credentials,
 * same-origin redirects, retries of a refused connection, a typed error for a non-2xx):
 * the first connection is made when the call is awaited, so those errors come from the
 * `await`. Then events are read as the WHATWG `EventSource` reads them. A connection that
 * drops is opened again with `Last-Event-ID`, after the server's `retry:` delay (doubled
 * on each failure in a row, at most `sseMaxRetryDelay`); the stream ends when the server
 * closes it cleanly, when the caller's `signal` aborts, or when the reader stops early
 * (`break` in `for await` closes the connection). Anchor: hey-api's own
 * `createSseClient` (the same options, and the same `{ stream }` result).
 */
import type {
  ConnectionOptions,
  EventStreamConnect,
  HeaderValue,
  RequestOptions,
  ServerSentEventsReader,
  StreamEvent,
} from './client-types.js'
import { ApiError } from './errors.js'
import { sleep } from './retry.js'

/** Reads an event stream; passed by the SDK functions of operations that answer with events. */
export const serverSentEvents: ServerSentEventsReader = async (connect, options) => {
  const state: EventStreamState = { lastEventId: undefined, retryMs: options.sseDefaultRetryDelay ?? 3_000 }
  const first = await connect(connectionOptions(state, options.headers))
  return { stream: readEvents(first.data, connect, options, state) as AsyncGenerator<never> }
}

/** What a stream has told so far: its last event id and its reconnection delay. */
export interface EventStreamState {
  lastEventId: string | undefined
  retryMs: number
}

/** What each connection adds to the call: the body unread, `Accept`, and `Last-Event-ID` on a reconnection. */
function connectionOptions(state: EventStreamState, callerHeaders: RequestOptions['headers']): ConnectionOptions {
  const headers: Record<string, HeaderValue> = { accept: 'text/event-stream' }
  // The caller's headers win (header names are compared lower-cased when the call is prepared).
  if (callerHeaders instanceof Headers)
    callerHeaders.forEach((value, name) => {
      headers[name] = value
    })
  else Object.assign(headers, callerHeaders)
  if (state.lastEventId !== undefined) headers['last-event-id'] = state.lastEventId
  return { headers, parseAs: 'stream', responseStyle: 'fields' }
}

async function* readEvents(
  firstBody: ReadableStream<Uint8Array> | null | undefined,
  connect: EventStreamConnect,
  options: Parameters<ServerSentEventsReader>[1],
  state: EventStreamState,
): AsyncGenerator<unknown> {
  const { signal } = options
  let body = firstBody
  let failuresInARow = 0
  const failed = (error: unknown) => {
    options.onSseError?.(error)
    failuresInARow++
    if (options.sseMaxRetryAttempts !== undefined && failuresInARow > options.sseMaxRetryAttempts) throw error
  }
  for (;;) {
    // Read by hand, so that only reading the connection counts as its failure: an error
    // thrown by the caller's `onSseEvent`, or into the generator, ends the stream as it is.
    const events = body ? parseEventStream(body, state) : undefined
    try {
      for (;;) {
        let next: IteratorResult<StreamEvent>
        try {
          if (!events) throw new TypeError('the event stream answer has no body')
          next = await events.next()
        } catch (error) {
          // Aborting the caller's signal ends the stream: it is not a failure.
          if (signal?.aborted) return
          failed(error)
          break
        }
        if (next.done) return
        failuresInARow = 0
        options.onSseEvent?.(next.value)
        yield next.value.data
      }
    } finally {
      // An early stop (`break` in `for await`) closes the connection.
      await events?.return(undefined)
    }
    for (;;) {
      // The retries' own abortable sleep: an abort ends the wait early, and the stream with it.
      await sleep(
        Math.min(state.retryMs * 2 ** (failuresInARow - 1), options.sseMaxRetryDelay ?? 30_000),
        signal,
      ).catch(() => undefined)
      if (signal?.aborted) return
      try {
        body = (await connect(connectionOptions(state, options.headers))).data
        break
      } catch (error) {
        if (signal?.aborted) return
        // The server refusing the stream now (a typed error for its status) ends it.
        if (error instanceof ApiError) throw error
        failed(error)
      }
    }
  }
}

/**
 * The events of one connection, parsed as the HTML standard says (`text/event-stream`):
 * lines end with CRLF, LF or CR; `field: value` with one leading space dropped; a line
 * starting with `:` is a comment; an event is dispatched at a blank line when it has data.
 * Closing the reader (an early `return`) cancels the connection.
 */
export async function* parseEventStream(
  body: ReadableStream<Uint8Array>,
  state: EventStreamState = { lastEventId: undefined, retryMs: 3_000 },
): AsyncGenerator<StreamEvent> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let pending = ''
  let data: string[] = []
  let eventName: string | undefined
  try {
    for (;;) {
      const { done, value } = await reader.read()
      pending += done ? decoder.decode() : decoder.decode(value, { stream: true })
      // The last piece is a line not ended yet (a CR at the very end may be the first half
      // of a CRLF): kept for the next chunk, or dropped with the stream's end.
      const lines = pending.split(/\r\n|\r(?!$)|\n/)
      pending = lines.pop() ?? ''
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0) {
            yield {
              data: eventData(data.join('\n')),
              ...(eventName !== undefined && { event: eventName }),
              ...(state.lastEventId !== undefined && { id: state.lastEventId }),
              retry: state.retryMs,
            }
          }
          data = []
          eventName = undefined
          continue
        }
        if (line.startsWith(':')) continue
        const colon = line.indexOf(':')
        const field = colon === -1 ? line : line.slice(0, colon)
        let value = colon === -1 ? '' : line.slice(colon + 1)
        if (value.startsWith(' ')) value = value.slice(1)
        if (field === 'data') data.push(value)
        else if (field === 'event') eventName = value
        else if (field === 'id' && !value.includes('\0')) state.lastEventId = value
        else if (field === 'retry' && /^\d+$/.test(value)) state.retryMs = Number(value)
      }
      // An event not ended by a blank line when the stream closes is dropped (as EventSource does).
      if (done) return
    }
  } finally {
    // Cancelling a stream that has ended does nothing; one left early is closed.
    await reader.cancel().catch(() => undefined)
    reader.releaseLock()
  }
}

/** JSON when the data is JSON (the common case), else the text as sent. */
function eventData(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

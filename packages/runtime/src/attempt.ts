/**
 * Step 2 of a call: one attempt. Sends the prepared request under its timeout and the
 * caller's signal, follows redirects by hand (redirects.ts), and reads the answer's body
 * inside the same timeout. A failure to get an answer comes back classified: the caller's
 * abort reason as it is, `TimeoutError`, `ConnectionError` (with `neverSent` when the
 * request provably never left the machine), or `RedirectError`.
 */
import type { CallContext } from './call-context.js'
import { ConnectionError, ParleyError, TimeoutError } from './errors.js'
import type { PreparedRequest } from './prepare.js'
import { isRedirect, nextRedirect } from './redirects.js'
import { attemptSignal } from './timeouts.js'
import type { Reply } from './transport.js'
import { defaultTransport, failureCode, neverSentCodes } from '#transport'

/** An answer with its body read: text, a Blob, or the unread stream (`parseAs: 'stream'`). */
export interface Answer {
  readonly response: Reply
  readonly content: string | Blob | ReadableStream<Uint8Array> | null | undefined
  /** The answer's `Content-Type` (read once: a header lookup is a visible share of a call). */
  readonly contentType: string | null
  /** The request that got this answer: after a redirect, its target (and a 303's GET), not the call's first URL. */
  readonly answered: { readonly url: string; readonly method: string }
}

export async function attemptRequest(request: PreparedRequest, call: CallContext): Promise<Answer> {
  const { signal } = request
  // An 'abort' event never fires for a signal that is already aborted: check first.
  if (signal?.aborted) throw signal.reason
  const attempt = attemptSignal(request.timeoutMs, signal, request.parseAs === 'stream')
  const { method } = call
  // A caller's `fetch` is always used as given; without one, the platform's transport.
  // Called unbound: workerd's fetch throws "Illegal invocation" when `this` is another object.
  const transport = request.fetch ?? defaultTransport
  try {
    let current = { url: request.url, method }
    for (let hops = 0; ; hops++) {
      const response = await transport(current.url, {
        method: current.method,
        headers: request.headers,
        body: current.method === method ? request.body : null,
        signal: attempt.signal,
        redirect: 'manual',
        // Required by fetch for a stream body (Node, Chromium); harmless for any other.
        duplex: 'half',
        dispatcher: request.dispatcher,
        proxy: request.proxy,
      })
      if (!isRedirect(response)) {
        const contentType = response.headers.get('content-type')
        const content = await readContent(response, current.method, request.parseAs, contentType)
        return { response, content, contentType, answered: current }
      }
      await discard(response)
      current = nextRedirect(response, { ...current, hops, replayableBody: request.replayableBody }, call)
    }
  } catch (error) {
    if (error instanceof ParleyError) throw error
    if (signal?.aborted) throw signal.reason ?? error
    throw classifyFailure(error, request, call, attempt.timedOut())
  } finally {
    attempt.release()
  }
}

/** The body as the call wants it; binary content types as a Blob, never decoded as text. */
async function readContent(
  response: Reply,
  method: string,
  requestedParseAs: string,
  contentType: string | null,
): Promise<Answer['content']> {
  // An operation's response kind describes its 2xx answers: an error's body is read as
  // text so that the typed error carries it.
  const parseAs = response.ok ? requestedParseAs : 'auto'
  if (response.status === 204 || response.status === 205 || method === 'HEAD' || parseAs === 'empty') {
    await discard(response)
    return undefined
  }
  if (parseAs === 'stream') return response.body
  if (parseAs === 'blob' || parseAs === 'binary' || (parseAs === 'auto' && response.ok && isBinaryType(contentType)))
    return response.blob()
  return response.text()
}

/** An unread body dropped; the Node transport keeps its pooled connection. */
const discard = (response: Reply): Promise<unknown> | undefined =>
  response.discard ? response.discard() : response.body?.cancel()

/** Content types that are not text: images, audio, video, PDFs, archives, octet streams. */
export const isBinaryType = (contentType: string | null): boolean =>
  !!contentType && !/text|json|xml|form|javascript|ecmascript/i.test(contentType)

/** A failure without an answer, as a typed error whose message and cause hold no secret. */
function classifyFailure(error: unknown, request: PreparedRequest, call: CallContext, timedOut: boolean): ParleyError {
  const { method } = call
  const url = call.redactUrl(request.url)
  if (timedOut) return new TimeoutError({ method, url, timeoutMs: request.timeoutMs })
  const code = failureCode(error)
  return new ConnectionError({
    method,
    url,
    neverSent: code !== undefined && neverSentCodes.includes(code),
    reason: code ?? (error instanceof Error ? call.redact(error.message) : 'connection error'),
    cause: sanitizedCause(error, call),
  })
}

/**
 * A copy of a low-level error that is safe to keep as `cause`: its name, code and a
 * scrubbed message, chained the same way, but no request object, headers or body text.
 */
function sanitizedCause(error: unknown, call: CallContext, depth = 0): Error | undefined {
  if (!(error instanceof Error) || depth > 3) return undefined
  const copy = new Error(call.redact(error.message), {
    cause: sanitizedCause(error.cause, call, depth + 1),
  })
  copy.name = error.name
  copy.stack = `${copy.name}: ${copy.message}`
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string') Object.assign(copy, { code })
  return copy
}

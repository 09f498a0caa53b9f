/**
 * Step 2 of a call: one attempt. Sends the prepared request under its timeout and the
 * caller's signal, follows redirects by hand (redirects.ts), and reads the answer's body
 * inside the same timeout. A failure to get an answer comes back classified: the caller's
 * abort reason as it is, `TimeoutError`, `ConnectionError` (with `neverSent` when the
 * request provably never left the machine), or `RedirectError`.
 */
import { ConnectionError, ParleyError, TimeoutError } from './errors.js'
import type { PreparedRequest } from './prepare.js'
import { redactString, redactUrl } from './redact.js'
import { isRedirect, nextRedirect } from './redirects.js'
import type { AttemptTimeouts } from './timeouts.js'

/** An answer with its body read: text, a Blob, or the unread stream (`parseAs: 'stream'`). */
export interface Answer {
  readonly response: Response
  readonly content: string | Blob | ReadableStream<Uint8Array> | null | undefined
}

/** Errors from undici/fetch whose request provably never reached a server. */
const neverSentCodes = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']

export async function attemptRequest(request: PreparedRequest, timeouts: AttemptTimeouts, secrets: () => ReadonlyArray<string>): Promise<Answer> {
  const { signal } = request
  // An 'abort' event never fires for a signal that is already aborted: check first.
  if (signal?.aborted) throw signal.reason
  const attempt = timeouts.start(request.timeoutMs, signal)
  const { method } = request.call
  // Called unbound: workerd's fetch throws "Illegal invocation" when `this` is another object.
  const send = request.fetch
  try {
    let current = { url: request.url, method }
    for (let hops = 0; ; hops++) {
      const response = await send(current.url, {
        method: current.method,
        headers: request.headers,
        body: current.method === method ? request.body : null,
        signal: attempt.signal,
        redirect: 'manual',
      })
      if (!isRedirect(response)) return { response, content: await readContent(response, method, request.parseAs) }
      await response.body?.cancel()
      current = nextRedirect(response, { ...current, hops, replayableBody: request.replayableBody }, (target) => redactUrl(target, secrets()))
    }
  } catch (error) {
    if (error instanceof ParleyError) throw error
    if (signal?.aborted) throw signal.reason ?? error
    throw classifyFailure(error, request, attempt.timedOut(), secrets())
  } finally {
    attempt.release()
  }
}

/** The body as the call wants it; binary content types as a Blob, never decoded as text. */
async function readContent(response: Response, method: string, parseAs: string): Promise<Answer['content']> {
  if (response.status === 204 || response.status === 205 || method === 'HEAD' || parseAs === 'empty') {
    await response.body?.cancel()
    return undefined
  }
  if (parseAs === 'stream') return response.body
  if (parseAs === 'blob' || parseAs === 'binary' || (parseAs === 'auto' && response.ok && isBinaryType(response.headers.get('content-type')))) return response.blob()
  return response.text()
}

/** Content types that are not text: images, audio, video, PDFs, archives, octet streams. */
export const isBinaryType = (contentType: string | null): boolean => !!contentType && !/text|json|xml|form|javascript|ecmascript/i.test(contentType)

/** A failure without an answer, as a typed error whose message and cause hold no secret. */
export function classifyFailure(error: unknown, request: PreparedRequest, timedOut: boolean, secrets: ReadonlyArray<string>): ParleyError {
  const { method } = request.call
  const url = redactUrl(request.url, secrets)
  if (timedOut) return new TimeoutError({ method, url, timeoutMs: request.timeoutMs })
  const code = errorCode(error)
  return new ConnectionError({
    method,
    url,
    neverSent: code !== undefined && neverSentCodes.includes(code),
    reason: code ?? (error instanceof Error ? redactString(error.message, secrets) : 'connection error'),
    cause: sanitizedCause(error, secrets),
  })
}

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * A copy of a low-level error that is safe to keep as `cause`: its name, code and a
 * scrubbed message, chained the same way, but no request object, headers or body text.
 */
export function sanitizedCause(error: unknown, secrets: ReadonlyArray<string>, depth = 0): Error | undefined {
  if (!(error instanceof Error) || depth > 3) return undefined
  const copy = new Error(redactString(error.message, secrets), { cause: sanitizedCause(error.cause, secrets, depth + 1) })
  copy.name = error.name
  copy.stack = `${copy.name}: ${copy.message}`
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string') Object.assign(copy, { code })
  return copy
}

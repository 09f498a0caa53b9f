/**
 * Redirects are followed by hand (every request goes with `redirect: 'manual'`): fetch would
 * carry custom credential headers (`x-api-key`, `access-token`, ...) to any origin, and turn
 * a POST answered 301/302 into a GET that "succeeds" without sending the message.
 */
import type { CallContext } from './call-context.js'
import { RedirectError } from './errors.js'
import type { Reply } from './transport.js'

/** At most this many redirects are followed for one attempt. */
export const MAX_REDIRECT_HOPS = 5

const redirectStatuses = new Set([301, 302, 303, 307, 308])

/** Whether a response (with `redirect: 'manual'`) is a redirect; browsers give an opaque one. */
export const isRedirect = (response: Reply): boolean =>
  response.type === 'opaqueredirect' || redirectStatuses.has(response.status)

export interface RedirectStep {
  /** The absolute URL to send the next request to. */
  readonly url: string
  /** The method of the next request (303 turns GET and HEAD into GET). */
  readonly method: string
}

/**
 * Where to go next after a redirect, or a `RedirectError` when the redirect must not be
 * followed. Only same-origin targets are followed: 307/308 with method, body and
 * credentials (unless the body is a stream, which cannot be sent twice); 301/302/303 only
 * for GET and HEAD. The URLs the error carries are scrubbed of the call's credentials.
 */
export function nextRedirect(
  response: Reply,
  request: { url: string; method: string; hops: number; replayableBody: boolean },
  call: CallContext,
): RedirectStep {
  const notFollowed = (reason: string, location?: string): never => {
    throw new RedirectError({
      status: response.status,
      method: request.method,
      url: call.redactUrl(request.url),
      location: location && call.redactUrl(location),
      reason,
    })
  }
  // An opaque redirect (browsers) hides its status and target from scripts.
  if (response.type === 'opaqueredirect')
    return notFollowed('the target is hidden here; pass a `fetch` that follows redirects')
  const header = response.headers.get('location')
  if (!header) return notFollowed('no Location header')
  let target: URL
  try {
    target = new URL(header, request.url)
  } catch {
    return notFollowed('the Location header is not a URL')
  }
  const location = target.href
  if (target.origin !== new URL(request.url).origin)
    return notFollowed('another origin, where credentials must not go', location)
  if (request.hops >= MAX_REDIRECT_HOPS) return notFollowed(`more than ${MAX_REDIRECT_HOPS} redirects`, location)
  const readsOnly = request.method === 'GET' || request.method === 'HEAD'
  if (response.status === 307 || response.status === 308) {
    if (!request.replayableBody) return notFollowed('a stream body cannot be sent twice', location)
    return { url: location, method: request.method }
  }
  if (!readsOnly) return notFollowed(`a ${response.status} would repeat this ${request.method} as a GET`, location)
  return { url: location, method: response.status === 303 ? 'GET' : request.method }
}

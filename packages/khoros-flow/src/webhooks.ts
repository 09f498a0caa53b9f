/**
 * Receiving the calls Khoros Flow makes to the webhook URL of a REST API integration.
 *
 * Flow documents no signature for these calls. To keep strangers out, put a secret of
 * your own in the webhook URL you configure (`https://example.com/flow?secret=...`) or,
 * behind a proxy that can add one, in a header, and give the same secret as `verify`:
 * it is compared in constant time (missing: 401, wrong: 403). A handler without `verify`
 * is refused at construction unless `insecureSkipVerification: true` says that every
 * well-formed call is to be accepted: only behind your own authentication.
 *
 * Flow requires the endpoint to accept `GET` as well as `POST` and never says what a
 * `GET` carries, so a `GET` (or `HEAD`) is answered 200 with no handler called: a
 * reachability check must not fail, and it cannot carry an event.
 */
import {
  ConfigurationError,
  WebhookVerificationError,
  type WebhookContext,
  type WebhookResult,
  constantTimeEqual,
  createWebhookDispatcher,
} from '@parley/runtime'
import { webhookSecrets } from '@parley/runtime/internal'
import type { WebhookEvent } from './generated/types.gen.js'

export type KhorosFlowWebhookEventType = WebhookEvent['type']

export type KhorosFlowWebhookHandlers = {
  [Type in KhorosFlowWebhookEventType]?: (
    event: Extract<WebhookEvent, { type: Type }>,
    context: WebhookContext,
  ) => WebhookResult | Promise<WebhookResult>
} & {
  /** Event types not listed above: Flow says more will come. Acknowledged with 200. */
  unknown?: (event: Record<string, unknown>, context: WebhookContext) => WebhookResult | Promise<WebhookResult>
}

/** The query parameter of the webhook URL read for the shared secret unless told otherwise. */
export const DEFAULT_SECRET_QUERY_PARAMETER = 'secret'
/** The header read for the shared secret unless told otherwise (it wins over the query). */
export const DEFAULT_SECRET_HEADER = 'x-flow-webhook-secret'

export interface KhorosFlowWebhookVerification {
  /** Your secret; several during a rotation (old and new both accepted). */
  secret: string | ReadonlyArray<string>
  /** Query parameter of the webhook URL carrying it (default `secret`). */
  queryParameter?: string
  /** Header carrying it, read first when present (default `x-flow-webhook-secret`). */
  header?: string
}

export interface KhorosFlowWebhookHandlerOptions {
  on: KhorosFlowWebhookHandlers
  /** A shared secret of your own in the webhook URL or a header. Required unless `insecureSkipVerification`. */
  verify?: KhorosFlowWebhookVerification
  /**
   * Accept every well-formed call without checking who sent it. Flow signs nothing, so
   * without `verify` anyone who finds the URL can post events: set this only when your own
   * authentication (a proxy, a private network) stands in front of the handler.
   */
  insecureSkipVerification?: true
  /** Largest body accepted, in bytes (default 1 MiB); larger gets 413. */
  maxBodyBytes?: number
  /** Milliseconds the sender has to deliver the whole body (default 10 000); later gets 408. */
  bodyTimeoutMs?: number
  /** Told when a handler throws (Flow then gets a 500). */
  onError?: (error: unknown) => void
}

function verifySharedSecret(
  request: Request,
  verification: KhorosFlowWebhookVerification,
  secrets: ReadonlyArray<string>,
): void {
  const headerName = verification.header ?? DEFAULT_SECRET_HEADER
  const received =
    request.headers.get(headerName) ??
    new URL(request.url).searchParams.get(verification.queryParameter ?? DEFAULT_SECRET_QUERY_PARAMETER)
  if (received === null || received === '') throw new WebhookVerificationError('missing webhook secret', 401)
  let matched = false
  for (const secret of secrets) if (constantTimeEqual(received, secret)) matched = true
  if (!matched) throw new WebhookVerificationError('webhook secret does not match', 403)
}

/** A Fetch API handler for Flow's webhook calls, dispatching by the event `type`. */
export function createKhorosFlowWebhookHandler(
  options: KhorosFlowWebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  const { verify } = options
  if (!verify && options.insecureSkipVerification !== true)
    throw new ConfigurationError({
      option: 'verify',
      message:
        'createKhorosFlowWebhookHandler: give `verify` (a secret of your own in the webhook URL or a header), or `insecureSkipVerification: true` to accept unauthenticated calls behind your own authentication',
    })
  // An empty secret would make the check meaningless: refused rather than accept every caller.
  const secrets = verify ? webhookSecrets('createKhorosFlowWebhookHandler', 'verify.secret', verify.secret) : []
  const { unknown, ...handlers } = options.on
  const dispatch = createWebhookDispatcher({
    authenticate: verify ? (request) => verifySharedSecret(request, verify, secrets) : undefined,
    eventType: (body) => (typeof body.type === 'string' ? body.type : undefined),
    handlers,
    unknown,
    maxBodyBytes: options.maxBodyBytes,
    bodyTimeoutMs: options.bodyTimeoutMs,
    onError: options.onError,
  })
  return async (request: Request): Promise<Response> => {
    if (request.method === 'GET' || request.method === 'HEAD') {
      return new Response(request.method === 'HEAD' ? null : JSON.stringify({ ok: true }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    }
    const response = await dispatch(request)
    if (response.status === 405) response.headers.set('allow', 'GET, HEAD, POST')
    return response
  }
}

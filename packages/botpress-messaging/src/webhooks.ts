import { type WebhookContext, type WebhookResult, createWebhookDispatcher, verifyHeaderToken } from '@parley/runtime'
import { webhookSecrets } from '@parley/runtime/internal'
import type { WebhookEvent } from './generated/types.gen.js'

/** The header carrying the token `sync` returned for the webhook URL. */
export const WEBHOOK_TOKEN_HEADER = 'x-bp-messaging-webhook-token'

export type BotpressMessagingWebhookEventType = WebhookEvent['type']

/** Handlers by wire event name (`message.new`, ...), each typed with its event. */
export type BotpressMessagingWebhookHandlers = {
  [Type in BotpressMessagingWebhookEventType]?: (
    event: Extract<WebhookEvent, { type: Type }>,
    context: WebhookContext,
  ) => WebhookResult | Promise<WebhookResult>
} & {
  /** Events of a type not listed above (servers add types); they are acknowledged with 200. */
  unknown?: (event: Record<string, unknown>, context: WebhookContext) => WebhookResult | Promise<WebhookResult>
}

export interface BotpressMessagingWebhookHandlerOptions {
  /**
   * The webhook token `sync` returned for this URL. Pass several during a rotation.
   * Missing header: 401; wrong token: 403 (compared in constant time).
   */
  webhookToken: string | ReadonlyArray<string>
  on: BotpressMessagingWebhookHandlers
  /** Largest body accepted, in bytes (default 1 MiB); larger gets 413. */
  maxBodyBytes?: number
  /** Milliseconds the sender has to deliver the whole body (default 10 000); later gets 408. */
  bodyTimeoutMs?: number
  /** Told when a handler throws (the server then gets a 500 and retries). */
  onError?: (error: unknown) => void
}

/**
 * Receives the events a Botpress Messaging server POSTs to a webhook URL configured
 * with `sync`. Returns a Fetch API handler: `(request: Request) => Promise<Response>`.
 */
export function createBotpressMessagingWebhookHandler(
  options: BotpressMessagingWebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  // The token `sync` returned; an empty one (alone or among several) is refused here.
  const webhookToken = webhookSecrets('createBotpressMessagingWebhookHandler', 'webhookToken', options.webhookToken)
  const { unknown, ...handlers } = options.on
  return createWebhookDispatcher({
    authenticate: (request) => verifyHeaderToken(request, WEBHOOK_TOKEN_HEADER, webhookToken),
    eventType: (body) => (typeof body.type === 'string' ? body.type : undefined),
    handlers,
    unknown,
    maxBodyBytes: options.maxBodyBytes,
    bodyTimeoutMs: options.bodyTimeoutMs,
    onError: options.onError,
  })
}

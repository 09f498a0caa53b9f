/**
 * @parley/botpress-messaging: typed client and webhook handler for the Botpress
 * Messaging server. Generated from specs/botpress-messaging/openapi.yaml; the files in
 * `generated/` are never edited by hand.
 */
export { createBotpressMessagingClient, createBotpressMessagingHttpClient } from './client.js'
export type { BotpressMessagingClient, BotpressMessagingClientOptions } from './client.js'
export { openPayload } from './payloads.js'
export { WEBHOOK_TOKEN_HEADER, createBotpressMessagingWebhookHandler } from './webhooks.js'
export type {
  BotpressMessagingWebhookEventType,
  BotpressMessagingWebhookHandlerOptions,
  BotpressMessagingWebhookHandlers,
} from './webhooks.js'
// Flat functions, one per operation, for bundles that import only what they call.
export * from './generated/sdk.gen.js'
export type * from './generated/types.gen.js'
export { defaultBaseUrl, operations, webhookEvents } from './generated/operations.gen.js'
export type { OperationId } from './generated/operations.gen.js'
// The error family is the runtime's, shared by every vendor (`instanceof` across vendors).
export * from '@parley/runtime/errors'
export type { WebhookContext, WebhookResult } from '@parley/runtime'
// What a request takes, as the SDK functions take it: `as const` values included.
export type { ReadonlyInput } from '@parley/runtime'

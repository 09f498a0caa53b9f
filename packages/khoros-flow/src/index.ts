/**
 * @parley/khoros-flow: typed client for the Khoros Flow REST API. Generated from specs/khoros-flow/openapi.yaml;
 * the files in `generated/` are never edited by hand.
 */
export { createKhorosFlowClient, createKhorosFlowHttpClient } from './client.js'
export type { KhorosFlowClient, KhorosFlowClientOptions } from './client.js'
export { iterateMessages, iterateThreads } from './paging.js'
export type { PagingOptions } from './paging.js'
export type { SyncOperationName, SyncOverloads, SyncResult } from './sync.js'
export { DEFAULT_SECRET_HEADER, DEFAULT_SECRET_QUERY_PARAMETER, createKhorosFlowWebhookHandler } from './webhooks.js'
export type {
  KhorosFlowWebhookEventType,
  KhorosFlowWebhookHandlerOptions,
  KhorosFlowWebhookHandlers,
  KhorosFlowWebhookVerification,
} from './webhooks.js'
export type { WebhookContext, WebhookResult } from '@parley/runtime'
// Flat functions, one per operation, for bundles that import only what they call.
export * from './generated/sdk.gen.js'
export type * from './generated/types.gen.js'
export { defaultBaseUrl, operations, webhookEvents } from './generated/operations.gen.js'
export type { OperationId } from './generated/operations.gen.js'
// The error family is the runtime's, shared by every vendor (`instanceof` across vendors).
export * from '@parley/runtime/errors'
// What a request takes, as the SDK functions take it: `as const` values included.
export type { ReadonlyInput } from '@parley/runtime'

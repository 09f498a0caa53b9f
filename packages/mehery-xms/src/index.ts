/**
 * @parley/mehery-xms: typed client for the Mehery XMS Messaging API. Generated from specs/mehery-xms/openapi.yaml;
 * the files in `generated/` are never edited by hand.
 */
export { createMeheryXmsClient, createMeheryXmsHttpClient, meheryXmsTenantUrl } from './client.js'
export type { MeheryXmsClient, MeheryXmsClientOptions } from './client.js'
export { VERIFY_TOKEN_HEADER, createMeheryXmsWebhookHandler } from './webhooks.js'
export type { MeheryXmsNotificationType, MeheryXmsWebhookHandlerOptions, MeheryXmsWebhookHandlers } from './webhooks.js'
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

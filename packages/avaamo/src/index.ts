/**
 * @parley/avaamo: typed client for the Avaamo Message API. Generated from specs/avaamo/openapi.yaml;
 * the files in `generated/` are never edited by hand.
 */
export { createAvaamoClient, createAvaamoHttpClient } from './client.js'
export type { AvaamoClient, AvaamoClientOptions } from './client.js'
export { iterateAgentMessages } from './paging.js'
export type { IterateAgentMessagesOptions } from './paging.js'
// Flat functions, one per operation, for bundles that import only what they call.
export * from './generated/sdk.gen.js'
export type * from './generated/types.gen.js'
export { defaultBaseUrl, operations, webhookEvents } from './generated/operations.gen.js'
export type { OperationId } from './generated/operations.gen.js'
// The error family is the runtime's, shared by every vendor (`instanceof` across vendors).
export * from '@parley/runtime/errors'
// What a request takes, as the SDK functions take it: `as const` values included.
export type { ReadonlyInput } from '@parley/runtime'

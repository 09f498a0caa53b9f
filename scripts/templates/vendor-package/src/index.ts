/**
 * @parley/__ID__: typed client for the __TITLE__. Generated from __SPEC_PATH__;
 * the files in `generated/` are never edited by hand.
 */
export { create__NAME__Client, create__NAME__HttpClient } from './client.js'
export type { __NAME__Client, __NAME__ClientOptions } from './client.js'
// Flat functions, one per operation, for bundles that import only what they call.
export * from './generated/sdk.gen.js'
export type * from './generated/types.gen.js'
export { defaultBaseUrl, operations, webhookEvents } from './generated/operations.gen.js'
export type { OperationId } from './generated/operations.gen.js'
__WEBHOOK_EXPORTS__
// The error family is the runtime's, shared by every vendor (`instanceof` across vendors).
export * from '@parley/runtime/errors'

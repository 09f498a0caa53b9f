/**
 * `@parley/runtime/internal`: what the generated code and the vendor packages' hand-written
 * factories use, and no application should need. No compatibility promise: it changes with
 * the generator, in step with the vendor packages built against it.
 */
export { bindSdk, createSdkClient, createVendorHttpClient, credentialsFromOptions } from './sdk-binding.js'
export type {
  BoundSdk,
  CommonClientOptions,
  CredentialOption,
  CredentialOptionTable,
  SdkClientSetup,
  VendorClientMetadata,
  VendorMetadata,
} from './sdk-binding.js'
export type {
  BodyEncoding,
  CredentialPlacer,
  FieldEncoding,
  OperationInfo,
  OperationTable,
  SecuritySchemeInfo,
  SecuritySchemeTable,
} from './operations.js'
export type {
  BodySerializer,
  ClientMetadata,
  ConnectionOptions,
  DataOf,
  EventStreamConnect,
  ResponseValidator,
  ServerSentEventsReader,
  WithContentType,
} from './client-types.js'
export { jsonBodySerializer } from './body.js'
export { createSpecWebhookHandler, webhookSecrets } from './webhooks.js'
export type { SpecWebhookHandlerOptions, SpecWebhookHandlers, SpecWebhookSetup } from './webhooks.js'
export {
  placeAuthorization,
  placeBasic,
  placeInCookie,
  placeInQuery,
  readBasic,
  readClientCredentials,
} from './credential-kinds.js'
export type { BasicOptions, ClientCredentialsOptionNames, CredentialReader } from './credential-kinds.js'

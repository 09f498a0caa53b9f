export { createClient, createConfig } from './client.js'
export type {
  CallEvent,
  ErrorEvent,
  Hooks,
  LogLevel,
  Logger,
  RequestEvent,
  ResponseEvent,
  RetryNotice,
} from './hooks.js'
export type {
  Auth,
  BasicCredential,
  Client,
  ClientMeta,
  ClientOptions,
  Config,
  ConnectionOptions,
  DataOf,
  EventStreamConnect,
  Credential,
  Credentials,
  HeaderValue,
  HttpMethod,
  Options,
  RequestOptions,
  RequestResult,
  ResponsePromise,
  ResponseStyle,
  ResponseValidator,
  ServerSentEventsOptions,
  ServerSentEventsReader,
  ServerSentEventsResult,
  StreamEvent,
  TDataShape,
  TokenProvider,
  WithContentType,
  WithResponse,
} from './client-types.js'
export {
  ApiError,
  AuthenticationError,
  BodyReadError,
  BodyTimeoutError,
  ConfigurationError,
  PayloadTooLargeError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  MissingCredentialError,
  NotFoundError,
  ParleyError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RequestValidationError,
  ResponseParseError,
  ResponseValidationError,
  TimeoutError,
  UnprocessableEntityError,
  WebhookVerificationError,
  createApiError,
} from './errors.js'
export type { ApiErrorInit } from './errors.js'
export { isIdempotentMethod, operationKey } from './operations.js'
export type {
  BodyEncoding,
  FieldEncoding,
  OperationInfo,
  OperationTable,
  SecuritySchemeInfo,
  SecuritySchemeTable,
} from './operations.js'
export { REDACTED, redactHeaders, redactString, redactUrl, redactValue } from './redact.js'
export {
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  MAX_RETRIES_LIMIT,
  backoffDelayMs,
  defaultRetryOptions,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
  retryDelayForResponse,
} from './retry.js'
export type { RetryBudget } from './retry.js'
export {
  bodySerializerForContentType,
  formDataBodySerializer,
  jsonBodySerializer,
  urlSearchParamsBodySerializer,
} from './body.js'
export type { RetryOptions } from './retry.js'
export { parseEventStream, serverSentEvents } from './events.js'
export type { EventStreamState } from './events.js'
export { createQuerySerializer, fillPath, serializeQuery } from './serialize.js'
export type { QueryParameterStyle, QuerySerializer, QuerySerializerOptions } from './serialize.js'
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
export type { ResponseChecker, ResponseIssue, SafeParseSchema } from './validate.js'
export {
  DEFAULT_MAX_WEBHOOK_BODY_BYTES,
  DEFAULT_WEBHOOK_BODY_TIMEOUT_MS,
  constantTimeEqual,
  createWebhookDispatcher,
  readBodyWithLimit,
  verifyHeaderToken,
  createSpecWebhookHandler,
  webhookSecrets,
} from './webhooks.js'
export type {
  SpecWebhookHandlerOptions,
  SpecWebhookHandlers,
  SpecWebhookSetup,
  WebhookContext,
  WebhookDispatchOptions,
  WebhookResult,
} from './webhooks.js'
export type { Dispatcher } from './transport.js'
export { paginate } from './paginate.js'
export type { PageReading, PaginateOptions } from './paginate.js'
export { TokenRequestError, clientCredentialsTokenProvider } from './oauth2.js'
export type { ClientCredentialsOptions } from './oauth2.js'

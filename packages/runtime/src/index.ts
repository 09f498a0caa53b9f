/**
 * `@parley/runtime`: what its README documents. The client and its options, the error
 * family, bodies and query styles, event streams, webhooks, paging and OAuth2 tokens.
 * What only generated code and vendor packages use is in `@parley/runtime/internal`.
 */
export { createClient, createConfig } from './client.js'
// The client contract hey-api's generated code is written against (its `Client`, `Options`,
// `RequestResult`, ...): the vendor packages' types are built from these.
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
  BasicCredential,
  Client,
  ClientMeta,
  ClientOptions,
  Config,
  Credential,
  Credentials,
  HeaderValue,
  HttpMethod,
  Options,
  ReadonlyInput,
  ReadonlyMembers,
  RequestOptions,
  RequestResult,
  ResponsePromise,
  ResponseStyle,
  ServerSentEventsOptions,
  ServerSentEventsResult,
  StreamEvent,
  TDataShape,
  TokenProvider,
  WithResponse,
} from './client-types.js'
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  BodyReadError,
  BodyTimeoutError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  MissingCredentialError,
  NotFoundError,
  ParleyError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RequestValidationError,
  ResponseParseError,
  ResponseValidationError,
  TimeoutError,
  UnprocessableEntityError,
  WebhookVerificationError,
} from './errors.js'
export type { ApiErrorInit } from './errors.js'
export type { RetryOptions } from './retry.js'
export type { Dispatcher } from './transport.js'
export { bodySerializerForContentType, formDataBodySerializer, urlSearchParamsBodySerializer } from './body.js'
export { createQuerySerializer } from './serialize.js'
export type { QueryParameterStyle, QuerySerializer, QuerySerializerOptions } from './serialize.js'
export { serverSentEvents } from './events.js'
export type { ResponseChecker, ResponseIssue } from './validate.js'
export { constantTimeEqual, createWebhookDispatcher, verifyHeaderToken } from './webhooks.js'
export type {
  WebhookContext,
  WebhookDispatchOptions,
  WebhookResult,
} from './webhooks.js'
export { paginate } from './paginate.js'
export type { PageReading, PaginateOptions } from './paginate.js'
export { TokenRequestError, clientCredentialsTokenProvider } from './oauth2.js'
export type { ClientCredentialsOptions } from './oauth2.js'

export { createClient, createConfig } from './client.js'
export type {
  Auth,
  Client,
  ClientMeta,
  ClientOptions,
  Config,
  HeaderValue,
  HttpMethod,
  Options,
  RequestOptions,
  RequestResult,
  ResponseStyle,
  ResponseValidator,
  TDataShape,
} from './client-types.js'
export {
  ApiError,
  AuthenticationError,
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
  isRetryableStatus,
  parseRetryAfter,
} from './errors.js'
export type { ApiErrorInit } from './errors.js'
export { isIdempotentMethod, operationKey } from './operations.js'
export type { OperationInfo, OperationTable, SecuritySchemeInfo, SecuritySchemeTable } from './operations.js'
export { REDACTED, redactHeaders, redactString, redactUrl, redactValue } from './redact.js'
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, backoffDelayMs, defaultRetryOptions, retryDelayForResponse } from './retry.js'
export type { RetryOptions } from './retry.js'
export { fillPath, serializeQuery } from './serialize.js'
export { bindSdk, createSdkClient } from './sdk-binding.js'
export type { BoundSdk, CommonClientOptions, SafeParseSchema, SdkClientSetup, VendorMetadata } from './sdk-binding.js'
export {
  BodyTimeoutError,
  DEFAULT_MAX_WEBHOOK_BODY_BYTES,
  DEFAULT_WEBHOOK_BODY_TIMEOUT_MS,
  PayloadTooLargeError,
  constantTimeEqual,
  createWebhookDispatcher,
  readBodyWithLimit,
  verifyHeaderToken,
} from './webhooks.js'
export type { WebhookContext, WebhookDispatchOptions, WebhookResult } from './webhooks.js'
export { paginate } from './paginate.js'
export type { PageReading, PaginateOptions } from './paginate.js'

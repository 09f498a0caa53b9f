/**
 * The contract between hey-api's generated `sdk.gen.ts` / `client.gen.ts` and our client.
 *
 * Generated code (from @hey-api/openapi-ts, pinned) imports exactly these names from
 * `@parley/runtime`: `Client`, `ClientMeta`, `Options`, `RequestResult`, `TDataShape`,
 * `ClientOptions`, `Config`, `createClient`, `createConfig`. The shapes and generic
 * arities mirror hey-api's fetch client so the generated code type-checks unchanged;
 * the implementation behind them (`client.ts`) is ours and much smaller.
 */
import type { Hooks, LogLevel, Logger } from './hooks.js'
import type { BodyEncoding, OperationInfo, SecuritySchemeTable } from './operations.js'
import type { RetryOptions } from './retry.js'
import type { QuerySerializer, QuerySerializerOptions } from './serialize.js'
import type { Dispatcher } from './transport.js'

export type HttpMethod = 'delete' | 'get' | 'head' | 'options' | 'patch' | 'post' | 'put'

export type ResponseStyle = 'data' | 'fields'

/** Arbitrary metadata passed through the `meta` request option (augmentable). */
// biome-ignore lint/suspicious/noEmptyInterface: an interface users augment (declaration merging); a type alias cannot be
export interface ClientMeta {}

export type HeaderValue = string | number | boolean | null | undefined

/** HTTP Basic credentials, encoded by the runtime (RFC 7617, UTF-8). */
export interface BasicCredential {
  readonly username: string
  readonly password: string
}

/** The current token (bearer, OAuth2, OpenID Connect), asked for on every attempt: cache inside. */
export type TokenProvider = () => string | Promise<string>

/** One security scheme's credential: a string, a Basic pair, or a token provider. */
export type Credential = string | BasicCredential | TokenProvider

export type Credentials = Readonly<Record<string, Credential | undefined>>

export interface ClientOptions {
  baseUrl?: string
  responseStyle?: ResponseStyle
  throwOnError?: boolean
}

/** Client-wide settings; every field can also be given per call. */
export interface Config<T extends ClientOptions = ClientOptions> {
  /** Base URL every operation path is appended to. */
  baseUrl?: T['baseUrl']
  /**
   * A Fetch API implementation, always used when given. Without one, requests go through
   * undici's connection pool on Node and `globalThis.fetch` elsewhere. Still goes through retries.
   */
  fetch?: typeof fetch
  /**
   * Node only: the undici `Dispatcher` (`Agent`, `Pool`, `ProxyAgent`, ...) that pools the
   * connections, for connection limits or keep-alive settings. Not with `fetch` or `proxy`.
   */
  dispatcher?: Dispatcher
  /**
   * Node only: `true` sends requests through the proxy named by `HTTPS_PROXY` /
   * `HTTP_PROXY`, except to hosts in `NO_PROXY` (read when first used). Not with `fetch`.
   */
  proxy?: boolean
  /** Extra headers sent with every request. */
  headers?: Record<string, HeaderValue> | Headers
  /** Errors always throw; kept for hey-api's generated code, which sets it to `true`. */
  throwOnError?: T['throwOnError']
  /**
   * `'data'` resolves the parsed body; `'fields'` resolves `{ data, response, requestId }`
   * (what `withResponse()` gives in either style). Typed as
   * the whole union (as in hey-api's client) because generated calls spread caller options
   * over their own `responseStyle: 'data'`.
   */
  responseStyle?: ResponseStyle
  /** Milliseconds allowed for one attempt (default 60 000). */
  timeoutMs?: number
  /** Retries after the first attempt (default 2). */
  maxRetries?: number
  /** Back-off tuning (delays, `Retry-After` cap). */
  retry?: Partial<RetryOptions>
  /** The caller's signal: aborting it cancels the call and is never retried. */
  signal?: AbortSignal | null
  /** Credentials by security scheme name (`{ clientToken: '...' }`). Never printed. */
  credentials?: Credentials
  /**
   * Where log lines go: anything with `debug`/`info`/`warn`/`error` (`console` included).
   * Nothing is logged unless `logLevel` (or, on Node, `PARLEY_LOG`) asks for it.
   */
  logger?: Logger
  /**
   * `'debug'`: one line per attempt (operation, method, URL without secrets, status,
   * milliseconds, attempt, request id); `'info'`: retries and why; `'warn'`: failures;
   * `'off'` by default. On Node, `PARLEY_LOG=debug` sets it where no option does (to `console`).
   */
  logLevel?: LogLevel
  /**
   * `onRequest` (may add a header), `onResponse` and `onError`, per attempt: a client's
   * hooks and a call's both run. They observe retries; the redirect, credential and retry
   * rules stay the runtime's.
   */
  hooks?: Hooks
}

/**
 * What a vendor package tells its client from the spec, beside the user's settings
 * (`createSdkClient` passes it as `createClient`'s second argument): not an option of
 * `Config`, and not something an application sets.
 */
export interface ClientMetadata {
  /** The security schemes of the spec. */
  readonly securitySchemes?: SecuritySchemeTable
  /** The spec's top-level security: what a call needs when its operation names none. */
  readonly defaultSecurity?: ReadonlyArray<ReadonlyArray<string>>
  /** Which option of the vendor factory gives each scheme's credential (for error messages). */
  readonly credentialOptionNames?: Readonly<Record<string, string>>
  /** Validates 2xx bodies with a validator looked up by operation id. */
  readonly responseValidator?: ResponseValidator
  /**
   * The answer header that carries the vendor's id for a request (from its spec), read into
   * `requestId` of `withResponse()` and of errors. Default `x-request-id`.
   */
  readonly requestIdHeader?: string
  /**
   * The spec's server URL where it is relative (`/v2`; `/` where the spec names none): no
   * default a Node or Worker client can send to, so a call without `baseUrl` is refused
   * with a `ConfigurationError` that names it.
   */
  readonly relativeServerUrl?: string
}

/** Turns a call's body into what is sent; `encoding` is the operation's per-field settings. */
export type BodySerializer = (body: unknown, encoding?: BodyEncoding) => unknown

export type ResponseValidator = (operationId: string, data: unknown) => unknown | Promise<unknown>

export interface RequestOptions<
  TResponseStyle extends ResponseStyle = 'fields',
  ThrowOnError extends boolean = boolean,
  Url extends string = string,
> extends Config<{ baseUrl?: string; responseStyle: TResponseStyle; throwOnError: ThrowOnError }>,
    ServerSentEventsOptions {
  body?: unknown
  /**
   * The request media type to send, for an operation that offers several: its SDK function
   * types it as their union and encodes the body to match. A direct client call with a form
   * or multipart type passes the `bodySerializer` too.
   */
  contentType?: string
  /** Turns `body` into what is sent (hey-api's form and multipart serializers). */
  bodySerializer?: BodySerializer | null
  /**
   * Writes the query string for parameters in other OpenAPI styles: a function, such as
   * `createQuerySerializer(styles)` (what the SDK functions of such operations pass).
   * hey-api's generated calls carry the styles as an object, which those SDK functions
   * replace; a direct client call that passes the object is refused before sending.
   */
  querySerializer?: QuerySerializer | QuerySerializerOptions
  /** How to read a 2xx body: `auto` (by content type), `json`, `text`, `blob`, `stream`. */
  parseAs?: 'auto' | 'json' | 'text' | 'blob' | 'stream'
  path?: Record<string, unknown>
  query?: Record<string, unknown>
  /** What the runtime checks before sending (generated SDK functions pass their operation's). */
  operation?: OperationInfo
  method?: Uppercase<HttpMethod>
  url: Url
  /**
   * How `client.sse.<method>()` reads the event stream: `serverSentEvents`, which the SDK
   * functions of operations that answer with `text/event-stream` pass.
   */
  serverSentEvents?: ServerSentEventsReader
}

/** What a response type map resolves to: the one 2xx body type of hey-api's `Responses`. */
export type DataOf<TData> = TData extends Record<string, unknown> ? TData[keyof TData] : TData

/** The parsed body with the answer it came in: what `withResponse()` resolves. */
export interface WithResponse<TData = unknown> {
  data: TData
  /** The answer as a fetch `Response`: `status`, `headers` (its body is already read into `data`). */
  response: Response
  /** The vendor's id for the request (the header its spec names), when the answer carries one. */
  requestId: string | undefined
}

/** What every call returns: its result, and `withResponse()` for the body with status, headers and request id. */
export type ResponsePromise<TResult, TData = unknown> = Promise<TResult> & {
  /** The same call's body with its `response` and `requestId` (the call is not sent again). */
  withResponse(): Promise<WithResponse<TData>>
}

export type RequestResult<
  TData = unknown,
  // Errors are thrown, typed by class: TError only keeps hey-api's arity.
  // biome-ignore lint/correctness/noUnusedVariables: in the position hey-api's generated calls pass it
  TError = unknown,
  // biome-ignore lint/correctness/noUnusedVariables: in the position hey-api's generated calls pass it
  ThrowOnError extends boolean = boolean,
  TResponseStyle extends ResponseStyle = 'fields',
> = ResponsePromise<TResponseStyle extends 'data' ? DataOf<TData> : WithResponse<DataOf<TData>>, DataOf<TData>>

type MethodFn = <
  TData = unknown,
  TError = unknown,
  ThrowOnError extends boolean = false,
  TResponseStyle extends ResponseStyle = 'fields',
>(
  options: Omit<RequestOptions<TResponseStyle, ThrowOnError>, 'method'>,
) => RequestResult<TData, TError, ThrowOnError, TResponseStyle>

type SseFn = <
  TData = unknown,
  // biome-ignore lint/correctness/noUnusedVariables: in the position hey-api's generated calls pass it
  TError = unknown,
  ThrowOnError extends boolean = false,
  TResponseStyle extends ResponseStyle = 'fields',
>(
  options: Omit<RequestOptions<TResponseStyle, ThrowOnError>, 'method'>,
) => Promise<ServerSentEventsResult<TData>>

type RequestFn = <
  TData = unknown,
  TError = unknown,
  ThrowOnError extends boolean = false,
  TResponseStyle extends ResponseStyle = 'fields',
>(
  options: RequestOptions<TResponseStyle, ThrowOnError> & { method: Uppercase<HttpMethod> },
) => RequestResult<TData, TError, ThrowOnError, TResponseStyle>

export interface Client {
  get: MethodFn
  post: MethodFn
  put: MethodFn
  patch: MethodFn
  delete: MethodFn
  head: MethodFn
  options: MethodFn
  request: RequestFn
  /** The URL an operation would be sent to (path and query serialized, no credentials). */
  buildUrl: (options: {
    url: string
    path?: unknown
    query?: unknown
    baseUrl?: string
    querySerializer?: QuerySerializer | QuerySerializerOptions
  }) => string
  getConfig: () => Config
  setConfig: (config: Config) => Config
  /**
   * Calls whose answer is an event stream (`text/event-stream`), as hey-api's SDK functions
   * make them: resolved once connected, with the events' data as `stream`. The call passes
   * `serverSentEvents` (the SDK functions of such operations do).
   */
  sse: Record<HttpMethod, SseFn>
}

export interface TDataShape {
  body?: unknown
  headers?: unknown
  path?: unknown
  query?: unknown
  url: string
}

type OmitKeys<T, K> = Pick<T, Exclude<keyof T, K>>

/** Values passed through as they are: not plain data, so not made readonly. */
type OpaqueInput =
  | string
  | number
  | boolean
  | bigint
  | symbol
  | null
  | undefined
  // biome-ignore lint/suspicious/noExplicitAny: matches every function, whatever its parameters
  | ((...args: any[]) => unknown)
  | Blob
  | FormData
  | Date
  | ReadableStream
  | URLSearchParams
  | Headers
  | ArrayBuffer
  | ArrayBufferView

/**
 * A request value as the caller may write it: every array (tuples included) a `ReadonlyArray`
 * and every object property readonly, all the way down, so a value written `as const` is
 * accepted. Mutable values still are. Unions (discriminated ones included) are mapped member
 * by member, optional properties stay optional. Response types are not mapped: what a call
 * resolves stays mutable.
 */
export type ReadonlyInput<T> = 0 extends 1 & T
  ? T // `any` stays `any`
  : T extends OpaqueInput
    ? T
    : T extends object
      ? ReadonlyMembers<T>
      : T

/**
 * `ReadonlyInput` one level down, for arrays, tuples and objects alike (a mapped type over an
 * array type gives a readonly array). Named so that an error shows `ReadonlyMembers<CardPayload>`,
 * the schema's name, rather than its properties spelt out.
 */
export type ReadonlyMembers<T> = { readonly [Key in keyof T]: ReadonlyInput<T[Key]> }

/** An operation's `body`, `path`, `query` and `headers` as the caller may pass them (see `ReadonlyInput`). */
type RequestInputs<TData> = { [Key in keyof TData as Exclude<Key, 'url'>]: ReadonlyInput<TData[Key]> }

export type Options<
  TData extends TDataShape = TDataShape,
  ThrowOnError extends boolean = boolean,
  // biome-ignore lint/correctness/noUnusedVariables: in the position hey-api's generated calls pass it
  TResponse = unknown,
  TResponseStyle extends ResponseStyle = 'fields',
> = OmitKeys<RequestOptions<TResponseStyle, ThrowOnError>, 'body' | 'path' | 'query' | 'url' | 'headers'> &
  ([TData] extends [never] ? unknown : RequestInputs<TData>) & {
    headers?: Record<string, HeaderValue> | Headers
  }

/** The arguments of an SDK function, with a `contentType` option typed as the request media types it offers. */
type ContentTypeArguments<Arguments extends unknown[], MediaType extends string> = Arguments extends [
  options: infer Given,
]
  ? [options: Given & { contentType?: MediaType }]
  : Arguments extends [options?: infer Given]
    ? [options?: Given & { contentType?: MediaType }]
    : Arguments

/** An SDK function of an operation that offers several request media types (the first is the default). */
// biome-ignore lint/suspicious/noExplicitAny: matches any SDK function's signature, whatever its generics
export type WithContentType<SdkFunction extends (...args: any[]) => unknown, MediaType extends string> = (
  ...args: ContentTypeArguments<Parameters<SdkFunction>, MediaType>
) => ReturnType<SdkFunction>

// Server-sent events (`client.sse`, read by events.ts).

/** One event as the server sent it. */
export interface StreamEvent<TData = unknown> {
  /** The event's `data:` lines joined: parsed as JSON when it is JSON, else the text. */
  data: TData
  /** The `event:` name; absent for the default `message` events. */
  event?: string
  /** The last `id:` the server sent (what a reconnection sends as `Last-Event-ID`). */
  id?: string
  /** The reconnection delay in effect, in ms. */
  retry?: number
}

/** What an event-stream operation resolves to: the events' data, in order. */
export interface ServerSentEventsResult<TData = unknown, TReturn = void, TNext = unknown> {
  stream: AsyncGenerator<DataOf<TData>, TReturn, TNext>
}

/** The options of an event-stream call (hey-api's names). */
export interface ServerSentEventsOptions {
  /** Called with every event, its name and id included. */
  onSseEvent?: (event: StreamEvent) => void
  /** Called with every failure that a reconnection follows (and the last one). */
  onSseError?: (error: unknown) => void
  /** The reconnection delay until the server sends `retry:`; 3,000 ms by default. */
  sseDefaultRetryDelay?: number
  /** Failed reconnections in a row before the stream gives up with the last error; unlimited by default. */
  sseMaxRetryAttempts?: number
  /** The longest delay between reconnections; 30,000 ms by default. */
  sseMaxRetryDelay?: number
}

/** What one connection adds to the call's options. */
export interface ConnectionOptions {
  headers: Record<string, HeaderValue>
  parseAs: 'stream'
  responseStyle: 'fields'
}

/** One connection through every step of a call: the answer with its body unread. */
export type EventStreamConnect = (
  connection: ConnectionOptions,
) => Promise<{ data: ReadableStream<Uint8Array> | null | undefined; response: Response }>

/** How `client.sse.<method>()` reads an event stream; the SDK functions pass it. */
export type ServerSentEventsReader = (
  connect: EventStreamConnect,
  options: ServerSentEventsOptions & Pick<RequestOptions, 'signal' | 'headers'>,
) => Promise<ServerSentEventsResult>

/**
 * `@parley/runtime/msw`: what the generated mock handlers of every vendor package
 * (`@parley/<vendor>/msw`, written by the generator from the spec) are made of. One MSW
 * handler per operation answers the spec's example; a test gives another answer, typed by the
 * operation's statuses, or its own resolver. Only applications that import a package's `/msw`
 * entry load this module (and `msw`, an optional peer dependency).
 */
import {
  type DefaultBodyType,
  type HttpHandler,
  HttpResponse,
  type HttpResponseResolver,
  type PathParams,
  http,
} from 'msw'

export type { HttpHandler }

/** How the handlers match requests. */
export interface MockOptions {
  /**
   * The client's `baseUrl`: the handlers then answer only calls to it. Without one they
   * answer the operation's path under any origin and base path (what a test wants when the
   * base URL varies: a tenant host, a self-hosted server).
   */
  baseUrl?: string
}

/** Each answer an operation documents, as `{ status, body }`: the body typed by that status. */
export type MockAnswer<TResponses> = {
  [Status in Extract<keyof TResponses, number>]: (undefined extends TResponses[Status]
    ? { body?: TResponses[Status] }
    : { body: TResponses[Status] }) & {
    status: Status
    /** Answer headers, such as the vendor's request id. */
    headers?: Record<string, string>
  }
}[Extract<keyof TResponses, number>]

/** The request body of an operation as MSW types it (`never` without one). */
type RequestBodyOf<TData> = TData extends { body?: infer Body }
  ? Body extends DefaultBodyType
    ? Body
    : DefaultBodyType
  : never

/**
 * The path parameters of an operation, as MSW reads them: one string each. MSW's own
 * `PathParams` makes every name optional and possibly a list (wildcards); a handler's route
 * is the operation's path, so each name is there, once.
 */
type PathParamsOf<TData> = TData extends { path?: infer Path }
  ? { [Name in Extract<keyof NonNullable<Path>, string>]: string }
  : PathParams<never>

/** Every body an operation can answer with. */
type ResponseBodyOf<TResponses> = Extract<TResponses[Extract<keyof TResponses, number>], DefaultBodyType>

/** An MSW resolver for one operation: its path parameters, request body and answers typed by the spec. */
export type MockResolver<TData, TResponses> = HttpResponseResolver<
  PathParamsOf<TData>,
  RequestBodyOf<TData>,
  ResponseBodyOf<TResponses>
>

/** What the generator knows of an operation: where it is, and its first 2xx answer in the spec. */
export interface MockedOperation {
  readonly method: 'get' | 'put' | 'post' | 'patch' | 'delete' | 'head' | 'options'
  /** The path in MSW's syntax (`/users/:id`), under the server's base path. */
  readonly path: string
  readonly status: number
  /** The media type of that answer (absent for an answer without a body). */
  readonly mediaType?: string
  /** The spec's example of that answer. */
  readonly example?: unknown
}

/** The MSW handler of one operation: the spec's example, a given answer, or a given resolver. */
export function mockOperation<TData, TResponses>(
  operation: MockedOperation,
  answer?: MockAnswer<TResponses> | MockResolver<TData, TResponses>,
  options?: MockOptions,
): HttpHandler {
  const url = options?.baseUrl ? `${options.baseUrl.replace(/\/+$/, '')}${operation.path}` : `*${operation.path}`
  if (typeof answer === 'function') return http[operation.method](url, answer as HttpResponseResolver)
  const given = answer as { status: number; body?: unknown; headers?: Record<string, string> } | undefined
  return http[operation.method](url, () =>
    given
      ? respond(given.status, given.body, operation.mediaType, given.headers)
      : operation.example === undefined && operation.mediaType
        ? new HttpResponse(`The spec gives no example for ${operation.method.toUpperCase()} ${operation.path}`, {
            status: 501,
          })
        : respond(operation.status, operation.example, operation.mediaType),
  )
}

/** A body as its media type says: JSON, text, or bytes as given; nothing for an empty answer. */
function respond(status: number, body: unknown, mediaType: string | undefined, headers?: Record<string, string>) {
  if (body === undefined || status === 204 || status === 205 || status === 304)
    return new HttpResponse(null, { status, headers })
  if (typeof body === 'string' && !/json/i.test(mediaType ?? ''))
    return new HttpResponse(body, { status, headers: { 'content-type': mediaType ?? 'text/plain', ...headers } })
  if (body instanceof Blob || body instanceof ArrayBuffer || ArrayBuffer.isView(body))
    return new HttpResponse(body as BodyInit, {
      status,
      headers: { 'content-type': mediaType ?? 'application/octet-stream', ...headers },
    })
  return HttpResponse.json(body as DefaultBodyType, { status, headers })
}

/** The handler factories of a package's operations, by name. */
// biome-ignore lint/suspicious/noExplicitAny: any operation's handler factory, whatever its answer type
type HandlerFactories = Record<string, (answer?: any, options?: MockOptions) => HttpHandler>

/** Options of `createHandlers`: where, and another answer for some operations. */
export type HandlersOptions<TFactories extends HandlerFactories> = MockOptions & {
  /** Answers other than the spec's examples, by operation name: `{ getUser: { status: 404, body } }`. */
  answers?: { [Name in keyof TFactories]?: Parameters<TFactories[Name]>[0] }
}

/** One handler per operation, most specific paths first (`/users/me` before `/users/:id`). */
export function createAllHandlers<TFactories extends HandlerFactories>(
  factories: TFactories,
  options: HandlersOptions<TFactories> = {},
): HttpHandler[] {
  return Object.entries(factories).map(([name, factory]) => factory(options.answers?.[name], options))
}

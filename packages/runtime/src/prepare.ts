/**
 * Step 1 of a call: everything decided before anything is sent. Required parameters are
 * checked, credentials chosen and placed, the body encoded and the URL built once; a call
 * that cannot be sent as given fails here with a `RequestValidationError` and nothing
 * goes out.
 */
import { applyCredentials, chooseSecurity, isHeaderSafe } from './auth.js'
import { encodeBody } from './body.js'
import type { CallContext } from './call-context.js'
import type { HeaderValue, RequestOptions } from './client-types.js'
import { checkMaxRetries, checkTimeout } from './config-checks.js'
import { ConfigurationError } from './errors.js'
import { type OperationInfo, isIdempotentMethod } from './operations.js'
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, type RetryBudget, defaultRetryOptions } from './retry.js'
import { type QuerySerializer, compileTemplate, pathValueProblem, requestUrl } from './serialize.js'
import type { Dispatcher } from './transport.js'

export type AnyRequestOptions = RequestOptions<'data' | 'fields', boolean>

/** A call ready to be attempted (and attempted again) as it is. */
export interface PreparedRequest {
  readonly url: string
  readonly headers: Record<string, string>
  readonly body: BodyInit | null
  /** A stream can be sent once: a redirect or retry that must repeat the body cannot. */
  readonly replayableBody: boolean
  readonly timeoutMs: number
  readonly retry: RetryBudget
  readonly signal: AbortSignal | null | undefined
  /** The caller's `fetch`; without one the platform's transport (transport.ts) is used. */
  readonly fetch: typeof fetch | undefined
  readonly dispatcher?: Dispatcher | undefined
  readonly proxy?: boolean | undefined
  /** How to read a 2xx body (hey-api's `parseAs`; `auto` follows the content type). */
  readonly parseAs: string
}

/** The call ready to send; a credential from a provider function is awaited here. */
export async function prepareRequest(call: CallContext, options: AnyRequestOptions): Promise<PreparedRequest> {
  const { config, metadata, operation, method } = call
  const template = compileTemplate(options.url)
  if (operation) checkShapes(call, operation, options)
  // Every parameter of the URL template is required (OpenAPI: path parameters always are).
  for (const name of template.names) {
    const problem = pathValueProblem(options.path?.[name])
    if (problem === 'missing') call.refuse(`path.${name}`, `missing required path parameter \`${name}\``)
    else if (problem) call.refuse(`path.${name}`, `path parameter \`${name}\` is ${problem}`)
  }
  for (const name of operation?.requiredQuery ?? []) {
    if (options.query?.[name] == null) call.refuse(`query.${name}`, `missing required query parameter \`${name}\``)
  }
  if (operation?.bodyRequired && (options.body === undefined || options.body === null))
    call.refuse('body', 'missing required request body')
  if (options.timeoutMs !== undefined) checkTimeout(options.timeoutMs)
  if (options.maxRetries !== undefined) checkMaxRetries(options.maxRetries)

  const headers: Record<string, string> = {}
  copyHeaders(headers, config.headers)
  if (operation?.requestMediaType) headers['content-type'] = operation.requestMediaType
  const credentials = options.credentials ?? config.credentials
  const target = { headers, query: options.query }
  const security = operation?.security ?? metadata.defaultSecurity
  // A token provider's token lands when it resolves, over a per-call header of the same name.
  const authorizing = security?.length
    ? applyCredentials(target, chooseSecurity(security, credentials, call), credentials, metadata.securitySchemes, call)
    : undefined
  copyHeaders(headers, options.headers, call)
  // An operation that offers several request media types: the caller's pick decides the
  // header; its SDK function has put the matching serializer in `bodySerializer`
  // (bodySerializerForContentType), a direct client call passes its own.
  if (options.contentType !== undefined) headers['content-type'] = options.contentType
  const body = encodeBody(options.body, headers, options.bodySerializer ?? undefined, operation?.encoding, call)

  const querySerializer = checkedQuerySerializer(call, options.querySerializer)
  const baseUrl = options.baseUrl ?? config.baseUrl ?? ''
  if (!baseUrl && !/^https?:/i.test(options.url)) {
    if (metadata.relativeServerUrl !== undefined) refuseWithoutBaseUrl(call, metadata.relativeServerUrl)
    call.refuse('baseUrl', 'no baseUrl configured')
  }
  const replayableBody = !(typeof ReadableStream !== 'undefined' && body instanceof ReadableStream)
  await authorizing
  return {
    url: requestUrl(baseUrl, template, options.path, target.query, querySerializer),
    headers,
    body,
    replayableBody,
    timeoutMs: options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: {
      retrySafe: operation?.idempotent ?? isIdempotentMethod(method),
      // A stream body is gone after the first attempt.
      maxRetries: replayableBody ? (options.maxRetries ?? config.maxRetries ?? DEFAULT_MAX_RETRIES) : 0,
      options:
        options.retry || config.retry
          ? { ...defaultRetryOptions, ...config.retry, ...options.retry }
          : defaultRetryOptions,
    },
    signal: options.signal ?? config.signal,
    // A per-call `fetch` goes through the same retries and timeouts as the client's.
    fetch: options.fetch ?? config.fetch,
    dispatcher: options.dispatcher ?? config.dispatcher,
    proxy: options.proxy ?? config.proxy,
    parseAs: (options as { parseAs?: string }).parseAs ?? operation?.responseKind ?? 'auto',
  }
}

/**
 * What the spec says of the values' shapes: a scalar parameter given an array, object or
 * function, or an object body without a property its schema requires, is refused by name
 * (the server would otherwise blame something else, or take `a,b` for one value).
 */
function checkShapes(call: CallContext, operation: OperationInfo, options: AnyRequestOptions): void {
  for (const parameter of operation.scalars ?? []) {
    const dot = parameter.indexOf('.')
    const where = parameter.slice(0, dot) as 'path' | 'query'
    const name = parameter.slice(dot + 1)
    const value = (options[where] as Record<string, unknown> | undefined)?.[name]
    const shape = typeof value === 'function' ? 'a function' : Array.isArray(value) ? 'an array' : 'an object'
    if (typeof value === 'function' || (typeof value === 'object' && value !== null))
      call.refuse(parameter, `${where} parameter \`${name}\` takes one string, number or boolean, not ${shape}`)
  }
  const body = options.body
  // Only a plain object is read: FormData, a Blob or a stream the caller built is theirs.
  const plain =
    body !== null && typeof body === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(body))
  if (!operation.requiredBody || !plain) return
  for (const property of operation.requiredBody)
    if ((body as Record<string, unknown>)[property] === undefined)
      call.refuse(`body.${property}`, `the body lacks \`${property}\`, which its schema requires`)
}

/**
 * A caller's query serializer: a function (`createQuerySerializer(styles)` or their own).
 * hey-api's style object is refused: it would be ignored and the URL silently wrong.
 */
export function checkedQuerySerializer(
  call: CallContext,
  querySerializer: AnyRequestOptions['querySerializer'],
): QuerySerializer | undefined {
  if (querySerializer !== undefined && typeof querySerializer !== 'function')
    call.refuse('querySerializer', 'pass the query styles as `createQuerySerializer(styles)`')
  return querySerializer
}

/** Header names lower-cased; `null`/`undefined` removes a header set earlier. */
export function copyHeaders(
  target: Record<string, string>,
  source: Record<string, HeaderValue> | Headers | undefined,
  checkedFor?: CallContext,
): void {
  // Headers exists wherever fetch does (Node 18+, browsers, edge runtimes).
  if (source instanceof Headers) {
    source.forEach((value, name) => {
      target[name] = value
    })
    return
  }
  for (const name in source) {
    const value = (source as Record<string, HeaderValue>)[name]
    const key = name.toLowerCase()
    if (value === undefined || value === null) delete target[key]
    else target[key] = String(value)
    // fetch's own message for a bad value quotes it, and a per-call header may hold a secret.
    if (checkedFor && value != null && !isHeaderSafe(target[key] as string))
      checkedFor.refuse(`headers.${name}`, `header \`${name}\` holds a line break or a character a header cannot carry`)
  }
}

/**
 * A call without `baseUrl` to a vendor whose spec gives only a relative server URL: a
 * setting is missing, not a parameter, so the error is the one for settings.
 */
function refuseWithoutBaseUrl(call: CallContext, serverUrl: string): never {
  throw new ConfigurationError({
    option: 'baseUrl',
    message:
      `${call.name}: \`baseUrl\` is needed: the spec gives only a relative server URL \`${serverUrl}\`; ` +
      "give the API's full URL (`baseUrl: 'https://api.example.com/v2'`); nothing was sent",
  })
}

/**
 * The HTTP core every generated SDK calls (`createClient` is what `client.gen.ts` imports).
 *
 * Lean on purpose: no `Request` objects, no `Headers` objects on the hot path, no async
 * auth steps, no config spreading per call. A call is: check what must be present, build
 * URL + headers + body once, then attempt (timeout per attempt, composed with the caller's
 * signal) and retry only where the operation is safe to repeat.
 */
import type { Client, ClientOptions, Config, HeaderValue, RequestOptions } from './client-types.js'
import {
  ConnectionError,
  MissingCredentialError,
  ParleyError,
  RequestValidationError,
  ResponseParseError,
  TimeoutError,
  createApiError,
} from './errors.js'
import { type OperationInfo, isIdempotentMethod, operationKey } from './operations.js'
import { redactHeaders, redactString, redactUrl, redactValue } from './redact.js'
import {
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type RetryOptions,
  backoffDelayMs,
  defaultRetryOptions,
  retryDelayForResponse,
  sleep,
} from './retry.js'
import { fillPath, joinUrl, pathParameterNames, serializeQuery } from './serialize.js'

export function createConfig<T extends ClientOptions = ClientOptions>(
  override: Config<Omit<ClientOptions, keyof T> & T> = {},
): Config<Omit<ClientOptions, keyof T> & T> {
  return override
}

/** Errors from undici/fetch whose request provably never reached a server. */
const neverSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

const timeoutReason = Symbol('parley timeout')

interface PreparedRequest {
  readonly method: string
  readonly url: string
  /** The URL with no credentials in it, for errors (computed only when one is thrown). */
  readonly printableUrl: () => string
  readonly headers: Record<string, string>
  readonly body: BodyInit | undefined
  readonly operationId: string | undefined
}

interface AttemptResult {
  readonly response: Response
  readonly data: unknown
}

export function createClient(initialConfig: Config = {}): Client {
  let config: Config = { ...initialConfig }
  let secrets = secretValues(config)

  function prepare(options: RequestOptions<'data' | 'fields', boolean>, method: string, operation: OperationInfo | undefined): PreparedRequest {
    const operationId = operation?.id
    // Only an error message needs it.
    const label = () => operationId ?? `${method} ${options.url}`
    const pathNames = operation?.pathParameters ?? pathParameterNames(options.url)
    for (const name of pathNames) {
      const value = options.path?.[name]
      if (value === undefined || value === null || value === '') {
        throw new RequestValidationError({
          operationId,
          parameter: `path.${name}`,
          message: `${label()}: missing required path parameter \`${name}\`; nothing was sent`,
        })
      }
    }
    if (operation?.requiredQuery) {
      for (const name of operation.requiredQuery) {
        if (options.query?.[name] === undefined) {
          throw new RequestValidationError({
            operationId,
            parameter: `query.${name}`,
            message: `${label()}: missing required query parameter \`${name}\`; nothing was sent`,
          })
        }
      }
    }
    if (operation?.bodyRequired && (options.body === undefined || options.body === null)) {
      throw new RequestValidationError({ operationId, parameter: 'body', message: `${label()}: missing required request body; nothing was sent` })
    }

    const headers: Record<string, string> = {}
    copyHeaders(headers, config.headers)
    let query = options.query
    if (operation) query = applyCredentials(operation, headers, query, options.credentials ?? config.credentials, label)
    copyHeaders(headers, options.headers)

    let body: BodyInit | undefined
    if (options.body === undefined) {
      delete headers['content-type']
    } else {
      const contentType = headers['content-type']
      if (contentType === undefined && isPlainData(options.body)) headers['content-type'] = 'application/json'
      body = (headers['content-type'] ?? '').includes('json') && typeof options.body !== 'string'
        ? JSON.stringify(options.body)
        : (options.body as BodyInit)
    }

    const baseUrl = options.baseUrl ?? config.baseUrl ?? ''
    if (!baseUrl && !/^https?:/i.test(options.url)) {
      throw new RequestValidationError({ operationId, parameter: 'baseUrl', message: `${label()}: no baseUrl configured; nothing was sent` })
    }
    const search = serializeQuery(query)
    const url = joinUrl(baseUrl, fillPath(options.url, options.path)) + (search ? `?${search}` : '')
    return { method, url, printableUrl: () => redactUrl(url, secrets), headers, body, operationId }
  }

  function applyCredentials(
    operation: OperationInfo,
    headers: Record<string, string>,
    query: Record<string, unknown> | undefined,
    credentials: Config['credentials'],
    label: () => string,
  ): Record<string, unknown> | undefined {
    const security = operation.security
    if (!security || security.length === 0) return query
    const schemes = config.securitySchemes ?? {}
    const alternative = security.find((names) => names.every((name) => credentials?.[name])) ?? undefined
    if (!alternative) {
      const wanted = security[0] ?? []
      if (wanted.length === 0) return query
      const missing = wanted.filter((name) => !credentials?.[name]).map((name) => config.credentialOptionNames?.[name] ?? name)
      throw new MissingCredentialError({
        operationId: operation.id,
        parameter: missing[0] ?? 'credentials',
        message: `${label()}: needs the \`${missing.join('`, `')}\` option of the client; nothing was sent`,
      })
    }
    let resultQuery = query
    for (const name of alternative) {
      const scheme = schemes[name]
      const value = credentials?.[name] as string
      if (!scheme) continue
      if (scheme.type === 'http') {
        headers.authorization = scheme.scheme?.toLowerCase() === 'basic' ? `Basic ${value}` : `Bearer ${value}`
      } else if (scheme.in === 'query' && scheme.name) {
        resultQuery = { ...resultQuery, [scheme.name]: value }
      } else if (scheme.in === 'cookie' && scheme.name) {
        headers.cookie = headers.cookie ? `${headers.cookie}; ${scheme.name}=${value}` : `${scheme.name}=${value}`
      } else if (scheme.name) {
        headers[scheme.name.toLowerCase()] = value
      }
    }
    return resultQuery
  }

  async function attempt(
    prepared: PreparedRequest,
    timeoutMs: number,
    signal: AbortSignal | null | undefined,
    fetchImplementation: typeof fetch,
  ): Promise<AttemptResult> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(timeoutReason), timeoutMs)
    const onCallerAbort = () => controller.abort(signal?.reason)
    // An 'abort' event never fires for a signal that is already aborted: check first.
    if (signal?.aborted) {
      clearTimeout(timer)
      throw signal.reason
    }
    signal?.addEventListener('abort', onCallerAbort, { once: true })
    try {
      const response = await fetchImplementation(prepared.url, {
        method: prepared.method,
        headers: prepared.headers,
        body: prepared.body ?? null,
        signal: controller.signal,
        redirect: 'follow',
      })
      const data = await readBody(response, prepared)
      return { response, data }
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error
      if (controller.signal.aborted && controller.signal.reason === timeoutReason) {
        throw new TimeoutError({ method: prepared.method, url: prepared.printableUrl(), timeoutMs })
      }
      if (error instanceof ParleyError) throw error
      const code = errorCode(error)
      throw new ConnectionError({
        method: prepared.method,
        url: prepared.printableUrl(),
        neverSent: code !== undefined && neverSentCodes.has(code),
        reason: code ?? (error instanceof Error ? redactString(error.message, secrets) : 'connection error'),
        cause: sanitizedCause(error, secrets),
      })
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onCallerAbort)
    }
  }

  async function readBody(response: Response, prepared: PreparedRequest): Promise<unknown> {
    if (response.status === 204 || response.status === 205 || prepared.method === 'HEAD') {
      await response.body?.cancel()
      return undefined
    }
    const contentType = response.headers.get('content-type') ?? ''
    const text = await response.text()
    if (!response.ok) return parseLenient(text, contentType)
    if (text === '') return undefined
    if (contentType.includes('json')) {
      try {
        return JSON.parse(text)
      } catch (error) {
        // The parser's message quotes the body, which may echo a secret: keep a scrubbed copy.
        throw new ResponseParseError({ status: response.status, method: prepared.method, url: prepared.printableUrl(), cause: sanitizedCause(error, secrets) })
      }
    }
    return text
  }

  const send = async (options: RequestOptions<'data' | 'fields', boolean>, method: string) => {
    const operation = config.operations?.[operationKey(method, options.url)]
    const prepared = prepare(options, method, operation)
    const retrySafe = operation?.idempotent ?? isIdempotentMethod(method)
    const maxRetries = options.maxRetries ?? config.maxRetries ?? DEFAULT_MAX_RETRIES
    const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const retryOptions: RetryOptions = options.retry || config.retry ? { ...defaultRetryOptions, ...config.retry, ...options.retry } : defaultRetryOptions
    const signal = options.signal ?? config.signal
    // A per-call `fetch` goes through the same retries and timeouts as the client's.
    const fetchImplementation = options.fetch ?? config.fetch ?? globalThis.fetch

    for (let retryNumber = 0; ; retryNumber++) {
      let result: AttemptResult
      try {
        result = await attempt(prepared, timeoutMs, signal, fetchImplementation)
      } catch (error) {
        const mayRepeat = retrySafe || (error instanceof ConnectionError && error.neverSent)
        if (retryNumber >= maxRetries || !mayRepeat || !(error instanceof ConnectionError || error instanceof TimeoutError)) throw error
        await sleep(backoffDelayMs(retryNumber, retryOptions), signal)
        continue
      }
      const { response } = result
      if (response.ok) {
        let data = result.data
        if (config.responseValidator && operation) data = await config.responseValidator(operation.id, data)
        return (options.responseStyle ?? config.responseStyle) === 'data' ? data : { data, response }
      }
      if (retrySafe && retryNumber < maxRetries) {
        const delay = retryDelayForResponse(response, retryNumber, retryOptions)
        if (delay !== undefined) {
          await sleep(delay, signal)
          continue
        }
      }
      throw createApiError({
        status: response.status,
        headers: redactHeaders(response.headers, secrets),
        body: redactValue(result.data, secrets),
        method: prepared.method,
        url: prepared.printableUrl(),
        operationId: prepared.operationId,
      })
    }
  }

  const request = (options: RequestOptions<'data' | 'fields', boolean> & { method?: string }) => send(options, (options.method ?? 'GET').toUpperCase())
  // No per-call copy of the options: the method travels as an argument.
  const methodFunction = (method: string) => (options: RequestOptions<'data' | 'fields', boolean>) => send(options, method)

  const client = {
    request,
    get: methodFunction('GET'),
    post: methodFunction('POST'),
    put: methodFunction('PUT'),
    patch: methodFunction('PATCH'),
    delete: methodFunction('DELETE'),
    head: methodFunction('HEAD'),
    options: methodFunction('OPTIONS'),
    buildUrl: (options: { url: string; path?: unknown; query?: unknown; baseUrl?: string }) => {
      const search = serializeQuery(options.query as Record<string, unknown> | undefined)
      const url = joinUrl(options.baseUrl ?? config.baseUrl ?? '', fillPath(options.url, options.path as Record<string, unknown> | undefined))
      return search ? `${url}?${search}` : url
    },
    getConfig: () => config,
    setConfig: (update: Config) => {
      config = { ...config, ...update }
      secrets = secretValues(config)
      return config
    },
  }
  return client as unknown as Client
}

/**
 * A copy of a low-level error that is safe to keep as `cause`: its name, code and a
 * scrubbed message, chained the same way, but no request object, headers or body text.
 */
function sanitizedCause(error: unknown, secrets: ReadonlyArray<string>, depth = 0): Error | undefined {
  if (!(error instanceof Error) || depth > 3) return undefined
  const copy = new Error(redactString(error.message, secrets), { cause: sanitizedCause(error.cause, secrets, depth + 1) })
  copy.name = error.name
  copy.stack = `${copy.name}: ${copy.message}`
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string') Object.assign(copy, { code })
  return copy
}

function secretValues(config: Config): string[] {
  return Object.values(config.credentials ?? {}).filter((value): value is string => typeof value === 'string' && value.length > 0)
}

function copyHeaders(target: Record<string, string>, source: Record<string, HeaderValue> | Headers | undefined): void {
  if (!source) return
  if (typeof Headers !== 'undefined' && source instanceof Headers) {
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
  }
}

function isPlainData(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return typeof body === 'number' || typeof body === 'boolean'
  const prototype = Object.getPrototypeOf(body)
  return prototype === Object.prototype || prototype === null || Array.isArray(body)
}

function parseLenient(text: string, contentType: string): unknown {
  if (text === '') return undefined
  if (contentType.includes('json')) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

/**
 * The HTTP core every generated SDK calls (`createClient` is what `client.gen.ts` imports).
 *
 * Lean on purpose, measured in `bench/` (bench/README.md has the profile behind each
 * choice): no `Request` or `Headers` objects, no async auth steps, no config spreading per
 * call, URL templates split once, and one timeout signal shared by the calls that start
 * close together (creating an `AbortSignal` is a quarter of a call's cost on Node 20). A
 * call is: check what must be present, build URL + headers + body once, then attempt and
 * retry only where the operation is safe to repeat.
 */
import type { Client, ClientOptions, Config, HeaderValue, RequestOptions } from './client-types.js'
import { ConnectionError, MissingCredentialError, ParleyError, RequestValidationError, ResponseParseError, TimeoutError, createApiError } from './errors.js'
import { isIdempotentMethod, operationKey } from './operations.js'
import { redactHeaders, redactString, redactUrl, redactValue } from './redact.js'
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, backoffDelayMs, defaultRetryOptions, retryDelayForResponse, sleep } from './retry.js'
import { isRedirect, nextRedirect } from './redirects.js'
import { compileTemplate, pathValueProblem, requestUrl } from './serialize.js'

export function createConfig<T extends ClientOptions = ClientOptions>(
  override: Config<Omit<ClientOptions, keyof T> & T> = {},
): Config<Omit<ClientOptions, keyof T> & T> {
  return override
}

/** Errors from undici/fetch whose request provably never reached a server. */
const neverSentCodes = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

const timeoutReason = Symbol('parley timeout')

/**
 * Calls that start within `width` ms of each other (and give no signal of their own)
 * share one controller and one timer, aborted `timeoutMs + width` after the window opened:
 * each call gets at least `timeoutMs` and at most `width` more. At most
 * `callsPerTimeoutWindow` calls share one, because fetch implementations may leave their
 * listener on the signal until it is collected (Node's does, and raises its listener limit).
 */
interface TimeoutWindow {
  readonly controller: AbortController
  readonly opened: number
  readonly width: number
  readonly timeoutMs: number
  readonly timer: ReturnType<typeof setTimeout>
  calls: number
  inFlight: number
}

const callsPerTimeoutWindow = 32

type AnyRequestOptions = RequestOptions<'data' | 'fields', boolean>

export function createClient(initialConfig: Config = {}): Client {
  let config: Config = { ...initialConfig }
  let secrets = secretValues(config.credentials)
  let openWindow: TimeoutWindow | undefined
  // Error paths only: every credential the call could have sent, to scrub from what an
  // error carries (URL, body, headers, messages).
  const secretsOf = (options: AnyRequestOptions) => (options.credentials ? [...secrets, ...secretValues(options.credentials)] : secrets)

  function joinTimeoutWindow(timeoutMs: number): TimeoutWindow {
    const now = Date.now()
    const window = openWindow
    if (window && window.timeoutMs === timeoutMs && window.calls < callsPerTimeoutWindow && now - window.opened < window.width && !window.controller.signal.aborted) {
      window.calls++
      window.inFlight++
      return window
    }
    if (window?.inFlight === 0) clearTimeout(window.timer)
    const controller = new AbortController()
    const width = Math.min(1000, timeoutMs / 10)
    const timer = setTimeout(() => controller.abort(timeoutReason), timeoutMs + width)
    // The timer never keeps Node running: a request in flight holds its socket open, and
    // with nothing in flight there is nothing to time out.
    ;(timer as { unref?: () => void }).unref?.()
    openWindow = { controller, opened: now, width, timeoutMs, timer, calls: 1, inFlight: 1 }
    return openWindow
  }

  function leaveTimeoutWindow(window: TimeoutWindow): void {
    // The open window's timer stays until the next window opens (or it fires, unheld).
    if (--window.inFlight === 0 && window !== openWindow) clearTimeout(window.timer)
  }

  async function send(options: AnyRequestOptions, method: string): Promise<unknown> {
    const operation = options.operation ?? config.operations?.[operationKey(method, options.url)]
    const operationId = operation?.id
    const callCredentials = options.credentials ?? config.credentials

    const template = compileTemplate(options.url)
    // Every parameter of the URL template is required (OpenAPI: path parameters always are).
    for (const name of template.names) {
      const problem = pathValueProblem(options.path?.[name])
      if (problem === 'missing') refuse(operationId, method, options.url, `path.${name}`, `missing required path parameter \`${name}\``)
      else if (problem) refuse(operationId, method, options.url, `path.${name}`, `path parameter \`${name}\` is ${problem}`)
    }
    for (const name of operation?.requiredQuery ?? []) {
      if (options.query?.[name] == null) refuse(operationId, method, options.url, `query.${name}`, `missing required query parameter \`${name}\``)
    }
    if (operation?.bodyRequired && (options.body === undefined || options.body === null)) refuse(operationId, method, options.url, 'body', 'missing required request body')

    const headers: Record<string, string> = {}
    copyHeaders(headers, config.headers)
    let query = options.query
    const security = operation?.security ?? config.defaultSecurity
    if (security?.length) {
      const alternative = security.find((names) => names.every((name) => callCredentials?.[name]))
      if (!alternative) {
        const missing = (security[0] ?? []).filter((name) => !callCredentials?.[name]).map((name) => config.credentialOptionNames?.[name] ?? name)
        refuse(operationId, method, options.url, missing[0] ?? 'credentials', `needs the \`${missing.join('`, `')}\` option of the client`, MissingCredentialError)
      }
      for (const name of alternative ?? []) {
        const scheme = config.securitySchemes?.[name]
        const value = callCredentials?.[name] as string
        if (scheme?.type === 'http') headers.authorization = `${scheme.scheme?.toLowerCase() === 'basic' ? 'Basic' : 'Bearer'} ${value}`
        else if (scheme?.in === 'query') query = { ...query, [scheme.name as string]: value }
        else if (scheme?.in === 'cookie') headers.cookie = `${headers.cookie ? `${headers.cookie}; ` : ''}${scheme.name}=${value}`
        else if (scheme?.name) headers[scheme.name.toLowerCase()] = value
      }
    }
    copyHeaders(headers, options.headers)

    let body: BodyInit | null = null
    if (options.body === undefined) {
      delete headers['content-type']
    } else {
      if (headers['content-type'] === undefined && isPlainData(options.body)) headers['content-type'] = 'application/json'
      body = headers['content-type']?.includes('json') && typeof options.body !== 'string' ? jsonBody(options.body, operationId, method, options.url) : (options.body as BodyInit)
    }

    const baseUrl = options.baseUrl ?? config.baseUrl ?? ''
    if (!baseUrl && !/^https?:/i.test(options.url)) refuse(operationId, method, options.url, 'baseUrl', 'no baseUrl configured')
    const url = requestUrl(baseUrl, template, options.path, query)

    const retrySafe = operation?.idempotent ?? isIdempotentMethod(method)
    const maxRetries = options.maxRetries ?? config.maxRetries ?? DEFAULT_MAX_RETRIES
    const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS
    // `Infinity` (or anything a timer cannot hold, about 24.8 days) means no timeout: a timer
    // would fire after 1 ms instead.
    const timed = timeoutMs < 2 ** 31
    const retryOptions = options.retry || config.retry ? { ...defaultRetryOptions, ...config.retry, ...options.retry } : defaultRetryOptions
    const signal = options.signal ?? config.signal
    // A per-call `fetch` goes through the same retries and timeouts as the client's.
    const fetchImplementation = options.fetch ?? config.fetch ?? globalThis.fetch
    // A stream can be sent once: a redirect that must repeat the body cannot be followed.
    const replayableBody = !(typeof ReadableStream !== 'undefined' && body instanceof ReadableStream)

    for (let retryNumber = 0; ; retryNumber++) {
      // An 'abort' event never fires for a signal that is already aborted: check first.
      if (signal?.aborted) throw signal.reason
      const window = timed && !signal ? joinTimeoutWindow(timeoutMs) : undefined
      const controller = window?.controller ?? new AbortController()
      const timer = timed && !window ? setTimeout(() => controller.abort(timeoutReason), timeoutMs) : undefined
      const stopFollowing = signal ? followSignal(signal, controller) : undefined

      let response: Response
      let text: string | undefined
      try {
        // Redirects by hand (redirects.ts): same origin only, never a send turned into a GET.
        let current = { url, method }
        for (let hops = 0; ; hops++) {
          response = await fetchImplementation(current.url, { method: current.method, headers, body: current.method === method ? body : null, signal: controller.signal, redirect: 'manual' })
          if (!isRedirect(response)) break
          await response.body?.cancel()
          current = nextRedirect(response, { ...current, hops, replayableBody }, (target) => redactUrl(target, secretsOf(options)))
        }
        if (response.status === 204 || response.status === 205 || method === 'HEAD') await response.body?.cancel()
        else text = await response.text()
      } catch (error) {
        if (error instanceof ParleyError) throw error
        if (signal?.aborted) throw signal.reason ?? error
        const known = secretsOf(options)
        const code = errorCode(error)
        const failure = controller.signal.reason === timeoutReason
          ? new TimeoutError({ method, url: redactUrl(url, known), timeoutMs })
          : new ConnectionError({
              method,
              url: redactUrl(url, known),
              neverSent: code !== undefined && neverSentCodes.includes(code),
              reason: code ?? (error instanceof Error ? redactString(error.message, known) : 'connection error'),
              cause: sanitizedCause(error, known),
            })
        if (retryNumber >= maxRetries || !(retrySafe || (failure instanceof ConnectionError && failure.neverSent))) throw failure
        await sleep(backoffDelayMs(retryNumber, retryOptions), signal)
        continue
      } finally {
        if (window) leaveTimeoutWindow(window)
        else clearTimeout(timer)
        stopFollowing?.()
      }

      let data: unknown = text || undefined
      if (data !== undefined && response.headers.get('content-type')?.includes('json')) {
        try {
          data = JSON.parse(text as string)
        } catch (error) {
          // An error answer keeps its text; a 2xx that is not the JSON it claims is an error.
          // The parser's message quotes the body, which may echo a secret: keep a scrubbed copy.
          if (response.ok) {
            const known = secretsOf(options)
            throw new ResponseParseError({ status: response.status, method, url: redactUrl(url, known), cause: sanitizedCause(error, known) })
          }
        }
      }
      if (response.ok) {
        if (config.responseValidator && operationId) data = await config.responseValidator(operationId, data)
        return (options.responseStyle ?? config.responseStyle) === 'data' ? data : { data, response }
      }
      const delay = retrySafe && retryNumber < maxRetries ? retryDelayForResponse(response, retryNumber, retryOptions) : undefined
      if (delay === undefined) {
        const known = secretsOf(options)
        throw createApiError({
          status: response.status,
          headers: redactHeaders(response.headers, known),
          body: redactValue(data, known),
          method,
          url: redactUrl(url, known),
          operationId,
        })
      }
      await sleep(delay, signal)
    }

  }

  const client: Record<string, unknown> = {
    request: (options: AnyRequestOptions & { method?: string }) => send(options, (options.method ?? 'GET').toUpperCase()),
    buildUrl: (options: { url: string; path?: Record<string, unknown>; query?: Record<string, unknown>; baseUrl?: string }) =>
      requestUrl(options.baseUrl ?? config.baseUrl ?? '', compileTemplate(options.url), options.path, options.query),
    getConfig: () => config,
    setConfig: (update: Config) => {
      config = { ...config, ...update }
      secrets = secretValues(config.credentials)
      return config
    },
  }
  // No per-call copy of the options: the method travels as an argument.
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']) {
    client[method.toLowerCase()] = (options: AnyRequestOptions) => send(options, method)
  }
  return client as unknown as Client
}

/** The attempts in flight on each caller signal (see followSignal). */
const followersBySignal = new WeakMap<AbortSignal, Set<AbortController>>()

/**
 * Aborts `controller` when the caller's `signal` aborts. Every call on one signal shares one
 * listener, however many are in flight: a listener per call printed
 * `MaxListenersExceededWarning` past ten concurrent calls. Returns how to stop following.
 */
function followSignal(signal: AbortSignal, controller: AbortController): () => void {
  const followers = followersBySignal.get(signal) ?? startFollowing(signal)
  followers.add(controller)
  return () => followers.delete(controller)
}

/** The one listener on `signal`, aborting every attempt that follows it. */
function startFollowing(signal: AbortSignal): Set<AbortController> {
  const attempts = new Set<AbortController>()
  followersBySignal.set(signal, attempts)
  signal.addEventListener('abort', () => {
    for (const attempt of attempts) attempt.abort(signal.reason)
    attempts.clear()
  }, { once: true })
  return attempts
}

/**
 * The body as JSON, or a `RequestValidationError` when it cannot be (a cycle, a BigInt, a
 * `toJSON` that throws). The serializer's own message is left out: it can quote the body.
 */
function jsonBody(value: unknown, operationId: string | undefined, method: string, url: string): string {
  try {
    return JSON.stringify(value)
  } catch (error) {
    return refuse(operationId, method, url, 'body', `body is not serializable as JSON (${(error as Error).name})`)
  }
}

/** A call that cannot be sent as given: nothing goes out. */
function refuse(operationId: string | undefined, method: string, url: string, parameter: string, problem: string, ErrorClass = RequestValidationError): never {
  throw new ErrorClass({ operationId, parameter, message: `${operationId ?? `${method} ${url}`}: ${problem}; nothing was sent` })
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

function secretValues(credentials: Config['credentials']): string[] {
  return Object.values(credentials ?? {}).filter((value): value is string => typeof value === 'string' && value.length > 0)
}

function copyHeaders(target: Record<string, string>, source: Record<string, HeaderValue> | Headers | undefined): void {
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
  }
}

function isPlainData(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return typeof body === 'number' || typeof body === 'boolean'
  const prototype = Object.getPrototypeOf(body)
  return prototype === Object.prototype || prototype === null || Array.isArray(body)
}

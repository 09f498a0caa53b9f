/**
 * Webhook receiving, shared by every vendor: `(request: Request) => Promise<Response>`, so
 * it runs on Node 18+, edge runtimes and any framework that speaks the Fetch API.
 *
 * Order matters: the authenticity check runs before the body is read (an unverified
 * caller cannot make us buffer a large body), the body is read with a hard size limit,
 * and an event type nobody registered is acknowledged with 2xx (vendors add event types
 * without notice and retry on any non-2xx for hours).
 */
import {
  BodyReadError,
  BodyTimeoutError,
  ConfigurationError,
  PayloadTooLargeError,
  WebhookVerificationError,
} from './errors.js'

export const DEFAULT_MAX_WEBHOOK_BODY_BYTES = 1024 * 1024

/** How long a sender has to deliver the whole body: a body that never ends gets 408. */
export const DEFAULT_WEBHOOK_BODY_TIMEOUT_MS = 10_000

const encoder = new TextEncoder()

/**
 * Compares two secrets in time that depends only on the expected secret's length, so a
 * caller cannot learn a token byte by byte from response times.
 */
export function constantTimeEqual(received: string, expected: string): boolean {
  const receivedBytes = encoder.encode(received)
  const expectedBytes = encoder.encode(expected)
  let difference = receivedBytes.length ^ expectedBytes.length
  for (let index = 0; index < expectedBytes.length; index++) {
    difference |= (expectedBytes[index] as number) ^ (receivedBytes[index % Math.max(receivedBytes.length, 1)] ?? 0)
  }
  return difference === 0
}

/**
 * Checks a shared token the vendor sends in a header: missing -> 401, wrong -> 403.
 * `expected` may list several tokens (rotation: old and new both accepted).
 */
/**
 * The secrets a webhook handler is given (one, or several during a rotation), refused at
 * construction when there is none or one is empty: an empty secret would let a caller in
 * by sending an empty value, or by omitting it where the check compares to `''`.
 */
export function webhookSecrets(factory: string, option: string, given: unknown): ReadonlyArray<string> {
  const secrets = typeof given === 'string' ? [given] : Array.isArray(given) ? given : []
  if (secrets.length === 0 || secrets.some((secret) => typeof secret !== 'string' || secret === ''))
    throw new ConfigurationError({
      option,
      message: `${factory}: \`${option}\` must be a non-empty string, or a non-empty list of them (several during a rotation)`,
    })
  return secrets
}

export function verifyHeaderToken(
  request: Request,
  headerName: string,
  expected: string | ReadonlyArray<string>,
): void {
  const received = request.headers.get(headerName)
  if (received === null || received === '') {
    throw new WebhookVerificationError(`missing \`${headerName}\` header`, 401)
  }
  const candidates = typeof expected === 'string' ? [expected] : expected
  let matched = false
  for (const candidate of candidates) if (constantTimeEqual(received, candidate)) matched = true
  if (!matched) throw new WebhookVerificationError(`\`${headerName}\` header does not match`, 403)
}

/**
 * Reads a request body as text, refusing more than `maxBytes` without buffering it, and
 * giving up (`BodyTimeoutError`) when the whole body has not arrived within `timeoutMs`.
 */
export async function readBodyWithLimit(
  request: Request,
  maxBytes: number,
  timeoutMs = DEFAULT_WEBHOOK_BODY_TIMEOUT_MS,
): Promise<string> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new PayloadTooLargeError(`body larger than ${maxBytes} bytes`)
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new BodyTimeoutError(`body not received within ${timeoutMs} ms`)), timeoutMs)
  })
  // Never an unhandled rejection when the body arrives first.
  deadline.catch(() => undefined)
  try {
    return await readAll()
  } catch (error) {
    if (error instanceof BodyTimeoutError) reader.cancel().catch(() => undefined)
    throw error
  } finally {
    clearTimeout(timer)
  }

  async function readAll(): Promise<string> {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), deadline])
      if (done) break
      total += value.byteLength
      if (total > maxBytes) {
        await reader.cancel()
        throw new PayloadTooLargeError(`body larger than ${maxBytes} bytes`)
      }
      chunks.push(value)
    }
    const bytes = new Uint8Array(total)
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.byteLength
    }
    return new TextDecoder().decode(bytes)
  }
}

export interface WebhookContext {
  /** The incoming request (headers, URL). Its body has been read. */
  readonly request: Request
}

// biome-ignore lint/suspicious/noConfusingVoidType: a handler that returns nothing is the common case
export type WebhookResult = void | Response | Record<string, unknown> | ReadonlyArray<unknown>

export interface WebhookDispatchOptions {
  /** Throws `WebhookVerificationError` when the call is not authentic. Runs before the body is read. */
  authenticate?: ((request: Request) => void | Promise<void>) | undefined
  /** Largest body accepted (default 1 MiB): larger gets 413. */
  maxBodyBytes?: number | undefined
  /** The routing key of a parsed body (usually its `type`), or undefined when it has none. */
  eventType: (body: Record<string, unknown>) => string | undefined
  /** Handlers by event type. */
  handlers: Readonly<
    Record<string, ((event: never, context: WebhookContext) => WebhookResult | Promise<WebhookResult>) | undefined>
  >
  /** Receives events no handler is registered for (new vendor event types included). */
  unknown?:
    | ((event: Record<string, unknown>, context: WebhookContext) => WebhookResult | Promise<WebhookResult>)
    | undefined
  /** Milliseconds the sender has to deliver the whole body (default 10 000): later gets 408. */
  bodyTimeoutMs?: number | undefined
  /** Called when a handler throws (the vendor gets a 500 and will retry). */
  onError?: ((error: unknown) => void) | undefined
}

const jsonHeaders = { 'content-type': 'application/json' }

const reply = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: jsonHeaders })

/** The generic receiving pipeline each vendor's `create<Vendor>WebhookHandler` configures. */
export function createWebhookDispatcher(options: WebhookDispatchOptions): (request: Request) => Promise<Response> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_WEBHOOK_BODY_BYTES
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_WEBHOOK_BODY_TIMEOUT_MS
  // NaN or a negative number would silently disable the limit or the deadline.
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes <= 0)
    throw new ConfigurationError({
      option: 'maxBodyBytes',
      message: '`maxBodyBytes` must be a whole number of bytes above 0',
    })
  if (!(bodyTimeoutMs > 0) || bodyTimeoutMs >= 2 ** 31)
    throw new ConfigurationError({
      option: 'bodyTimeoutMs',
      message: '`bodyTimeoutMs` must be a number of milliseconds above 0 and below 2^31',
    })
  const reportError = (error: unknown): void => {
    try {
      options.onError?.(error)
    } catch {
      // A failing error reporter must not leave the vendor without an answer.
    }
  }
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'POST')
      return new Response(JSON.stringify({ error: 'method not allowed' }), {
        status: 405,
        headers: { ...jsonHeaders, allow: 'POST' },
      })
    try {
      await options.authenticate?.(request)
    } catch (error) {
      if (error instanceof WebhookVerificationError) return reply(error.status, { error: error.message })
      reportError(error)
      return reply(500, { error: 'authentication failed' })
    }
    let text: string
    try {
      text = await readBodyWithLimit(request, maxBodyBytes, bodyTimeoutMs)
    } catch (error) {
      if (error instanceof BodyReadError) return reply(error.status, { error: error.message })
      return reply(400, { error: 'could not read body' })
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      return reply(400, { error: 'body is not valid JSON' })
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return reply(400, { error: 'body is not a JSON object' })
    const event = body as Record<string, unknown>
    const type = options.eventType(event)
    const handler =
      type === undefined ? undefined : Object.hasOwn(options.handlers, type) ? options.handlers[type] : undefined
    const context: WebhookContext = { request }
    try {
      const result = handler ? await handler(event as never, context) : await options.unknown?.(event, context)
      if (result instanceof Response) return result
      if (result !== undefined && result !== null) return reply(200, result)
      return reply(200, { ok: true })
    } catch (error) {
      reportError(error)
      return reply(500, { error: 'handler failed' })
    }
  }
}

/** What the generator knows of a spec's webhooks (`webhooks.gen.ts`). */
export interface SpecWebhookSetup {
  /** The vendor's factory name, for messages (`createAcmeChatWebhookHandler`). */
  readonly factory: string
  /** The body property whose value names the event (`type`), when the spec's events carry one. */
  readonly eventProperty?: string
  /** The one event of a spec with a single webhook and no such property. */
  readonly onlyEvent?: string
  /** A token in a header, declared by the spec's `x-parley-webhook-verification`: the option that takes it. */
  readonly headerToken?: { readonly header: string; readonly option: string }
}

/** Handlers by wire event name, each typed with its body; `unknown` takes the rest (acknowledged with 200). */
export type SpecWebhookHandlers<Events> = {
  [Name in keyof Events]?: (event: Events[Name], context: WebhookContext) => WebhookResult | Promise<WebhookResult>
} & {
  unknown?: (event: Record<string, unknown>, context: WebhookContext) => WebhookResult | Promise<WebhookResult>
}

export interface SpecWebhookHandlerOptions<Events> {
  on: SpecWebhookHandlers<Events>
  /**
   * Checks that a call comes from the vendor, before its body is read: throw a
   * `WebhookVerificationError` (or return `false`, answered 403) to refuse it. Required,
   * unless the spec declares a header token (then give that option) or
   * `insecureSkipVerification` is set.
   */
  verify?: (request: Request) => boolean | undefined | Promise<boolean | undefined>
  /**
   * Accept every well-formed call without checking who sent it: only behind your own
   * authentication (a proxy that checks, a private network).
   */
  insecureSkipVerification?: true
  /** Largest body accepted, in bytes (default 1 MiB); larger gets 413. */
  maxBodyBytes?: number
  /** Milliseconds the sender has to deliver the whole body (default 10 000); later gets 408. The same bound holds for `verify`. */
  bodyTimeoutMs?: number
  /** Told when a handler or `verify` throws (the vendor then gets a 500). */
  onError?: (error: unknown) => void
}

/** `verify` bounded by the body deadline: a handler always answers. */
function boundedVerification(
  verify: NonNullable<SpecWebhookHandlerOptions<unknown>['verify']>,
  deadlineMs: number,
): (request: Request) => Promise<void> {
  return async (request) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new WebhookVerificationError('webhook verification did not finish in time', 401)),
        deadlineMs,
      )
    })
    try {
      if ((await Promise.race([verify(request), late])) === false)
        throw new WebhookVerificationError('webhook verification refused the call', 403)
    } finally {
      clearTimeout(timer)
    }
  }
}

/**
 * The webhook handler the generator writes for a spec's `webhooks`: dispatch by event name,
 * body limits and deadlines, and verification the application must supply (a header token
 * the spec declares, or `verify`); without either it is refused at construction unless
 * `insecureSkipVerification: true` is named.
 */
export function createSpecWebhookHandler<Events>(
  setup: SpecWebhookSetup,
  options: SpecWebhookHandlerOptions<Events>,
): (request: Request) => Promise<Response> {
  const { headerToken, eventProperty, onlyEvent, factory } = setup
  // The token option is named by the spec (`webhookToken` unless it says otherwise).
  const token = headerToken ? (options as unknown as Record<string, unknown>)[headerToken.option] : undefined
  const tokens = headerToken && token !== undefined ? webhookSecrets(factory, headerToken.option, token) : undefined
  if (options.verify !== undefined && typeof options.verify !== 'function')
    throw new ConfigurationError({
      option: 'verify',
      message: `${factory}: \`verify\` must be a function of the request`,
    })
  if (!tokens && !options.verify && options.insecureSkipVerification !== true)
    throw new ConfigurationError({
      option: headerToken?.option ?? 'verify',
      message: `${factory}: give ${headerToken ? `\`${headerToken.option}\` (the token the vendor sends in \`${headerToken.header}\`) or ` : ''}\`verify(request)\`, or \`insecureSkipVerification: true\` to accept unauthenticated calls behind your own authentication`,
    })
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_WEBHOOK_BODY_TIMEOUT_MS
  const checkToken =
    tokens && headerToken ? (request: Request) => verifyHeaderToken(request, headerToken.header, tokens) : undefined
  const checkCustom = options.verify ? boundedVerification(options.verify, bodyTimeoutMs) : undefined
  const { unknown, ...handlers } = options.on
  return createWebhookDispatcher({
    authenticate:
      checkToken || checkCustom
        ? async (request) => {
            checkToken?.(request)
            await checkCustom?.(request)
          }
        : undefined,
    eventType: (body) => {
      const name = eventProperty === undefined ? onlyEvent : body[eventProperty]
      return typeof name === 'string' ? name : undefined
    },
    handlers: handlers as WebhookDispatchOptions['handlers'],
    unknown,
    maxBodyBytes: options.maxBodyBytes,
    bodyTimeoutMs,
    onError: options.onError,
  })
}

/**
 * The transport on Node: undici's dispatcher API over a keep-alive connection pool,
 * measured well ahead of both Node's `fetch` and `node:http` with a keep-alive agent
 * (bench/transport.bench.mjs). Bodies go out as fetch would send them (same content
 * types), answers come back as a `Reply` that reads the body without WHATWG streams.
 *
 * Test tools that intercept HTTP in the process are honoured, checked per call so that one
 * installed after the client was made is seen: a replaced `globalThis.fetch` (MSW, nock, a
 * test double) carries the call, and so does a global dispatcher the application set with
 * undici's `setGlobalDispatcher` (a `MockAgent`, a proxy agent).
 */
import { Readable } from 'node:stream'
import { Agent, EnvHttpProxyAgent, request } from 'undici'
import type { Dispatcher as UndiciDispatcher } from 'undici'
import type { LogLevel } from './hooks.js'
import type { Connection, Reply, Transport } from './transport.js'

export { checkConnection } from './transport-checks.js'

/** Errors of undici (this transport and Node's fetch) whose request provably never reached a server. */
export const neverSentCodes = [
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]

/** The system or undici code of a failure, found along its `cause` chain. */
export function failureCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

// Our own timeouts govern each attempt (timeouts.ts): undici's 300 s defaults would cut
// a call given `timeoutMs: Infinity`.
const poolOptions = { headersTimeout: 0, bodyTimeout: 0 }
let sharedAgent: Agent | undefined
let sharedProxyAgent: EnvHttpProxyAgent | undefined

/** Node's own `fetch` as this module found it: any other one later was put there by the application. */
const platformFetch = globalThis.fetch

/** Where undici's `setGlobalDispatcher` keeps the dispatcher Node's `fetch` and undici's `request` use. */
const globalDispatcherKey = Symbol.for('undici.globalDispatcher.1')
type GlobalWithDispatcher = typeof globalThis & { [globalDispatcherKey]?: UndiciDispatcher }

/**
 * The global dispatcher as this module found it, unless the application had already set one:
 * undici and Node put a plain `Agent` there by default, which the shared agent replaces (it
 * leaves the timeouts to the runtime). A `MockAgent` or proxy agent set earlier is kept.
 */
const startingGlobalDispatcher = ((found) => (found?.constructor?.name === 'Agent' ? found : undefined))(
  (globalThis as GlobalWithDispatcher)[globalDispatcherKey],
)

/** A global dispatcher the application set, if any (read per call, as `fetch` reads it). */
function applicationGlobalDispatcher(): UndiciDispatcher | undefined {
  const current = (globalThis as GlobalWithDispatcher)[globalDispatcherKey]
  return current === startingGlobalDispatcher ? undefined : current
}

/** The pool of a call: the caller's dispatcher, the proxy-aware agent when `proxy: true`, or one shared agent. */
function dispatcherFor({ dispatcher, proxy }: Connection): UndiciDispatcher {
  if (dispatcher) return dispatcher as unknown as UndiciDispatcher
  // Reads HTTP_PROXY, HTTPS_PROXY and NO_PROXY (either case) when first used.
  if (proxy) {
    sharedProxyAgent ??= new EnvHttpProxyAgent(poolOptions)
    return sharedProxyAgent
  }
  const global = applicationGlobalDispatcher()
  if (global) return global
  sharedAgent ??= new Agent(poolOptions)
  return sharedAgent
}

export const defaultTransport: Transport = async (url, exchange) => {
  // An application that replaced `fetch` sees every call (a caller's dispatcher rides along).
  const replacedFetch = globalThis.fetch
  if (replacedFetch !== platformFetch && typeof replacedFetch === 'function')
    return replacedFetch(url, exchange as RequestInit)
  const { signal } = exchange
  let headers = exchange.headers
  let body: string | Uint8Array | Readable | null = exchange.body as string | null
  // The common bodies (none, JSON text) go as they are; others may add a content type.
  if (body !== null && typeof body !== 'string') {
    headers = { ...headers }
    body = await wireBody(exchange.body as BodyInit, headers)
  }
  const dispatcher = dispatcherFor(exchange)
  const options = { method: exchange.method as 'GET', headers, body, signal }
  // undici's `request(url)` parses the URL again; the runtime's URLs are already absolute.
  const { origin, path } = splitUrl(url)
  const answer = await (typeof dispatcher.request === 'function'
    ? dispatcher.request({ origin, path, ...options })
    : request(url, { dispatcher, ...options }))
  return new NodeReply(answer)
}

/** `https://host:port` and `/path?query` of an absolute URL (a fragment is never sent). */
function splitUrl(url: string): { origin: string; path: string } {
  let end = url.indexOf('//') + 2
  while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#') end++
  const hash = url.indexOf('#', end)
  const rest = hash === -1 ? url.slice(end) : url.slice(end, hash)
  return { origin: url.slice(0, end), path: rest[0] === '/' ? rest : `/${rest}` }
}

/** Any `BodyInit` as undici sends it, with the content type fetch would add for it. */
async function wireBody(body: BodyInit, headers: Record<string, string>): Promise<string | Uint8Array | Readable> {
  if (body instanceof URLSearchParams) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded;charset=UTF-8'
    return body.toString()
  }
  if (body instanceof ArrayBuffer) return new Uint8Array(body)
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
  if (body instanceof Blob) {
    if (body.type) headers['content-type'] ??= body.type
    return new Uint8Array(await body.arrayBuffer())
  }
  if (body instanceof ReadableStream) return Readable.fromWeb(body as import('node:stream/web').ReadableStream)
  // FormData: fetch's own encoder writes the multipart boundary and its content type.
  const encoded = new Response(body)
  headers['content-type'] = encoded.headers.get('content-type') as string
  return new Uint8Array(await encoded.arrayBuffer())
}

/** An undici answer as the runtime reads it: the body read by undici, no WHATWG streams. */
class NodeReply implements Reply {
  readonly status: number
  readonly statusText = ''
  readonly type = 'basic' as const
  readonly headers: Headers
  readonly #body: UndiciDispatcher.ResponseData['body']

  constructor({ statusCode, headers, body }: UndiciDispatcher.ResponseData) {
    this.status = statusCode
    this.#body = body
    this.headers = new HeaderView(headers) as unknown as Headers
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300
  }

  get body(): Response['body'] {
    return this.#body.body as unknown as Response['body']
  }

  text(): Promise<string> {
    return this.#body.text()
  }

  blob(): Promise<Blob> {
    return this.#body.blob() as Promise<Blob>
  }

  discard(): Promise<unknown> {
    return this.#body.dump()
  }

  toResponse(content: BodyInit | null | undefined): Response {
    const empty = this.status === 204 || this.status === 205 || this.status === 304
    return new Response(empty ? null : (content ?? null), {
      status: this.status,
      headers: (this.headers as unknown as HeaderView).pairs(),
    })
  }
}

type RawHeaders = UndiciDispatcher.ResponseData['headers']

/**
 * The reading side of `Headers` (`get`, `has`, `forEach`) over undici's header object,
 * whose names are already lower case: a real `Headers` per answer cost a visible share of
 * a loopback call. `toResponse` gives users a real one.
 */
class HeaderView {
  readonly #raw: RawHeaders

  constructor(raw: RawHeaders) {
    this.#raw = raw
  }

  get(name: string): string | null {
    const value = this.#raw[name.toLowerCase()]
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
  }

  has(name: string): boolean {
    return this.#raw[name.toLowerCase()] !== undefined
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const name of Object.keys(this.#raw).sort()) callback(this.get(name) as string, name)
  }

  /** Every header line, `set-cookie` lines kept apart. */
  pairs(): Array<[string, string]> {
    const pairs: Array<[string, string]> = []
    for (const name in this.#raw) {
      const value = this.#raw[name]
      for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) pairs.push([name, item])
    }
    return pairs
  }
}

/** `PARLEY_LOG` (Node only): the log level where no option gives one. */
export const environmentLogLevel = (): LogLevel | undefined =>
  (process.env.PARLEY_LOG as LogLevel | undefined) || undefined

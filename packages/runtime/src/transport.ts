/**
 * The transport step: how one HTTP exchange goes out. `attempt.ts` calls it once per hop.
 * A caller's `fetch` is a transport as it is; without one, the package's export conditions
 * pick `transport-node.ts` (undici's dispatcher API) on Node and `transport-fetch.ts`
 * (the global `fetch`) everywhere else.
 */

/** What the runtime reads of an answer: a fetch `Response` is one. */
export type Reply = Pick<Response, 'status' | 'statusText' | 'ok' | 'type' | 'headers' | 'body' | 'text' | 'blob'> & {
  /** Drops an unread body without closing a pooled connection (fetch: `body.cancel()`). */
  discard?(): Promise<unknown>
  /** The answer as a fetch `Response`, for `responseStyle: 'fields'`. */
  toResponse?(content: BodyInit | null | undefined): Response
}

/** One exchange: always `redirect: 'manual'`, redirects are `attempt.ts`'s to follow. */
export interface Exchange {
  readonly method: string
  readonly headers: Record<string, string>
  readonly body: BodyInit | null
  readonly signal: AbortSignal
  readonly redirect: 'manual'
  readonly duplex: 'half'
}

/** Node connection settings, unused where requests go through `fetch`. */
export interface Connection {
  readonly dispatcher?: Dispatcher | undefined
  readonly proxy?: boolean | undefined
}

export type Transport = (url: string, exchange: Exchange & Connection) => Promise<Reply>

/**
 * An undici `Dispatcher` (`Agent`, `Pool`, `ProxyAgent`, `EnvHttpProxyAgent`, ...): the
 * connection pool of the Node transport. Typed by the one method undici calls.
 */
export interface Dispatcher {
  dispatch(options: object, handler: object): boolean
}

/** What a `fields`-style call resolves `response` to: a fetch `Response` on every path. */
export const asResponse = (reply: Reply, content: BodyInit | null | undefined): Response =>
  reply.toResponse ? reply.toResponse(content) : (reply as Response)

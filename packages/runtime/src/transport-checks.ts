/**
 * The Node transport's options, checked with the rest of the config (config-checks.ts).
 * Only the Node build carries these checks: elsewhere `dispatcher` and `proxy` do nothing.
 */
import type { Config } from './client-types.js'
import { refuseSetting } from './call-context.js'

/** `fetch`, `dispatcher` and `proxy` each pick how requests go out: one at a time. */
export function checkConnection({ fetch, dispatcher, proxy }: Pick<Config, 'fetch' | 'dispatcher' | 'proxy'>): void {
  if (dispatcher !== undefined && typeof (dispatcher as { dispatch?: unknown } | null)?.dispatch !== 'function')
    refuseSetting('dispatcher', 'must be an undici Dispatcher (Agent, Pool, ProxyAgent)')
  if (proxy !== undefined && typeof proxy !== 'boolean') refuseSetting('proxy', 'must be true or false')
  if (fetch && (dispatcher || proxy))
    refuseSetting(
      dispatcher ? 'dispatcher' : 'proxy',
      'is for the Node transport: a given `fetch` makes its own connections',
    )
  if (dispatcher && proxy)
    refuseSetting(
      'proxy',
      'cannot be combined with `dispatcher`: give an undici EnvHttpProxyAgent as the dispatcher instead',
    )
}

/**
 * Client settings checked when they are given (at `createClient`, `setConfig`, or per
 * call), so a mistake is named at once instead of surfacing as a retried network error,
 * a request to the wrong path or a timeout that never fires. Messages name the option and
 * the problem, never the value of a header or credential.
 */
import { isHeaderSafe } from './auth.js'
import type { Config, HeaderValue } from './client-types.js'
import { refuseSetting } from './call-context.js'
import { MAX_RETRIES_LIMIT } from './retry.js'
import { checkConnection } from '#transport'

/** Shared by header and credential checks; the value itself is never quoted. */
const unsafeValue = 'holds a character a header cannot carry'

type Checked = Pick<
  Config,
  | 'baseUrl'
  | 'timeoutMs'
  | 'maxRetries'
  | 'retry'
  | 'headers'
  | 'credentials'
  | 'fetch'
  | 'dispatcher'
  | 'proxy'
  | 'logLevel'
  | 'logger'
  | 'hooks'
>

/** Throws a `ConfigurationError` for the first setting that cannot work. */
export function checkConfig(config: Checked, credentialOptionNames?: Readonly<Record<string, string>>): void {
  if (config.baseUrl !== undefined) checkBaseUrl(config.baseUrl)
  if (config.timeoutMs !== undefined) checkTimeout(config.timeoutMs)
  if (config.maxRetries !== undefined) checkMaxRetries(config.maxRetries)
  for (const [name, value] of Object.entries(config.retry ?? {})) {
    if (typeof value !== 'number' || !(value >= 0) || value === Infinity)
      refuseSetting(`retry.${name}`, 'must be a finite number of ms, 0 or more')
  }
  if (config.headers && !(typeof Headers !== 'undefined' && config.headers instanceof Headers)) {
    for (const [name, value] of Object.entries(config.headers as Record<string, HeaderValue>)) {
      if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) refuseSetting('headers', 'a header name is not an HTTP token')
      if (value !== undefined && value !== null && !isHeaderSafe(String(value)))
        refuseSetting(`headers.${name}`, unsafeValue)
    }
  }
  checkConnection(config)
  if (config.logLevel !== undefined && !['off', 'error', 'warn', 'info', 'debug'].includes(config.logLevel))
    refuseSetting('logLevel', 'must be off, error, warn, info or debug')
  if (config.logger !== undefined && typeof config.logger?.debug !== 'function')
    refuseSetting('logger', 'needs debug, info, warn and error methods')
  for (const [name, hook] of Object.entries(config.hooks ?? {}))
    if (typeof hook !== 'function') refuseSetting(`hooks.${name}`, 'must be a function')
  for (const [name, value] of Object.entries(config.credentials ?? {})) {
    const option = credentialOptionNames?.[name] ?? `credentials.${name}`
    // An empty token is a mistake (an unset environment variable); leave the option out instead.
    if (value === '') refuseSetting(option, 'is empty')
    if (typeof value === 'string' && !isHeaderSafe(value)) refuseSetting(option, unsafeValue)
  }
}

/** An absolute http(s) URL with no query or fragment: operation paths are appended to it. */
export function checkBaseUrl(baseUrl: unknown): void {
  if (typeof baseUrl !== 'string') refuseSetting('baseUrl', 'must be a URL string')
  if (baseUrl === '') return
  if (/\s/.test(baseUrl)) refuseSetting('baseUrl', 'must not hold whitespace')
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    refuseSetting('baseUrl', 'needs a scheme: `https://host`')
  }
  // A query or fragment would land in the middle of every path; credentials belong in options.
  if (!/^https?:$/.test(url.protocol)) refuseSetting('baseUrl', 'must use http or https')
  if (url.username || url.password) refuseSetting('baseUrl', 'must not hold credentials')
  if (/[?#]/.test(baseUrl)) refuseSetting('baseUrl', 'must not have a query or fragment')
}

/** A positive number of milliseconds (`Infinity` for none). */
export function checkTimeout(timeoutMs: unknown, option = 'timeoutMs'): void {
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0))
    refuseSetting(option, 'must be a number of ms above 0 (or Infinity)')
}

/** A whole number from 0 to MAX_RETRIES_LIMIT. */
export function checkMaxRetries(maxRetries: unknown, option = 'maxRetries'): void {
  if (
    typeof maxRetries !== 'number' ||
    !Number.isInteger(maxRetries) ||
    maxRetries < 0 ||
    maxRetries > MAX_RETRIES_LIMIT
  ) {
    refuseSetting(option, `must be a whole number from 0 to ${MAX_RETRIES_LIMIT}`)
  }
}

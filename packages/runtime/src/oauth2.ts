/**
 * OAuth2 client credentials (RFC 6749 §4.4) as a token provider: the token is fetched from
 * the spec's `tokenUrl`, cached, and fetched again shortly before it expires. However many
 * calls wait, one token request is in flight. The client secret and the token are scrubbed
 * from every error, like any credential.
 */
import type { TokenProvider } from './client-types.js'
import { ParleyError } from './errors.js'
import { redactString } from './redact.js'

export interface ClientCredentialsOptions {
  /** The token endpoint (the scheme's `flows.clientCredentials.tokenUrl`). */
  readonly tokenUrl: string
  readonly clientId: string
  readonly clientSecret: string
  readonly scopes?: ReadonlyArray<string>
  /** Fetch the next token this long before the current one expires (default 60 000 ms, at most half its lifetime). */
  readonly refreshMarginMs?: number
  readonly fetch?: typeof fetch
  /** How the client authenticates to the token endpoint: HTTP Basic (default, RFC 6749 §2.3.1) or form fields. */
  readonly clientAuthentication?: 'basic' | 'body'
}

/** The token endpoint refused or failed; `status` is absent when it could not be reached. */
export class TokenRequestError extends ParleyError {
  static override readonly kind: string = 'TokenRequestError'
  declare readonly status: number | undefined
  declare readonly tokenUrl: string

  constructor(init: { status: number | undefined; tokenUrl: string; reason: string }) {
    super(`OAuth2 token request to ${init.tokenUrl} failed: ${init.reason}`, {
      status: init.status,
      tokenUrl: init.tokenUrl,
    })
  }

  override get isRetryable(): boolean {
    return this.status === undefined || this.status >= 500 || this.status === 429
  }
}

interface CachedToken {
  readonly token: string
  /** When to fetch the next one (ms since epoch); Infinity when the server gave no lifetime. */
  readonly refreshAt: number
}

export function clientCredentialsTokenProvider(options: ClientCredentialsOptions): TokenProvider {
  let cached: CachedToken | undefined
  let inFlight: Promise<string> | undefined
  const margin = options.refreshMarginMs ?? 60_000
  return () => {
    if (cached && Date.now() < cached.refreshAt) return cached.token
    inFlight ??= requestToken(options, margin)
      .then((fresh) => {
        cached = fresh
        return fresh.token
      })
      .finally(() => {
        inFlight = undefined
      })
    return inFlight
  }
}

async function requestToken(options: ClientCredentialsOptions, margin: number): Promise<CachedToken> {
  const secrets = [options.clientSecret]
  const fail = (status: number | undefined, reason: string): never => {
    throw new TokenRequestError({ status, tokenUrl: options.tokenUrl, reason: redactString(reason, secrets) })
  }
  const form = new URLSearchParams({ grant_type: 'client_credentials' })
  if (options.scopes?.length) form.set('scope', options.scopes.join(' '))
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  }
  if (options.clientAuthentication === 'body') {
    form.set('client_id', options.clientId)
    form.set('client_secret', options.clientSecret)
  } else {
    // RFC 6749 §2.3.1: each part form-encoded before Basic encoding.
    const pair = `${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`
    headers.authorization = `Basic ${btoa(pair)}`
    secrets.push(btoa(pair))
  }
  let response: Response
  try {
    response = await (options.fetch ?? globalThis.fetch)(options.tokenUrl, {
      method: 'POST',
      headers,
      body: form.toString(),
      redirect: 'error',
    })
  } catch (error) {
    return fail(undefined, error instanceof Error ? error.message : 'connection error')
  }
  const text = await response.text().catch(() => '')
  let body: { access_token?: unknown; expires_in?: unknown; error?: unknown } = {}
  try {
    body = JSON.parse(text)
  } catch {
    // A non-JSON answer is reported by its status below.
  }
  if (!response.ok)
    return fail(
      response.status,
      typeof body.error === 'string' ? `${response.status} ${body.error}` : `${response.status}`,
    )
  if (typeof body.access_token !== 'string' || body.access_token === '')
    return fail(response.status, 'the answer has no access_token')
  const lifetimeMs =
    typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in * 1000 : Number.POSITIVE_INFINITY
  // A margin longer than half the lifetime would refresh on nearly every call: cap it.
  return { token: body.access_token, refreshAt: Date.now() + lifetimeMs - Math.min(margin, lifetimeMs / 2) }
}

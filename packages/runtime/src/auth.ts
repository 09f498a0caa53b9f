/**
 * Credentials onto the request, as the operation's security asks: OpenAPI lists
 * alternatives (any one will do), each a set of schemes sent together.
 *
 * A credential is a string, a `{ username, password }` pair (HTTP Basic, encoded here), or
 * a function returning the current token (a bearer or OAuth2 token provider, awaited per
 * attempt so a refreshed token is used on retries). Values are checked before they reach
 * a header: fetch's own message for a bad header value quotes the value.
 */
import type { CallContext } from './call-context.js'
import type { Credential, Credentials, TokenProvider } from './client-types.js'
import { MissingCredentialError } from './errors.js'
import type { SecuritySchemeInfo, SecuritySchemeTable } from './operations.js'

/** The headers and query a credential lands in. */
export interface AuthTarget {
  readonly headers: Record<string, string>
  query: Record<string, unknown> | undefined
}

/** The first alternative whose schemes all have a credential, or a `MissingCredentialError`. */
export function chooseSecurity(
  security: ReadonlyArray<ReadonlyArray<string>>,
  credentials: Credentials | undefined,
  call: CallContext,
): ReadonlyArray<string> {
  const alternative = security.find((names) => names.every((name) => credentials?.[name]))
  if (alternative) return alternative
  const optionNames = call.metadata.credentialOptionNames
  const missing = (security[0] ?? []).filter((name) => !credentials?.[name]).map((name) => optionNames?.[name] ?? name)
  return call.refuse(
    missing[0] ?? 'credentials',
    `needs the \`${missing.join('`, `')}\` option of the client`,
    MissingCredentialError,
  )
}

/**
 * Puts the credentials of `schemeNames` on `target`. Returns a promise only when a
 * credential is a provider function, so calls with plain strings stay synchronous.
 */
export function applyCredentials(
  target: AuthTarget,
  schemeNames: ReadonlyArray<string>,
  credentials: Credentials | undefined,
  schemes: SecuritySchemeTable | undefined,
  call: CallContext,
): void | Promise<void> {
  let pending: Promise<void>[] | undefined
  for (const name of schemeNames) {
    const credential = credentials?.[name] as Credential
    const scheme = schemes?.[name]
    if (typeof credential === 'function') {
      pending ??= []
      pending.push(
        Promise.resolve(credential()).then((token) => {
          if (typeof token !== 'string' || token === '') refuseCredential(name, call, 'its provider returned no token')
          place(target, scheme, name, token, call)
        }),
      )
    } else {
      place(target, scheme, name, credential, call)
    }
  }
  return pending && Promise.all(pending).then(() => undefined)
}

function place(
  target: AuthTarget,
  scheme: SecuritySchemeInfo | undefined,
  name: string,
  credential: Exclude<Credential, TokenProvider>,
  call: CallContext,
): void {
  let value: string
  if (typeof credential === 'string') {
    value = credential
  } else {
    // HTTP Basic from a username and password: RFC 7617, UTF-8 before base64.
    if (credential.username.includes(':')) refuseCredential(name, call, 'its username contains `:`')
    call.addSecret(credential.password)
    value = base64(`${credential.username}:${credential.password}`)
  }
  if (!isHeaderSafe(value)) refuseCredential(name, call, 'it holds a line break or a character a header cannot carry')
  call.addSecret(value)
  if (!scheme || scheme.type === 'apiKey') {
    const key = scheme?.name ?? name
    if (scheme?.in === 'query') target.query = { ...target.query, [key]: value }
    else if (scheme?.in === 'cookie')
      target.headers.cookie = `${target.headers.cookie ? `${target.headers.cookie}; ` : ''}${key}=${value}`
    else target.headers[key.toLowerCase()] = value
    return
  }
  target.headers.authorization = `${authorizationPrefix(scheme)} ${value}`
}

/** `Basic` and `Bearer` as RFC 7617/6750 spell them; OAuth2 and OpenID Connect send bearer tokens. */
function authorizationPrefix(scheme: SecuritySchemeInfo): string {
  if (scheme.type !== 'http') return 'Bearer'
  const name = scheme.scheme?.toLowerCase()
  if (name === 'basic') return 'Basic'
  if (name === undefined || name === 'bearer') return 'Bearer'
  return scheme.scheme as string
}

/** Visible ASCII, Latin-1 and tabs or spaces inside: what an HTTP header value may hold. */
export const isHeaderSafe = (value: string): boolean => /^[\t\x20-\x7e\x80-\xff]*$/.test(value)

function base64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

const refuseCredential = (name: string, call: CallContext, problem: string): never =>
  call.refuse(name, `the \`${name}\` credential cannot be sent: ${problem}`)

/**
 * Credentials onto the request, as the operation's security asks: OpenAPI lists
 * alternatives (any one will do), each a set of schemes sent together.
 *
 * A credential is a string, a `{ username, password }` pair (HTTP Basic), or a function
 * returning the current token (a bearer or OAuth2 token provider, awaited per attempt so a
 * refreshed token is used on retries). How each kind is placed is credential-kinds.ts's. Values are checked before they reach
 * a header: fetch's own message for a bad header value quotes the value.
 */
import type { CallContext } from './call-context.js'
import type { Credential, Credentials, TokenProvider } from './client-types.js'
import { MissingCredentialError } from './errors.js'
import type { AuthTarget, CredentialCall, SecuritySchemeInfo, SecuritySchemeTable } from './operations.js'

export type { AuthTarget }

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

/**
 * A credential onto the request by its scheme's placer (credential-kinds.ts, named by the
 * generated scheme table), or as an API key in a header, the one kind every package carries.
 */
function place(
  target: AuthTarget,
  scheme: SecuritySchemeInfo | undefined,
  name: string,
  credential: Exclude<Credential, TokenProvider>,
  call: CallContext,
): void {
  if (scheme?.place) scheme.place(target, credential, scheme, name, call)
  else target.headers[(scheme?.name ?? name).toLowerCase()] = textCredential(credential, name, call)
}

/**
 * A credential sent as it is: a string a header can carry, now one of the call's secrets.
 * A username and password pair is for HTTP Basic schemes only.
 */
export function textCredential(
  credential: Exclude<Credential, TokenProvider>,
  name: string,
  call: CredentialCall,
): string {
  if (typeof credential !== 'string')
    return refuseCredential(name, call, 'it takes a string, not a username and password')
  if (!isHeaderSafe(credential))
    refuseCredential(name, call, 'it holds a line break or a character a header cannot carry')
  call.addSecret(credential)
  return credential
}

/** Visible ASCII, Latin-1 and tabs or spaces inside: what an HTTP header value may hold. */
export const isHeaderSafe = (value: string): boolean => /^[\t\x20-\x7e\x80-\xff]*$/.test(value)

export const refuseCredential = (name: string, call: CredentialCall, problem: string): never =>
  call.refuse(name, `the \`${name}\` credential cannot be sent: ${problem}`)

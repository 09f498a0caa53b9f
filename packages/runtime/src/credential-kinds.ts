/**
 * Every credential kind but the commonest (an API key in a header, auth.ts's default): how
 * a scheme's credential is placed on a request, and how a factory's options make one. The
 * generated scheme and credential tables (operations.gen.ts) name what their spec uses, so a
 * package whose spec has no HTTP Basic, cookie or OAuth2 scheme carries none of this code.
 */
import { refuseCredential, textCredential } from './auth.js'
import type { BasicCredential, Credential, Credentials } from './client-types.js'
import { clientCredentialsTokenProvider } from './oauth2.js'
import type { AuthTarget, CredentialPlacer, SecuritySchemeInfo } from './operations.js'

/** An API key in the query (`in: query`). */
export const placeInQuery: CredentialPlacer = (target, credential, scheme, name, call) => {
  target.query = { ...target.query, [scheme.name ?? name]: textCredential(credential, name, call) }
}

/** An API key as a cookie (`in: cookie`), after the cookies placed before it. */
export const placeInCookie: CredentialPlacer = (target, credential, scheme, name, call) => {
  const cookie = `${scheme.name ?? name}=${textCredential(credential, name, call)}`
  target.headers.cookie = target.headers.cookie ? `${target.headers.cookie}; ${cookie}` : cookie
}

/**
 * `Authorization: <scheme> <token>`: bearer tokens (http `bearer`, OAuth2, OpenID Connect)
 * as RFC 6750 spells them, another http scheme by its name.
 */
export const placeAuthorization: CredentialPlacer = (target, credential, scheme, name, call) => {
  const prefix = scheme.type === 'http' && scheme.scheme && !/^bearer$/i.test(scheme.scheme) ? scheme.scheme : 'Bearer'
  authorize(target, prefix, textCredential(credential, name, call))
}

/** HTTP Basic: a username and password encoded here (RFC 7617, UTF-8 before base64), or the encoded pair. */
export const placeBasic: CredentialPlacer = (target, credential, _scheme, name, call) => {
  let encoded: string
  if (typeof credential === 'string') encoded = textCredential(credential, name, call)
  else {
    if (credential.username.includes(':')) refuseCredential(name, call, 'its username contains `:`')
    call.addSecret(credential.password)
    encoded = base64(`${credential.username}:${credential.password}`)
    call.addSecret(encoded)
  }
  authorize(target, 'Basic', encoded)
}

const authorize = (target: AuthTarget, prefix: string, value: string): void => {
  target.headers.authorization = `${prefix} ${value}`
}

function base64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** A scheme's credential from a factory's options, and how messages name those options. */
export type CredentialReader<Entry> = (
  entry: Entry,
  options: Readonly<Record<string, unknown>>,
  scheme: SecuritySchemeInfo | undefined,
  fetch: typeof globalThis.fetch | undefined,
) => { readonly credential: Credential | undefined; readonly optionNames: string }

/** The factory options of an HTTP Basic scheme. */
export interface BasicOptions {
  readonly username: string
  readonly password: string
}

/** The factory options of an OAuth2 client-credentials scheme. */
export interface ClientCredentialsOptionNames {
  readonly clientId: string
  readonly clientSecret: string
  readonly token: string
}

/** HTTP Basic from a username option and a password option (`{ username, password }` of the entry). */
export const readBasic: CredentialReader<BasicOptions> = ({ username, password }, options) => {
  const user = options[username]
  const secret = options[password]
  return {
    credential:
      typeof user === 'string' && typeof secret === 'string'
        ? ({ username: user, password: secret } satisfies BasicCredential)
        : undefined,
    optionNames: `${username}\` and \`${password}`,
  }
}

/**
 * An OAuth2 token option, or else a client id and secret whose tokens are fetched from the
 * scheme's `tokenUrl` (`{ clientId, clientSecret, token }` of the entry).
 */
export const readClientCredentials: CredentialReader<ClientCredentialsOptionNames> = (
  { clientId, clientSecret, token },
  options,
  scheme,
  fetch,
) => {
  const id = options[clientId]
  const secret = options[clientSecret]
  const given = options[token] as Credentials[string]
  const tokenUrl = scheme?.tokenUrl
  return {
    credential:
      given !== undefined
        ? given
        : typeof id === 'string' && typeof secret === 'string' && tokenUrl
          ? clientCredentialsTokenProvider({
              tokenUrl,
              clientId: id,
              clientSecret: secret,
              scopes: scheme?.scopes,
              ...(fetch && { fetch }),
            })
          : undefined,
    optionNames: `${clientId}\` and \`${clientSecret}`,
  }
}

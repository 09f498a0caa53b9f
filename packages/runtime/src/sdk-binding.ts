/**
 * Turns a generated flat SDK (`sdk.gen.ts`: one exported function per operation) into
 * methods bound to one client. The flat functions stay exported for tree-shaking; the
 * bound object is what `create<Vendor>Client` returns. Anchor: openai-node's split between
 * generated resources and hand-written `src/lib`.
 */
import { refuseSetting } from './call-context.js'
import { createClient } from './client.js'
import type {
  Client,
  ClientMetadata,
  Config,
  Credential,
  Credentials,
  HeaderValue,
  ResponseValidator,
} from './client-types.js'
import { ResponseValidationError } from './errors.js'
import type { BasicOptions, ClientCredentialsOptionNames, CredentialReader } from './credential-kinds.js'
import type { SecuritySchemeTable } from './operations.js'
import type { ResponseChecker } from './validate.js'

// biome-ignore lint/suspicious/noExplicitAny: matches any SDK function's signature, whatever its generics
type AnySdkFunction = (...args: any[]) => unknown

/** Each SDK function with its `client` option filled in. */
export type BoundSdk<TSdk> = {
  readonly [Name in keyof TSdk as TSdk[Name] extends AnySdkFunction ? Name : never]: TSdk[Name] extends (
    ...args: infer Args
  ) => infer Result
    ? (...args: Args) => Result
    : never
}

/** Options every vendor client factory accepts, besides its credentials: the client's own settings. */
export interface CommonClientOptions
  extends Pick<
    Config,
    | 'baseUrl'
    | 'fetch'
    | 'dispatcher'
    | 'proxy'
    | 'timeoutMs'
    | 'maxRetries'
    | 'retry'
    | 'logger'
    | 'logLevel'
    | 'hooks'
  > {
  /** Extra headers on every request. */
  headers?: Record<string, HeaderValue>
  /**
   * Check every 2xx body against the spec's schemas with the checker the package's `./zod`
   * entry exports: `validateResponses: responseChecker`. An import the application makes,
   * so bundles that do not validate carry neither zod nor the schemas.
   */
  validateResponses?: ResponseChecker
}

/** The generated per-vendor metadata (`src/generated/operations.gen.ts`). */
export interface VendorMetadata {
  readonly securitySchemes: SecuritySchemeTable
  /** The spec's top-level security, for the operations that name none. */
  readonly defaultSecurity?: ReadonlyArray<ReadonlyArray<string>>
  /** The answer header that carries the vendor's request id (`requestIdHeader` of operations.gen.ts). */
  readonly requestIdHeader?: string
}

export interface SdkClientSetup {
  readonly metadata: VendorMetadata
  readonly defaultBaseUrl: string
  /** Credentials by security scheme name. */
  readonly credentials: Credentials
  /**
   * The factory option that supplies a scheme, for error messages, where it is not named
   * like the scheme (`{ bearerAuth: 'apiKey' }`).
   */
  readonly credentialOptionNames?: Readonly<Record<string, string>>
  readonly options: CommonClientOptions
}

export function bindSdk<TSdk extends Record<string, unknown>>(sdk: TSdk, client: Client): BoundSdk<TSdk> {
  const bound: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(sdk)) {
    if (typeof value !== 'function') continue
    const operation = value as (options?: Record<string, unknown>) => unknown
    // The caller's options after `client`: a `client` the caller passes explicitly wins, as
    // it would with the flat function.
    bound[name] = (options?: Record<string, unknown>) => operation({ client, ...options })
  }
  return bound as BoundSdk<TSdk>
}

/** Builds the runtime client a vendor factory binds its SDK to. */
export function createSdkClient(setup: SdkClientSetup): Client {
  // The common options are the runtime's own config fields (an absent one stays undefined,
  // which the client reads as its default).
  const { baseUrl, validateResponses, ...options } = setup.options
  // A spec's relative server URL (a path such as `/v2`, `` for none) is no default: calls
  // without `baseUrl` are refused, naming it, while the client (and the package) still loads.
  // Anything else is checked as a baseUrl (a factory may pass the user's URL as the default).
  const serverIsRelative = setup.defaultBaseUrl === '' || /^\/(?!\/)/.test(setup.defaultBaseUrl)
  const config: Config = {
    ...options,
    baseUrl: baseUrl ?? (serverIsRelative ? undefined : setup.defaultBaseUrl),
    credentials: setup.credentials,
    responseStyle: 'data',
    throwOnError: true,
  }
  const metadata: ClientMetadata = {
    securitySchemes: setup.metadata.securitySchemes,
    defaultSecurity: setup.metadata.defaultSecurity,
    credentialOptionNames: setup.credentialOptionNames,
    responseValidator: validateResponses && responseValidator(validateResponses),
    requestIdHeader: setup.metadata.requestIdHeader,
    relativeServerUrl: serverIsRelative ? setup.defaultBaseUrl || '/' : undefined,
  }
  return createClient(config, metadata)
}

/** The client's validator from the checker the application imported (the package's `./zod` entry). */
function responseValidator(validateResponses: ResponseChecker): ResponseValidator {
  // `true` (before 1.0) loaded the schemas lazily, which kept them in every one-file bundle.
  if (typeof validateResponses !== 'function')
    refuseSetting('validateResponses', "takes `responseChecker` from the package's `/zod` entry")
  return (operationId, data) => {
    const issues = validateResponses(operationId, data)
    // The body as received, not zod's parse: zod drops properties the schema does not
    // name, and vendors add fields (the specs are liberal in what responses carry).
    if (!issues) return data
    throw new ResponseValidationError({ operationId, issues })
  }
}

/**
 * Which client factory options give a security scheme's credential (generated as
 * `credentialOptions` in operations.gen.ts): one option holding a string or token provider
 * (apiKey, bearer, OAuth2 and OpenID Connect tokens), or several read by the entry's
 * `read` (credential-kinds.ts): a username and password (`readBasic`), an OAuth2 client id
 * and secret whose tokens are fetched from the scheme's `tokenUrl` (`readClientCredentials`).
 * The generated table names the readers its spec needs, so only those packages carry them.
 */
export type CredentialOption =
  | { readonly kind: 'secret'; readonly option: string }
  | (BasicOptions & { readonly kind: 'basic'; readonly read: CredentialReader<BasicOptions> })
  | (ClientCredentialsOptionNames & {
      readonly kind: 'clientCredentials'
      readonly read: CredentialReader<ClientCredentialsOptionNames>
    })

export type CredentialOptionTable = Readonly<Record<string, CredentialOption>>

/**
 * The credentials by scheme name from a factory's options, and the option that names each
 * scheme (for `MissingCredentialError` messages).
 */
export function credentialsFromOptions(
  options: Readonly<Record<string, unknown>>,
  table: CredentialOptionTable,
  schemes: SecuritySchemeTable,
  fetch?: typeof globalThis.fetch,
): { credentials: Credentials; credentialOptionNames: Record<string, string> } {
  const credentials: Record<string, Credential | undefined> = {}
  const credentialOptionNames: Record<string, string> = {}
  for (const [scheme, entry] of Object.entries(table)) {
    if (entry.kind === 'secret') {
      credentials[scheme] = options[entry.option] as Credential | undefined
      credentialOptionNames[scheme] = entry.option
    } else {
      const read = entry.read as CredentialReader<typeof entry>
      const { credential, optionNames } = read(entry, options, schemes[scheme], fetch)
      credentials[scheme] = credential
      credentialOptionNames[scheme] = optionNames
    }
  }
  return { credentials, credentialOptionNames }
}

/** What a vendor factory passes from its generated operations.gen.ts. */
export interface VendorClientMetadata extends VendorMetadata {
  readonly defaultBaseUrl: string
  /** Which factory options are credentials, and of which scheme (`credentialOptions`). */
  readonly credentialOptions: CredentialOptionTable
}

/**
 * A vendor's runtime client from its factory's options, whatever they are: the options its
 * credential table names are its credentials, every other one goes to the runtime as given.
 * No list of common options exists outside `CommonClientOptions`, so an option the runtime
 * gains reaches every vendor's factory without a change there.
 */
export function createVendorHttpClient(metadata: VendorClientMetadata, options: object = {}): Client {
  const common: Record<string, unknown> = { ...options }
  // Every string of a table entry but its `kind` names a factory option (`option`, `username`, ...).
  for (const entry of Object.values(metadata.credentialOptions))
    for (const [field, name] of Object.entries(entry))
      if (field !== 'kind' && typeof name === 'string') delete common[name]
  const { credentials, credentialOptionNames } = credentialsFromOptions(
    options as Record<string, unknown>,
    metadata.credentialOptions,
    metadata.securitySchemes,
    (common as CommonClientOptions).fetch,
  )
  return createSdkClient({
    metadata,
    defaultBaseUrl: metadata.defaultBaseUrl,
    credentials,
    credentialOptionNames,
    options: common,
  })
}

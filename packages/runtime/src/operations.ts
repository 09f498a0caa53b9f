/**
 * The per-vendor operation table our generator writes to `src/generated/operations.gen.ts`
 * from the spec. hey-api's SDK functions only pass a method and a URL template; this table
 * adds what the runtime needs to decide before sending: which credentials an operation
 * takes, which path parameters must be present, and whether it is safe to repeat.
 */
/** Per-field settings of a form or multipart body (OpenAPI `encoding`). */
export interface FieldEncoding {
  /** A multipart part's content type (`image/png`, `application/json`). */
  readonly contentType?: string
  /** Arrays as repeated fields (default) or one delimited field; objects as `name[key]` fields with `deepObject`. */
  readonly explode?: boolean
  /** How an array or object field is written (OpenAPI style; `form` by default). */
  readonly style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject'
  /** Send RFC 3986 reserved characters (`:/?[]@!$'()*,;`) as they are instead of percent-encoded. */
  readonly allowReserved?: boolean
}

export type BodyEncoding = Readonly<Record<string, FieldEncoding>>

export interface OperationInfo {
  /** The spec's operationId (the SDK function name too, unless `name` says otherwise). */
  readonly id: string
  /**
   * The SDK function and client method name when it is not the operationId: an id in
   * another casing (`Get_user` -> `getUser`), a missing id, or a renamed collision.
   */
  readonly name?: string
  /**
   * Alternatives, each a list of scheme names that must all be sent (OpenAPI semantics);
   * when absent, the spec's top-level security (`defaultSecurity` of the vendor metadata).
   */
  readonly security?: ReadonlyArray<ReadonlyArray<string>>
  /** Required query parameters. */
  readonly requiredQuery?: ReadonlyArray<string>
  /** Whether the request body is required. */
  readonly bodyRequired?: boolean
  /**
   * Path and query parameters whose schema takes one string, number or boolean, as
   * `path.<name>` or `query.<name>`: an array, object or function given for one is refused.
   */
  readonly scalars?: ReadonlyArray<string>
  /** Properties an object body must have (its schema's `required`). */
  readonly requiredBody?: ReadonlyArray<string>
  /**
   * Safe to repeat: GET/HEAD/PUT/DELETE/OPTIONS by HTTP semantics, or a POST marked
   * `x-parley-idempotent: true` in the spec. Absent: the method decides.
   */
  readonly idempotent?: boolean
  /** The request body's media type when it is not JSON (`application/x-www-form-urlencoded`, `multipart/form-data`, ...). */
  readonly requestMediaType?: string
  /** Per-field settings of a form or multipart body (OpenAPI `encoding`). */
  readonly encoding?: BodyEncoding
  /** How a 2xx body is read when it is not JSON: `text`, `blob` (binary), `stream`, or `empty`. */
  readonly responseKind?: 'text' | 'blob' | 'stream' | 'empty'
}

/**
 * Keyed by `"<METHOD> <url template>"`, e.g. `"GET /api/v1/users/{id}"`. The generator leaves
 * out every field that has its default, so the table costs little in a browser bundle.
 */
export type OperationTable = Readonly<Record<string, OperationInfo>>

/** The headers and query a credential lands in. */
export interface AuthTarget {
  readonly headers: Record<string, string>
  query: Record<string, unknown> | undefined
}

/** What placing a credential needs of its call (`CallContext`): to keep a secret, or refuse to send. */
export interface CredentialCall {
  addSecret(value: string): void
  refuse(parameter: string, problem: string): never
}

/** Puts a scheme's credential on a request (credential-kinds.ts); the value is checked before it reaches a header. */
export type CredentialPlacer = (
  target: AuthTarget,
  credential: string | { readonly username: string; readonly password: string },
  scheme: SecuritySchemeInfo,
  name: string,
  call: CredentialCall,
) => void

export interface SecuritySchemeInfo {
  /** OAuth2 and OpenID Connect schemes take a bearer token (or a token provider). */
  readonly type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect'
  readonly in?: 'header' | 'query' | 'cookie'
  /** Header, query parameter or cookie name (apiKey). */
  readonly name?: string
  /** `bearer` or `basic` (http). */
  readonly scheme?: string
  /** Where an OAuth2 client-credentials token comes from (see `@parley/runtime/oauth2`). */
  readonly tokenUrl?: string
  readonly scopes?: ReadonlyArray<string>
  /**
   * How the credential goes on the request when it is not an API key in a header: the
   * generated table names `placeInQuery`, `placeInCookie`, `placeAuthorization` or `placeBasic`.
   */
  readonly place?: CredentialPlacer
}

export type SecuritySchemeTable = Readonly<Record<string, SecuritySchemeInfo>>

const idempotentMethods = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])

/** HTTP semantics: which methods may be repeated without a spec marking. */
export const isIdempotentMethod = (method: string): boolean => idempotentMethods.has(method.toUpperCase())

/**
 * What every step of one call shares, created once per call in `send` (client.ts) and
 * handed to each step: the call's name, its operation's metadata, the client settings it
 * runs under, every secret it could send (one list, filled as credentials are placed) with
 * the scrubbing that keeps them out of what an error carries, and `refuse`, the one way a
 * step stops a call before anything is sent.
 *
 * This is also where a call is observed: whatever reports per-attempt events (a logger,
 * request/response/error hooks) hangs off the context, which already knows the call's name
 * and how to scrub what is reported.
 */
import type { ClientMetadata, Config, Credentials, RequestOptions } from './client-types.js'
import { ConfigurationError, RequestValidationError } from './errors.js'
import type { OperationInfo } from './operations.js'
import { isSensitiveName, redactString, redactUrl } from './redact.js'

export class CallContext {
  /** The call's operationId, or its method and URL template for a direct client call. */
  readonly name: string

  constructor(
    /** The HTTP method, upper case. */
    readonly method: string,
    /** The URL template as the call gave it (`/users/{id}`). */
    readonly url: string,
    /** What the spec says about the operation (absent for a direct client call without one). */
    readonly operation: OperationInfo | undefined,
    /** The client's settings when the call started. */
    readonly config: Config,
    /** What the vendor package told the client from the spec (security schemes, option names). */
    readonly metadata: ClientMetadata,
    /**
     * Every credential value the call sends or could send. Steps add what they derive
     * (an encoded Basic pair, a provider's token) with `addSecret`.
     */
    readonly secrets: string[],
  ) {
    this.name = operation?.id ?? `${method} ${url}`
  }

  get operationId(): string | undefined {
    return this.operation?.id
  }

  addSecret(value: string): void {
    this.secrets.push(value)
  }

  /** A header the call sends: its value is a secret when its name says so (`authorization`, `x-api-key`, ...). */
  addHeaderSecret(name: string, value: string): void {
    if (isSensitiveName(name)) this.secrets.push(value)
  }

  /** `text` with every secret of the call replaced. */
  redact(text: string): string {
    return redactString(text, this.secrets)
  }

  /** A URL safe to print: no user-info, sensitive query values hidden, secrets replaced. */
  redactUrl(url: string): string {
    return redactUrl(url, this.secrets)
  }

  /**
   * Stops a call that cannot be sent as given, before anything goes out: a
   * `RequestValidationError` (or `MissingCredentialError`) naming the call and `parameter`.
   */
  refuse(
    parameter: string,
    problem: string,
    ErrorClass: typeof RequestValidationError = RequestValidationError,
  ): never {
    throw new ErrorClass({
      operationId: this.operationId,
      parameter,
      message: `${this.name}: ${problem}; nothing was sent`,
    })
  }
}

/** What every call of a client starts from. */
export interface CallSource {
  config: Config
  readonly metadata: ClientMetadata
  /** The string credentials of the config (`secretValues`), collected when the config is set. */
  secrets: ReadonlyArray<string>
}

/** The context of a call made with `options` by the client in `state`. */
export function startCall(
  state: CallSource,
  options: Pick<RequestOptions, 'url' | 'operation' | 'credentials'>,
  method: string,
): CallContext {
  const secrets = [...state.secrets]
  if (options.credentials) secrets.push(...secretValues(options.credentials))
  return new CallContext(method, options.url, options.operation, state.config, state.metadata, secrets)
}

/** The credential values given as such: strings and Basic passwords (providers' tokens are added when placed). */
export function secretValues(credentials: Credentials | undefined): string[] {
  const values: string[] = []
  for (const value of Object.values(credentials ?? {})) {
    if (typeof value === 'string' && value.length > 0) values.push(value)
    else if (value && typeof value === 'object' && value.password) values.push(value.password)
  }
  return values
}

/** A client setting that cannot work, named by its option (never quoting its value). */
export function refuseSetting(option: string, problem: string): never {
  throw new ConfigurationError({ option, message: `\`${option}\` ${problem}` })
}

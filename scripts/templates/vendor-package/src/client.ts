import type { Client } from '@parley/runtime'
import { type BoundSdk, type CommonClientOptions, bindSdk, createVendorHttpClient } from '@parley/runtime/internal'
import {
  type CredentialOptions,
  credentialOptions,
  defaultBaseUrl,
  defaultSecurity,
  securitySchemes,
} from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'

/** The options of every Parley client, and one per credential of the spec's security schemes (generated). */
export interface __NAME__ClientOptions extends CommonClientOptions, CredentialOptions {}

/** Every operation of the __TITLE__, bound to one set of credentials. */
export type __NAME__Client = BoundSdk<typeof sdk>

/** Creates a client for the __TITLE__: one method per operation of the spec. */
export function create__NAME__Client(options: __NAME__ClientOptions = {}): __NAME__Client {
  return bindSdk(sdk, create__NAME__HttpClient(options))
}

/** The HTTP client alone, for the flat functions (`operation({ client, ... })`). */
export function create__NAME__HttpClient(options: __NAME__ClientOptions = {}): Client {
  return createVendorHttpClient({ defaultBaseUrl, defaultSecurity, securitySchemes, credentialOptions }, options)
}

import type { Client } from '@parley/runtime'
import { type BoundSdk, type CommonClientOptions, bindSdk, createVendorHttpClient } from '@parley/runtime/internal'
import {
  type CredentialOptions,
  credentialOptions,
  defaultBaseUrl,
  defaultSecurity,
  requestIdHeader,
  securitySchemes,
} from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'
import type { WithSyncOverloads } from './sync.js'

/**
 * The options of every Parley client, and the spec's one credential (generated): `apiKey`,
 * the raw key as the whole value of the `Authorization` header, with no `Bearer ` prefix.
 * (An older flow.ai JavaScript SDK sends `Bearer`; that is the separate socket API.)
 */
export interface KhorosFlowClientOptions extends CommonClientOptions, CredentialOptions {}

/**
 * Every operation of the Khoros Flow REST API, bound to one set of credentials. The ones
 * with a `sync` parameter are typed by it: `{ query: { sync: true } }` resolves the result.
 */
export type KhorosFlowClient = WithSyncOverloads<BoundSdk<typeof sdk>>

/** Creates a client for the Khoros Flow REST API: one method per operation of the spec. */
export function createKhorosFlowClient(options: KhorosFlowClientOptions = {}): KhorosFlowClient {
  // The overloads only narrow types: the bound functions are the generated ones.
  return bindSdk(sdk, createKhorosFlowHttpClient(options)) as KhorosFlowClient
}

/** The HTTP client alone, for the flat functions (`operation({ client, ... })`). */
export function createKhorosFlowHttpClient(options: KhorosFlowClientOptions = {}): Client {
  return createVendorHttpClient(
    { defaultBaseUrl, defaultSecurity, securitySchemes, credentialOptions, requestIdHeader },
    options,
  )
}

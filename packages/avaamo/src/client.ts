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

/**
 * The options of every Parley client, and one per credential of the spec's security schemes
 * (generated): `userAccessToken` for `postAgentMessage`, `agentAccessToken` for
 * `listAgentMessages`, both sent in the `access-token` header of their operation only.
 */
export interface AvaamoClientOptions extends CommonClientOptions, CredentialOptions {}

/** Every operation of the Avaamo Message API, bound to one set of credentials. */
export type AvaamoClient = BoundSdk<typeof sdk>

/**
 * Creates a client for the Avaamo Message API: one method per operation of the spec
 * (`postAgentMessage`, `listAgentMessages`), each resolving the typed 2xx body and
 * throwing a typed `ApiError` otherwise.
 *
 * Both tokens are optional because a service may only post or only read: a call whose
 * token was not given rejects with a `MissingCredentialError` naming the option
 * (`userAccessToken` or `agentAccessToken`) before anything is sent.
 *
 * @example
 * const avaamo = createAvaamoClient({ userAccessToken, agentAccessToken })
 * await avaamo.postAgentMessage({ body: { message: 'Hi', conversation: { uuid }, bot_id: 2154 } })
 */
export function createAvaamoClient(options: AvaamoClientOptions = {}): AvaamoClient {
  return bindSdk(sdk, createAvaamoHttpClient(options))
}

/** The HTTP client alone, for the flat functions (`operation({ client, ... })`). */
export function createAvaamoHttpClient(options: AvaamoClientOptions = {}): Client {
  return createVendorHttpClient(
    { defaultBaseUrl, defaultSecurity, securitySchemes, credentialOptions, requestIdHeader },
    options,
  )
}

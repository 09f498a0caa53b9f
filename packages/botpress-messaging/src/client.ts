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
 * (generated): `clientId` and `clientToken` (from `createClient` or your Botpress server), and
 * `adminKey` (the server's `ADMIN_KEY`), needed only by the admin routes when the server has one.
 */
export interface BotpressMessagingClientOptions extends CommonClientOptions, CredentialOptions {
  /**
   * Root URL of your messaging server, without `/api/v1` (its `MESSAGING_URL`).
   * Defaults to `http://localhost:3100`, the server's own default.
   */
  baseUrl?: string
}

/** Every operation of the Botpress Messaging API, bound to one set of credentials. */
export type BotpressMessagingClient = BoundSdk<typeof sdk>

/**
 * Creates a client for a Botpress Messaging server.
 *
 * @example
 * const messaging = createBotpressMessagingClient({ baseUrl, clientId, clientToken })
 * const user = await messaging.createUser()
 */
export function createBotpressMessagingClient(options: BotpressMessagingClientOptions = {}): BotpressMessagingClient {
  return bindSdk(sdk, createBotpressMessagingHttpClient(options))
}

/**
 * The HTTP client alone, for the flat functions: a bundle that imports only
 * `getUser` and this carries no other operation.
 *
 * @example
 * const http = createBotpressMessagingHttpClient({ baseUrl, clientId, clientToken })
 * const user = await getUser({ client: http, path: { id } })
 */
export function createBotpressMessagingHttpClient(options: BotpressMessagingClientOptions = {}): Client {
  return createVendorHttpClient(
    { defaultBaseUrl, defaultSecurity, securitySchemes, credentialOptions, requestIdHeader },
    options,
  )
}

import type { Client } from '@parley/runtime'
import { type BoundSdk, type CommonClientOptions, bindSdk, createSdkClient } from '@parley/runtime/internal'
import { defaultBaseUrl, defaultSecurity, securitySchemes } from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'

export interface BotpressMessagingClientOptions extends CommonClientOptions {
  /**
   * Root URL of your messaging server, without `/api/v1` (its `MESSAGING_URL`).
   * Defaults to `http://localhost:3100`, the server's own default.
   */
  baseUrl?: string
  /** The client's id (`x-bp-messaging-client-id`), from `createClient` or your Botpress server. */
  clientId?: string
  /** The client's token (`x-bp-messaging-client-token`). */
  clientToken?: string
  /** The server's `ADMIN_KEY`, needed only by `createClient` when the server has one. */
  adminKey?: string
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
  const { clientId, clientToken, adminKey, ...common } = options
  return createSdkClient({
    metadata: {
      defaultSecurity,
      securitySchemes,
    },
    defaultBaseUrl,
    credentials: { clientId, clientToken, adminKey },
    options: common,
  })
}

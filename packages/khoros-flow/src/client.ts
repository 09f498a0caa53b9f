import type { Client } from '@parley/runtime'
import { type BoundSdk, type CommonClientOptions, bindSdk, createSdkClient } from '@parley/runtime/internal'
import { defaultBaseUrl, defaultSecurity, securitySchemes } from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'
import type { WithSyncOverloads } from './sync.js'

export interface KhorosFlowClientOptions extends CommonClientOptions {
  /** The raw API key as the whole value of the `Authorization` header, with no `Bearer ` prefix: `Authorization: MY_MESSAGING_API_KEY`. (An older flow.ai JavaScript SDK sends `Bearer`; that is the separate socket API.) */
  apiKey?: string
}

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
  const { apiKey, ...common } = options
  return createSdkClient({
    metadata: {
      defaultSecurity,
      securitySchemes,
      // Sync-aware: a broken sync result must not pass as the bare acknowledgement.
    },
    defaultBaseUrl,
    credentials: { apiKey },
    options: common,
  })
}

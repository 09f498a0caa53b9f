import { type BoundSdk, type Client, type CommonClientOptions, bindSdk, createSdkClient } from '@parley/runtime'
import { defaultBaseUrl, operations, securitySchemes } from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'

export interface MeheryXmsClientOptions extends CommonClientOptions {
  /** Your API key. Sent together with `x-api-id`. */
  apiKey?: string
  /** Your API id (the client app id). Sent together with `x-api-key`. */
  apiId?: string
}

/** Every operation of the Mehery XMS Messaging API, bound to one set of credentials. */
export type MeheryXmsClient = BoundSdk<typeof sdk>

/** Creates a client for the Mehery XMS Messaging API: one method per operation of the spec. */
export function createMeheryXmsClient(options: MeheryXmsClientOptions = {}): MeheryXmsClient {
  return bindSdk(sdk, createMeheryXmsHttpClient(options))
}

/** The HTTP client alone, for the flat functions (`operation({ client, ... })`). */
export function createMeheryXmsHttpClient(options: MeheryXmsClientOptions = {}): Client {
  const { apiKey, apiId, ...common } = options
  return createSdkClient({
    metadata: {
      operations,
      securitySchemes,
      loadResponseSchemas: () => import('./generated/response-schemas.gen.js').then((module) => module.responseSchemas),
    },
    defaultBaseUrl,
    credentials: { apiKey, apiId },
    credentialOptionNames: { apiKey: 'apiKey', apiId: 'apiId' },
    options: common,
  })
}

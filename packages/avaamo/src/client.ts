import { type BoundSdk, type Client, type CommonClientOptions, bindSdk, createSdkClient } from '@parley/runtime'
import { defaultBaseUrl, operations, securitySchemes } from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'

export interface AvaamoClientOptions extends CommonClientOptions {
  /** A **user** access token (Settings -> Users, or Groups). The user must have at least edit permission on the agent. Used to post messages. */
  userAccessToken?: string
  /** The **agent** access token (Agent -> Settings -> Agent authentication keys). Used to read the agent's messages. Same header as `userAccessToken`, different token. */
  agentAccessToken?: string
}

/** Every operation of the Avaamo Message API, bound to one set of credentials. */
export type AvaamoClient = BoundSdk<typeof sdk>

/** Creates a client for the Avaamo Message API: one method per operation of the spec. */
export function createAvaamoClient(options: AvaamoClientOptions = {}): AvaamoClient {
  return bindSdk(sdk, createAvaamoHttpClient(options))
}

/** The HTTP client alone, for the flat functions (`operation({ client, ... })`). */
export function createAvaamoHttpClient(options: AvaamoClientOptions = {}): Client {
  const { userAccessToken, agentAccessToken, ...common } = options
  return createSdkClient({
    metadata: {
      operations,
      securitySchemes,
      loadResponseSchemas: () => import('./generated/response-schemas.gen.js').then((module) => module.responseSchemas),
    },
    defaultBaseUrl,
    credentials: { userAccessToken, agentAccessToken },
    credentialOptionNames: { userAccessToken: 'userAccessToken', agentAccessToken: 'agentAccessToken' },
    options: common,
  })
}

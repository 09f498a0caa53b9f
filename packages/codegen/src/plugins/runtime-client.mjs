// `@parley/runtime` as hey-api's client plugin: built from hey-api's exported client
// handler with `bundle: false`, so client.gen.ts imports `createClient` from
// @parley/runtime instead of copying hey-api's fetch client into every package.
import { clientDefaultConfig, clientDefaultMeta, clientPluginHandler, definePluginConfig } from '@hey-api/openapi-ts'

/**
 * hey-api's client options under Parley's name.
 * @typedef {import('@hey-api/openapi-ts').Client.Config & { name: '@parley/runtime', throwOnError?: boolean }} RuntimeClientConfig
 * @typedef {import('@hey-api/openapi-ts').DefinePlugin<RuntimeClientConfig>} RuntimeClientPlugin
 */

/** @type {RuntimeClientPlugin['Config']} */
const config = {
  ...clientDefaultMeta,
  config: { ...clientDefaultConfig, bundle: false, throwOnError: true },
  // hey-api types its client handler by its own clients' names; it reads only the client
  // options above (hey-api's custom-client plugin casts it the same way).
  handler: /** @type {RuntimeClientPlugin['Handler']} */ (/** @type {unknown} */ (clientPluginHandler)),
  name: '@parley/runtime',
  symbolMeta() {
    return { artifact: 'client' }
  },
}

export const parleyRuntimeClient = definePluginConfig(config)

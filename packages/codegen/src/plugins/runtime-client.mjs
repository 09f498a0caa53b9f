// `@parley/runtime` as hey-api's client plugin: built from hey-api's exported client
// handler with `bundle: false`, so client.gen.ts imports `createClient` from
// @parley/runtime instead of copying hey-api's fetch client into every package.
import { clientDefaultConfig, clientDefaultMeta, clientPluginHandler, definePluginConfig } from '@hey-api/openapi-ts'

/** @type {any} */
const config = {
  ...clientDefaultMeta,
  config: { ...clientDefaultConfig, bundle: false, throwOnError: true },
  handler: clientPluginHandler,
  name: '@parley/runtime',
  symbolMeta() {
    return { artifact: 'client' }
  },
}

export const parleyRuntimeClient = definePluginConfig(config)

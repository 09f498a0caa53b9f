// One place that says how a spec becomes a package's `src/generated/`. Used by
// `scripts/generate.mjs` (all vendors in one process) and by each package's
// `openapi-ts.config.ts` (for running `openapi-ts` by hand in one package).
import { join } from 'node:path'
import { clientDefaultConfig, clientDefaultMeta, clientPluginHandler, definePluginConfig } from '@hey-api/openapi-ts'

/** hey-api's generated code is written against this exact version's client contract. */
export const PINNED_HEY_API_VERSION = '0.99.0'

export const generatedHeader = [
  '// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:',
  '// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.',
]

/**
 * A client plugin whose generated `client.gen.ts` imports `createClient` from
 * `@parley/runtime` instead of copying hey-api's fetch client into every package
 * (`bundle: false` makes hey-api import the client from the plugin's name).
 */
const parleyRuntimeClient = definePluginConfig({
  ...clientDefaultMeta,
  config: { ...clientDefaultConfig, bundle: false, throwOnError: true },
  handler: clientPluginHandler,
  name: '@parley/runtime',
  symbolMeta() {
    return { artifact: 'client' }
  },
})

/** @param {{ specPath: string, packageDir: string }} vendor */
export function heyApiConfig(vendor) {
  return {
    input: vendor.specPath,
    output: {
      path: join(vendor.packageDir, 'src', 'generated'),
      importFileExtension: '.js',
      indexFile: false,
      header: generatedHeader,
      clean: true,
    },
    logs: { level: 'silent' },
    plugins: [
      '@hey-api/typescript',
      // Resolve the body (not `{ data, response }`) and throw typed errors: set at
      // generation time because a per-call `responseStyle` types wrongly.
      // `auth: false`: no per-call `security` array; the runtime takes each operation's
      // security (with its alternatives, which hey-api flattens) from operations.gen.ts.
      { name: '@hey-api/sdk', responseStyle: 'data', auth: false },
      parleyRuntimeClient({ $hooks: { symbols: { getFilePath: () => 'client' } } }),
      { name: 'zod', requests: false },
    ],
  }
}

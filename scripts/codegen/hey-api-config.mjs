// How a spec becomes a package's `src/generated/` with hey-api, written against whichever
// copy of hey-api the caller loaded: the published ES modules (config.mjs, for running
// `openapi-ts` by hand in one package) or the pre-bundled CommonJS copy that
// `scripts/generate.mjs` loads faster (hey-api-bundle.mjs). Plugin objects must come from
// the same copy as the `createClient` that runs them, so this module imports neither.
import { join } from 'node:path'

/** hey-api's generated code is written against this exact version's client contract. */
export const PINNED_HEY_API_VERSION = '0.99.0'

export const generatedHeader = [
  '// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:',
  '// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.',
]

/**
 * @param {typeof import('@hey-api/openapi-ts')} heyApi the hey-api module that will run the config
 * @returns {(vendor: { specPath: string, packageDir: string }) => object} the config for one vendor
 */
export function heyApiConfigBuilder(heyApi) {
  /**
   * A client plugin whose generated `client.gen.ts` imports `createClient` from
   * `@parley/runtime` instead of copying hey-api's fetch client into every package
   * (`bundle: false` makes hey-api import the client from the plugin's name).
   */
  const parleyRuntimeClient = heyApi.definePluginConfig({
    ...heyApi.clientDefaultMeta,
    config: { ...heyApi.clientDefaultConfig, bundle: false, throwOnError: true },
    handler: heyApi.clientPluginHandler,
    name: '@parley/runtime',
    symbolMeta() {
      return { artifact: 'client' }
    },
  })

  return (vendor) => ({
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
  })
}

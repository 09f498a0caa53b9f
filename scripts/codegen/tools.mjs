// Loads the generators (hey-api, openapi-typescript) and the spec parser, two ways:
//   - fast (the default): hey-api pre-bundled as CommonJS (hey-api-bundle.mjs), every
//     CommonJS module through a V8 code cache (compile-cache.mjs), and openapi-typescript's
//     transform without its Redocly pass (loadPathsTransform). Loading the generators was a
//     third of a regeneration's wall time, and the Redocly pass a sixth (bench/README.md).
//   - reference (PARLEY_CODEGEN_REFERENCE=1): the packages as published, through their own
//     entry points. `pnpm check:generated` generates both ways and compares each with the
//     committed files, so no shortcut of the fast way changes the output unseen.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repositoryRoot } from '../lib/vendors.mjs'
import { installCompileCache } from './compile-cache.mjs'
import { loadHeyApiBundle } from './hey-api-bundle.mjs'
import { heyApiConfigBuilder } from './hey-api-config.mjs'

const require = createRequire(import.meta.url)

/**
 * A `require` that resolves from openapi-typescript's own folder: its CommonJS build and its
 * dependencies (@redocly/openapi-core, js-yaml, typescript), which are CommonJS too, so they
 * load through `require` (and the compile cache) instead of Node's ES-module-to-CommonJS
 * path (same source code, same output).
 */
const openapiTypescriptRequire = () => createRequire(require.resolve('openapi-typescript'))

/**
 * Redocly's YAML reader, as `lint:specs` and openapi-typescript read specs. Required from its
 * own module: Redocly's index loads its linter, bundler and config too (about 0.2 s).
 */
export const loadRedoclyParseYaml = () => openapiTypescriptRequire()('@redocly/openapi-core/lib/js-yaml/index.js').parseYaml

/**
 * openapi-typescript's own entry point (the reference way): Redocly lints and bundles the
 * spec before the transform. The spec's folder is where a relative `$ref` would resolve.
 */
function loadPublishedPathsTransform() {
  const { default: openapiTS, astToString } = openapiTypescriptRequire()('openapi-typescript')
  return async (spec, specPath) => astToString(await openapiTS(structuredClone(spec), { alphabetize: false, cwd: pathToFileURL(`${dirname(specPath)}/`) }))
}

/**
 * openapi-typescript's transform without its Redocly pass. `openapiTS()` lints the spec
 * (the "minimal" ruleset: `lint:specs` runs a stricter one before `generate` in the
 * pipeline) and bundles it, which for a spec with only local `$ref`s gives back the same
 * document (scripts/generate.mjs refuses any other `$ref`): 0.35 s of the four vendors'
 * regeneration, measured, for no change in output.
 * The context is `openapiTS()`'s with its defaults (openapi-typescript 7.13: src/index.ts);
 * `pnpm check:generated` fails if the two ways ever produce different `paths.gen.ts`.
 */
function loadPathsTransform() {
  const requireFromOpenapiTypescript = openapiTypescriptRequire()
  const transformSchema = requireFromOpenapiTypescript('openapi-typescript/dist/transform/index.cjs')
  const { astToString } = requireFromOpenapiTypescript('openapi-typescript/dist/lib/ts.cjs')
  const { resolveRef, scanDiscriminators } = requireFromOpenapiTypescript('openapi-typescript/dist/lib/utils.cjs')
  // Async like `openapiTS()`, so the two ways are called alike.
  return async (spec) => {
    const schema = structuredClone(spec)
    const context = {
      additionalProperties: false,
      alphabetize: false,
      arrayLength: false,
      defaultNonNullable: true,
      discriminators: scanDiscriminators(schema, {}),
      emptyObjectsUnknown: false,
      enum: false,
      enumValues: false,
      conditionalEnums: false,
      dedupeEnums: false,
      excludeDeprecated: false,
      exportType: false,
      immutable: false,
      rootTypes: false,
      rootTypesNoSchemaPrefix: false,
      rootTypesKeepCasing: false,
      injectFooter: [],
      pathParamsAsTypes: false,
      postTransform: undefined,
      propertiesRequiredByDefault: false,
      silent: false,
      inject: undefined,
      transform: undefined,
      transformProperty: undefined,
      makePathsEnum: false,
      generatePathParams: false,
      readWriteMarkers: false,
      resolve: ($ref) => resolveRef(schema, $ref, { silent: false }),
    }
    return astToString(transformSchema(schema, context))
  }
}

/** Whether to load the generators as published (see the top of this file). */
export const referenceMode = process.env.PARLEY_CODEGEN_REFERENCE === '1'

export async function loadCodegenTools({ reference = referenceMode } = {}) {
  const nodeModulesDir = join(repositoryRoot, 'node_modules')
  const cacheDir = join(nodeModulesDir, '.cache', 'parley-codegen')
  if (!reference) installCompileCache(cacheDir)
  const heyApi = reference ? await import('@hey-api/openapi-ts') : await loadHeyApiBundle(cacheDir, join(nodeModulesDir, '.pnpm', 'lock.yaml'))
  const pathsSource = reference ? loadPublishedPathsTransform() : loadPathsTransform()
  const parseYaml = loadRedoclyParseYaml()

  /**
   * A spec's text as an object, parsed the way Redocly parses it for `lint:specs` and for
   * openapi-typescript (js-yaml, JSON schema plus merge keys, no timestamps): one parse
   * serves our own modules and `paths.gen.ts`, and it is several times faster than the
   * `yaml` package on these specs. `pnpm check:generated` checks that `yaml` reads every
   * spec the same way (scripts/check-generated.mjs).
   */
  const parseSpec = (text, specPath) => parseYaml(text, { filename: specPath })

  return { createClient: heyApi.createClient, heyApiConfig: heyApiConfigBuilder(heyApi), parseSpec, pathsSource }
}

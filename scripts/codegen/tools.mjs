// Loads the generators (hey-api, openapi-typescript) and the spec parser the fast way.
// Loading them was about a third of a regeneration's wall time, mostly TypeScript (see
// typescript-hook.mjs and compile-cache.mjs for what each step saves). Must run before
// anything imports `@hey-api/openapi-ts` or `./config.mjs`: the hook only sees imports
// resolved after it is registered.
import { createRequire, default as nodeModule } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { repositoryRoot } from '../lib/vendors.mjs'
import { installCompileCache } from './compile-cache.mjs'

const require = createRequire(import.meta.url)

/**
 * A `require` that resolves from openapi-typescript's own folder: its CommonJS build and its
 * dependencies (@redocly/openapi-core, js-yaml, typescript), which are CommonJS too, so they
 * load through `require` (and the compile cache) instead of Node's ES-module-to-CommonJS
 * path (same source code, same output).
 */
const openapiTypescriptRequire = () => createRequire(require.resolve('openapi-typescript'))

/** Redocly's YAML reader, as `lint:specs` and openapi-typescript read specs. */
export const loadRedoclyParseYaml = () => openapiTypescriptRequire()('@redocly/openapi-core').parseYaml

export async function loadCodegenTools() {
  installCompileCache(join(repositoryRoot, 'node_modules', '.cache', 'parley-codegen'))
  // `module.register` is Node 20.6+; without it hey-api imports TypeScript the slow way.
  nodeModule.register?.('./typescript-hook.mjs', import.meta.url)
  const { default: openapiTS, astToString } = openapiTypescriptRequire()('openapi-typescript')
  const parseYaml = loadRedoclyParseYaml()
  const { createClient } = await import('@hey-api/openapi-ts')
  const config = await import('./config.mjs')

  /**
   * A spec's text as an object, parsed the way Redocly parses it for `lint:specs` and for
   * openapi-typescript (js-yaml, JSON schema plus merge keys, no timestamps): one parse
   * serves our own modules and `paths.gen.ts`, and it is several times faster than the
   * `yaml` package on these specs. `pnpm check:generated` checks that `yaml` reads every
   * spec the same way (scripts/check-generated.mjs).
   */
  const parseSpec = (text, specPath) => parseYaml(text, { filename: specPath })

  /**
   * openapi-typescript's `paths` source for a parsed spec, without reading and parsing the
   * file again. It gets a copy (its bundler rewrites the object it is given) and the spec's
   * folder, against which a relative `$ref` resolves as it would from the file.
   */
  const pathsSource = async (spec, specPath) =>
    astToString(await openapiTS(structuredClone(spec), { alphabetize: false, cwd: pathToFileURL(`${dirname(specPath)}/`) }))

  return { createClient, parseSpec, pathsSource, ...config }
}

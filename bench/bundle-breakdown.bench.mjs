// Where the one-GET bundle's first-load bytes go, measured by taking runtime modules out:
// the same program bundled again with one module's code replaced by a stub that exports
// the same names (read from globals, so nothing is tree-shaken that the rest still calls).
// A module's figure is what the bundle loses without it (its own code and whatever only
// it imports): a measurement per step of a call, not an estimate.
import { readFileSync } from 'node:fs'
import { measureFirstLoad, parleyBundles } from '../scripts/lib/bundle-size.mjs'
import { benchDir } from './contenders.mjs'

const [oneOperation] = Object.values(parleyBundles)

/** The runtime modules a call goes through, each with what it buys. */
const featureModules = [
  ['errors', 'the typed error family (classes, messages, brand)'],
  ['config-checks', 'client option checks (baseUrl, timeouts, retries, headers, credentials)'],
  ['prepare', 'step 1, prepare: parameter checks, headers, URL and body put together'],
  ['auth', 'credentials: choosing an alternative, header API keys, token providers'],
  ['body', 'request bodies: JSON and raw bodies (form and multipart only where used)'],
  ['serialize', 'path and query serialization'],
  ['attempt', 'step 2, one attempt: fetch, redirects by hand, reading the body'],
  ['redirects', 'redirect decisions (same origin only, hop limit, method rules)'],
  ['timeouts', 'per-attempt timeouts (one signal per attempt)'],
  ['classify', 'step 3, classify: parsing the answer, typed errors from statuses'],
  ['retry', 'step 4, retries and back-off (Retry-After)'],
  ['redact', 'secret scrubbing of URLs, headers, bodies and causes'],
  ['client', 'the client: methods, config, the call loop'],
  ['sdk-binding', 'the SDK binding (vendor factory options, response checker hook)'],
]

const exportedNames = (source) =>
  [...source.matchAll(/^export (?:async )?(?:function\*?|const|let|class) (\w+)/gm)].map((match) => match[1])

/**
 * An esbuild plugin that swaps the named `@parley/runtime` modules for stubs. With
 * `keepImports`, a stub still imports (and so keeps in the bundle) everything the real
 * module imported.
 */
function stubRuntimeModules(modules, { keepImports = false } = {}) {
  const filter = new RegExp(`[\\\\/]runtime[\\\\/]dist[\\\\/](${modules.join('|')})\\.js$`)
  return {
    name: 'stub-runtime-modules',
    setup(build) {
      build.onLoad({ filter }, ({ path }) => {
        const source = readFileSync(path, 'utf8')
        const names = exportedNames(source)
        if (names.length === 0) throw new Error(`${path}: no exports found to stub`)
        // One match per import statement, a line or several: the statement, and its names.
        const imports = keepImports ? [...source.matchAll(/^import \{([^}]*)\} from '[^']+';?$/gm)] : []
        const imported = imports.flatMap((match) =>
          match[1]
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        )
        const lines = [
          ...imports.map((match) => match[0]),
          ...(imported.length ? [`globalThis.__parleyKept = [${imported.join(', ')}]`] : []),
          ...names.map((name) => `export const ${name} = globalThis.__parleyStub_${name}`),
        ]
        return { contents: lines.join('\n'), loader: 'js' }
      })
    },
  }
}

const firstLoadGzip = async (plugins) => (await measureFirstLoad(oneOperation.program, benchDir, { plugins })).gzip

export async function runBundleBreakdown() {
  const whole = await firstLoadGzip([])
  const modules = []
  for (const [module, buys] of featureModules) {
    modules.push({ module, buys, gzip: whole - (await firstLoadGzip([stubRuntimeModules([module])])) })
  }
  const vendorCodeAlone = await firstLoadGzip([stubRuntimeModules(featureModules.map(([module]) => module))])
  return { whole, modules, vendorCodeAlone }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runBundleBreakdown(), null, 2))

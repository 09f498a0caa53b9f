// Where the one-GET bundle's first-load bytes go, measured by taking runtime modules out:
// the same program bundled again with a module's code replaced by a stub that exports the
// same names (read from globals, so nothing is tree-shaken that the rest still calls).
//
// Two questions, each answered by a measurement rather than an estimate:
// - the features alone: the HTTP core (`client.js`) stubbed, everything it imports kept;
// - the core alone: errors, scrubbing, retries, serialization and the SDK binding taken
//   out one after another, down to the vendor's generated code alone.
// If either figure is above the target, no trimming of the other half reaches it.
import { readFileSync } from 'node:fs'
import { measureFirstLoad, parleyBundles } from '../scripts/lib/bundle-size.mjs'
import { benchDir } from './contenders.mjs'

const [oneOperation] = Object.values(parleyBundles)

/** What each runtime module buys, in the order the breakdown takes them out. */
const featureModules = [
  ['errors', 'the typed error family'],
  ['redact', 'secret scrubbing'],
  ['retry', 'retries and back-off'],
  ['serialize', 'path and query serialization'],
  ['sdk-binding', 'the SDK binding (vendor factory config, lazy response checking)'],
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
  const featuresWithoutCore = await firstLoadGzip([stubRuntimeModules(['client'], { keepImports: true })])
  const coreSteps = []
  for (let count = 1; count <= featureModules.length; count++) {
    const removed = featureModules.slice(0, count)
    coreSteps.push({
      without: removed.at(-1)[1],
      gzip: await firstLoadGzip([stubRuntimeModules(removed.map(([module]) => module))]),
    })
  }
  const vendorCodeAlone = await firstLoadGzip([
    stubRuntimeModules([...featureModules.map(([module]) => module), 'client', 'operations']),
  ])
  return { whole, featuresWithoutCore, coreSteps, vendorCodeAlone }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runBundleBreakdown(), null, 2))

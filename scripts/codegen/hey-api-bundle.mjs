// hey-api ships only ES modules: about 150 of them (its own and its dependencies') that
// Node 20 resolves, links and compiles on every run, with no code cache for ES modules,
// plus TypeScript imported from an ES module, which costs Node two extra passes over its
// 9 MB (module-syntax detection and the export-name lexer). Bundled once into a single
// CommonJS file, as Vite pre-bundles dependencies, hey-api loads through `require` and the
// compile cache (compile-cache.mjs), and its `require('typescript')` is served from that
// cache too (TypeScript and jiti stay outside the bundle, see `requiredFromInstall`): about 0.25 s less per regeneration, measured (bench/README.md).
//
// The bundle lives in node_modules/.cache/parley-codegen/, named by a hash of what it is
// made from (what pnpm installed, Node's and esbuild's versions, this file), so an upgrade
// never meets a stale copy. `pnpm check:generated` generates both with the bundle and with
// the published modules (PARLEY_CODEGEN_REFERENCE=1) and compares each with the committed
// files: the bundle can never change the output unseen.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { writeFileAtomically } from './compile-cache.mjs'

const require = createRequire(import.meta.url)
const codegenDir = dirname(fileURLToPath(import.meta.url))

/** What `scripts/generate.mjs` uses of hey-api. */
const bundleEntry = "export { createClient, clientDefaultConfig, clientDefaultMeta, clientPluginHandler, definePluginConfig } from '@hey-api/openapi-ts'"

/**
 * hey-api's CommonJS bundle, built on first use.
 * @param {string} cacheDir the generators' cache folder (created if missing)
 * @param {string} installRecordPath pnpm's record of what is installed
 *   (`node_modules/.pnpm/lock.yaml`): any dependency hey-api bundles changes it
 * @returns {Promise<typeof import('@hey-api/openapi-ts')>}
 */
export async function loadHeyApiBundle(cacheDir, installRecordPath) {
  const installed = [
    process.version,
    require('esbuild/package.json').version,
    require('@hey-api/openapi-ts/package.json').version,
    readIfPresent(installRecordPath),
    readFileSync(fileURLToPath(import.meta.url), 'utf8'),
  ]
  const key = createHash('sha1').update(installed.join('\0')).digest('hex').slice(0, 16)
  const bundlePath = join(cacheDir, `hey-api-${key}.cjs`)
  if (!existsSync(bundlePath)) await buildBundle(bundlePath)
  return require(bundlePath)
}

function readIfPresent(path) {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

async function buildBundle(bundlePath) {
  const { build } = await import('esbuild')
  // `import.meta.url` becomes hey-api's dist folder in every bundled module: hey-api uses it
  // to find files beside it; the only other reader, `open` (its xdg-open script), is never
  // called by generation.
  const heyApiDist = join(dirname(require.resolve('@hey-api/openapi-ts/package.json')), 'dist')
  const { outputFiles } = await build({
    stdin: { contents: bundleEntry, resolveDir: codegenDir, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    plugins: [requiredFromInstall],
    define: { 'import.meta.url': 'heyApiDistUrl' },
    banner: { js: `const heyApiDistUrl = ${JSON.stringify(pathToFileURL(join(heyApiDist, 'index.mjs')).href)};` },
    write: false,
    logLevel: 'silent',
  })
  mkdirSync(dirname(bundlePath), { recursive: true })
  writeFileAtomically(bundlePath, outputFiles[0].contents)
  // Bundles of earlier installs are never read again.
  const folder = dirname(bundlePath)
  for (const name of readdirSync(folder)) {
    if (/^hey-api-\w+\.cjs$/.test(name) && join(folder, name) !== bundlePath) rmSync(join(folder, name), { force: true })
  }
}

/**
 * Packages that stay out of the bundle, `require`d from where they are installed:
 * TypeScript, so that it is the same copy hey-api would load, through the compile cache;
 * jiti (c12's loader for config files, which the generator never reads), because it loads
 * files relative to its own folder. Each is resolved from the module that imports it, with
 * the `require` condition.
 */
const requiredFromInstall = {
  name: 'required-from-install',
  setup(build) {
    build.onResolve({ filter: /^(typescript|jiti)$/ }, async (args) => {
      if (args.pluginData === 'required-from-install') return undefined
      const resolved = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: 'require-call', pluginData: 'required-from-install' })
      if (resolved.errors.length > 0) return { errors: resolved.errors }
      return { path: resolved.path, external: true }
    })
  },
}

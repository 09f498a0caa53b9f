// A scratch workspace with generated vendor packages: the repository's scripts and
// node_modules (scripts/lib/scratch-workspace.mjs), `pnpm generate` run in it, and around
// each generated folder the hand-written files a scaffolded package has (a factory that
// takes the generated CredentialOptions, an entry that re-exports the generated code beside
// the runtime's errors), so the result can be built, type-checked and called.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { createScratchWorkspace } from '../../scripts/lib/scratch-workspace.mjs'

const typescriptCompiler = createRequire(import.meta.url).resolve('typescript/bin/tsc')

const factorySource = `import { type CommonClientOptions, bindSdk, createVendorHttpClient } from '@parley/runtime/internal'
import { type CredentialOptions, credentialOptions, defaultBaseUrl, defaultSecurity, securitySchemes } from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'

export type ClientOptions = CommonClientOptions & CredentialOptions

export function createTestClient(options: ClientOptions = {}) {
  return bindSdk(sdk, createVendorHttpClient({ defaultBaseUrl, defaultSecurity, securitySchemes, credentialOptions }, options))
}
`

const entrySource = `export { createTestClient } from './client.js'
export type { ClientOptions } from './client.js'
export * from './generated/sdk.gen.js'
export type * from './generated/types.gen.js'
export { operations } from './generated/operations.gen.js'
export * from '@parley/runtime/errors'
export * from './generated/zod.gen.js'
export { responseChecker } from './generated/response-schemas.gen.js'
`

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noUncheckedIndexedAccess: true,
    declaration: true,
    emitDeclarationOnly: true,
    skipLibCheck: true,
    outDir: 'dist',
    rootDir: 'src',
    types: [],
  },
  include: ['src'],
}

/**
 * @param {string} prefix
 * @param {Array<{ id: string, spec: object, consumer?: string }>} vendors `consumer`: TypeScript that uses the package (type-checked)
 * @returns {{ root: string, packageDir: (id: string) => string, generateSeconds: number }}
 */
export function generatedWorkspace(prefix, vendors) {
  const root = createScratchWorkspace(
    prefix,
    vendors.map(({ id, spec }) => ({ id, specText: JSON.stringify(spec, null, 2) })),
  )
  const packageDir = (/** @type {string} */ id) => join(root, 'packages', id)
  for (const { id, consumer } of vendors) {
    mkdirSync(join(packageDir(id), 'src'), { recursive: true })
    writeFileSync(
      join(packageDir(id), 'package.json'),
      JSON.stringify({ name: `@scratch/${id}`, type: 'module', private: true }, null, 2),
    )
    writeFileSync(join(packageDir(id), 'tsconfig.json'), JSON.stringify(tsconfig, null, 2))
    writeFileSync(join(packageDir(id), 'src', 'client.ts'), factorySource)
    writeFileSync(join(packageDir(id), 'src', 'index.ts'), entrySource)
    if (consumer) writeFileSync(join(packageDir(id), 'src', 'consumer.ts'), consumer)
  }
  const started = performance.now()
  runNode(root, ['scripts/generate.mjs'])
  return { root, packageDir, generateSeconds: (performance.now() - started) / 1000 }
}

/**
 * Builds the package's declarations with tsc (declaration emit is where TS7056 shows); throws with tsc's report.
 * @param {string} packageDir
 */
export function buildPackage(packageDir) {
  const started = performance.now()
  runNode(packageDir, [typescriptCompiler, '-p', 'tsconfig.json'])
  return (performance.now() - started) / 1000
}

/**
 * Type-checks `source` as an application would: against the built declarations in
 * `dist/`, not the sources. Returns tsc's seconds; throws with its report.
 *
 * @param {string} packageDir
 * @param {string} source
 */
export function typeCheckConsumer(packageDir, source) {
  const consumerDir = join(packageDir, 'consumer')
  mkdirSync(consumerDir, { recursive: true })
  writeFileSync(join(consumerDir, 'consumer.ts'), source)
  const { compilerOptions } = tsconfig
  writeFileSync(
    join(consumerDir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          ...compilerOptions,
          noEmit: true,
          declaration: false,
          emitDeclarationOnly: false,
          outDir: undefined,
          rootDir: undefined,
        },
        include: ['consumer.ts'],
      },
      null,
      2,
    ),
  )
  const started = performance.now()
  runNode(consumerDir, [typescriptCompiler, '-p', 'tsconfig.json'])
  return (performance.now() - started) / 1000
}

/**
 * @param {string} cwd
 * @param {string[]} args
 */
function runNode(cwd, args) {
  try {
    execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: 'pipe' })
  } catch (thrown) {
    const error = /** @type {{ stdout?: string, stderr?: string }} */ (thrown)
    throw new Error(`${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? ''}`)
  }
}

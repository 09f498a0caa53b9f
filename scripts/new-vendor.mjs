#!/usr/bin/env node
// Adds a vendor: `pnpm new-vendor <id>` after writing specs/<id>/openapi.yaml. It adds the
// `apis:` entry to redocly.yaml, writes packages/<id>/ (package.json, configs, a client
// factory with one option per security scheme, subpaths, a README, a test that calls every
// operation of the spec against its Prism mock with the spec's own examples, and a
// changeset), then generates the code. Nothing else needs editing by hand.
//
//   node scripts/new-vendor.mjs <id> [--force]   (--force rewrites an existing package)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import { listVendors, repositoryRoot } from './lib/vendors.mjs'

const { values: flags, positionals } = parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true })
const [id] = positionals
if (!id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) {
  console.error('usage: pnpm new-vendor <id>   (kebab-case, e.g. acme-chat; write specs/<id>/openapi.yaml first)')
  process.exit(1)
}
const specRelativePath = `specs/${id}/openapi.yaml`
const specPath = join(repositoryRoot, specRelativePath)
if (!existsSync(specPath)) {
  console.error(`${specRelativePath} does not exist: write the spec first (see specs/CONVENTIONS.md).`)
  process.exit(1)
}

const redoclyPath = join(repositoryRoot, 'redocly.yaml')
if (!listVendors().some((vendor) => vendor.id === id)) {
  const redocly = readFileSync(redoclyPath, 'utf8')
  writeFileSync(redoclyPath, `${redocly.trimEnd()}\n  ${id}:\n    root: ${specRelativePath}\n`)
  console.log(`redocly.yaml: added apis entry ${id}`)
}

const spec = parse(readFileSync(specPath, 'utf8'))
const pascalName = id.split('-').map((part) => part[0].toUpperCase() + part.slice(1)).join('')
const title = spec.info?.title ?? pascalName
const schemes = Object.entries(spec.components?.securitySchemes ?? {}).map(([name, scheme]) => ({ name, description: scheme.description ?? '' }))
const packageDir = join(repositoryRoot, 'packages', id)

/** Writes a file unless it exists (the package's own edits win unless --force). */
function scaffold(relativePath, text) {
  const path = join(packageDir, relativePath)
  if (existsSync(path) && !flags.force) return
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
  console.log(`wrote packages/${id}/${relativePath}`)
}

const oneLine = (text) => text.replace(/\s+/g, ' ').trim()

scaffold(
  'package.json',
  `${JSON.stringify(
    {
      name: `@parley/${id}`,
      version: '0.0.0',
      description: `Typed client for the ${title}, generated from its OpenAPI spec.`,
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      engines: { node: '>=20' },
      keywords: [id, 'messaging', 'openapi', 'sdk'],
      exports: {
        '.': { types: './dist/index.d.ts', default: './dist/index.js' },
        './zod': { types: './dist/zod.d.ts', default: './dist/zod.js' },
        './paths': { types: './dist/paths.d.ts', default: './dist/paths.js' },
        './package.json': './package.json',
      },
      main: './dist/index.js',
      types: './dist/index.d.ts',
      files: ['dist', '!dist/**/*.map', 'README.md'],
      scripts: {
        // The spec is linted before generating: a lint error stops the pipeline for this vendor only.
        generate: `node ../../scripts/lint-specs.mjs ${id} && node ../../scripts/generate.mjs ${id}`,
        build: 'tsc -p tsconfig.build.json',
        typecheck: 'tsc -p tsconfig.json',
        // Against a Prism mock on a loaded 2-core machine, starting it and a dozen calls can
        // take longer than vitest's defaults (10 s per hook, 5 s per test).
        test: 'vitest run --typecheck',
      },
      publishConfig: { access: 'public' },
      dependencies: { '@parley/runtime': `workspace:^`, zod: '^4.1.0' },
      devDependencies: { '@parley/testing': 'workspace:*', '@types/node': '^20.19.0', typescript: '~6.0.3', vitest: '~4.1.12' },
    },
    null,
    2,
  )}\n`,
)
scaffold(
  'tsconfig.json',
  `${JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true, types: ['node'] }, include: ['src', 'test'] }, null, 2)}\n`,
)
scaffold(
  'tsconfig.build.json',
  `${JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { rootDir: 'src', outDir: 'dist', noEmit: false }, include: ['src'] }, null, 2)}\n`,
)
scaffold(
  'turbo.json',
  `${JSON.stringify(
    {
      $schema: '../../node_modules/turbo/schema.json',
      extends: ['//'],
      tasks: {
        generate: {
          inputs: [`$TURBO_ROOT$/specs/${id}/**`, '$TURBO_ROOT$/scripts/generate.mjs', '$TURBO_ROOT$/scripts/codegen/**', '$TURBO_ROOT$/scripts/lib/**', '$TURBO_ROOT$/scripts/lint-specs.mjs'],
        },
        test: {
          inputs: ['src/**', '!src/generated/**', 'test/**', 'tsconfig.json', 'vitest.config.*', 'package.json', `$TURBO_ROOT$/specs/${id}/**`],
        },
      },
    },
    null,
    2,
  )}\n`,
)
scaffold(
  'openapi-ts.config.ts',
  `// Codegen config beside its output. \`pnpm generate\` (scripts/generate.mjs) runs every
// vendor in one process with the same builder; this file lets \`openapi-ts\` run here alone.
import { heyApiConfig } from '../../scripts/codegen/config.mjs'
import { findVendor } from '../../scripts/lib/vendors.mjs'

export default heyApiConfig(findVendor('${id}'))
`,
)
scaffold('src/zod.ts', `// zod validators for every schema, request and response of the spec.\nexport * from './generated/zod.gen.js'\n`)
scaffold('src/paths.ts', `// openapi-typescript \`paths\`, \`components\` and \`operations\`, for openapi-fetch users.\nexport type * from './generated/paths.gen.js'\n`)

const credentialOptions = schemes.map((scheme) => `  /** ${oneLine(scheme.description) || `Credential for the \`${scheme.name}\` security scheme.`} */\n  ${scheme.name}?: string`).join('\n')
scaffold(
  'src/client.ts',
  `import { type BoundSdk, type Client, type CommonClientOptions, bindSdk, createSdkClient } from '@parley/runtime'
import { defaultBaseUrl, defaultSecurity, securitySchemes } from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'

export interface ${pascalName}ClientOptions extends CommonClientOptions {
${credentialOptions}
}

/** Every operation of the ${title}, bound to one set of credentials. */
export type ${pascalName}Client = BoundSdk<typeof sdk>

/** Creates a client for the ${title}: one method per operation of the spec. */
export function create${pascalName}Client(options: ${pascalName}ClientOptions = {}): ${pascalName}Client {
  return bindSdk(sdk, create${pascalName}HttpClient(options))
}

/** The HTTP client alone, for the flat functions (\`operation({ client, ... })\`). */
export function create${pascalName}HttpClient(options: ${pascalName}ClientOptions = {}): Client {
  const { ${[...schemes.map((scheme) => scheme.name), '...common'].join(', ')} } = options
  return createSdkClient({
    metadata: {
      defaultSecurity,
      securitySchemes,
      loadResponseChecker: () => import('./generated/response-schemas.gen.js').then((module) => module.responseChecker),
    },
    defaultBaseUrl,
    credentials: { ${schemes.map((scheme) => scheme.name).join(', ')} },
    options: common,
  })
}
`,
)
scaffold(
  'src/index.ts',
  `/**
 * @parley/${id}: typed client for the ${title}. Generated from ${specRelativePath};
 * the files in \`generated/\` are never edited by hand.
 */
export { create${pascalName}Client, create${pascalName}HttpClient } from './client.js'
export type { ${pascalName}Client, ${pascalName}ClientOptions } from './client.js'
// Flat functions, one per operation, for bundles that import only what they call.
export * from './generated/sdk.gen.js'
export type * from './generated/types.gen.js'
export { defaultBaseUrl, operations, webhookEvents } from './generated/operations.gen.js'
export type { OperationId } from './generated/operations.gen.js'
// The error family is the runtime's, shared by every vendor (\`instanceof\` across vendors).
export * from '@parley/runtime/errors'
`,
)
scaffold(
  'test/prism-setup.ts',
  `// One Prism mock per spec for the whole test run; tests find it with \`prismMockUrl\`.
import { prismGlobalSetup } from '@parley/testing'

export default prismGlobalSetup(['${id}'])
`,
)
scaffold(
  'vitest.config.ts',
  `import { defineConfig } from 'vitest/config'

// Generous limits: on a busy 2-core machine a test can wait seconds for a CPU. The mock
// starts once in the globalSetup, which polls for readiness with its own overall deadline.
export default defineConfig({
  test: {
    globalSetup: ['./test/prism-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
`,
)
scaffold(
  'test/operations.mock.test.ts',
  `// Every operation of the spec, called through the client with the spec's own examples,
// against a Prism mock made from the same spec (Prism validates each request).
import { exerciseEveryOperation, prismMockUrl, specPathOf } from '@parley/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { type ${pascalName}Client, create${pascalName}Client } from '../src/index.js'
import { operations } from '../src/generated/operations.gen.js'

let client: ${pascalName}Client

beforeAll(async () => {
  client = create${pascalName}Client({ baseUrl: prismMockUrl('${id}'), maxRetries: 0, ${schemes.map((scheme) => `${scheme.name}: 'mock-${scheme.name}'`).join(', ')} })
})

describe('${id}: every operation against the spec mock', () => {
  it('answers each operation with a 2xx body', async () => {
    const results = await exerciseEveryOperation({ client, specPath: specPathOf('${id}'), operations })
    expect(results.map((result) => result.operationId).sort()).toEqual(Object.values(operations).map((operation) => operation.id).sort())
  })
})
`,
)
scaffold(
  'README.md',
  `# @parley/${id}

Typed client for the ${title}, generated from [\`${specRelativePath}\`](../../${specRelativePath}).

\`\`\`sh
npm install @parley/${id}
\`\`\`

\`\`\`ts
import { create${pascalName}Client } from '@parley/${id}'

const client = create${pascalName}Client({ ${schemes.map((scheme) => `${scheme.name}: process.env.${scheme.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`).join(', ')} })
\`\`\`

Every operation of the spec is a method named by its \`operationId\`; errors, retries and
timeouts are [@parley/runtime](../runtime/README.md)'s.
`,
)

const changesetPath = join(repositoryRoot, '.changeset', `add-${id}.md`)
if (!existsSync(changesetPath)) {
  writeFileSync(changesetPath, `---\n'@parley/${id}': minor\n---\n\nNew package: typed client for the ${title}.\n`)
  console.log(`wrote .changeset/add-${id}.md`)
}

execFileSync(process.execPath, [join(repositoryRoot, 'scripts', 'generate.mjs'), id], { stdio: 'inherit' })
console.log(`\nNext: pnpm install && pnpm --filter @parley/${id} build test`)

#!/usr/bin/env node
// Adds a vendor. It checks the spec first (format, references, lint with the rules the
// vendor's redocly.yaml entry will carry) and writes nothing when a check fails; then it
// adds the `apis:` entry to redocly.yaml, writes packages/<id>/ (package.json, configs, a
// client factory taking the generated credential options, subpaths, a README, a test that calls
// every operation of the spec against its Prism mock, and a changeset) and generates the
// code. A failed generation takes back everything written.
//
//   node scripts/new-vendor.mjs <id>                       after writing specs/<id>/openapi.yaml
//   node scripts/new-vendor.mjs <id> --published <file>    a vendor's own OpenAPI file (YAML or JSON),
//        copied byte for byte to specs/<id>/, with specs/<id>/overlay.yaml for the fixes
//   --overlay <file>   the overlay to start with (instead of an empty one), e.g. the fixes the checks asked for
//   --no-generate      scaffold only (run `pnpm generate <id>` later)
//   --force            rewrite an existing package's files
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import { apiEntry, apiEntryYaml, findAdmissionProblems } from './lib/admit-spec.mjs'
import { credentialOptionName, planCredentialOptions } from '@parley/codegen'
import { loadDocument, overlayFileName } from '@parley/codegen/spec-source'
import { listVendors, repositoryRoot } from './lib/vendors.mjs'

const usage =
  'usage: pnpm new-vendor <id> [--published <file>] [--overlay <file>] [--no-generate] [--force]   (id: kebab-case, e.g. acme-chat)'
let parsed
try {
  parsed = parseArgs({
    options: {
      force: { type: 'boolean' },
      published: { type: 'string' },
      overlay: { type: 'string' },
      'no-generate': { type: 'boolean' },
    },
    allowPositionals: true,
  })
} catch (error) {
  console.error(`${error.message}\n${usage}`)
  process.exit(1)
}
const { values: flags, positionals } = parsed
const [id] = positionals
if (!id || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id) || positionals.length > 1) {
  console.error(`${usage}\nWithout --published, write specs/<id>/openapi.yaml first (see specs/CONVENTIONS.md).`)
  process.exit(1)
}
const published = flags.published !== undefined
const publishedSource = published ? resolve(process.env.INIT_CWD ?? process.cwd(), flags.published) : undefined
const overlaySource =
  flags.overlay !== undefined ? resolve(process.env.INIT_CWD ?? process.cwd(), flags.overlay) : undefined
const specExtension = published ? extname(publishedSource).toLowerCase() : '.yaml'
const specRelativePath = `specs/${id}/openapi${['.json', '.yml', '.yaml'].includes(specExtension) ? specExtension : '.yaml'}`
const specPath = join(repositoryRoot, specRelativePath)
const overlayRelativePath = `specs/${id}/${overlayFileName}`
const packageDir = join(repositoryRoot, 'packages', id)

/** Everything that stops the scaffold, found before anything is written. */
async function checkCandidate() {
  const problems = []
  const known = listVendors().some((vendor) => vendor.id === id)
  if (known)
    problems.push({
      where: 'redocly.yaml',
      message: `${id} is already an \`apis:\` entry`,
      fix: 'pick another id, or remove the entry (and its package) first',
    })
  if (published) {
    if (!existsSync(publishedSource))
      problems.push({
        where: flags.published,
        message: 'no such file',
        fix: "give the path of the vendor's OpenAPI file (YAML or JSON)",
      })
    else if (!['.json', '.yaml', '.yml'].includes(specExtension))
      problems.push({
        where: flags.published,
        message: `unknown extension "${specExtension || '(none)'}"`,
        fix: 'name the file .json, .yaml or .yml after its format (the content is copied unchanged)',
      })
    if (existsSync(join(repositoryRoot, 'specs', id)) && !known)
      problems.push({
        where: `specs/${id}/`,
        message: 'already exists',
        fix: `move it away: --published copies the vendor's file into a new specs/${id}/`,
      })
  } else if (!existsSync(specPath)) {
    problems.push({
      where: specRelativePath,
      message: 'does not exist',
      fix: "write the spec first (see specs/CONVENTIONS.md), or pass the vendor's own file with --published <file>",
    })
  }
  if (overlaySource && !existsSync(overlaySource))
    problems.push({
      where: flags.overlay,
      message: 'no such file',
      fix: 'give the path of an OpenAPI Overlay 1.0 file',
    })
  if (existsSync(packageDir) && !flags.force && !known)
    problems.push({
      where: `packages/${id}/`,
      message: 'already exists',
      fix: 'pick another id, or pass --force to rewrite its files',
    })
  if (problems.length > 0) return { problems, warnings: [], notes: [] }
  return findAdmissionProblems({
    id,
    specPath: published ? publishedSource : specPath,
    overlayPath: overlaySource,
    published,
    specRoot: specRelativePath,
  })
}

const { problems, warnings, notes } = await checkCandidate()
for (const note of notes) console.error(note)
for (const warning of warnings) console.error(`warning: ${warning}`)
if (problems.length > 0) {
  console.error(`\nnew-vendor ${id}: ${problems.length} problem(s); nothing was written.\n`)
  for (const problem of problems) console.error(`- ${problem.where}: ${problem.message}\n  fix: ${problem.fix}`)
  process.exit(1)
}

/** What this run wrote, so a failed generation can take it all back. */
const written = []
function recordWrite(path) {
  const createdDir = mkdirSync(join(path, '..'), { recursive: true })
  written.push({ path, createdDir, previous: existsSync(path) ? readFileSync(path) : undefined })
}
function writeTracked(path, text) {
  recordWrite(path)
  writeFileSync(path, text)
}
function takeBackWrites() {
  for (const { path, createdDir, previous } of written.reverse()) {
    if (previous !== undefined) writeFileSync(path, previous)
    else if (existsSync(path)) unlinkSync(path)
    if (createdDir) rmSync(createdDir, { recursive: true, force: true })
  }
  rmSync(join(packageDir, 'src', 'generated'), { recursive: true, force: true })
}

if (published) {
  recordWrite(specPath)
  copyFileSync(publishedSource, specPath)
  console.log(`copied ${flags.published} to ${specRelativePath} (unchanged)`)
}
if (published || overlaySource) {
  const overlayPath = join(repositoryRoot, overlayRelativePath)
  if (overlaySource) {
    recordWrite(overlayPath)
    copyFileSync(overlaySource, overlayPath)
  } else
    writeTracked(
      overlayPath,
      `# OpenAPI Overlay 1.0 for ${specRelativePath}, which stays exactly as the vendor publishes it.
# Every fix Parley needs goes here as an action: \`target\` is a JSONPath into the spec,
# \`update\` is merged into what it selects, \`remove: true\` deletes it. Say why in each
# action's \`description\` (and \`x-parley-decision\` where it decides a vendor-doc slip).
# Lint, generation, the mocks and the docs all apply this file first.
#
#   - target: "$.paths['/messages'].post"
#     description: The vendor omits the operationId; the SDK method is named by it.
#     update:
#       operationId: sendMessage
overlay: 1.0.0
info:
  title: Parley fixes for ${id}
  version: 0.0.0
actions: []
`,
    )
  console.log(`wrote ${overlayRelativePath}`)
}

const redoclyPath = join(repositoryRoot, 'redocly.yaml')
if (!listVendors().some((vendor) => vendor.id === id)) {
  const redocly = readFileSync(redoclyPath, 'utf8')
  const entry = apiEntry({ root: specRelativePath, published, rootConfig: parse(redocly) ?? {} })
  // An empty `apis: {}` (a fresh workspace) becomes a mapping the entry can be appended to.
  writeTracked(
    redoclyPath,
    `${redocly.replace(/^apis:\s*\{\s*\}\s*$/m, 'apis:').trimEnd()}\n${apiEntryYaml(id, entry)}\n`,
  )
  console.log(`redocly.yaml: added apis entry ${id}${published ? ' (published: structural rules only)' : ''}`)
}

const { document: spec } = await loadDocument(specPath, {
  overlayPath: existsSync(join(repositoryRoot, overlayRelativePath))
    ? join(repositoryRoot, overlayRelativePath)
    : undefined,
  onNote: () => {},
})
const pascalName = id
  .split('-')
  .map((part) => part[0].toUpperCase() + part.slice(1))
  .join('')
const title = spec.info?.title ?? pascalName
/** The factory's credential options, as the generator names them (operations.gen.ts `credentialOptions`). */
const { table: credentialTable } = planCredentialOptions(spec, credentialOptionName)
/** Values the scaffolded mock test passes: a ready token for OAuth2, so no token endpoint is called. */
const mockCredentialEntries = Object.values(credentialTable).flatMap((entry) =>
  entry.kind === 'secret'
    ? [[entry.option, `mock-${entry.option}`]]
    : entry.kind === 'basic'
      ? [
          [entry.username, 'mock-user'],
          [entry.password, 'mock-password'],
        ]
      : [[entry.token, `mock-${entry.token}`]],
)
/** What the README shows: each credential from an environment variable. */
const readmeCredentialOptions = Object.values(credentialTable).flatMap((entry) =>
  entry.kind === 'secret'
    ? [entry.option]
    : entry.kind === 'basic'
      ? [entry.username, entry.password]
      : [entry.clientId, entry.clientSecret],
)
const environmentName = (option) => option.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()

/** Writes a file unless it exists (the package's own edits win unless --force). */
function scaffold(relativePath, text) {
  const path = join(packageDir, relativePath)
  if (existsSync(path) && !flags.force) return
  writeTracked(path, text)
  console.log(`wrote packages/${id}/${relativePath}`)
}

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
      devDependencies: {
        '@parley/testing': 'workspace:*',
        '@types/node': '^20.19.0',
        typescript: '~6.0.3',
        vitest: '~4.1.12',
      },
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
          inputs: [
            `$TURBO_ROOT$/specs/${id}/**`,
            '$TURBO_ROOT$/scripts/generate.mjs',
            '$TURBO_ROOT$/scripts/codegen/**',
            '$TURBO_ROOT$/scripts/lib/**',
            '$TURBO_ROOT$/scripts/lint-specs.mjs',
          ],
        },
        test: {
          inputs: [
            'src/**',
            '!src/generated/**',
            'test/**',
            'tsconfig.json',
            'vitest.config.*',
            'package.json',
            `$TURBO_ROOT$/specs/${id}/**`,
          ],
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
scaffold(
  'src/zod.ts',
  `// zod validators for every schema, request and response of the spec.
export * from './generated/zod.gen.js'

/** The checker for \`validateResponses: responseChecker\`: every 2xx body against its operation's schema. */
export { responseChecker } from './generated/response-schemas.gen.js'
`,
)
scaffold(
  'src/paths.ts',
  `// openapi-typescript \`paths\`, \`components\` and \`operations\`, for openapi-fetch users.\nexport type * from './generated/paths.gen.js'\n`,
)

scaffold(
  'src/client.ts',
  `import type { Client } from '@parley/runtime'
import { type BoundSdk, type CommonClientOptions, bindSdk, createSdkClient, credentialsFromOptions } from '@parley/runtime/internal'
import { type CredentialOptions, credentialOptions, defaultBaseUrl, defaultSecurity, securitySchemes } from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'

/** The common options and one option per credential of the spec's security schemes (generated). */
export interface ${pascalName}ClientOptions extends CommonClientOptions, CredentialOptions {}

/** Every operation of the ${title}, bound to one set of credentials. */
export type ${pascalName}Client = BoundSdk<typeof sdk>

/** Creates a client for the ${title}: one method per operation of the spec. */
export function create${pascalName}Client(options: ${pascalName}ClientOptions = {}): ${pascalName}Client {
  return bindSdk(sdk, create${pascalName}HttpClient(options))
}

/** The HTTP client alone, for the flat functions (\`operation({ client, ... })\`). */
export function create${pascalName}HttpClient(options: ${pascalName}ClientOptions = {}): Client {
  const { baseUrl, fetch, timeoutMs, maxRetries, retry, headers, validateResponses, ...credentialValues } = options
  const { credentials, credentialOptionNames } = credentialsFromOptions(credentialValues, credentialOptions, securitySchemes, fetch)
  return createSdkClient({
    metadata: {
      defaultSecurity,
      securitySchemes,
    },
    defaultBaseUrl,
    credentials,
    credentialOptionNames,
    options: { baseUrl, fetch, timeoutMs, maxRetries, retry, headers, validateResponses },
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
  client = create${pascalName}Client({ baseUrl: prismMockUrl('${id}'), maxRetries: 0, ${mockCredentialEntries.map(([option, value]) => `${option}: '${value}'`).join(', ')} })
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

Typed client for the ${title}, generated from [\`${specRelativePath}\`](../../${specRelativePath})${
    published
      ? `, the vendor's own file as published; Parley's fixes to it are the actions of [\`${overlayRelativePath}\`](../../${overlayRelativePath})`
      : ''
  }.

\`\`\`sh
npm install @parley/${id}
\`\`\`

\`\`\`ts
import { create${pascalName}Client } from '@parley/${id}'

const client = create${pascalName}Client({ ${readmeCredentialOptions.map((option) => `${option}: process.env.${environmentName(option)}`).join(', ')} })
\`\`\`

Every operation of the spec is a method named by its \`operationId\`; errors, retries and
timeouts are [@parley/runtime](../runtime/README.md)'s.
`,
)

const changesetPath = join(repositoryRoot, '.changeset', `add-${id}.md`)
if (!existsSync(changesetPath)) {
  writeTracked(changesetPath, `---\n'@parley/${id}': minor\n---\n\nNew package: typed client for the ${title}.\n`)
  console.log(`wrote .changeset/add-${id}.md`)
}

if (flags['no-generate']) {
  console.log(`\nNext: pnpm install && pnpm generate ${id} && pnpm --filter @parley/${id} build test`)
} else {
  try {
    execFileSync(process.execPath, [join(repositoryRoot, 'scripts', 'generate.mjs'), id], {
      stdio: 'inherit',
      cwd: repositoryRoot,
    })
  } catch {
    takeBackWrites()
    console.error(`\nnew-vendor ${id}: generation failed (above); everything this run wrote was taken back.`)
    process.exit(1)
  }
  console.log(`\nNext: pnpm install && pnpm --filter @parley/${id} build test`)
}

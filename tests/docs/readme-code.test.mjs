// `pnpm test:readmes`: every ```ts block of the root README and of each public package's
// README, type-checked against the built packages as a user would compile them (strict,
// `@parley/*` resolved through each package's `exports`), then RUN against the vendors'
// mock servers (Prism, from the specs), so a sample cannot show a call, an answer or an
// error the API does not give. Each block is its own module (top-level await allowed).
//
// - Free names a README's blocks rely on are declared in a comment in that README:
//   `<!-- typecheck-preamble: declare const clientId: string -->`.
// - Every `process.env.NAME` a block reads is set (to `sample-name`), as a user's would be.
// - The hosts the samples name are served by the mocks (tests/docs/sample-network.mjs);
//   any other host fails the sample, so nothing leaves the machine.
// - `<!-- sample-output: 400 -->` right after a block: its output must contain each line.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, relative } from 'node:path'
import { transform } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadVendorDocument } from '@parley/codegen/spec-source'
import { startPrismMock } from '@parley/testing/prism-launcher'
import { listVendors, repositoryRoot } from '../../scripts/lib/vendors.mjs'
import { typecheck } from './typecheck.mjs'

const workDir = join(repositoryRoot, '.tmp', 'readme-code')
const packagesDir = join(repositoryRoot, 'packages')
const publicPackages = readdirSync(packagesDir)
  .map((name) => ({ directory: join(packagesDir, name), manifestPath: join(packagesDir, name, 'package.json') }))
  .filter(({ manifestPath }) => existsSync(manifestPath))
  .map((entry) => ({ ...entry, manifest: JSON.parse(readFileSync(entry.manifestPath, 'utf8')) }))
  .filter(({ manifest }) => !manifest.private)
const readmes = [
  join(repositoryRoot, 'README.md'),
  ...publicPackages.map(({ directory }) => join(directory, 'README.md')).filter(existsSync),
]

/** Every ```ts block: `{ file, where (README:line), source (a module), expectedOutput }`. */
function collectBlocks() {
  const blocks = []
  for (const readme of readmes) {
    const text = readFileSync(readme, 'utf8')
    const preamble = [...text.matchAll(/<!--\s*typecheck-preamble:([\s\S]*?)-->/g)]
      .map((match) => match[1].trim())
      .join('\n')
    const label = relative(repositoryRoot, readme).replace(/[/.]/g, '_')
    let index = 0
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```(?:\n+<!--\s*sample-output:([\s\S]*?)-->)?/g)) {
      // The line of the block in the README, so an error can be found there.
      const where = `${relative(repositoryRoot, readme)}:${text.slice(0, match.index).split('\n').length + 1}`
      blocks.push({
        file: `${label}_${++index}.ts`,
        where,
        source: `// ${where}\n${preamble}\n${match[1]}\nexport {}\n`,
        expectedOutput: (match[2] ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      })
    }
  }
  return blocks
}
const blocks = collectBlocks()

/** Writes each ```ts block as its own module, first line naming its README and line. */
function writeBlocks() {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(join(workDir, 'node_modules', '@parley'), { recursive: true })
  for (const { directory, manifest } of publicPackages)
    symlinkSync(directory, join(workDir, 'node_modules', manifest.name), 'dir')
  for (const { file, source } of blocks) writeFileSync(join(workDir, file), source)
  const files = blocks.map(({ file }) => file)
  writeFileSync(join(workDir, 'package.json'), JSON.stringify({ private: true, type: 'module' }))
  writeFileSync(
    join(workDir, 'tsconfig.json'),
    JSON.stringify({
      extends: relative(workDir, join(repositoryRoot, 'tsconfig.base.json')),
      compilerOptions: {
        noEmit: true,
        types: ['node'],
        typeRoots: [join(repositoryRoot, 'node_modules', '@types')],
        noUnusedLocals: false,
      },
      files,
    }),
  )
  return files
}

describe("the READMEs' TypeScript blocks", () => {
  it('every public package is built (pnpm build)', () => {
    const missingBuilds = publicPackages
      .filter(({ directory }) => !existsSync(join(directory, 'dist', 'index.d.ts')))
      .map(({ manifest }) => manifest.name)
    expect(missingBuilds, 'no dist/: run pnpm build first').toEqual([])
  })

  it('every ```ts block of the root and package READMEs type-checks against the built packages', async () => {
    const files = writeBlocks()
    expect(files.length, 'the READMEs have TypeScript blocks').toBeGreaterThan(0)
    const { status, output } = await typecheck(workDir)
    // Each file's first line names the README and line; on failure they stay in .tmp/readme-code/.
    expect(output, 'type errors in README code').toBe('')
    expect(status).toBe(0)
  })
})

const runDir = join(repositoryRoot, '.tmp', 'readme-run')

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The start of the URLs a vendor's client calls by default, as a regular expression: its
 * spec's first server URL, a template variable matching any host label, or, where the
 * variable is the whole origin (`{messagingUrl}`), its default.
 */
function serverUrlPattern(server) {
  const whole = /^\{(\w+)\}/.exec(server.url)
  const url = whole ? server.url.replace(whole[0], server.variables?.[whole[1]]?.default ?? '') : server.url
  return url
    .replace(/\/$/, '')
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? '[^/.]+' : escapeRegExp(part)))
    .join('')
}

/**
 * Where the samples' hosts are served: each vendor's default server (from its spec) by its
 * mock, plus the hosts the READMEs name themselves.
 */
async function sampleHosts() {
  const vendorServers = await Promise.all(
    listVendors().map(async (vendor) => {
      const { document } = await loadVendorDocument(vendor, { onNote: () => {} })
      return { pattern: serverUrlPattern(document.servers?.[0] ?? { url: '' }), vendor: vendor.id }
    }),
  )
  return [
    // Flow's sync-mode answers are the spec's `sync` examples (Prism cannot see the query).
    ...vendorServers.map((route) =>
      route.vendor === 'khoros-flow' ? { ...route, examplesByQuery: { 'sync=true': 'sync' } } : route,
    ),
    { pattern: 'https://messaging\\.example\\.com', vendor: 'botpress-messaging' },
    // The runtime README's server-sent events sample: a hub sending two events, then closing.
    { pattern: 'https://hub\\.example\\.com', vendor: 'event-hub' },
  ]
}

/** A server-sent events endpoint: two updates, then the end of the stream. */
async function startEventHub() {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
    response.end('id: 1\ndata: {"id":"order-1"}\n\nid: 2\ndata: {"id":"order-2"}\n\n')
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { baseUrl: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }
}

/** Runs one compiled sample with Node; resolves `{ code, output }`. */
function runSample(file, environment) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=worker', '--import', join(repositoryRoot, 'tests', 'docs', 'sample-network.mjs'), file],
      { cwd: runDir, env: environment, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, output }))
  })
}

describe("the READMEs' TypeScript blocks, run against the mock servers", () => {
  const servers = []
  let environment
  beforeAll(async () => {
    const vendors = listVendors()
    const started = await Promise.all([
      ...vendors.map(async (vendor) => [vendor.id, await startPrismMock(vendor.specPath)]),
      startEventHub().then((hub) => ['event-hub', hub]),
    ])
    servers.push(...started.map(([, server]) => server))
    const origins = Object.fromEntries(started.map(([id, server]) => [id, server.baseUrl]))
    const credentialNames = new Set(
      blocks.flatMap(({ source }) => [...source.matchAll(/process\.env\.(\w+)/g)].map((m) => m[1])),
    )
    environment = {
      PATH: process.env.PATH,
      ...Object.fromEntries([...credentialNames].map((name) => [name, `sample-${name.toLowerCase()}`])),
      PARLEY_SAMPLE_ROUTES: JSON.stringify(
        (await sampleHosts()).map(({ vendor, ...route }) => ({ ...route, target: origins[vendor] })),
      ),
    }
    rmSync(runDir, { recursive: true, force: true })
    mkdirSync(join(runDir, 'node_modules', '@parley'), { recursive: true })
    for (const { directory, manifest } of publicPackages)
      symlinkSync(directory, join(runDir, 'node_modules', manifest.name), 'dir')
    writeFileSync(join(runDir, 'package.json'), JSON.stringify({ private: true, type: 'module' }))
  })
  afterAll(async () => {
    await Promise.allSettled(servers.map((server) => server.close()))
  })

  for (const block of blocks)
    it(`${block.where} runs`, async () => {
      const { code } = await transform(block.source, { loader: 'ts', format: 'esm', target: 'node20' })
      const file = block.file.replace(/\.ts$/, '.mjs')
      writeFileSync(join(runDir, file), code)
      const result = await runSample(file, environment)
      expect(result.code, `${block.where} exited ${result.code}:\n${result.output}`).toBe(0)
      for (const expected of block.expectedOutput) expect(result.output).toContain(expected)
    })
})

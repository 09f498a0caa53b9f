// `pnpm test:packages`: package correctness, from the tarballs users would install.
//
// 1. every public package is packed as `pnpm publish` would pack it, by the command the
//    README gives for using them before they are published (`pnpm pack:packages`), then checked with
//    publint (strict) and Are the Types Wrong (`--profile esm-only`: the packages are
//    ESM-only, see CONTRIBUTING.md), and its file list is checked (no sources, no tests);
// 2. the facade, one vendor and the runtime alone are installed from their tarballs with
//    npm, and one call through the facade reaches a local server;
// 3. all the tarballs are installed with npm into a fresh project outside the workspace,
//    with the `npm install` line `pnpm pack:packages` printed, and used the ways users use them: `import` from ESM, `require()` from CommonJS (Node
//    20.19+ loads ESM synchronously), TypeScript with `nodenext` and with `bundler`
//    resolution and `skipLibCheck: false`, and an esbuild browser bundle of one operation
//    and of the facade with one adapter (sizes printed, min+gzip).
// Needs the packages built (`pnpm build`).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../scripts/lib/vendors.mjs'
import { npmInstall, run } from '../../scripts/release/commands.mjs'
import {
  consumerTsconfig,
  mswConsumer,
  oneVendorScript,
  typeScriptResolutions,
  typedConsumer,
} from '../../scripts/release/consumers.mjs'
import { listPublicPackages } from '../../scripts/release/packages.mjs'
import { findInstalledPnpm, pinnedVersion } from '../../scripts/lib/find-pnpm.mjs'
import { expectSuccess } from './expect-success.mjs'

// Some of these packages do not export their package.json: find them by folder.
const binary = (name, file) => join(repositoryRoot, 'node_modules', name, file)
const publintBin = binary('publint', 'src/cli.js')
const attwBin = binary('@arethetypeswrong/cli', 'dist/index.js')
const tscBin = binary('typescript', 'bin/tsc')
const shippedFile = /^package\/(dist\/.*\.(js|d\.ts)|README\.md|LICENSE|package\.json|capabilities\.json)$/
const oneVendorPackages = ['@parley/runtime', '@parley/messaging', '@parley/avaamo']
const vendorPackages = ['@parley/avaamo', '@parley/botpress-messaging', '@parley/khoros-flow', '@parley/mehery-xms']
// The MSW an application installs today (3.x runs on Node 22.12 and later; 2.x is what the
// workspace's own tests use, on Node 20 too).
const currentMsw = 'msw@3.0.5'
const currentMswNodeMajors = ['22', '24']
const vendorFactories = {
  '@parley/botpress-messaging': 'createBotpressMessagingClient',
  '@parley/khoros-flow': 'createKhorosFlowClient',
  '@parley/mehery-xms': 'createMeheryXmsClient',
  '@parley/avaamo': 'createAvaamoClient',
}

const packages = listPublicPackages()
let workDir
const tarballs = {}
let printedInstallLine

/** `pnpm pack:packages <folder>`, as the README tells a user to run it (with the pnpm on this machine). */
async function packAsTheReadmeSays(folder) {
  const { packageManager } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'))
  const version = pinnedVersion(packageManager)
  const pnpm = findInstalledPnpm({ version })?.command
  const result = pnpm
    ? await run(pnpm, ['pack:packages', folder])
    : await run('npx', ['--yes', `pnpm@${version}`, 'pack:packages', folder])
  expectSuccess(result)
  return result.output
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'parley-packages-'))
  const tarballDir = join(workDir, 'tarballs')
  const output = await packAsTheReadmeSays(tarballDir)
  for (const entry of packages) {
    const line = output.split('\n').find((candidate) => candidate.trim().startsWith(`${entry.name} `))
    tarballs[entry.name] = line?.trim().split(/\s+/)[1]
  }
  printedInstallLine = output.split('\n').find((line) => line.startsWith('npm install '))
})

it('`pnpm pack:packages` packs every public package and prints one npm install line naming them', () => {
  for (const entry of packages) expect(tarballs[entry.name], entry.name).toMatch(/\.tgz$/)
  expect(printedInstallLine?.split(' ').slice(2).sort()).toEqual(Object.values(tarballs).sort())
})

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

/** A fresh npm project `name` in the work folder (ESM), outside the workspace. */
function freshProject(name) {
  const directory = join(workDir, name)
  mkdirSync(directory)
  writeFileSync(join(directory, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }, null, 2))
  return directory
}

/** The lines of the CommonJS consumer: every vendor's factory and the facade, by require(). */
function commonJsConsumer() {
  const lines = [
    `const assert = require('node:assert/strict')`,
    ...Object.entries(vendorFactories).map(
      ([name, factory]) => `assert.equal(typeof require('${name}').${factory}, 'function')`,
    ),
    `assert.equal(typeof require('@parley/messaging').createMessaging, 'function')`,
  ]
  return `${lines.join('\n')}\n`
}

/** The ESM consumer: every vendor and its zod subpath, the facade with an adapter, the error classes. */
function esmConsumer() {
  const lines = [
    `import assert from 'node:assert/strict'`,
    ...Object.entries(vendorFactories).flatMap(([name, factory], index) => [
      `import * as vendor${index} from '${name}'`,
      `import * as zod${index} from '${name}/zod'`,
      `assert.equal(typeof vendor${index}.${factory}, 'function')`,
      `assert.ok(Object.keys(zod${index}).length > 10)`,
    ]),
    `import { createMessaging } from '@parley/messaging'`,
    `import { avaamo } from '@parley/messaging/avaamo'`,
    `const chat = createMessaging(avaamo({ botId: 1, userAccessToken: 'u', agentAccessToken: 'a' }))`,
    `assert.deepEqual(Object.keys(chat.capabilities), ['send', 'sendText', 'listMessages', 'content'])`,
    `import { ApiError } from '@parley/runtime'`,
    `import { NotFoundError } from '@parley/khoros-flow'`,
    `assert.ok(new NotFoundError({ status: 404, headers: {}, body: null, method: 'GET', url: 'u' }) instanceof ApiError)`,
  ]
  return `${lines.join('\n')}\n`
}

/** Bundles `contents` for the browser from `resolveDir`; returns the entry chunk's sizes. */
async function browserBundleSize(contents, resolveDir) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir: join(resolveDir, 'bundle'),
    write: false,
    logLevel: 'silent',
  })
  const entry = result.outputFiles.find((file) => file.path.endsWith('stdin.js'))
  expect(entry, `no entry chunk among ${result.outputFiles.map((file) => file.path).join(', ')}`).toBeDefined()
  return { minified: entry.contents.length, gzip: gzipSync(entry.contents).length }
}

// Labelled by hand: vitest would quote the name and version in a `$name` title.
const labelledPackages = packages.map((entry) => [`${entry.name}@${entry.version}`, entry])

describe.each(labelledPackages)('%s tarball', (_label, entry) => {
  it('passes publint --strict', async () => {
    expectSuccess(
      await run(process.execPath, [publintBin, 'run', tarballs[entry.name], '--strict', '--level', 'warning']),
    )
  })

  it('passes attw --profile esm-only', async () => {
    expectSuccess(
      await run(process.execPath, [attwBin, tarballs[entry.name], '--profile', 'esm-only', '--format', 'ascii']),
    )
  })

  it('ships dist, README and package.json only; engines node >= 20', async () => {
    const listing = await run('tar', ['tzf', tarballs[entry.name]])
    expectSuccess(listing)
    const unexpected = listing.output
      .trim()
      .split('\n')
      .filter((file) => !shippedFile.test(file))
    expect(unexpected, 'unexpected files in the tarball').toEqual([])
    expect(entry.manifest.engines?.node, 'engines.node').toBe('>=20')
  })
})

// The vendors are optional peers of the facade: these three tarballs alone must install
// and serve `@parley/messaging/avaamo`, without the other vendor packages anywhere.
describe('the facade with one vendor (runtime, messaging, avaamo) from tarballs', () => {
  let directory
  let install
  beforeAll(async () => {
    directory = freshProject('parley-one-vendor')
    install = await npmInstall(
      oneVendorPackages.map((name) => tarballs[name]),
      { cwd: directory },
    )
  })

  it('npm install @parley/messaging @parley/avaamo (with runtime) and nothing else', () => {
    expectSuccess(install)
  })

  it('facade + avaamo only: sendText reaches a local server', async () => {
    expectSuccess(install)
    writeFileSync(join(directory, 'send.mjs'), oneVendorScript)
    expectSuccess(await run(process.execPath, ['send.mjs'], { cwd: directory }))
  })
})

describe('every tarball in one fresh npm project', () => {
  let directory
  let install
  beforeAll(async () => {
    directory = freshProject('parley-consumer')
    // npm resolves the packages' own dependencies between the tarballs given together.
    // The line `pnpm pack:packages` printed, as a user pastes it.
    install = await npmInstall(printedInstallLine.split(' ').slice(2), { cwd: directory })
  })

  it('npm install of all the tarballs together', () => {
    expectSuccess(install)
  })

  it('ESM: import every package and subpath', async () => {
    expectSuccess(install)
    writeFileSync(join(directory, 'esm.mjs'), esmConsumer())
    expectSuccess(await run(process.execPath, ['esm.mjs'], { cwd: directory }))
  })

  it(`CommonJS: require() on Node ${process.versions.node} (require of ESM)`, async () => {
    expectSuccess(install)
    writeFileSync(join(directory, 'commonjs.cjs'), commonJsConsumer())
    expectSuccess(await run(process.execPath, ['commonjs.cjs'], { cwd: directory }))
  })

  it.each(typeScriptResolutions)('TypeScript, %s resolution, skipLibCheck false', async (label, resolutionOptions) => {
    expectSuccess(install)
    const tsconfig = `tsconfig.${label}.json`
    writeFileSync(join(directory, 'consumer.ts'), typedConsumer)
    writeFileSync(join(directory, tsconfig), consumerTsconfig(resolutionOptions))
    expectSuccess(await run(process.execPath, [tscBin, '-p', tsconfig], { cwd: directory }))
  })

  it('browser bundle: one operation (getUser + createBotpressMessagingHttpClient)', async () => {
    expectSuccess(install)
    const size = await browserBundleSize(
      `import { getUser, createBotpressMessagingHttpClient } from '@parley/botpress-messaging'\nexport const run = (id) => getUser({ client: createBotpressMessagingHttpClient({ clientId: 'i', clientToken: 't' }), path: { id } })\n`,
      directory,
    )
    console.log(`one operation: ${size.minified} B minified, ${size.gzip} B min+gzip`)
  })

  it('browser bundle: facade with one adapter (avaamo)', async () => {
    expectSuccess(install)
    const size = await browserBundleSize(
      `import { createMessaging } from '@parley/messaging'\nimport { avaamo } from '@parley/messaging/avaamo'\nexport const chat = (options) => createMessaging(avaamo(options))\n`,
      directory,
    )
    console.log(`facade with one adapter: ${size.minified} B minified, ${size.gzip} B min+gzip`)
  })
})

describe(`an application's tests with the current MSW (${currentMsw}), installed beside the vendor packages`, () => {
  let directory
  let install
  beforeAll(async () => {
    directory = freshProject('parley-msw')
    const { devDependencies } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'))
    install = await npmInstall(
      [
        currentMsw,
        `@types/node@${devDependencies['@types/node']}`,
        ...['@parley/runtime', ...vendorPackages].map((name) => tarballs[name]),
      ],
      { cwd: directory },
    )
    writeFileSync(join(directory, 'msw-app.ts'), mswConsumer)
    const { code } = await esbuild.transform(mswConsumer, { loader: 'ts', format: 'esm', target: 'node20' })
    writeFileSync(join(directory, 'msw-app.mjs'), code)
  })

  it('npm installs it (the optional peer range takes it)', () => {
    expectSuccess(install)
  })

  it("the application's test type-checks against MSW's declarations (skipLibCheck false)", async () => {
    expectSuccess(install)
    const { compilerOptions } = JSON.parse(consumerTsconfig({ module: 'NodeNext', moduleResolution: 'NodeNext' }))
    const tsconfig = { compilerOptions: { ...compilerOptions, types: ['node'] }, files: ['msw-app.ts'] }
    writeFileSync(join(directory, 'tsconfig.json'), JSON.stringify(tsconfig))
    expectSuccess(await run(process.execPath, [tscBin, '-p', 'tsconfig.json'], { cwd: directory }))
  })

  it.each(currentMswNodeMajors)('runs on Node %s: every call answered by MSW, no connection opened', async (major) => {
    expectSuccess(install)
    const result = await run('npx', ['--yes', '-p', `node@${major}`, 'node', 'msw-app.mjs'], { cwd: directory })
    expectSuccess(result)
    expect(result.output).toContain(`on Node ${major}.`)
  })
})

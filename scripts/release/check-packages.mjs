#!/usr/bin/env node
// Package correctness, from the tarballs users would install (`pnpm test:packages`):
//
// 1. every public package is packed as `pnpm publish` would pack it, then checked with
//    publint (strict) and Are the Types Wrong (`--profile esm-only`: the packages are
//    ESM-only, see CONTRIBUTING.md), and its file list is checked (no sources, no tests);
// 2. the tarballs are installed with npm into a fresh project outside the workspace, and
//    used the ways users use them: `import` from ESM, `require()` from CommonJS (Node
//    20.19+ loads ESM synchronously), TypeScript with `nodenext` and with `bundler`
//    resolution and `skipLibCheck: false`, and an esbuild browser bundle of one operation
//    and of the facade with one adapter (sizes printed, min+gzip).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { consumerTsconfig, oneVendorScript, typeScriptResolutions, typedConsumer } from './consumers.mjs'
import { listPublicPackages, packPackage } from './packages.mjs'

import { repositoryRoot } from '../lib/vendors.mjs'

const require = createRequire(import.meta.url)
// Some of these packages do not export their package.json: find them by folder.
const binary = (name, file) => join(repositoryRoot, 'node_modules', name, file)
const publintBin = binary('publint', 'src/cli.js')
const attwBin = binary('@arethetypeswrong/cli', 'dist/index.js')
const tscBin = binary('typescript', 'bin/tsc')
const esbuild = require('esbuild')

const problems = []
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options })
function check(label, action) {
  try {
    action()
    console.log(`  ok    ${label}`)
  } catch (error) {
    problems.push(label)
    console.log(
      `  FAIL  ${label}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.stdout === undefined ? String(error.message) : ''}`,
    )
  }
}

const workDir = mkdtempSync(join(tmpdir(), 'parley-packages-'))
const started = performance.now()
try {
  const packages = listPublicPackages()
  const tarballDir = join(workDir, 'tarballs')
  mkdirSync(tarballDir)
  console.log(`Packing ${packages.length} packages...`)
  const tarballs = Object.fromEntries(packages.map((entry) => [entry.name, packPackage(entry.directory, tarballDir)]))

  for (const entry of packages) {
    const tarball = tarballs[entry.name]
    console.log(`\n${entry.name}@${entry.version}`)
    check('publint --strict', () =>
      run(process.execPath, [publintBin, 'run', tarball, '--strict', '--level', 'warning']),
    )
    check('attw --profile esm-only', () =>
      run(process.execPath, [attwBin, tarball, '--profile', 'esm-only', '--format', 'ascii']),
    )
    check('ships dist, README and package.json only; engines node >= 20', () => {
      const files = run('tar', ['tzf', tarball]).trim().split('\n')
      const unexpected = files.filter(
        (file) => !/^package\/(dist\/.*\.(js|d\.ts)|README\.md|LICENSE|package\.json|capabilities\.json)$/.test(file),
      )
      if (unexpected.length > 0) throw new Error(`unexpected files: ${unexpected.join(', ')}`)
      if (entry.manifest.engines?.node !== '>=20') throw new Error(`engines.node is ${entry.manifest.engines?.node}`)
    })
  }

  console.log('\nInstalling the facade with one vendor (runtime, messaging, avaamo) into a fresh npm project...')
  // The vendors are optional peers of the facade: these three tarballs alone must install
  // and serve `@parley/messaging/avaamo`, without the other vendor packages anywhere.
  const oneVendorDir = join(workDir, 'one-vendor')
  mkdirSync(oneVendorDir)
  writeFileSync(
    join(oneVendorDir, 'package.json'),
    JSON.stringify({ name: 'parley-one-vendor', private: true, type: 'module' }, null, 2),
  )
  const oneVendorTarballs = ['@parley/runtime', '@parley/messaging', '@parley/avaamo'].map((name) => tarballs[name])
  check('npm install @parley/messaging @parley/avaamo (with runtime) and nothing else', () =>
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...oneVendorTarballs], {
      cwd: oneVendorDir,
    }),
  )
  writeFileSync(join(oneVendorDir, 'send.mjs'), oneVendorScript)
  check('facade + avaamo only: sendText reaches a local server', () =>
    run(process.execPath, ['send.mjs'], { cwd: oneVendorDir }),
  )

  console.log('\nInstalling the tarballs into a fresh npm project...')
  const consumerDir = join(workDir, 'consumer')
  mkdirSync(consumerDir)
  writeFileSync(
    join(consumerDir, 'package.json'),
    JSON.stringify({ name: 'parley-consumer', private: true, type: 'module' }, null, 2),
  )
  // npm resolves the packages' own dependencies between the tarballs given together.
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...Object.values(tarballs)],
    { cwd: consumerDir },
  )
  const vendorFactories = {
    '@parley/botpress-messaging': 'createBotpressMessagingClient',
    '@parley/khoros-flow': 'createKhorosFlowClient',
    '@parley/mehery-xms': 'createMeheryXmsClient',
    '@parley/avaamo': 'createAvaamoClient',
  }

  console.log('\nConsumers')
  const esmLines = [
    `import { createRequire } from 'node:module'`,
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
    `assert.deepEqual(Object.keys(chat.capabilities), ['sendText', 'listMessages'])`,
    `import { ApiError } from '@parley/runtime'`,
    `import { NotFoundError } from '@parley/khoros-flow'`,
    `assert.ok(new NotFoundError({ status: 404, headers: {}, body: null, method: 'GET', url: 'u' }) instanceof ApiError)`,
  ]
  writeFileSync(join(consumerDir, 'esm.mjs'), `${esmLines.join('\n')}\n`)
  check('ESM: import every package and subpath', () => run(process.execPath, ['esm.mjs'], { cwd: consumerDir }))

  const cjsLines = [
    `const assert = require('node:assert/strict')`,
    ...Object.entries(vendorFactories).map(
      ([name, factory]) => `assert.equal(typeof require('${name}').${factory}, 'function')`,
    ),
    `assert.equal(typeof require('@parley/messaging').createMessaging, 'function')`,
  ]
  writeFileSync(join(consumerDir, 'commonjs.cjs'), `${cjsLines.join('\n')}\n`)
  check(`CommonJS: require() on Node ${process.versions.node} (require of ESM)`, () =>
    run(process.execPath, ['commonjs.cjs'], { cwd: consumerDir }),
  )

  writeFileSync(join(consumerDir, 'consumer.ts'), typedConsumer)
  for (const [label, resolutionOptions] of typeScriptResolutions) {
    const tsconfig = `tsconfig.${label}.json`
    writeFileSync(join(consumerDir, tsconfig), consumerTsconfig(resolutionOptions))
    check(`TypeScript, ${label} resolution, skipLibCheck false`, () =>
      run(process.execPath, [tscBin, '-p', tsconfig], { cwd: consumerDir }),
    )
  }

  const bundleSizes = {}
  const bundle = (label, contents) =>
    check(`browser bundle: ${label}`, () => {
      const result = esbuild.buildSync({
        stdin: { contents, resolveDir: consumerDir, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        splitting: true,
        outdir: join(consumerDir, 'bundle'),
        write: false,
        logLevel: 'silent',
      })
      const entry = result.outputFiles.find((file) => file.path.endsWith('stdin.js'))
      bundleSizes[label] = { minified: entry.contents.length, gzip: gzipSync(entry.contents).length }
    })
  bundle(
    'one operation (getUser + createBotpressMessagingHttpClient)',
    `import { getUser, createBotpressMessagingHttpClient } from '@parley/botpress-messaging'\nexport const run = (id) => getUser({ client: createBotpressMessagingHttpClient({ clientId: 'i', clientToken: 't' }), path: { id } })\n`,
  )
  bundle(
    'facade with one adapter (avaamo)',
    `import { createMessaging } from '@parley/messaging'\nimport { avaamo } from '@parley/messaging/avaamo'\nexport const chat = (options) => createMessaging(avaamo(options))\n`,
  )
  for (const [label, size] of Object.entries(bundleSizes))
    console.log(`        ${label}: ${size.minified} B minified, ${size.gzip} B min+gzip`)
} finally {
  rmSync(workDir, { recursive: true, force: true })
}

const seconds = ((performance.now() - started) / 1000).toFixed(1)
if (problems.length > 0) {
  console.error(`\n${problems.length} package check(s) failed (${seconds} s): ${problems.join('; ')}`)
  process.exitCode = 1
} else {
  console.log(`\nAll package checks passed (${seconds} s).`)
}

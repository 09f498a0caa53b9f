#!/usr/bin/env node
// The release, exercised (`pnpm test:registry`, after the build): start a local Verdaccio
// on 127.0.0.1 in this process (config scripts/release/verdaccio.yaml, storage in a
// temporary folder),
// publish every public package to it with `changeset publish` as the release workflow
// does, then install them from it with plain npm into fresh projects the ways users do:
// Node ESM (the facade with one vendor, one call), CommonJS `require`, and TypeScript with
// `nodenext` and with `bundler` resolution.
import { spawn } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findFreePort } from '@parley/testing/prism-launcher'
import { runServer } from 'verdaccio'
import { repositoryRoot } from '../lib/vendors.mjs'
import { consumerTsconfig, oneVendorScript, typeScriptResolutions, typedConsumer } from './consumers.mjs'
import { listPublicPackages } from './packages.mjs'

const changesetBin = join(repositoryRoot, 'node_modules', '@changesets', 'cli', 'bin.js')
const tscBin = join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc')
const readyDeadlineMs = 180_000

/** Runs a command without blocking this process (the registry runs in a child meanwhile). */
function run(command, args, { cwd = repositoryRoot, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    )
  })
}

/** The environment a user's shell would have: none of the settings npm or pnpm export to scripts. */
function cleanEnvironment(extra = {}) {
  const environment = { ...process.env, ...extra }
  for (const name of Object.keys(environment))
    if (/^npm_(config|package|lifecycle)_/i.test(name) || name === 'PNPM_SCRIPT_SRC_DIR') delete environment[name]
  return { ...environment, ...extra }
}

/** Verdaccio in this process (every command here runs asynchronously, so it keeps serving). */
async function startRegistry(workDir) {
  copyFileSync(join(repositoryRoot, 'scripts', 'release', 'verdaccio.yaml'), join(workDir, 'config.yaml'))
  const port = await findFreePort()
  const app = await runServer(join(workDir, 'config.yaml'))
  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening))
    listening.once('error', reject)
  })
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + readyDeadlineMs
  while (!(await fetch(`${url}-/ping`).catch(() => undefined))?.ok) {
    if (Date.now() > deadline) throw new Error(`Verdaccio did not answer within ${readyDeadlineMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const close = () => {
    server.closeAllConnections?.()
    return new Promise((resolve) => server.close(() => resolve()))
  }
  return { url, port, close }
}

/** Creates the registry's one user (the npm login endpoint) and returns its token. */
async function createPublisher(registry) {
  const name = 'parley-release'
  const response = await fetch(`${registry.url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `local-${process.pid}-${Date.now()}`, type: 'user', roles: [] }),
  })
  const body = await response.json()
  if (!response.ok || !body.token)
    throw new Error(`could not create the registry user: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

const problems = []
async function check(label, action) {
  try {
    await action()
    console.log(`  ok    ${label}`)
  } catch (error) {
    problems.push(label)
    console.log(`  FAIL  ${label}\n${error instanceof Error ? error.message : error}`)
  }
}

const started = performance.now()
const workDir = mkdtempSync(join(tmpdir(), 'parley-registry-'))
let registry
// Interrupted: still remove the registry's storage.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    rmSync(workDir, { recursive: true, force: true })
    process.exit(1)
  })
}
try {
  registry = await startRegistry(workDir)
  console.log(`Local registry on ${registry.url} (storage in ${workDir})`)
  const token = await createPublisher(registry)
  const npmrc = join(workDir, 'publisher.npmrc')
  // Only the @parley scope goes to the local registry (npx still fetches pnpm as usual).
  writeFileSync(npmrc, `@parley:registry=${registry.url}\n//127.0.0.1:${registry.port}/:_authToken=${token}\n`)
  // changeset publish calls `pnpm`; the repository runs its pinned pnpm through npx.
  const binDir = join(workDir, 'bin')
  mkdirSync(binDir)
  writeFileSync(
    join(binDir, 'pnpm'),
    `#!/bin/sh\nexec npx --yes ${JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')).packageManager} "$@"\n`,
  )
  chmodSync(join(binDir, 'pnpm'), 0o755)
  const publishEnvironment = cleanEnvironment({
    PATH: `${binDir}:${process.env.PATH}`,
    npm_config_userconfig: npmrc,
    'npm_config_@parley:registry': registry.url,
  })

  const packages = listPublicPackages()
  console.log('\nchangeset publish')
  await check(`publishes all ${packages.length} public packages`, async () => {
    const output = await run(process.execPath, [changesetBin, 'publish', '--no-git-tag'], { env: publishEnvironment })
    for (const { name, version } of packages) {
      const manifest = await (await fetch(`${registry.url}${name.replace('/', '%2f')}`)).json()
      if (!manifest.versions?.[version])
        throw new Error(`${name}@${version} is not on the registry after publishing:\n${output}`)
      const published = manifest.versions[version]
      const ranges = JSON.stringify({ ...published.dependencies, ...published.peerDependencies })
      if (ranges.includes('workspace:')) throw new Error(`${name} was published with workspace: ranges: ${ranges}`)
    }
  })

  // Consumers read only the @parley scope from the local registry; everything else from
  // the default registry, as a user's project with a scoped registry line would.
  const consumerEnvironment = cleanEnvironment()
  async function project(name, installs, type = 'module') {
    const directory = join(workDir, 'projects', name)
    mkdirSync(directory, { recursive: true })
    writeFileSync(
      join(directory, 'package.json'),
      JSON.stringify({ name: `consumer-${name}`, private: true, type }, null, 2),
    )
    writeFileSync(join(directory, '.npmrc'), `@parley:registry=${registry.url}\n`)
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...installs], {
      cwd: directory,
      env: consumerEnvironment,
    })
    return directory
  }

  console.log('\nInstalled from the registry with plain npm')
  await check('Node ESM: npm install @parley/messaging @parley/avaamo, one call through the facade', async () => {
    const directory = await project('esm', ['@parley/messaging', '@parley/avaamo'])
    writeFileSync(join(directory, 'send.mjs'), oneVendorScript)
    await run(process.execPath, ['send.mjs'], { cwd: directory, env: consumerEnvironment })
  })
  await check(
    `CommonJS: require() of @parley/khoros-flow and the facade on Node ${process.versions.node}`,
    async () => {
      const directory = await project('commonjs', ['@parley/messaging', '@parley/khoros-flow'], 'commonjs')
      const lines = [
        `const assert = require('node:assert/strict')`,
        `const { createKhorosFlowClient, NotFoundError } = require('@parley/khoros-flow')`,
        `const { createMessaging } = require('@parley/messaging')`,
        `const { khorosFlow } = require('@parley/messaging/khoros-flow')`,
        `assert.equal(typeof createKhorosFlowClient({ apiKey: 'k' }).sendMessage, 'function')`,
        `assert.equal(typeof NotFoundError, 'function')`,
        `assert.ok(createMessaging(khorosFlow({ apiKey: 'k' })).capabilities.sendText)`,
      ]
      writeFileSync(join(directory, 'index.js'), `${lines.join('\n')}\n`)
      await run(process.execPath, ['index.js'], { cwd: directory, env: consumerEnvironment })
    },
  )
  const typed = await project(
    'typescript',
    packages.map(({ name }) => name),
  ).catch((error) => {
    problems.push('TypeScript project install')
    console.log(`  FAIL  TypeScript project install\n${error.message}`)
  })
  if (typed) {
    writeFileSync(join(typed, 'consumer.ts'), typedConsumer)
    for (const [label, resolutionOptions] of typeScriptResolutions) {
      const tsconfig = `tsconfig.${label}.json`
      writeFileSync(join(typed, tsconfig), consumerTsconfig(resolutionOptions))
      await check(`TypeScript, ${label} resolution, skipLibCheck false`, () =>
        run(process.execPath, [tscBin, '-p', tsconfig], { cwd: typed, env: consumerEnvironment }),
      )
    }
  }
} finally {
  await registry?.close()
  rmSync(workDir, { recursive: true, force: true })
}

const seconds = ((performance.now() - started) / 1000).toFixed(1)
if (problems.length > 0) {
  console.error(`\n${problems.length} registry round-trip check(s) failed (${seconds} s): ${problems.join('; ')}`)
  process.exitCode = 1
} else {
  console.log(`\nRegistry round trip passed (${seconds} s).`)
}

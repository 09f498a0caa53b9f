// `pnpm test:registry`: the release, exercised (after the build). A local Verdaccio runs
// in this process on 127.0.0.1 (scripts/release/local-registry.mjs), every public package
// is published to it with `changeset publish` as the release workflow does, then installed
// from it with plain npm into fresh projects the ways users do: Node ESM (the facade with
// one vendor, one call), CommonJS `require`, and TypeScript with `nodenext` and with
// `bundler` resolution. Every command is spawned asynchronously, so Verdaccio keeps serving.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../scripts/lib/vendors.mjs'
import { cleanEnvironment, npmInstall, run } from '../../scripts/release/commands.mjs'
import {
  consumerTsconfig,
  oneVendorScript,
  typeScriptResolutions,
  typedConsumer,
} from '../../scripts/release/consumers.mjs'
import { createPublisher, publishEnvironment, startRegistry } from '../../scripts/release/local-registry.mjs'
import { listPublicPackages } from '../../scripts/release/packages.mjs'
import { expectSuccess } from './expect-success.mjs'

const changesetBin = join(repositoryRoot, 'node_modules', '@changesets', 'cli', 'bin.js')
const tscBin = join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc')
const interruptions = ['SIGINT', 'SIGTERM']

const packages = listPublicPackages()
// Consumers read only the @parley scope from the local registry (their .npmrc), everything
// else from the default registry, as a user's project with a scoped registry line would.
const consumerEnvironment = cleanEnvironment()
let workDir
let registry
let publish
let stopRemovingOnInterrupt = () => {}

/** Removes `directory` if the run is interrupted, then lets the signal do what it would have. */
function removeOnInterrupt(directory) {
  const onSignal = (signal) => {
    rmSync(directory, { recursive: true, force: true })
    process.kill(process.pid, signal)
  }
  for (const signal of interruptions) process.once(signal, onSignal)
  return () => {
    for (const signal of interruptions) process.off(signal, onSignal)
  }
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'parley-registry-'))
  stopRemovingOnInterrupt = removeOnInterrupt(workDir)
  registry = await startRegistry(workDir)
  console.log(`Local registry on ${registry.url} (storage in ${workDir})`)
  const token = await createPublisher(registry)
  publish = await run(process.execPath, [changesetBin, 'publish', '--no-git-tag'], {
    env: publishEnvironment(workDir, registry, token),
  })
})

afterAll(async () => {
  await registry?.close()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
  stopRemovingOnInterrupt()
})

/** A fresh project `name` (of module `type`) whose @parley scope is the local registry. */
function consumerProject(name, type = 'module') {
  const directory = join(workDir, 'projects', name)
  mkdirSync(directory, { recursive: true })
  writeFileSync(
    join(directory, 'package.json'),
    JSON.stringify({ name: `consumer-${name}`, private: true, type }, null, 2),
  )
  writeFileSync(join(directory, '.npmrc'), `@parley:registry=${registry.url}\n`)
  return directory
}

/** Creates the project `name` and installs `specs` into it from the registry with npm. */
async function installedProject(name, specs, type) {
  const directory = consumerProject(name, type)
  const install = await npmInstall(specs, { cwd: directory, env: consumerEnvironment })
  return { directory, install }
}

/** A manifest document of the registry (every version of one package). */
async function registryManifest(name) {
  const response = await fetch(`${registry.url}${name.replace('/', '%2f')}`)
  return response.json()
}

const commonJsConsumer = `${[
  `const assert = require('node:assert/strict')`,
  `const { createKhorosFlowClient, NotFoundError } = require('@parley/khoros-flow')`,
  `const { createMessaging } = require('@parley/messaging')`,
  `const { khorosFlow } = require('@parley/messaging/khoros-flow')`,
  `assert.equal(typeof createKhorosFlowClient({ apiKey: 'k' }).sendMessage, 'function')`,
  `assert.equal(typeof NotFoundError, 'function')`,
  `assert.ok(createMessaging(khorosFlow({ apiKey: 'k' })).capabilities.sendText)`,
].join('\n')}\n`

describe('changeset publish', () => {
  it(`publishes all ${packages.length} public packages`, async () => {
    expectSuccess(publish)
    for (const { name, version } of packages) {
      const published = (await registryManifest(name)).versions?.[version]
      expect(published, `${name}@${version} is not on the registry after publishing:\n${publish.output}`).toBeDefined()
      const ranges = JSON.stringify({ ...published.dependencies, ...published.peerDependencies })
      expect(ranges, `${name} was published with workspace: ranges`).not.toContain('workspace:')
    }
  })
})

describe('installed from the registry with plain npm', () => {
  describe('Node ESM', () => {
    let esm
    beforeAll(async () => {
      esm = await installedProject('esm', ['@parley/messaging', '@parley/avaamo'])
    })

    it('Node ESM: npm install @parley/messaging @parley/avaamo, one call through the facade', async () => {
      expectSuccess(esm.install)
      writeFileSync(join(esm.directory, 'send.mjs'), oneVendorScript)
      expectSuccess(await run(process.execPath, ['send.mjs'], { cwd: esm.directory, env: consumerEnvironment }))
    })
  })

  describe('CommonJS', () => {
    let commonJs
    beforeAll(async () => {
      commonJs = await installedProject('commonjs', ['@parley/messaging', '@parley/khoros-flow'], 'commonjs')
    })

    it(`CommonJS: require() of @parley/khoros-flow and the facade on Node ${process.versions.node}`, async () => {
      expectSuccess(commonJs.install)
      writeFileSync(join(commonJs.directory, 'index.js'), commonJsConsumer)
      expectSuccess(await run(process.execPath, ['index.js'], { cwd: commonJs.directory, env: consumerEnvironment }))
    })
  })

  describe('TypeScript', () => {
    let typed
    beforeAll(async () => {
      typed = await installedProject(
        'typescript',
        packages.map(({ name }) => name),
      )
    })

    it('npm install of every public package', () => {
      expectSuccess(typed.install)
    })

    it.each(typeScriptResolutions)(
      'TypeScript, %s resolution, skipLibCheck false',
      async (label, resolutionOptions) => {
        expectSuccess(typed.install)
        const tsconfig = `tsconfig.${label}.json`
        writeFileSync(join(typed.directory, 'consumer.ts'), typedConsumer)
        writeFileSync(join(typed.directory, tsconfig), consumerTsconfig(resolutionOptions))
        expectSuccess(
          await run(process.execPath, [tscBin, '-p', tsconfig], { cwd: typed.directory, env: consumerEnvironment }),
        )
      },
    )
  })
})

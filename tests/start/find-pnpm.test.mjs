// Which pnpm `npm start` and `npm test` use (scripts/bootstrap.mjs, scripts/lib/find-pnpm.mjs):
// one already on the machine, found without asking the registry (npx's cache, corepack's
// cache, a global install on the PATH), and, on a machine with none at all, the pinned one
// fetched through npx (this case needs the registry, as a first run on such a machine does).
import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { findInstalledPnpm, pinnedVersion } from '../../scripts/lib/find-pnpm.mjs'

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
const version = '12.21.0'
const cleanup = []
afterEach(() => {
  for (const directory of cleanup.splice(0)) rmSync(directory, { recursive: true, force: true })
})

function scratch() {
  const directory = mkdtempSync(join(tmpdir(), 'parley-find-pnpm-'))
  cleanup.push(directory)
  return directory
}

/** A pnpm package folder as npm or corepack lays it out, its `pnpm` bin an executable script. */
function fakePnpmPackage(directory, packageVersion) {
  mkdirSync(directory, { recursive: true })
  writeFileSync(
    join(directory, 'package.json'),
    JSON.stringify({ name: 'pnpm', version: packageVersion, bin: { pnpm: 'pnpm' } }),
  )
  writeFileSync(join(directory, 'pnpm'), `#!/bin/sh\necho ${packageVersion}\n`)
  chmodSync(join(directory, 'pnpm'), 0o755)
}

/** An environment in which nothing is found unless a test puts it there. */
function emptyMachine() {
  const root = scratch()
  return {
    root,
    environment: {
      PATH: join(root, 'bin'),
      npm_config_cache: join(root, 'npm-cache'),
      COREPACK_HOME: join(root, 'corepack'),
    },
  }
}

describe('findInstalledPnpm', () => {
  it('reads the pinned version from package.json', () => {
    expect(pinnedVersion('pnpm@12.21.0')).toBe('12.21.0')
    expect(pinnedVersion('pnpm@12.21.0+sha512.abc')).toBe('12.21.0')
    expect(() => pinnedVersion('yarn@4.0.0')).toThrow(/must name a pnpm version/)
  })

  it('finds the pinned pnpm in npx’s cache', () => {
    const { root, environment } = emptyMachine()
    fakePnpmPackage(join(root, 'npm-cache', '_npx', '0123abcd', 'node_modules', 'pnpm'), version)
    expect(findInstalledPnpm({ version, environment })).toEqual({
      command: join(root, 'npm-cache', '_npx', '0123abcd', 'node_modules', 'pnpm', 'pnpm'),
      version,
      source: 'npx cache',
    })
  })

  it('passes over another version in npx’s cache', () => {
    const { root, environment } = emptyMachine()
    fakePnpmPackage(join(root, 'npm-cache', '_npx', '0123abcd', 'node_modules', 'pnpm'), '12.20.0')
    expect(findInstalledPnpm({ version, environment })).toBeUndefined()
  })

  it('finds the pinned pnpm in corepack’s cache', () => {
    const { root, environment } = emptyMachine()
    fakePnpmPackage(join(root, 'corepack', 'v1', 'pnpm', version), version)
    expect(findInstalledPnpm({ version, environment })?.source).toBe('corepack cache')
  })

  it('finds a pnpm of the same major version on the PATH (a global install or a shim), asking it its version', () => {
    const { root, environment } = emptyMachine()
    fakePnpmPackage(join(root, 'global', 'pnpm'), '12.19.1')
    mkdirSync(join(root, 'bin'))
    symlinkSync(join(root, 'global', 'pnpm', 'pnpm'), join(root, 'bin', 'pnpm'))
    expect(findInstalledPnpm({ version, environment })).toMatchObject({ source: 'PATH', version: '12.19.1' })

    // A standalone binary or corepack shim: no manifest beside it, so it is asked.
    const shimDirectory = join(root, 'shim-bin')
    mkdirSync(shimDirectory)
    writeFileSync(join(shimDirectory, 'pnpm'), '#!/bin/sh\necho 12.21.0\n')
    chmodSync(join(shimDirectory, 'pnpm'), 0o755)
    expect(findInstalledPnpm({ version, environment: { ...environment, PATH: shimDirectory } })).toMatchObject({
      command: join(shimDirectory, 'pnpm'),
      version: '12.21.0',
    })
  })

  it('passes over a pnpm of another major version on the PATH, and finds nothing on an empty machine', () => {
    const { root, environment } = emptyMachine()
    expect(findInstalledPnpm({ version, environment })).toBeUndefined()
    mkdirSync(join(root, 'bin'))
    writeFileSync(join(root, 'bin', 'pnpm'), '#!/bin/sh\necho 9.15.0\n')
    chmodSync(join(root, 'bin', 'pnpm'), 0o755)
    expect(findInstalledPnpm({ version, environment })).toBeUndefined()
  })
})

function runBootstrap(script, environment) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repositoryRoot, 'scripts', 'bootstrap.mjs'), script], {
      cwd: repositoryRoot,
      env: environment,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, output }))
  })
}

describe('the bootstrap on a machine with no pnpm at all', () => {
  it('fetches the pinned pnpm through npx once, then uses npx’s cache without asking again', {
    timeout: 600_000,
  }, async () => {
    const root = scratch()
    // Only Node, npm, npx and a shell on the PATH: no pnpm, and an empty npm cache.
    const bin = join(root, 'bin')
    mkdirSync(bin)
    const nodeBin = dirname(process.execPath)
    for (const tool of ['node', 'npm', 'npx']) symlinkSync(join(nodeBin, tool), join(bin, tool))
    symlinkSync('/bin/sh', join(bin, 'sh'))
    // The rest of the user's environment stays (home, certificates, pnpm's package store).
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|PNPM_|COREPACK_|VITEST)/i.test(name)),
    )
    const environment = {
      ...inherited,
      PATH: bin,
      npm_config_cache: join(root, 'npm-cache'),
      // npx would run a pnpm installed globally with npm: none there either.
      npm_config_prefix: join(root, 'npm-global'),
      COREPACK_HOME: join(root, 'corepack'),
    }
    expect(findInstalledPnpm({ version, environment })).toBeUndefined()

    const first = await runBootstrap('check:changesets', environment)
    expect(first.output).toContain(`No pnpm ${version} on this machine: fetching it with npx`)
    expect(first.code, first.output).toBe(0)
    expect(findInstalledPnpm({ version, environment })?.source).toBe('npx cache')

    const second = await runBootstrap('check:changesets', environment)
    expect(second.code, second.output).toBe(0)
    expect(second.output).not.toContain('fetching it with npx')
  })
})

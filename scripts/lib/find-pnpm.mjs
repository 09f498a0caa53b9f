// Finds a pnpm that is already on this machine, so that the bootstrap asks the registry
// only when there is none. Node built-ins only: nothing is installed when this runs.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'

/**
 * Where to look, and for which pnpm.
 * @typedef {{ version: string, environment: NodeJS.ProcessEnv, platform: NodeJS.Platform }} SearchContext
 * @typedef {{ command: string, version: string, source: string, environment?: Record<string, string> }} FoundPnpm
 */

/**
 * `pnpm@12.21.0` -> `12.21.0` (a `+sha...` suffix is dropped).
 * @param {string | undefined} packageManager
 * @returns {string}
 */
export function pinnedVersion(packageManager) {
  const match = /^pnpm@(\d+\.\d+\.\d+[^+]*)/.exec(packageManager ?? '')
  if (!match) throw new Error(`package.json: "packageManager" must name a pnpm version, not ${packageManager}`)
  return /** @type {string} */ (match[1])
}

const majorOf = (/** @type {string} */ version) => version.split('.')[0]

/**
 * @param {string} packageDirectory
 * @returns {{ name?: string, version?: string, bin?: string | Record<string, string> } | undefined}
 */
function readManifest(packageDirectory) {
  try {
    return JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8'))
  } catch {
    return undefined
  }
}

/**
 * The executable a pnpm package directory runs, from its manifest's `bin`.
 * @param {string} packageDirectory
 * @param {NonNullable<ReturnType<typeof readManifest>>} manifest
 * @param {NodeJS.Platform} platform
 */
function pnpmExecutableIn(packageDirectory, manifest, platform) {
  if (platform === 'win32') {
    // npm writes .cmd shims beside node_modules/pnpm, in node_modules/.bin.
    const shim = join(packageDirectory, '..', '.bin', 'pnpm.cmd')
    return existsSync(shim) ? shim : undefined
  }
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.pnpm
  const executable = bin && join(packageDirectory, bin)
  return executable && existsSync(executable) ? executable : undefined
}

/**
 * A pnpm package directory holding the wanted version, as a runnable pnpm.
 * @param {string} packageDirectory
 * @param {string} version
 * @param {NodeJS.Platform} platform
 * @param {string} source
 * @returns {FoundPnpm | undefined}
 */
function fromPackageDirectory(packageDirectory, version, platform, source) {
  const manifest = readManifest(packageDirectory)
  if (manifest?.name !== 'pnpm' || manifest.version !== version) return undefined
  const command = pnpmExecutableIn(packageDirectory, manifest, platform)
  return command ? { command, version, source } : undefined
}

/**
 * Where npx keeps what it fetched: `<npm cache>/_npx/<hash>/node_modules/pnpm`.
 * @param {SearchContext} context
 */
function fromNpxCache({ version, environment, platform }) {
  const npmCache =
    environment.npm_config_cache ||
    (platform === 'win32' ? join(environment.LOCALAPPDATA ?? homedir(), 'npm-cache') : join(homedir(), '.npm'))
  const npxDirectory = join(npmCache, '_npx')
  if (!existsSync(npxDirectory)) return undefined
  for (const entry of readdirSync(npxDirectory)) {
    const found = fromPackageDirectory(
      join(npxDirectory, entry, 'node_modules', 'pnpm'),
      version,
      platform,
      'npx cache',
    )
    if (found) return found
  }
  return undefined
}

/**
 * Corepack's own cache (`COREPACK_HOME`), whether or not its shims are on the PATH.
 * @param {SearchContext} context
 */
function fromCorepackCache({ version, environment, platform }) {
  const corepackHome =
    environment.COREPACK_HOME ||
    (platform === 'win32'
      ? join(environment.LOCALAPPDATA ?? homedir(), 'node', 'corepack')
      : join(environment.XDG_CACHE_HOME || join(homedir(), '.cache'), 'node', 'corepack'))
  for (const layout of [
    ['v1', 'pnpm', version],
    ['pnpm', version],
  ]) {
    const found = fromPackageDirectory(join(corepackHome, ...layout), version, platform, 'corepack cache')
    if (found) return found
  }
  return undefined
}

/**
 * The version a pnpm on the PATH reports, with corepack kept off the network.
 * @param {string} command
 * @param {NodeJS.ProcessEnv} environment
 */
function reportedVersion(command, environment) {
  const result = spawnSync(command, ['--version'], {
    env: { ...environment, COREPACK_ENABLE_NETWORK: '0', COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
    encoding: 'utf8',
    timeout: 30_000,
    shell: process.platform === 'win32',
  })
  return result.status === 0 ? result.stdout.trim() : undefined
}

/**
 * A `pnpm` on the PATH (a global install, a standalone binary or corepack's shim) of the
 * pinned major version: same lockfile format, so `--frozen-lockfile` holds.
 *
 * @param {SearchContext} context
 * @returns {FoundPnpm | undefined}
 */
function fromPath({ version, environment, platform }) {
  const names = platform === 'win32' ? ['pnpm.cmd', 'pnpm.exe'] : ['pnpm']
  for (const directory of (environment.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(directory, name)
      if (!existsSync(candidate)) continue
      // A global npm install: the version is in the manifest beside the real file.
      const manifestVersion = owningPnpmManifest(candidate)?.version
      const found = manifestVersion ?? reportedVersion(candidate, environment)
      if (found && majorOf(found) === majorOf(version))
        return { command: candidate, version: found, source: 'PATH', environment: { COREPACK_ENABLE_NETWORK: '0' } }
    }
  }
  return undefined
}

/**
 * The manifest of the pnpm package `file` (a pnpm on the PATH) belongs to, if it is one.
 * @param {string} file
 */
function owningPnpmManifest(file) {
  let directory
  try {
    directory = dirname(realpathSync(file))
  } catch {
    return undefined
  }
  for (let depth = 0; depth < 3; depth++, directory = dirname(directory)) {
    const manifest = readManifest(directory)
    if (manifest) return manifest.name === 'pnpm' ? manifest : undefined
  }
  return undefined
}

/**
 * A pnpm already here, without asking the registry: npx's cache, a global install or
 * corepack (exact pinned version from a cache; same major from the PATH). Undefined when none.
 *
 * @param {{ version: string, environment?: NodeJS.ProcessEnv, platform?: NodeJS.Platform }} wanted
 * @returns {FoundPnpm | undefined}
 */
export function findInstalledPnpm({ version, environment = process.env, platform = process.platform }) {
  const context = { version, environment, platform }
  return fromNpxCache(context) ?? fromCorepackCache(context) ?? fromPath(context)
}

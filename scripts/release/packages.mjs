// The public packages (every non-private package under packages/) and packing them the
// way `pnpm publish` would: `workspace:` ranges rewritten to real versions.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { findInstalledPnpm, pinnedVersion } from '../lib/find-pnpm.mjs'
import { repositoryRoot } from '../lib/vendors.mjs'

/**
 * The public packages: every non-private package under packages/.
 * @returns {Array<{ directory: string, manifest: Record<string, unknown>, name: string, version: string }>}
 */
export function listPublicPackages() {
  const packagesDir = join(repositoryRoot, 'packages')
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const directory = join(packagesDir, entry.name)
      try {
        const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'))
        return { directory, manifest, name: manifest.name, version: manifest.version }
      } catch {
        return undefined
      }
    })
    .filter((entry) => entry !== undefined)
    .filter((entry) => !entry.manifest.private)
}

/** The pnpm on this machine (as the bootstrap finds it), else the pinned one through npx. */
function pnpmCommand() {
  const { packageManager } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'))
  const version = pinnedVersion(packageManager)
  const installed = findInstalledPnpm({ version })
  return installed ? [installed.command] : ['npx', '--yes', `pnpm@${version}`]
}

/**
 * Packs one package into `destination`; returns the tarball's path.
 * @param {string} directory
 * @param {string} destination
 */
export function packPackage(directory, destination) {
  const [command = 'pnpm', ...prefix] = pnpmCommand()
  const output = execFileSync(command, [...prefix, 'pack', '--pack-destination', destination], {
    cwd: directory,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' },
  })
  const tarball = output
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .reverse()
    .find((line) => line.endsWith('.tgz'))
  if (!tarball) throw new Error(`pnpm pack printed no tarball for ${directory}:\n${output}`)
  return tarball.startsWith('/') ? tarball : join(destination, tarball)
}

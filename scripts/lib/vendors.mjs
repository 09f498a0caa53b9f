// The vendor list has one source: the `apis:` entries of redocly.yaml. Every script
// (generate, drift check, docs, mock servers, portal) reads it through this module.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Mock server ports are stable per vendor so the README, the portal and tests agree. */
const firstMockPort = 4101

/**
 * @typedef {object} Vendor
 * @property {string} id            folder, package and docs name (`khoros-flow`)
 * @property {string} packageName   `@parley/<id>`
 * @property {string} specPath      absolute path of the spec
 * @property {string} packageDir    absolute path of the package
 * @property {string} pascalName    `KhorosFlow` (factory names: `createKhorosFlowClient`)
 * @property {number} mockPort      127.0.0.1 port of its Prism mock in `npm start`
 * @property {boolean} published    the vendor's own file, kept byte for byte (`x-parley-published`):
 *   linted for structural correctness only, fixed through specs/<id>/overlay.yaml
 */

/** @returns {Vendor[]} */
export function listVendors() {
  const config = parse(readFileSync(join(repositoryRoot, 'redocly.yaml'), 'utf8'))
  return Object.entries(config.apis ?? {}).map(([id, api], index) => ({
    id,
    packageName: `@parley/${id}`,
    specPath: join(repositoryRoot, api.root),
    packageDir: join(repositoryRoot, 'packages', id),
    pascalName: id
      .split('-')
      .map((part) => part[0].toUpperCase() + part.slice(1))
      .join(''),
    mockPort: firstMockPort + index,
    published: api['x-parley-published'] === true,
  }))
}

/** @returns {Vendor} */
export function findVendor(id) {
  const vendor = listVendors().find((candidate) => candidate.id === id)
  if (!vendor) throw new Error(`Unknown vendor "${id}": not an \`apis:\` entry of redocly.yaml`)
  return vendor
}

/** Environment that keeps tools from calling home (no network but the registries here). */
export const quietToolEnvironment = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  TURBO_TELEMETRY_DISABLED: '1',
  SCARF_ANALYTICS: 'false',
  DO_NOT_TRACK: '1',
}

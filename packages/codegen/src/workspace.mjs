// Where the vendors are: the `apis:` entries of the workspace's redocly.yaml, the single
// list every script, test and tool reads (scripts/lib/vendors.mjs binds it to the repository).
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

/**
 * One `apis:` entry of the workspace's redocly.yaml.
 * @typedef {object} Vendor
 * @property {string} id folder, package and docs name (`khoros-flow`)
 * @property {string} packageName `@parley/<id>`
 * @property {string} specPath absolute path of the spec
 * @property {string} packageDir absolute path of the package
 * @property {string} pascalName `KhorosFlow` (factory names: `createKhorosFlowClient`)
 * @property {number} mockPort 127.0.0.1 port of its Prism mock in `npm start`
 * @property {boolean} published the vendor's own file, kept byte for byte (`x-parley-published`); fixes in specs/<id>/overlay.yaml
 */

/**
 * The workspace root: the nearest folder up from `from` with a redocly.yaml.
 * @param {string} [from]
 * @returns {string}
 */
export function findWorkspaceRoot(from = process.cwd()) {
  for (let folder = from; ; folder = dirname(folder)) {
    try {
      readFileSync(join(folder, 'redocly.yaml'))
      return folder
    } catch {
      if (dirname(folder) === folder)
        throw new Error(`No redocly.yaml in ${from} or above: not inside a Parley workspace`)
    }
  }
}

/** Mock server ports are stable per vendor so the README, the portal and tests agree. */
const firstMockPort = 4101

/**
 * `KhorosFlow` for `khoros-flow`: factory and type names (`createKhorosFlowClient`).
 * @param {string} id
 * @returns {string}
 */
export function pascalName(id) {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
}

/**
 * The vendors of redocly.yaml's `apis:`, in their order there.
 * @param {string} [root] the workspace root (default: found from the working directory)
 * @returns {Vendor[]}
 */
export function listVendors(root = findWorkspaceRoot()) {
  const config = parse(readFileSync(join(root, 'redocly.yaml'), 'utf8'))
  /** @type {Array<[string, { root: string, 'x-parley-published'?: boolean }]>} */
  const apis = Object.entries(config.apis ?? {})
  return apis.map(([id, api], index) => ({
    id,
    packageName: `@parley/${id}`,
    specPath: join(root, api.root),
    packageDir: join(root, 'packages', id),
    pascalName: pascalName(id),
    mockPort: firstMockPort + index,
    published: api['x-parley-published'] === true,
  }))
}

/**
 * The vendor `id` of redocly.yaml's `apis:`; throws when there is none.
 * @param {string} id
 * @param {string} [root] the workspace root (default: found from the working directory)
 * @returns {Vendor}
 */
export function findVendor(id, root = findWorkspaceRoot()) {
  const vendor = listVendors(root).find((candidate) => candidate.id === id)
  if (!vendor) throw new Error(`Unknown vendor "${id}": not an \`apis:\` entry of redocly.yaml`)
  return vendor
}

// Where the vendors are: the `apis:` entries of the workspace's redocly.yaml, the single
// list every script, test and tool reads (scripts/lib/vendors.mjs binds it to the repository).
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

/** The workspace root: the nearest folder up from `from` with a redocly.yaml. */
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

/** `KhorosFlow` for `khoros-flow`: factory and type names (`createKhorosFlowClient`). */
export function pascalName(id) {
  return id
    .split('-')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('')
}

/**
 * The vendors of redocly.yaml's `apis:`, in their order there.
 * @param {string} [root] the workspace root (default: found from the working directory)
 */
export function listVendors(root = findWorkspaceRoot()) {
  const config = parse(readFileSync(join(root, 'redocly.yaml'), 'utf8'))
  return Object.entries(config.apis ?? {}).map(([id, api], index) => ({
    id,
    packageName: `@parley/${id}`,
    specPath: join(root, api.root),
    packageDir: join(root, 'packages', id),
    pascalName: pascalName(id),
    mockPort: firstMockPort + index,
    published: api['x-parley-published'] === true,
  }))
}

export function findVendor(id, root = findWorkspaceRoot()) {
  const vendor = listVendors(root).find((candidate) => candidate.id === id)
  if (!vendor) throw new Error(`Unknown vendor "${id}": not an \`apis:\` entry of redocly.yaml`)
  return vendor
}

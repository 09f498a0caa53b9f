// The repository's vendors: @parley/codegen's list (redocly.yaml's `apis:` entries, the
// single source), bound to the repository this script folder belongs to.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findVendor as findWorkspaceVendor, listVendors as listWorkspaceVendors } from '@parley/codegen'

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** @returns {import('@parley/codegen').Vendor[]} */
export const listVendors = () => listWorkspaceVendors(repositoryRoot)

/** @returns {import('@parley/codegen').Vendor} */
export const findVendor = (/** @type {string} */ id) => findWorkspaceVendor(id, repositoryRoot)

/** Environment that keeps tools from calling home (no network but the registries here). */
/** @type {Record<string, string>} */
export const quietToolEnvironment = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  TURBO_TELEMETRY_DISABLED: '1',
  SCARF_ANALYTICS: 'false',
  DO_NOT_TRACK: '1',
}

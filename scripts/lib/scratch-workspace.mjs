// A throw-away workspace for running the generator on other specs than the repository's:
// the repository's scripts copied, its node_modules linked (the same installed generators,
// and so the same caches), and a redocly.yaml that lists the given specs. Used by the
// regeneration bench (the 4-to-40-vendor curve) and by tests/codegen.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repositoryRoot } from './vendors.mjs'

/**
 * @param {string} prefix name prefix of the temporary folder
 * @param {Array<{ id: string, copyFrom?: string, specText?: string }>} specs each vendor's id,
 *   with the folder to copy as `specs/<id>/` or the text of its `openapi.yaml`
 * @returns {string} the workspace's root (the caller removes it)
 */
export function createScratchWorkspace(prefix, specs) {
  const root = mkdtempSync(join(tmpdir(), prefix))
  cpSync(join(repositoryRoot, 'scripts'), join(root, 'scripts'), { recursive: true })
  symlinkSync(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'))
  for (const { id, copyFrom, specText } of specs) {
    const specDir = join(root, 'specs', id)
    if (copyFrom) cpSync(copyFrom, specDir, { recursive: true })
    else {
      mkdirSync(specDir, { recursive: true })
      writeFileSync(join(specDir, 'openapi.yaml'), specText)
    }
  }
  writeFileSync(join(root, 'redocly.yaml'), `apis:\n${specs.map(({ id }) => `  ${id}:\n    root: specs/${id}/openapi.yaml`).join('\n')}\n`)
  return root
}

// A throw-away workspace for running the generator on other specs than the repository's:
// the repository's scripts copied, its node_modules linked (the same installed generators,
// and so the same caches), and a redocly.yaml that lists the given specs. Used by the
// regeneration bench (the 4-to-40-vendor curve) and by tests/codegen.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repositoryRoot } from './vendors.mjs'

/**
 * @param {string} prefix name prefix of the temporary folder
 * @param {Array<{ id: string, copyFrom?: string, specText?: string }>} specs each vendor's id,
 *   with the folder to copy as `specs/<id>/` or the text of its `openapi.yaml`
 * @param {{ repositoryRules?: boolean }} [options] `repositoryRules`: the redocly.yaml keeps the
 *   repository's lint rules (for running `new-vendor` and `lint:specs` there)
 * @returns {string} the workspace's root (the caller removes it)
 */
export function createScratchWorkspace(prefix, specs, { repositoryRules = false } = {}) {
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
  const apis = `apis:\n${specs.map(({ id }) => `  ${id}:\n    root: specs/${id}/openapi.yaml`).join('\n')}\n`
  const rules = repositoryRules ? readFileSync(join(repositoryRoot, 'redocly.yaml'), 'utf8').replace(/^apis:[\s\S]*$/m, '') : ''
  writeFileSync(join(root, 'redocly.yaml'), `${rules}${apis}`)
  return root
}

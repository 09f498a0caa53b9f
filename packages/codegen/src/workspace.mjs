import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

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

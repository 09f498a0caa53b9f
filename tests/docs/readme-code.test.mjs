// `pnpm test:readmes`: type-checks every ```ts block of the root README and of each
// public package's README against the built packages, as a user would compile them
// (strict, `@parley/*` resolved through each package's `exports`). Each block is its own
// module (top-level await allowed). Free names a README's blocks rely on are declared
// in a comment in that README: `<!-- typecheck-preamble: declare const clientId: string -->`.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../scripts/lib/vendors.mjs'
import { typecheck } from './typecheck.mjs'

const workDir = join(repositoryRoot, '.tmp', 'readme-code')
const packagesDir = join(repositoryRoot, 'packages')
const publicPackages = readdirSync(packagesDir)
  .map((name) => ({ directory: join(packagesDir, name), manifestPath: join(packagesDir, name, 'package.json') }))
  .filter(({ manifestPath }) => existsSync(manifestPath))
  .map((entry) => ({ ...entry, manifest: JSON.parse(readFileSync(entry.manifestPath, 'utf8')) }))
  .filter(({ manifest }) => !manifest.private)
const readmes = [
  join(repositoryRoot, 'README.md'),
  ...publicPackages.map(({ directory }) => join(directory, 'README.md')).filter(existsSync),
]

/** Writes each ```ts block as its own module, first line naming its README and line. */
function writeBlocks() {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(join(workDir, 'node_modules', '@parley'), { recursive: true })
  for (const { directory, manifest } of publicPackages)
    symlinkSync(directory, join(workDir, 'node_modules', manifest.name), 'dir')
  const files = []
  for (const readme of readmes) {
    const text = readFileSync(readme, 'utf8')
    const preamble = [...text.matchAll(/<!--\s*typecheck-preamble:([\s\S]*?)-->/g)]
      .map((match) => match[1].trim())
      .join('\n')
    const label = relative(repositoryRoot, readme).replace(/[/.]/g, '_')
    let index = 0
    for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const file = `${label}_${++index}.ts`
      // The line of the block in the README, so an error can be found there.
      const line = text.slice(0, match.index).split('\n').length + 1
      writeFileSync(
        join(workDir, file),
        `// ${relative(repositoryRoot, readme)}:${line}\n${preamble}\n${match[1]}\nexport {}\n`,
      )
      files.push(file)
    }
  }
  writeFileSync(join(workDir, 'package.json'), JSON.stringify({ private: true, type: 'module' }))
  writeFileSync(
    join(workDir, 'tsconfig.json'),
    JSON.stringify({
      extends: relative(workDir, join(repositoryRoot, 'tsconfig.base.json')),
      compilerOptions: {
        noEmit: true,
        types: ['node'],
        typeRoots: [join(repositoryRoot, 'node_modules', '@types')],
        noUnusedLocals: false,
      },
      files,
    }),
  )
  return files
}

describe("the READMEs' TypeScript blocks", () => {
  it('every public package is built (pnpm build)', () => {
    const missingBuilds = publicPackages
      .filter(({ directory }) => !existsSync(join(directory, 'dist', 'index.d.ts')))
      .map(({ manifest }) => manifest.name)
    expect(missingBuilds, 'no dist/: run pnpm build first').toEqual([])
  })

  it('every ```ts block of the root and package READMEs type-checks against the built packages', async () => {
    const files = writeBlocks()
    expect(files.length, 'the READMEs have TypeScript blocks').toBeGreaterThan(0)
    const { status, output } = await typecheck(workDir)
    // Each file's first line names the README and line; on failure they stay in .tmp/readme-code/.
    expect(output, 'type errors in README code').toBe('')
    expect(status).toBe(0)
    rmSync(workDir, { recursive: true, force: true })
  })
})

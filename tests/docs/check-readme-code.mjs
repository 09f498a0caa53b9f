#!/usr/bin/env node
// `pnpm test:readmes`: type-checks every ```ts block of the root README and of each
// public package's README against the built packages, as a user would compile them
// (strict, `@parley/*` resolved through each package's `exports`). Each block is its own
// module (top-level await allowed). Free names a README's blocks rely on are declared
// in a comment in that README: `<!-- typecheck-preamble: declare const clientId: string -->`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { repositoryRoot } from '../../scripts/lib/vendors.mjs'

const started = performance.now()
const workDir = join(repositoryRoot, '.tmp', 'readme-code')
rmSync(workDir, { recursive: true, force: true })
mkdirSync(join(workDir, 'node_modules', '@parley'), { recursive: true })

const packagesDir = join(repositoryRoot, 'packages')
const publicPackages = readdirSync(packagesDir)
  .map((name) => ({ directory: join(packagesDir, name), manifestPath: join(packagesDir, name, 'package.json') }))
  .filter(({ manifestPath }) => existsSync(manifestPath))
  .map((entry) => ({ ...entry, manifest: JSON.parse(readFileSync(entry.manifestPath, 'utf8')) }))
  .filter(({ manifest }) => !manifest.private)
for (const { directory, manifest } of publicPackages) {
  if (!existsSync(join(directory, 'dist', 'index.d.ts'))) {
    console.error(`test:readmes: build first (pnpm build): ${manifest.name} has no dist/`)
    process.exit(1)
  }
  symlinkSync(directory, join(workDir, 'node_modules', manifest.name), 'dir')
}

const readmes = [join(repositoryRoot, 'README.md'), ...publicPackages.map(({ directory }) => join(directory, 'README.md')).filter(existsSync)]
const files = []
for (const readme of readmes) {
  const text = readFileSync(readme, 'utf8')
  const preamble = [...text.matchAll(/<!--\s*typecheck-preamble:([\s\S]*?)-->/g)].map((match) => match[1].trim()).join('\n')
  const label = relative(repositoryRoot, readme).replace(/[/.]/g, '_')
  let index = 0
  for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const file = `${label}_${++index}.ts`
    // The line of the block in the README, so an error can be found there.
    const line = text.slice(0, match.index).split('\n').length + 1
    writeFileSync(join(workDir, file), `// ${relative(repositoryRoot, readme)}:${line}\n${preamble}\n${match[1]}\nexport {}\n`)
    files.push(file)
  }
}

writeFileSync(join(workDir, 'package.json'), JSON.stringify({ private: true, type: 'module' }))
writeFileSync(
  join(workDir, 'tsconfig.json'),
  JSON.stringify({
    extends: relative(workDir, join(repositoryRoot, 'tsconfig.base.json')),
    compilerOptions: { noEmit: true, types: ['node'], typeRoots: [join(repositoryRoot, 'node_modules', '@types')], noUnusedLocals: false },
    files,
  }),
)
const require = createRequire(import.meta.url)
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')
const result = spawnSync(process.execPath, [tsc, '-p', join(workDir, 'tsconfig.json'), '--pretty', 'false'], { cwd: workDir, encoding: 'utf8' })
const seconds = ((performance.now() - started) / 1000).toFixed(1)
if (result.status !== 0) {
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  console.error(`\ntest:readmes: type errors in README code (${files.length} blocks, ${seconds} s). Each file's first line names the README and line.`)
  process.exit(1)
}
console.log(`test:readmes: ${files.length} TypeScript blocks in ${readmes.length} READMEs type-check against the built packages (${seconds} s)`)
rmSync(workDir, { recursive: true, force: true })

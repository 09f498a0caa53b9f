#!/usr/bin/env node
// `pnpm test:docs`: type-checks every TypeScript sample that the docs show (the
// `x-codeSamples` made by scripts/lib/code-samples.mjs) against the built vendor
// packages, so a sample cannot drift from the SDK it documents.
//
// One file per operation, `.tmp/docs-samples/<vendor>/<operationId>.ts` (git-ignored), so
// an error names the operation. `@parley/<vendor>` resolves as it does for a user: through
// a node_modules link to packages/<vendor> and its `exports` map (the built dist/). The
// links come from redocly.yaml, so a new vendor is checked with nothing edited here and
// no workspace package to keep in step. Needs `pnpm build` first.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { addCodeSamples } from '../../scripts/lib/code-samples.mjs'
import { listOperations } from '@parley/testing/spec-examples'
import { loadVendorDocument } from '@parley/codegen/spec-source'
import { listVendors, repositoryRoot } from '../../scripts/lib/vendors.mjs'

const started = performance.now()
const workDir = join(repositoryRoot, '.tmp', 'docs-samples')
rmSync(workDir, { recursive: true, force: true })
mkdirSync(workDir, { recursive: true })

const vendors = listVendors()
const missingBuilds = vendors.filter((vendor) => !existsSync(join(vendor.packageDir, 'dist', 'index.d.ts')))
if (missingBuilds.length > 0) {
  console.error(`test:docs: build first (pnpm build): no dist/index.d.ts in ${missingBuilds.map((vendor) => vendor.packageName).join(', ')}`)
  process.exit(1)
}

let sampleCount = 0
const files = []
for (const vendor of vendors) {
  const spec = addCodeSamples((await loadVendorDocument(vendor)).document, vendor)
  mkdirSync(join(workDir, vendor.id), { recursive: true })
  for (const { operationId, operation } of listOperations(spec)) {
    const sample = operation['x-codeSamples']?.find((candidate) => candidate.lang === 'TypeScript')
    if (!sample) throw new Error(`${vendor.id} ${operationId}: no TypeScript sample`)
    const file = join(vendor.id, `${operationId}.ts`)
    // `export {}` keeps each sample a module even if it ever loses its import line.
    writeFileSync(join(workDir, file), `${sample.source}\nexport {}\n`)
    files.push(file)
    sampleCount++
  }
}

writeFileSync(join(workDir, 'package.json'), JSON.stringify({ private: true, type: 'module' }, null, 2))
mkdirSync(join(workDir, 'node_modules', '@parley'), { recursive: true })
for (const vendor of vendors) symlinkSync(vendor.packageDir, join(workDir, 'node_modules', vendor.packageName), 'dir')
writeFileSync(
  join(workDir, 'tsconfig.json'),
  JSON.stringify(
    {
      // The repository's own strict settings: what a careful user of the SDK has on.
      extends: relative(workDir, join(repositoryRoot, 'tsconfig.base.json')),
      compilerOptions: { noEmit: true, types: ['node'], typeRoots: [join(repositoryRoot, 'node_modules', '@types')] },
      files,
    },
    null,
    2,
  ),
)

const require = createRequire(import.meta.url)
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')
const result = spawnSync(process.execPath, [tsc, '-p', join(workDir, 'tsconfig.json'), '--pretty', 'false'], { cwd: workDir, encoding: 'utf8' })
const seconds = ((performance.now() - started) / 1000).toFixed(1)
if (result.status !== 0) {
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  const errorCount = (result.stdout.match(/error TS\d+/g) ?? []).length
  console.error(`\ntest:docs: ${errorCount} type error(s) in the docs' TypeScript samples (${sampleCount} samples, ${seconds} s). Files: ${relative(repositoryRoot, workDir)}/`)
  console.error('Fix the sample generator (scripts/lib/code-samples.mjs) or the spec, not the generated package.')
  process.exit(1)
}
console.log(`test:docs: ${sampleCount} TypeScript samples of ${vendors.length} vendors type-check against the built packages (${seconds} s)`)
// Keep nothing behind on success; on failure the files stay for a look.
rmSync(workDir, { recursive: true, force: true })

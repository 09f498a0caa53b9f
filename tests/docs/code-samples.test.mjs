// `pnpm test:docs`: type-checks every TypeScript sample that the docs show (the
// `x-codeSamples` made by scripts/lib/code-samples.mjs) against the built vendor
// packages, so a sample cannot drift from the SDK it documents.
//
// One file per operation, `.tmp/docs-samples/<vendor>/<operationId>.ts` (git-ignored), so
// an error names the operation. `@parley/<vendor>` resolves as it does for a user: through
// a node_modules link to packages/<vendor> and its `exports` map (the built dist/). The
// links come from redocly.yaml, so a new vendor is checked with nothing edited here and
// no workspace package to keep in step. Needs `pnpm build` first.
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addCodeSamples } from '../../scripts/lib/code-samples.mjs'
import { listOperations } from '@parley/testing/spec-examples'
import { loadVendorDocument } from '@parley/codegen/spec-source'
import { listVendors, repositoryRoot } from '../../scripts/lib/vendors.mjs'
import { typecheck } from './typecheck.mjs'

/** Every vendor's spec as the pipeline reads it (Swagger 2.0 converted, overlay applied). */
const vendorDocuments = new Map(
  await Promise.all(
    listVendors().map(async (vendor) => [vendor.id, (await loadVendorDocument(vendor, { onNote: () => {} })).document]),
  ),
)

const workDir = join(repositoryRoot, '.tmp', 'docs-samples')
const vendors = listVendors()

/** Writes one module per operation's TypeScript sample; returns their paths (relative to workDir). */
function writeSamples() {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const files = []
  for (const vendor of vendors) {
    const spec = addCodeSamples(vendorDocuments.get(vendor.id), vendor)
    mkdirSync(join(workDir, vendor.id), { recursive: true })
    for (const { operationId, operation } of listOperations(spec)) {
      const sample = operation['x-codeSamples']?.find((candidate) => candidate.lang === 'TypeScript')
      if (!sample) throw new Error(`${vendor.id} ${operationId}: no TypeScript sample`)
      const file = join(vendor.id, `${operationId}.ts`)
      // `export {}` keeps each sample a module even if it ever loses its import line.
      writeFileSync(join(workDir, file), `${sample.source}\nexport {}\n`)
      files.push(file)
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
  return files
}

describe('the TypeScript samples of the API reference', () => {
  it('every vendor package is built (pnpm build)', () => {
    const missingBuilds = vendors
      .filter((vendor) => !existsSync(join(vendor.packageDir, 'dist', 'index.d.ts')))
      .map((vendor) => vendor.packageName)
    expect(missingBuilds, 'no dist/index.d.ts: run pnpm build first').toEqual([])
  })

  it('one sample per operation of every vendor type-checks against the built packages', async () => {
    const files = writeSamples()
    const operationCount = vendors.reduce(
      (count, vendor) => count + listOperations(vendorDocuments.get(vendor.id)).length,
      0,
    )
    expect(files).toHaveLength(operationCount)
    const { status, output } = await typecheck(workDir)
    // On failure the files stay in .tmp/docs-samples/ for a look; fix the sample
    // generator (scripts/lib/code-samples.mjs) or the spec, not the generated package.
    expect(output, `type errors in the docs' samples (files: ${relative(repositoryRoot, workDir)}/)`).toBe('')
    expect(status).toBe(0)
    rmSync(workDir, { recursive: true, force: true })
  })
})

#!/usr/bin/env node
// Drift check: regenerates every vendor into a scratch folder with the same `generate()`
// that `pnpm generate` runs, and fails when a committed `src/generated/` differs (a hand
// edit, or a spec changed without `pnpm generate`). Anchor: hey-api/openapi-ts
// `scripts/examples-check.sh`.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generate, listVendors } from '@parley/codegen'
import { repositoryRoot } from './lib/vendors.mjs'

const freshRoot = mkdtempSync(join(tmpdir(), 'parley-generated-'))
try {
  await generate({ root: repositoryRoot, outDir: freshRoot })
  const problems = []
  const vendors = listVendors(repositoryRoot)
  for (const vendor of vendors) {
    const committedDir = join(vendor.packageDir, 'src', 'generated')
    const freshDir = join(freshRoot, vendor.id)
    const committed = safeList(committedDir)
    const fresh = safeList(freshDir)
    for (const name of fresh) {
      if (!committed.includes(name)) problems.push(`${vendor.id}: src/generated/${name} is missing`)
      else if (readFileSync(join(committedDir, name), 'utf8') !== readFileSync(join(freshDir, name), 'utf8'))
        problems.push(`${vendor.id}: src/generated/${name} differs from a fresh generation`)
    }
    for (const name of committed)
      if (!fresh.includes(name)) problems.push(`${vendor.id}: src/generated/${name} is not generated any more`)
  }
  if (problems.length > 0) {
    console.error(
      `Generated code is out of date:\n  ${problems.join('\n  ')}\nRun \`pnpm generate\` and commit the result (never edit src/generated/ by hand).`,
    )
    process.exitCode = 1
  } else {
    console.log(`generated code matches the specs (${vendors.length} vendors)`)
  }
} finally {
  rmSync(freshRoot, { recursive: true, force: true })
}

/** @param {string} directory */
function safeList(directory) {
  try {
    return readdirSync(directory).sort()
  } catch {
    return []
  }
}

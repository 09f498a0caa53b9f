#!/usr/bin/env node
// Drift check: regenerates every vendor into a temporary folder and fails when a
// committed `src/generated/` differs (a hand edit, or a spec changed without
// `pnpm generate`). Anchor: hey-api/openapi-ts `scripts/examples-check.sh`.
// It generates twice: the fast way `pnpm generate` and the pipeline use
// (scripts/codegen/tools.mjs), and with the generators as published
// (PARLEY_CODEGEN_REFERENCE=1). The committed files must equal both, so no shortcut of the
// fast way can change the output unseen.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { parse } from 'yaml'
import { loadRedoclyParseYaml } from './codegen/tools.mjs'
import { listVendors, repositoryRoot } from './lib/vendors.mjs'

const freshRoot = mkdtempSync(join(tmpdir(), 'parley-generated-'))
try {
  const problems = []
  for (const [way, reference] of [['the fast way', '0'], ['the generators as published', '1']]) {
    const wayRoot = join(freshRoot, reference === '1' ? 'reference' : 'fast')
    execFileSync(process.execPath, [join(repositoryRoot, 'scripts', 'generate.mjs'), '--out', wayRoot], {
      stdio: 'inherit',
      env: { ...process.env, PARLEY_CODEGEN_REFERENCE: reference },
    })
    for (const vendor of listVendors()) {
      const committedDir = join(vendor.packageDir, 'src', 'generated')
      const freshDir = join(wayRoot, vendor.id)
      const committed = safeList(committedDir)
      const fresh = safeList(freshDir)
      for (const name of fresh) {
        if (!committed.includes(name)) problems.push(`${vendor.id}: src/generated/${name} is missing (generated ${way})`)
        else if (readFileSync(join(committedDir, name), 'utf8') !== readFileSync(join(freshDir, name), 'utf8'))
          problems.push(`${vendor.id}: src/generated/${name} differs from a fresh generation (${way})`)
      }
      for (const name of committed) if (!fresh.includes(name)) problems.push(`${vendor.id}: src/generated/${name} is not generated any more (${way})`)
    }
  }
  // generate.mjs parses specs with Redocly's YAML reader (js-yaml, what lint:specs and
  // openapi-typescript read), which is much faster than the `yaml` package the other
  // scripts use. They agree on ordinary YAML but not on every corner of it (Redocly expands
  // merge keys, `<<: *anchor`; `yaml` keeps them as a key): a spec they read differently
  // fails here, so the faster parser never changes what the generators see unnoticed.
  const parseYaml = loadRedoclyParseYaml()
  const unevenSpecs = listVendors().filter((vendor) => {
    const text = readFileSync(vendor.specPath, 'utf8')
    return !isDeepStrictEqual(parseYaml(text), parse(text))
  })
  if (unevenSpecs.length > 0) {
    console.error(
      `Redocly's YAML parser (used by scripts/generate.mjs) and the yaml package read these specs differently: ${unevenSpecs.map((vendor) => vendor.specPath).join(', ')}.\n` +
        'Write them without merge keys (`<<:`) or other YAML corner cases (see scripts/codegen/tools.mjs).',
    )
    process.exitCode = 1
  }
  if (problems.length > 0) {
    console.error(`Generated code is out of date:\n  ${problems.join('\n  ')}\nRun \`pnpm generate\` and commit the result (never edit src/generated/ by hand).`)
    process.exitCode = 1
  } else if (unevenSpecs.length === 0) {
    console.log(`generated code matches the specs (${listVendors().length} vendors)`)
  }
} finally {
  rmSync(freshRoot, { recursive: true, force: true })
}

function safeList(directory) {
  try {
    return readdirSync(directory).sort()
  } catch {
    return []
  }
}

#!/usr/bin/env node
// `pnpm spec:diff`: a spec change decides its package's version bump. Each vendor's spec
// is compared with the spec of its last release (the `@parley/<vendor>@x.y.z` tag that
// `changeset publish` creates, or `--base <git ref>`) by api-smart-diff, and classified:
//
//   breaking (an operation removed, a field newly required, a type narrowed) -> major
//   non-breaking (an operation or an optional field added)                   -> minor
//   annotations only (descriptions, examples)                                -> patch
//
// It fails when the package's pending changesets ask for less. `--write` writes the
// changeset instead, listing the changes. A package never released needs a changeset of
// any kind (it is new). Semver is applied as written even below 1.0.0: a breaking spec
// change asks for a major, which takes a 0.x package to 1.0.0 (a deliberate choice: users
// of 0.x SDKs still get told).
import { writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { apiDiff } from 'api-smart-diff'
import { parse } from 'yaml'
import { listVendors, repositoryRoot } from '../lib/vendors.mjs'
import { bumpRank, fileAtRef, latestReleaseTag, pendingBumps } from './changesets.mjs'
import { readFileSync } from 'node:fs'

const bumpByDiffType = { breaking: 'major', 'non-breaking': 'minor', deprecated: 'minor', annotation: 'patch', unclassified: 'patch' }

/** The bump a change from one spec to another demands, with the changes that decide it. */
export function classifySpecChange(before, after) {
  const diffs = apiDiff(before, after)
  let bump = 'none'
  for (const diff of diffs) {
    const diffBump = bumpByDiffType[diff.type] ?? 'patch'
    if (bumpRank[diffBump] > bumpRank[bump]) bump = diffBump
  }
  const describe = (diff) => `${diff.type}: ${diff.action} ${diff.path.join('.')}`
  return { bump, diffs, decisive: diffs.filter((diff) => (bumpByDiffType[diff.type] ?? 'patch') === bump).map(describe) }
}

export function checkVendor(vendor, { base, bumps }) {
  const specRelativePath = relative(repositoryRoot, vendor.specPath)
  const ref = base ?? latestReleaseTag(vendor.packageName)
  const pending = bumps[vendor.packageName] ?? 'none'
  const released = ref ? fileAtRef(ref, specRelativePath) : undefined
  if (!released) {
    return { vendor, ref, required: pending === 'none' ? 'patch' : pending, pending, isNew: true, decisive: ['not released yet: any changeset will do'] }
  }
  const { bump, decisive } = classifySpecChange(parse(released), parse(readFileSync(vendor.specPath, 'utf8')))
  return { vendor, ref, required: bump, pending, isNew: false, decisive }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (isMain) {
  const { values: flags } = parseArgs({ options: { base: { type: 'string' }, write: { type: 'boolean' } } })
  const bumps = pendingBumps()
  let failed = 0
  for (const vendor of listVendors()) {
    const result = checkVendor(vendor, { base: flags.base, bumps })
    const satisfied = bumpRank[result.pending] >= bumpRank[result.required] && !(result.isNew && result.pending === 'none')
    const against = result.isNew ? 'never released' : `since ${result.ref}`
    console.log(`${satisfied ? 'ok  ' : 'FAIL'} ${vendor.packageName} (${against}): spec asks for ${result.required}, changesets give ${result.pending}`)
    if (!satisfied) {
      for (const line of result.decisive.slice(0, 10)) console.log(`       ${line}`)
      if (flags.write && result.required !== 'none') {
        const file = join(repositoryRoot, '.changeset', `spec-${vendor.id}-${Date.now().toString(36)}.md`)
        writeFileSync(file, `---\n'${vendor.packageName}': ${result.required}\n---\n\nSpec changes (${against}):\n\n${result.decisive.map((line) => `- ${line}`).join('\n')}\n`)
        console.log(`       wrote ${relative(repositoryRoot, file)}`)
      } else {
        failed++
      }
    }
  }
  if (failed > 0) {
    console.error(`\n${failed} package(s) need a bigger changeset: run \`pnpm spec:diff --write\` or \`pnpm changeset\`.`)
    process.exitCode = 1
  }
}

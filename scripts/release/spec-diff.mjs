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
// of 0.x SDKs still get told). Both sides are the documents the generator reads: for a
// published vendor, its file with its overlay as each was at that revision.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { apiDiff } from 'api-smart-diff'
import { loadDocument, loadVendorDocument, overlayFileName } from '@parley/codegen/spec-source'
import { listVendors, repositoryRoot } from '../lib/vendors.mjs'
import { bumpRank, fileAtRef, latestReleaseTag, pendingBumps } from './changesets.mjs'

/** @typedef {import('./changesets.mjs').Bump} Bump */

/** @type {Record<string, Bump>} */
const bumpByDiffType = {
  breaking: 'major',
  'non-breaking': 'minor',
  deprecated: 'minor',
  annotation: 'patch',
  unclassified: 'patch',
}

/**
 * The bump a change from one spec to another demands, with the changes that decide it.
 * @param {object} before
 * @param {object} after
 */
export function classifySpecChange(before, after) {
  const diffs = apiDiff(before, after)
  /** @type {Bump} */
  let bump = 'none'
  for (const diff of diffs) {
    const diffBump = bumpByDiffType[diff.type] ?? 'patch'
    if (bumpRank[diffBump] > bumpRank[bump]) bump = diffBump
  }
  const describe = (/** @type {(typeof diffs)[number]} */ diff) => `${diff.type}: ${diff.action} ${diff.path.join('.')}`
  return {
    bump,
    diffs,
    decisive: diffs.filter((diff) => (bumpByDiffType[diff.type] ?? 'patch') === bump).map(describe),
  }
}

/**
 * The document users got at a release: the spec and its overlay as they were at `ref`,
 * read like every step reads them (Swagger 2.0 converted, the overlay applied).
 *
 * @param {string} ref
 * @param {string} specRelativePath
 */
async function documentAtRef(ref, specRelativePath) {
  const specText = fileAtRef(ref, specRelativePath)
  if (specText === undefined) return undefined
  const overlayText = fileAtRef(ref, join(dirname(specRelativePath), overlayFileName))
  const folder = mkdtempSync(join(tmpdir(), 'parley-spec-diff-'))
  try {
    const specPath = join(folder, basename(specRelativePath))
    writeFileSync(specPath, specText)
    const overlayPath = overlayText === undefined ? undefined : join(folder, overlayFileName)
    if (overlayPath && overlayText !== undefined) writeFileSync(overlayPath, overlayText)
    return (await loadDocument(specPath, { overlayPath, onNote: () => {} })).document
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * What a vendor's spec change since its last release (or `base`) asks for, and what the changesets give.
 * @param {import('@parley/codegen').Vendor} vendor
 * @param {{ base?: string, bumps: Record<string, Bump> }} options
 */
export async function checkVendor(vendor, { base, bumps }) {
  const specRelativePath = relative(repositoryRoot, vendor.specPath)
  const ref = base ?? latestReleaseTag(vendor.packageName)
  /** @type {Bump} */
  const pending = bumps[vendor.packageName] ?? 'none'
  const released = ref ? await documentAtRef(ref, specRelativePath) : undefined
  if (!released) {
    return {
      vendor,
      ref,
      required: pending === 'none' ? 'patch' : pending,
      pending,
      isNew: true,
      decisive: ['not released yet: any changeset will do'],
    }
  }
  const { document: current } = await loadVendorDocument(vendor, { onNote: () => {} })
  const { bump, decisive } = classifySpecChange(released, current)
  return { vendor, ref, required: bump, pending, isNew: false, decisive }
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (isMain) {
  const { values: flags } = parseArgs({ options: { base: { type: 'string' }, write: { type: 'boolean' } } })
  const bumps = pendingBumps()
  let failed = 0
  for (const vendor of listVendors()) {
    const result = await checkVendor(vendor, { base: flags.base, bumps })
    const satisfied =
      bumpRank[result.pending] >= bumpRank[result.required] && !(result.isNew && result.pending === 'none')
    const against = result.isNew ? 'never released' : `since ${result.ref}`
    console.log(
      `${satisfied ? 'ok  ' : 'FAIL'} ${vendor.packageName} (${against}): spec asks for ${result.required}, changesets give ${result.pending}`,
    )
    if (!satisfied) {
      for (const line of result.decisive.slice(0, 10)) console.log(`       ${line}`)
      if (flags.write && result.required !== 'none') {
        const file = join(repositoryRoot, '.changeset', `spec-${vendor.id}-${Date.now().toString(36)}.md`)
        writeFileSync(
          file,
          `---\n'${vendor.packageName}': ${result.required}\n---\n\nSpec changes (${against}):\n\n${result.decisive.map((line) => `- ${line}`).join('\n')}\n`,
        )
        console.log(`       wrote ${relative(repositoryRoot, file)}`)
      } else {
        failed++
      }
    }
  }
  if (failed > 0) {
    console.error(
      `\n${failed} package(s) need a bigger changeset: run \`pnpm spec:diff --write\` or \`pnpm changeset\`.`,
    )
    process.exitCode = 1
  }
}

#!/usr/bin/env node
// Lints every spec of redocly.yaml (or the vendors named) with the repository's rules.
// Any error fails the pipeline before generation runs. What is linted is what the
// generator reads: a Swagger 2.0 file converted and the vendor's overlay applied. Then each
// spec's examples are checked against their own schemas: the spec problems are counted by
// kind with the overlay action that fixes each, and fail the run when the vendor is strict
// (a hand-written spec always; see `strictAboutSpecProblems`).
//
//   node scripts/lint-specs.mjs [vendor...] [redocly lint flags...]
//   e.g. `pnpm lint:specs --max-problems 500`, `pnpm lint:specs khoros-flow --format stylish`
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parse, stringify } from 'yaml'
import {
  materializedSpecsDir,
  materializeVendorDocument,
  strictAboutSpecProblems,
  strictOverlayKey,
} from '@parley/codegen/spec-source'
import { findSpecProblems, overlayActionYaml } from '@parley/testing/spec-problems'
import { listVendors, quietToolEnvironment, repositoryRoot } from './lib/vendors.mjs'

/** Redocly lint flags that take no value (every other `--flag` takes the next argument). */
const booleanFlags = new Set([
  '--generate-ignore-file',
  '--help',
  '-h',
  '--version',
  '--skip-unknown',
  '--no-skip-unknown',
])

/**
 * Splits the arguments into vendor ids and flags for Redocly: a bare word is a vendor unless
 * it is the value of the flag before it.
 *
 * @param {ReadonlyArray<string>} args
 * @param {ReadonlyArray<string>} knownIds
 */
export function splitLintArguments(args, knownIds) {
  /** @type {string[]} */
  const vendorIds = []
  /** @type {string[]} */
  const redoclyFlags = []
  /** @type {string[]} */
  const unknown = []
  for (let index = 0; index < args.length; index++) {
    const argument = /** @type {string} */ (args[index])
    if (argument.startsWith('-')) {
      redoclyFlags.push(argument)
      const next = args[index + 1]
      const takesValue = !argument.includes('=') && !booleanFlags.has(argument)
      if (takesValue && next !== undefined && !next.startsWith('-') && !knownIds.includes(next)) {
        redoclyFlags.push(next)
        index++
      }
    } else if (knownIds.includes(argument)) vendorIds.push(argument)
    else unknown.push(argument)
  }
  return { vendorIds, redoclyFlags, unknown }
}

/**
 * A redocly.yaml for this run: the repository's, with each vendor's `root` made absolute and,
 * where conversion or the overlay changes the spec, pointed at the document the tools read.
 *
 * @param {{ apis?: Record<string, { root: string }> }} config
 * @param {Map<string, string>} materialized the document each vendor's tools read, by id
 */
function writeRunConfig(config, materialized) {
  const apis = Object.fromEntries(
    Object.entries(config.apis ?? {}).map(([id, api]) => [
      id,
      { ...api, root: materialized.get(id) ?? join(repositoryRoot, api.root) },
    ]),
  )
  const text = stringify({ ...config, apis })
  const path = join(
    materializedSpecsDir(),
    `redocly-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.yaml`,
  )
  mkdirSync(materializedSpecsDir(), { recursive: true })
  writeFileSync(path, text)
  return path
}

async function main() {
  const vendors = listVendors()
  const {
    vendorIds: requestedIds,
    redoclyFlags,
    unknown,
  } = splitLintArguments(
    process.argv.slice(2),
    vendors.map((vendor) => vendor.id),
  )
  if (unknown.length > 0) {
    console.error(
      `Unknown vendor ${unknown.map((id) => `"${id}"`).join(', ')}: not an \`apis:\` entry of redocly.yaml (vendors: ${vendors.map((vendor) => vendor.id).join(', ')})`,
    )
    return 1
  }
  const selected = requestedIds.length > 0 ? vendors.filter((vendor) => requestedIds.includes(vendor.id)) : vendors
  const materialized = new Map()
  const failedToLoad = new Set()
  const strictWithProblems = []
  for (const vendor of selected) {
    try {
      const { path, loaded } = await materializeVendorDocument(vendor)
      if (reportSpecProblems(vendor, loaded.document)) strictWithProblems.push(vendor.id)
      if (loaded.changed) {
        materialized.set(vendor.id, path)
        console.error(
          `${vendor.id}: linting ${loaded.converted ? 'the converted document' : 'the spec'}${loaded.overlaid ? ` with specs/${vendor.id}/overlay.yaml applied` : ''} (${path})`,
        )
      }
    } catch (error) {
      console.error(`${vendor.id}: ${error instanceof Error ? error.message : error}`)
      failedToLoad.add(vendor.id)
    }
  }
  const loadable = selected.filter((vendor) => !failedToLoad.has(vendor.id))
  if (loadable.length === 0) return 1
  const configFlags =
    materialized.size > 0
      ? [`--config=${writeRunConfig(parse(readFileSync(join(repositoryRoot, 'redocly.yaml'), 'utf8')), materialized)}`]
      : []
  const formatFlags = redoclyFlags.some((flag) => flag === '--format' || flag.startsWith('--format='))
    ? []
    : ['--format=stylish']
  const require = createRequire(import.meta.url)
  const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js')
  const result = spawnSync(
    process.execPath,
    [redoclyBin, 'lint', ...formatFlags, ...configFlags, ...redoclyFlags, ...loadable.map((vendor) => vendor.id)],
    {
      cwd: repositoryRoot,
      stdio: 'inherit',
      env: { ...process.env, ...quietToolEnvironment },
    },
  )
  if (strictWithProblems.length > 0)
    console.error(`spec problems fail the run for ${strictWithProblems.join(', ')} (strict)`)
  return failedToLoad.size > 0 || strictWithProblems.length > 0 ? 1 : (result.status ?? 1)
}

/** How many actions a lenient vendor's summary prints (its package tests print them all). */
const actionsShownWhenLenient = 3

/**
 * Prints a vendor's spec problems, counted by kind, with their overlay actions; returns
 * whether they fail the run (some problem, and the vendor is strict).
 *
 * @param {import('@parley/codegen').Vendor} vendor
 * @param {import('@parley/codegen').SpecNode} document
 */
function reportSpecProblems(vendor, document) {
  const { problems, unchecked } = findSpecProblems(document)
  const strict = strictAboutSpecProblems(vendor)
  const byKind = new Map()
  for (const problem of problems) byKind.set(problem.kind, (byKind.get(problem.kind) ?? 0) + 1)
  const counted = [...byKind].map(([kind, count]) => `${count} ${kind}`).join(', ')
  const uncheckedNote = unchecked > 0 ? `; ${unchecked} example(s) not checked (schema does not compile)` : ''
  console.error(
    `${vendor.id}: ${problems.length} spec problem(s)${counted ? ` (${counted})` : ''}${uncheckedNote}${problems.length > 0 ? (strict ? ', strict: failing' : `, listed (not failing; \`${strictOverlayKey}: true\` in the overlay makes them fail)`) : ''}`,
  )
  const shown = strict ? problems : problems.slice(0, actionsShownWhenLenient)
  for (const problem of shown)
    console.error(`  - ${problem.message}\n${overlayActionYaml(problem.action).replace(/^/gm, '      ')}`)
  if (shown.length < problems.length)
    console.error(`  ... ${problems.length - shown.length} more (the package's operation test lists every one)`)
  return strict && problems.length > 0
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (isMain) process.exitCode = await main()

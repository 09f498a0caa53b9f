#!/usr/bin/env node
// Builds the API reference: one self-contained Redoc page per vendor of redocly.yaml
// (`build-docs --inlineBundle`: no CDN, works from file://) with SDK and curl samples
// added to every operation at build time, and the portal index linking them.
//
//   node scripts/docs.mjs [vendor...] [--out <dir>]    (default out: docs-dist/)
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { addCodeSamples } from './lib/code-samples.mjs'
import { readSpec } from './lib/spec-examples.mjs'
import { listVendors, quietToolEnvironment, repositoryRoot } from './lib/vendors.mjs'
import { renderPortalIndex, vendorSummary } from './portal/index-page.mjs'

const { values: flags, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true })
const outputDir = flags.out ?? join(repositoryRoot, 'docs-dist')
const require = createRequire(import.meta.url)
const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js')

export async function buildVendorPage(vendor, directory = outputDir) {
  const spec = addCodeSamples(readSpec(vendor.specPath), vendor)
  const bundledSpecDir = join(directory, '.specs')
  mkdirSync(bundledSpecDir, { recursive: true })
  const specWithSamples = join(bundledSpecDir, `${vendor.id}.json`)
  writeFileSync(specWithSamples, JSON.stringify(spec))
  const { version } = JSON.parse(readFileSync(join(vendor.packageDir, 'package.json'), 'utf8'))
  await run(process.execPath, [
    redoclyBin,
    'build-docs',
    specWithSamples,
    '--inlineBundle',
    `--output=${join(directory, `${vendor.id}.html`)}`,
    `--title=${vendor.packageName} ${version}: ${spec.info?.title ?? vendor.id}`,
  ])
}

export function writePortalIndex(directory = outputDir, options = {}) {
  const summaries = listVendors().map((vendor) => vendorSummary(vendor))
  writeFileSync(join(directory, 'index.html'), renderPortalIndex(summaries, options))
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repositoryRoot, env: { ...process.env, ...quietToolEnvironment }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${args[1]} failed (${code}):\n${output}`))))
  })
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (isMain) {
  const started = performance.now()
  const vendors = listVendors().filter((vendor) => positionals.length === 0 || positionals.includes(vendor.id))
  mkdirSync(outputDir, { recursive: true })
  await Promise.all(vendors.map((vendor) => buildVendorPage(vendor)))
  rmSync(join(outputDir, '.specs'), { recursive: true, force: true })
  writePortalIndex()
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`docs: ${vendors.map((vendor) => `${vendor.id}.html`).join(', ')} and index.html in ${outputDir} (${seconds} s)`)
}

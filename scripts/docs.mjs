#!/usr/bin/env node
// Builds the API reference: one self-contained Redoc page per vendor of redocly.yaml
// (`build-docs --inlineBundle`: no CDN, works from file://) with SDK and curl samples
// added to every operation at build time, and the portal index linking them.
//
//   node scripts/docs.mjs [vendor...] [--out <dir>]    (default out: docs-dist/)
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { addCodeSamples } from './lib/code-samples.mjs'
import { loadVendorDocument } from '@parley/codegen/spec-source'
import { readerFacingSpec } from './lib/reader-spec.mjs'
import { listVendors, quietToolEnvironment, repositoryRoot } from './lib/vendors.mjs'
import { renderPortalIndex, vendorSummary } from './portal/index-page.mjs'

const defaultOutputDir = join(repositoryRoot, 'docs-dist')
const require = createRequire(import.meta.url)
const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js')

/**
 * Redoc 3's inline bundle still names a few hosts that a browser would contact: the
 * "API docs by Redocly" logo (an <img> rendered on every page, no option hides it), the
 * icon CDN and the telemetry collector (off through `disableTelemetry`, neutralized all
 * the same). Each becomes a `data:` URL so the page works offline and from file://;
 * the browser test fails on any request that is not to 127.0.0.1, file:, data: or blob:.
 */
const redoclyLogo =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11" fill="#0044d4">Redocly</text></svg>',
  )
/** @type {Array<[string | RegExp, string]>} */
const externalAssetReplacements = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', redoclyLogo],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', redoclyLogo],
  [/https:\/\/cdn\.redocly\.com\/icons\/[a-z]+\/[0-9.]+/g, 'data:,'],
  [/https:\/\/otel\.cloud\.redocly\.com/g, 'data:,'],
]

/**
 * The page with Redoc's links to other hosts replaced by what needs no network.
 * @param {string} html
 * @returns {string}
 */
export function neutralizeExternalAssets(html) {
  let result = html
  for (const [pattern, replacement] of externalAssetReplacements) result = result.replaceAll(pattern, replacement)
  // An empty icon keeps browsers from asking the server (or a host) for /favicon.ico.
  return result.replace(
    /<head>/i,
    `<head>\n  <link rel="icon" href="data:,">\n  <style data-parley-page-styles>${pageStyles}</style>`,
  )
}

/**
 * Redoc floats a code block's copy button over the block's top right corner, on top of
 * the first line (the `import` of every SDK sample): the controls get a row of their own.
 * Its code blocks scroll sideways with the scrollbar hidden, so a long line of a sample
 * (`from '@parley/botpress-messaging'`) looked cut off at common widths: lines wrap instead.
 */
const pageStyles = [
  '[data-component-name="CodeBlock/CodeBlockControls"].code-block-header{position:static;display:flex;justify-content:flex-end}',
  '[data-component-name="CodeBlock/CodeBlock"] pre,[data-component-name="CodeBlock/CodeBlock"] pre *{white-space:pre-wrap!important;overflow-wrap:anywhere}',
].join('')

/**
 * The vendor's Redoc page; returns its path.
 * @param {import('@parley/codegen').Vendor} vendor
 * @param {string} [directory]
 */
export async function buildVendorPage(vendor, directory = defaultOutputDir) {
  // What the generator reads (a Swagger 2.0 file converted, the overlay applied), with the
  // notes about the vendor's documents moved to an appendix.
  const spec = addCodeSamples(readerFacingSpec((await loadVendorDocument(vendor)).document), vendor)
  const bundledSpecDir = join(directory, '.specs')
  mkdirSync(bundledSpecDir, { recursive: true })
  const specWithSamples = join(bundledSpecDir, `${vendor.id}.json`)
  writeFileSync(specWithSamples, JSON.stringify(spec))
  const { version } = JSON.parse(readFileSync(join(vendor.packageDir, 'package.json'), 'utf8'))
  const pagePath = join(directory, `${vendor.id}.html`)
  // Written beside the page and renamed over it, so a server never sends a half-written page.
  const draftPath = join(bundledSpecDir, `${vendor.id}.html`)
  // Redoc 3 shows only the x-codeSamples whose label (or lang) is one of
  // `codeSamples.languages`; its default list has curl but no TypeScript, so the SDK
  // sample would be dropped without this. The first entry is the tab shown first.
  const redocOptionsPath = join(bundledSpecDir, `${vendor.id}.redoc-options.json`)
  writeFileSync(
    redocOptionsPath,
    JSON.stringify({
      codeSamples: { languages: [{ lang: 'TypeScript', label: vendor.packageName }, { lang: 'curl' }] },
    }),
  )
  await run(process.execPath, [
    redoclyBin,
    'build-docs',
    specWithSamples,
    '--inlineBundle',
    `--openapi=${redocOptionsPath}`,
    `--output=${draftPath}`,
    `--title=${vendor.packageName} ${version}: ${spec.info?.title ?? vendor.id}`,
  ])
  writeFileSync(draftPath, neutralizeExternalAssets(readFileSync(draftPath, 'utf8')))
  renameSync(draftPath, pagePath)
  return pagePath
}

/**
 * The portal's index.html.
 * @param {string} [directory]
 * @param {{ mockPorts?: Record<string, number>, liveReload?: boolean, mocksRunning?: boolean }} [options]
 */
export async function writePortalIndex(directory = defaultOutputDir, options = {}) {
  // `mockPorts`: the ports `npm start` actually used (it skips taken ones).
  const summaries = await Promise.all(
    listVendors().map((vendor) =>
      vendorSummary({ ...vendor, mockPort: options.mockPorts?.[vendor.id] ?? vendor.mockPort }),
    ),
  )
  writeFileSync(join(directory, 'index.html'), renderPortalIndex(summaries, options))
}

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {Promise<string>} what it printed
 */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repositoryRoot,
      env: { ...process.env, ...quietToolEnvironment },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args[1]} failed (${code}):\n${output}`)),
    )
  })
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (isMain) {
  const { values: flags, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true })
  const outputDir = flags.out ?? defaultOutputDir
  const started = performance.now()
  const vendors = listVendors().filter((vendor) => positionals.length === 0 || positionals.includes(vendor.id))
  mkdirSync(outputDir, { recursive: true })
  await Promise.all(vendors.map((vendor) => buildVendorPage(vendor, outputDir)))
  rmSync(join(outputDir, '.specs'), { recursive: true, force: true })
  await writePortalIndex(outputDir)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `docs: ${vendors.map((vendor) => `${vendor.id}.html`).join(', ')} and index.html in ${outputDir} (${seconds} s)`,
  )
}

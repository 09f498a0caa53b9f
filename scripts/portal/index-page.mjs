// The portal's index: every vendor of redocly.yaml with its package, install line,
// version (package.json's), what the package offers (with its operation and webhook
// counts), mock server URL and a link to its Redoc page; the facade's own card with its
// sample, and how to use the packages before they are published (both taken from the
// root README, whose samples and commands the tests run); the facade's capability matrix.
// Plain HTML with inline CSS: no request leaves the machine, and it works from file://.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listOperations } from '@parley/testing/spec-examples'
import { loadVendorDocument } from '@parley/codegen/spec-source'
import { repositoryRoot } from '../lib/vendors.mjs'

/**
 * @typedef {import('@parley/codegen').Vendor} Vendor
 * @typedef {import('@parley/codegen').SpecNode} SpecNode
 * @typedef {{ name?: string, version?: string, description?: string, exports?: Record<string, unknown> }} PackageManifest
 * @typedef {Awaited<ReturnType<typeof vendorSummary>>} VendorSummary
 */

/**
 * The facade's capabilities.json (written by its build).
 * @typedef {object} Capabilities
 * @property {string[]} operations
 * @property {Record<string, string[]>} vendors operations by vendor
 * @property {string[]} contentKinds
 * @property {Record<string, unknown>} content
 * @property {Record<string, Record<string, string>>} [contentTable] a cell by content kind, then vendor
 */

const escapeHtml = (/** @type {unknown} */ text) =>
  String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

/**
 * The names a package's entry point exports as values (`export { a, b } from ...`).
 * @param {string} packageDir
 * @returns {string[]}
 */
function exportedNames(packageDir) {
  const source = readFileSync(join(packageDir, 'src', 'index.ts'), 'utf8')
  return [...source.matchAll(/^export\s*\{([^}]*)\}/gm)].flatMap((match) =>
    String(match[1])
      .split(',')
      .map(
        (name) =>
          name
            .trim()
            .split(/\s+as\s+/)
            .pop() ?? '',
      )
      .filter(Boolean),
  )
}

/**
 * What a vendor package offers, read from the package (entry point and `exports`) and its spec.
 * @param {Pick<Vendor, 'packageDir' | 'pascalName'>} vendor
 * @param {SpecNode} spec
 * @param {PackageManifest} manifest
 * @returns {string[]}
 */
export function packageOffers(vendor, spec, manifest) {
  const names = exportedNames(vendor.packageDir)
  const operationCount = listOperations(spec).length
  const webhookCount = Object.keys(spec.webhooks ?? {}).length
  const offers = [`Typed client: ${operationCount} operations`]
  const handler = `create${vendor.pascalName}WebhookHandler`
  if (names.includes(handler)) offers.push(`Webhook handler for ${webhookCount} events (${handler})`)
  else if (webhookCount > 0) offers.push(`Types for ${webhookCount} webhook events`)
  const iterators = names.filter((name) => /^iterate[A-Z]/.test(name))
  if (iterators.length > 0) offers.push(`Paging: ${iterators.join(', ')}`)
  const subpaths = Object.keys(manifest.exports ?? {})
  if (subpaths.includes('./zod')) offers.push(`Zod schemas (${manifest.name}/zod)`)
  return offers
}

/**
 * What the index shows of one vendor.
 * @param {Vendor} vendor
 */
export async function vendorSummary(vendor) {
  const { document: spec } = await loadVendorDocument(vendor, { onNote: () => {} })
  /** @type {PackageManifest} */
  const manifest = JSON.parse(readFileSync(join(vendor.packageDir, 'package.json'), 'utf8'))
  const { version, description } = manifest
  return {
    offers: packageOffers(vendor, spec, manifest),
    id: vendor.id,
    title: spec.info?.title ?? vendor.id,
    packageName: vendor.packageName,
    version,
    description,
    operationCount: listOperations(spec).length,
    webhookCount: Object.keys(spec.webhooks ?? {}).length,
    mockUrl: `http://127.0.0.1:${vendor.mockPort}`,
    docsHref: `${vendor.id}.html`,
  }
}

/**
 * The first fenced block of `language` after the README heading `heading` (one source for README and portal).
 * @param {string} heading
 * @param {string} language
 * @returns {string}
 */
export function readmeBlock(heading, language) {
  const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8')
  const start = readme.indexOf(`\n${heading}\n`)
  if (start === -1) throw new Error(`README.md has no heading "${heading}" (the portal shows its ${language} block)`)
  const block = new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``).exec(readme.slice(start))
  if (!block) throw new Error(`README.md: no \`\`\`${language} block after "${heading}"`)
  return String(block[1]).trimEnd()
}

export const facadeSampleHeading = '### The facade: one interface over the vendors'
export const beforePublishingHeading = '### Before the packages are published'

function facadeCard() {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'packages', 'messaging', 'package.json'), 'utf8'))
  return `<section class="facade" id="facade" data-package="${escapeHtml(manifest.name)}">
  <h2>One interface over every vendor</h2>
  <p class="package"><code>${escapeHtml(manifest.name)}</code> <span class="version">v${escapeHtml(manifest.version)}</span>${manifest.version === '0.0.0' ? ' <small class="unreleased">not published yet</small>' : ''}</p>
  <p>${escapeHtml(manifest.description ?? '')} Swap the adapter and the rest stays; what a vendor cannot do does not compile (<a href="#capabilities">capabilities</a>).</p>
  <pre><code>npm install ${escapeHtml(manifest.name)} @parley/avaamo</code></pre>
  <pre class="sample"><code>${escapeHtml(readmeBlock(facadeSampleHeading, 'ts'))}</code></pre>
</section>`
}

function beforePublishing() {
  return `<section id="before-publishing">
  <h2>Using the packages before they are published</h2>
  <p>They are not on the public registry yet. Pack them from a clone of the repository and install the tarballs:</p>
  <pre><code>${escapeHtml(readmeBlock(beforePublishingHeading, 'sh'))}</code></pre>
</section>`
}

/**
 * The facade's capability matrix, when @parley/messaging is built.
 * @returns {Capabilities | undefined}
 */
function readCapabilities() {
  const path = join(repositoryRoot, 'packages', 'messaging', 'capabilities.json')
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
}

/** @param {Capabilities | undefined} capabilities */
function capabilityTable(capabilities) {
  if (!capabilities) return ''
  const vendorIds = Object.keys(capabilities.vendors)
  const rows = capabilities.operations
    .map(
      (operation) =>
        `<tr><th scope="row"><code>${escapeHtml(operation)}</code></th>${vendorIds
          .map((id) =>
            capabilities.vendors[id]?.includes(operation) ? '<td class="yes">yes</td>' : '<td class="no">—</td>',
          )
          .join('')}</tr>`,
    )
    .join('\n')
  return `<section id="capabilities"><h2>Facade capabilities (<code>@parley/messaging</code>)</h2>
<table><thead><tr><th>operation</th>${vendorIds.map((id) => `<th scope="col">${escapeHtml(id)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></section>`
}

/** Backtick spans of a generated cell as code, the rest escaped. */
const cellHtml = (/** @type {string} */ text) =>
  escapeHtml(text)
    .split('`')
    .map((part, index) => (index % 2 === 1 ? `<code>${part}</code>` : part))
    .join('')

/**
 * The content-kind x vendor table the facade generates from its adapters (capabilities.json).
 * @param {Capabilities | undefined} capabilities
 */
function contentKindTable(capabilities) {
  if (!capabilities?.contentTable) return ''
  const vendorIds = Object.keys(capabilities.content)
  const rows = capabilities.contentKinds
    .map(
      (kind) =>
        `<tr><th scope="row"><code>${escapeHtml(kind)}</code></th>${vendorIds
          .map((id) => {
            const cell = capabilities.contentTable?.[kind]?.[id] ?? '—'
            return `<td class="${cell === '—' ? 'no' : 'yes'}">${cellHtml(cell)}</td>`
          })
          .join('')}</tr>`,
    )
    .join('\n')
  return `<section id="content-kinds"><h2>Message content by vendor (<code>chat.send</code>, events, history)</h2>
<p><code>send</code>: <code>chat.send</code> takes the kind (any other does not compile); <code>receive</code>: events and history carry it; "no <code>field</code>": the vendor has no place for it; <code>path ≤ n</code>: the vendor's limit, checked before sending.</p>
<table><thead><tr><th>kind</th>${vendorIds.map((id) => `<th scope="col">${escapeHtml(id)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></section>`
}

/**
 * The index page.
 * @param {VendorSummary[]} summaries
 * @param {{ liveReload?: boolean, mocksRunning?: boolean }} [options] `liveReload`: `pnpm dev`'s page reloads itself
 * @returns {string}
 */
export function renderPortalIndex(summaries, { liveReload = false, mocksRunning = false } = {}) {
  const cards = summaries
    .map(
      (vendor) => `<li class="vendor" data-vendor="${escapeHtml(vendor.id)}">
  <h2><a href="${escapeHtml(vendor.docsHref)}">${escapeHtml(vendor.title)}</a></h2>
  <p class="package"><code>${escapeHtml(vendor.packageName)}</code> <span class="version">v${escapeHtml(vendor.version)}</span>${vendor.version === '0.0.0' ? ' <small class="unreleased">not published yet</small>' : ''}</p>
  <p>${escapeHtml(vendor.description ?? '')}</p>
  <ul class="offers">${vendor.offers.map((offer) => `<li>${escapeHtml(offer)}</li>`).join('')}</ul>
  <pre><code>npm install ${escapeHtml(vendor.packageName)}</code></pre>${vendor.version === '0.0.0' ? '\n  <p class="before-publishing"><small>Until it is published: <a href="#before-publishing">install it from packed tarballs</a>.</small></p>' : ''}
  <dl>
    <dt>Mock server</dt><dd><code>${escapeHtml(vendor.mockUrl)}</code>${mocksRunning ? '' : ' <small>(started by <code>npm start</code> / <code>pnpm mock</code>)</small>'}</dd>
  </dl>
  <p><a class="docs-link" href="${escapeHtml(vendor.docsHref)}">API reference →</a></p>
</li>`,
    )
    .join('\n')
  const capabilities = readCapabilities()
  const reloadScript = liveReload
    ? `<script>new EventSource('/__reload').addEventListener('reload', () => location.reload())</script>`
    : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley API reference</title>
<link rel="icon" href="data:,">
<style>
  :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; --muted: #6b6f76; --line: #8884; --accent: #0b63ce; }
  body { margin: 0 auto; max-width: 68rem; padding: 2rem 1.25rem 3rem; line-height: 1.5; }
  header h1 { margin-bottom: 0.25rem; }
  header p { margin-top: 0; color: var(--muted); }
  a { color: var(--accent); }
  ul.vendors { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); }
  li.vendor { border: 1px solid var(--line); border-radius: 0.5rem; padding: 1rem 1.25rem; display: flex; flex-direction: column; }
  li.vendor h2 { margin: 0 0 0.25rem; font-size: 1.2rem; }
  li.vendor h2 a { text-decoration: none; }
  li.vendor > p { margin: 0.25rem 0; }
  .package code { font-weight: 600; }
  .unreleased { color: var(--muted); }
  ul.offers { margin: 0.25rem 0; padding-left: 1.1rem; }
  .version { display: inline-block; margin-left: 0.4rem; padding: 0 0.45rem; border: 1px solid var(--line); border-radius: 1rem; font-size: 0.8rem; color: var(--muted); }
  pre { background: #8881; padding: 0.5rem 0.75rem; border-radius: 0.25rem; overflow-x: auto; font-size: 0.85rem; margin: 0.5rem 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0.5rem 0; }
  dt { font-weight: 600; } dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
  dd small { color: var(--muted); }
  .docs-link { margin-top: auto !important; padding-top: 0.5rem; font-weight: 600; }
  section.facade { border: 1px solid var(--line); border-radius: 0.5rem; padding: 1rem 1.25rem; margin: 1rem 0; }
  section.facade h2 { margin: 0 0 0.25rem; font-size: 1.2rem; }
  pre.sample { white-space: pre-wrap; overflow-wrap: anywhere; }
  .before-publishing { margin: 0 !important; }
  table { border-collapse: collapse; } th, td { border: 1px solid var(--line); padding: 0.25rem 0.75rem; text-align: left; }
  td.yes { color: #1a7f37; } td.no { color: var(--muted); }
  footer { margin-top: 2rem; color: var(--muted); font-size: 0.9rem; }
</style>
</head>
<body>
<header>
  <h1>Parley API reference</h1>
  <p>Typed clients for conversational messaging platforms, generated from hand-written OpenAPI 3.1 specs.</p>
</header>
<main>
${facadeCard()}
<ul class="vendors">
${cards}
</ul>
${beforePublishing()}
${capabilityTable(capabilities)}
${contentKindTable(capabilities)}
</main>
<footer>Every page here is self-contained: it works from <code>file://</code> or any static host and loads nothing from the network.</footer>
${reloadScript}
</body>
</html>
`
}

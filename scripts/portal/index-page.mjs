// The portal's index: every vendor of redocly.yaml with its package, install line,
// version, operation and webhook counts, mock server URL and a link to its Redoc page.
// Plain HTML with inline CSS: no request leaves the machine, and it works from file://.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listOperations, readSpec } from '../lib/spec-examples.mjs'
import { repositoryRoot } from '../lib/vendors.mjs'

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

export function vendorSummary(vendor) {
  const spec = readSpec(vendor.specPath)
  const { version, description } = JSON.parse(readFileSync(join(vendor.packageDir, 'package.json'), 'utf8'))
  return {
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

/** The facade's capability matrix, when @parley/messaging is built. */
function readCapabilities() {
  const path = join(repositoryRoot, 'packages', 'messaging', 'capabilities.json')
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
}

function capabilityTable(capabilities) {
  if (!capabilities) return ''
  const vendorIds = Object.keys(capabilities.vendors)
  const rows = capabilities.operations
    .map(
      (operation) =>
        `<tr><th scope="row"><code>${escapeHtml(operation)}</code></th>${vendorIds
          .map((id) => (capabilities.vendors[id].includes(operation) ? '<td class="yes">yes</td>' : '<td class="no">—</td>'))
          .join('')}</tr>`,
    )
    .join('\n')
  return `<section id="capabilities"><h2>Facade capabilities (<code>@parley/messaging</code>)</h2>
<table><thead><tr><th>operation</th>${vendorIds.map((id) => `<th scope="col">${escapeHtml(id)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></section>`
}

export function renderPortalIndex(summaries, { liveReload = false, mocksRunning = false } = {}) {
  const cards = summaries
    .map(
      (vendor) => `<li class="vendor" data-vendor="${escapeHtml(vendor.id)}">
  <h2><a href="${escapeHtml(vendor.docsHref)}">${escapeHtml(vendor.title)}</a></h2>
  <p class="package"><code>${escapeHtml(vendor.packageName)}</code> <span class="version">v${escapeHtml(vendor.version)}</span></p>
  <p>${escapeHtml(vendor.description ?? '')}</p>
  <pre><code>npm install ${escapeHtml(vendor.packageName)}</code></pre>
  <dl>
    <dt>Operations</dt><dd class="operation-count">${vendor.operationCount}</dd>
    <dt>Webhooks</dt><dd class="webhook-count">${vendor.webhookCount}</dd>
    <dt>Mock server</dt><dd><code>${escapeHtml(vendor.mockUrl)}</code>${mocksRunning ? '' : ' <small>(started by <code>npm start</code> / <code>pnpm mock</code>)</small>'}</dd>
  </dl>
  <p><a class="docs-link" href="${escapeHtml(vendor.docsHref)}">API reference →</a></p>
</li>`,
    )
    .join('\n')
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
  :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  body { margin: 0 auto; max-width: 72rem; padding: 2rem 1.25rem; line-height: 1.5; }
  header p { margin-top: 0; color: #666; }
  ul.vendors { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
  li.vendor { border: 1px solid #8884; border-radius: 0.5rem; padding: 1rem 1.25rem; }
  li.vendor h2 { margin: 0 0 0.25rem; font-size: 1.2rem; }
  pre { background: #8881; padding: 0.5rem 0.75rem; border-radius: 0.25rem; overflow-x: auto; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 0.75rem; }
  dt { font-weight: 600; } dd { margin: 0; }
  table { border-collapse: collapse; } th, td { border: 1px solid #8884; padding: 0.25rem 0.75rem; text-align: left; }
  td.yes { color: #1a7f37; } td.no { color: #888; }
</style>
</head>
<body>
<header>
  <h1>Parley API reference</h1>
  <p>Typed clients for conversational messaging platforms, generated from hand-written OpenAPI 3.1 specs.</p>
</header>
<main>
<ul class="vendors">
${cards}
</ul>
${capabilityTable(readCapabilities())}
</main>
${reloadScript}
</body>
</html>
`
}

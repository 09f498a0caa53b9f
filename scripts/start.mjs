#!/usr/bin/env node
// The main job (`npm start`, after the build): a Prism mock per vendor on 127.0.0.1, the
// docs portal on 127.0.0.1:$PORT (default 4000), and a demo conversation through the
// built SDKs against the mocks. Stays up until interrupted.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runDemoConversations } from './demo-conversation.mjs'
import { buildVendorPage, writePortalIndex } from './docs.mjs'
import { startPrismMock } from './lib/prism.mjs'
import { listVendors, repositoryRoot } from './lib/vendors.mjs'
import { startPortalServer } from './portal/server.mjs'

const portalPort = Number(process.env.PORT ?? 4000)
const docsDir = join(repositoryRoot, 'docs-dist')
const vendors = listVendors()

mkdirSync(docsDir, { recursive: true })
console.log('Building the API reference...')
await Promise.all(vendors.map((vendor) => buildVendorPage(vendor, docsDir)))
rmSync(join(docsDir, '.specs'), { recursive: true, force: true })
await writePortalIndex(docsDir, { mocksRunning: true })

console.log('Starting a mock server per vendor...')
const mocks = await Promise.all(vendors.map(async (vendor) => ({ vendor, mock: await startPrismMock(vendor.specPath, { port: vendor.mockPort }) })))
const portal = await startPortalServer({ directory: docsDir, port: portalPort })

console.log('\nParley is running (everything on 127.0.0.1, no vendor account needed):\n')
console.log(`  API reference portal   ${portal.url}`)
for (const { vendor, mock } of mocks) console.log(`  ${vendor.id.padEnd(22)} mock ${mock.baseUrl}   docs ${portal.url}${vendor.id}.html`)

await runDemoConversations(Object.fromEntries(mocks.map(({ vendor, mock }) => [vendor.id, mock.baseUrl])))

console.log('\nPress Ctrl+C to stop.')
let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  await Promise.allSettled([portal.close(), ...mocks.map(({ mock }) => mock.close())])
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

#!/usr/bin/env node
// The main job (`npm start`, after the build): a Prism mock per vendor on 127.0.0.1, the
// docs portal on 127.0.0.1:$PORT (default 4000), and a demo conversation through the
// built SDKs against the mocks. Stays up until interrupted.
//
// Nothing outlives it: the mocks are child processes stopped on Ctrl+C (SIGINT), SIGTERM
// or SIGHUP, when any one of them fails, and when this process dies (each mock exits when
// its stdin, held by this process, closes). The portal is served in this process.
// A taken port is skipped: the next free one is used and printed.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { firstFreePortFrom, isPortFree, startPrismMock } from '@parley/testing/prism-launcher'
import { runDemoConversations } from './demo-conversation.mjs'
import { buildVendorPage, writePortalIndex } from './docs.mjs'
import { listVendors, repositoryRoot } from './lib/vendors.mjs'
import { startPortalServer } from './portal/server.mjs'

const wantedPortalPort = Number(process.env.PORT ?? 4000)
// PARLEY_DOCS_DIR: somewhere else than docs-dist/ (the start test writes to a temporary folder).
const docsDir = process.env.PARLEY_DOCS_DIR ?? join(repositoryRoot, 'docs-dist')
const vendors = listVendors()
// MOCK_PORT moves the whole block of mock ports (the first vendor's port; the rest follow).
const firstMockPort = Number(process.env.MOCK_PORT ?? vendors[0]?.mockPort ?? 4101)

/**
 * What is running, for stopping it all.
 * @type {{ mocks: Array<{ vendor: import('@parley/codegen').Vendor, mock: import('@parley/testing/prism-launcher').RunningMock }>, portal: Awaited<ReturnType<typeof startPortalServer>> | undefined, stopping: boolean }}
 */
const running = { mocks: [], portal: undefined, stopping: false }

/**
 * Stops everything started, then exits.
 * @param {number} exitCode
 * @param {string} [reason] printed first
 */
async function stop(exitCode, reason) {
  if (running.stopping) return
  running.stopping = true
  if (reason) console.error(reason)
  await Promise.allSettled([running.portal?.close(), ...running.mocks.map(({ mock }) => mock.close())])
  process.exit(exitCode)
}
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, () => stop(0))
// Last resort when exiting some other way (an uncaught error): no mock is left behind.
process.on('exit', () => {
  for (const { mock } of running.mocks) if (mock.pid) killQuietly(mock.pid)
})

try {
  const ports = await choosePorts()
  console.log('Starting a mock server per vendor and building the API reference...')
  mkdirSync(docsDir, { recursive: true })
  const docsBuilt = Promise.all(vendors.map((vendor) => buildVendorPage(vendor, docsDir)))
  await Promise.all(
    vendors.map(async (vendor) => {
      const mock = await startPrismMock(vendor.specPath, {
        port: ports.mocks[vendor.id],
        onExit: ({ code, signal, output }) => {
          if (!running.stopping)
            stop(
              1,
              `npm start: the ${vendor.id} mock server exited (${signal ?? `code ${code}`}); stopping everything.\n${output.slice(-1000)}`,
            )
        },
      })
      running.mocks.push({ vendor, mock })
    }),
  )
  await docsBuilt
  rmSync(join(docsDir, '.specs'), { recursive: true, force: true })
  await writePortalIndex(docsDir, { mocksRunning: true, mockPorts: ports.mocks })
  const portal = await startPortalServer({ directory: docsDir, port: ports.portal })
  running.portal = portal

  console.log('\nParley is running (everything on 127.0.0.1, no vendor account needed):\n')
  console.log(`  API reference portal   ${portal.url}`)
  for (const { vendor, mock } of vendors.flatMap((vendor) => running.mocks.filter((entry) => entry.vendor === vendor)))
    console.log(`  ${vendor.id.padEnd(22)} mock ${mock.baseUrl}   docs ${portal.url}${vendor.id}.html`)

  await runDemoConversations(Object.fromEntries(running.mocks.map(({ vendor, mock }) => [vendor.id, mock.baseUrl])))
  console.log('\nPress Ctrl+C to stop.')
} catch (error) {
  await stop(1, `npm start failed: ${error instanceof Error ? error.message : error}`)
}

/**
 * The wanted ports; a taken one is replaced by a free port above all the wanted ones, so
 * the other servers keep theirs (each replacement is printed).
 *
 * @returns {Promise<{ mocks: Record<string, number>, portal: number }>}
 */
async function choosePorts() {
  const wanted = {
    ...Object.fromEntries(vendors.map((vendor, index) => [vendor.id, firstMockPort + index])),
    portal: wantedPortalPort,
  }
  const used = new Set(Object.values(wanted))
  let nextCandidate = Math.max(...used) + 1
  /** @type {Record<string, number>} */
  const chosen = {}
  for (const [name, port] of Object.entries(wanted)) {
    if (await isPortFree(port)) {
      chosen[name] = port
      continue
    }
    let replacement = await firstFreePortFrom(nextCandidate)
    while (used.has(replacement)) replacement = await firstFreePortFrom(replacement + 1)
    used.add(replacement)
    nextCandidate = replacement + 1
    chosen[name] = replacement
    console.log(
      `Port ${port} on 127.0.0.1 is taken: ${name === 'portal' ? 'the portal' : `the ${name} mock`} uses ${replacement} instead.`,
    )
  }
  const { portal = wantedPortalPort, ...mocks } = chosen
  return { mocks, portal }
}

/** @param {number} pid */
function killQuietly(pid) {
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

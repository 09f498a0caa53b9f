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
import { pathToFileURL } from 'node:url'
import { firstFreePortFrom, isPortFree, startPrismMock } from '@parley/testing/prism-launcher'
import { buildVendorPage, writePortalIndex } from './docs.mjs'
import { listVendors, repositoryRoot } from './lib/vendors.mjs'
import { startPortalServer } from './portal/server.mjs'

const wantedPortalPort = Number(process.env.PORT ?? 4000)
// PARLEY_DOCS_DIR: somewhere else than docs-dist/ (the start test writes to a temporary folder).
const docsDir = process.env.PARLEY_DOCS_DIR ?? join(repositoryRoot, 'docs-dist')
const vendors = listVendors()
// MOCK_PORT moves the whole block of mock ports (the first vendor's port; the rest follow).
const firstMockPort = Number(process.env.MOCK_PORT ?? vendors[0].mockPort)

const running = { mocks: [], portal: undefined, stopping: false }

async function stop(exitCode, reason) {
  if (running.stopping) return
  running.stopping = true
  if (reason) console.error(reason)
  await Promise.allSettled([running.portal?.close(), ...running.mocks.map(({ mock }) => mock.close())])
  process.exit(exitCode)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(0))
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
          if (!running.stopping) stop(1, `npm start: the ${vendor.id} mock server exited (${signal ?? `code ${code}`}); stopping everything.\n${output.slice(-1000)}`)
        },
      })
      running.mocks.push({ vendor, mock })
    }),
  )
  await docsBuilt
  rmSync(join(docsDir, '.specs'), { recursive: true, force: true })
  writePortalIndex(docsDir, { mocksRunning: true, mockPorts: ports.mocks })
  running.portal = await startPortalServer({ directory: docsDir, port: ports.portal })

  console.log('\nParley is running (everything on 127.0.0.1, no vendor account needed):\n')
  console.log(`  API reference portal   ${running.portal.url}`)
  for (const vendor of vendors) {
    const { mock } = running.mocks.find((entry) => entry.vendor === vendor)
    console.log(`  ${vendor.id.padEnd(22)} mock ${mock.baseUrl}   docs ${running.portal.url}${vendor.id}.html`)
  }

  await runDemoConversations(Object.fromEntries(running.mocks.map(({ vendor, mock }) => [vendor.id, mock.baseUrl])))
  console.log('\nPress Ctrl+C to stop.')
} catch (error) {
  await stop(1, `npm start failed: ${error instanceof Error ? error.message : error}`)
}

/**
 * The wanted ports; a taken one is replaced by a free port above all the wanted ones, so
 * the other servers keep theirs (each replacement is printed).
 */
async function choosePorts() {
  const wanted = { ...Object.fromEntries(vendors.map((vendor, index) => [vendor.id, firstMockPort + index])), portal: wantedPortalPort }
  const used = new Set(Object.values(wanted))
  let nextCandidate = Math.max(...used) + 1
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
    console.log(`Port ${port} on 127.0.0.1 is taken: ${name === 'portal' ? 'the portal' : `the ${name} mock`} uses ${replacement} instead.`)
  }
  const { portal, ...mocks } = chosen
  return { mocks, portal }
}

function killQuietly(pid) {
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

/**
 * The same short conversation over every vendor through the facade (@parley/messaging,
 * built), each against its mock: send a text, read the history, then whatever
 * conversation control the vendor has. The mocks answer with the specs' examples.
 */
async function runDemoConversations(mockUrls) {
  const messagingDist = join(repositoryRoot, 'packages', 'messaging', 'dist')
  const load = (path) => import(pathToFileURL(join(messagingDist, path)).href)
  const { createMessaging } = await load('index.js')
  const { botpressMessaging } = await load('adapters/botpress-messaging.js')
  const { khorosFlow } = await load('adapters/khoros-flow.js')
  const { meheryXms } = await load('adapters/mehery-xms.js')
  const { avaamo } = await load('adapters/avaamo.js')
  const demos = [
    {
      chat: createMessaging(botpressMessaging({ baseUrl: mockUrls['botpress-messaging'], clientId: 'c0ffee00-0000-4000-8000-000000000001', clientToken: 'demo', authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13' })),
      conversationId: '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e',
    },
    { chat: createMessaging(khorosFlow({ baseUrl: mockUrls['khoros-flow'], apiKey: 'demo' })), conversationId: 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89' },
    { chat: createMessaging(meheryXms({ baseUrl: mockUrls['mehery-xms'], apiKey: 'demo', apiId: 'demo', channelId: 'demo-channel', handoverQueue: 'support' })), conversationId: 'demo-session' },
    { chat: createMessaging(avaamo({ baseUrl: mockUrls.avaamo, userAccessToken: 'demo', agentAccessToken: 'demo', botId: 1234 })), conversationId: '1faa40c8253e65aa02bfd02fd8643d35' },
  ]
  console.log('\nDemo conversation through @parley/messaging, over every vendor (mocks answer with the specs\' examples):')
  for (const { chat, conversationId } of demos) {
    console.log(`\n  ${chat.vendor}  capabilities: ${Object.keys(chat.capabilities).join(', ')}`)
    try {
      const sent = await chat.sendText({ conversationId, text: 'Hello from Parley!' })
      console.log(`    sendText      -> ${sent.id ? `message ${sent.id}` : 'accepted'}`)
      let shown = 0
      for await (const message of chat.listMessages({ conversationId })) {
        console.log(`    listMessages  -> [${message.author}] ${message.text ?? '(no text)'}${message.at ? `  ${message.at.toISOString()}` : ''}`)
        if (++shown === 3) break
      }
      for (const control of ['handover', 'pause', 'resume', 'resolve', 'close']) {
        if (!chat.capabilities[control]) continue
        await chat[control]({ conversationId })
        console.log(`    ${control.padEnd(13)} -> done`)
      }
    } catch (error) {
      console.log(`    failed: ${error}`)
    }
  }
}

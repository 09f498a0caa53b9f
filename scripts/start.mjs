#!/usr/bin/env node
// The main job (`npm start`, after the build): a Prism mock per vendor on 127.0.0.1, the
// docs portal on 127.0.0.1:$PORT (default 4000), and a demo conversation through the
// built SDKs against the mocks. Stays up until interrupted.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
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

// The demo `npm start` prints: one short conversation per vendor through the facade
// (@parley/messaging, built), each against its mock, in the order of redocly.yaml; a vendor
// the facade has no adapter for (one just added by `pnpm new-vendor`) gets a line saying so. A
// message goes out, the history comes back (the mocks answer with the specs' first
// examples, written as one conversation that holds the message sent, with times that
// agree with its text), then whatever conversation control the vendor has.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { listVendors, repositoryRoot } from './lib/vendors.mjs'

/** History lines shown per vendor: enough to read as a conversation. */
const historyLimit = 6

/**
 * What the demo uses of the facade (loaded from its build at run time, so typed here).
 * @typedef {{ id: string, at?: Date, author: { role: string }, content: { kind: string } }} DemoMessage
 * @typedef {object} DemoChat
 * @property {Record<string, unknown> & { content: string[] }} capabilities
 * @property {(input: { conversationId: string, text: string }) => Promise<{ id?: string }>} sendText
 * @property {(input: { conversationId: string }) => AsyncIterable<DemoMessage>} listMessages
 */

/**
 * A vendor's part of the demo.
 * @typedef {object} Scene
 * @property {string} scene who uses the vendor for what
 * @property {string} [historyNote]
 * @property {string} text the message the demo sends
 * @property {[string, string]} adapter the facade's adapter module and export
 * @property {(baseUrl: string) => Record<string, unknown>} options
 * @property {string} conversationId
 */

/**
 * Each vendor's scene: who uses it for what, and the message the demo sends.
 * @type {Record<string, Scene>}
 */
const scenes = {
  'botpress-messaging': {
    scene: 'a self-hosted support bot',
    text: 'What are your opening hours?',
    adapter: ['adapters/botpress-messaging.js', 'botpressMessaging'],
    options: (baseUrl) => ({
      baseUrl,
      clientId: 'c0ffee00-0000-4000-8000-000000000001',
      clientToken: 'demo',
      authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
    }),
    conversationId: '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e',
  },
  'khoros-flow': {
    scene: "a shoe shop's assistant",
    text: 'Hi! Do you have the Trail Runner 2 in size 42?',
    adapter: ['adapters/khoros-flow.js', 'khorosFlow'],
    options: (baseUrl) => ({ baseUrl, apiKey: 'demo' }),
    conversationId: 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89',
  },
  'mehery-xms': {
    scene: 'WhatsApp customer care',
    text: 'Hello, my parcel 4417-2093 has not arrived yet. Where is it?',
    adapter: ['adapters/mehery-xms.js', 'meheryXms'],
    options: (baseUrl) => ({
      baseUrl,
      apiKey: 'demo',
      apiId: 'demo',
      channelId: 'demo-channel',
      handoverQueue: 'support',
    }),
    conversationId: 'demo-session',
  },
  avaamo: {
    scene: "a pizza place's agent",
    historyNote: "the agent's side: Avaamo lists the agent's messages only",
    text: 'Your order V5678 left our kitchen at 19:42 and should reach you by 20:10.',
    adapter: ['adapters/avaamo.js', 'avaamo'],
    options: (baseUrl) => ({ baseUrl, userAccessToken: 'demo', agentAccessToken: 'demo', botId: 2154 }),
    conversationId: '1faa40c8253e65aa02bfd02fd8643d35',
  },
}

const timeOf = (/** @type {DemoMessage} */ message) => (message.at ? message.at.toISOString().slice(11, 16) : '     ')

/**
 * The history, oldest first, each message once: a mock answers every page alike.
 * @param {DemoChat} chat
 * @param {string} conversationId
 */
async function readHistory(chat, conversationId) {
  const seen = new Set()
  /** @type {DemoMessage[]} */
  const messages = []
  for await (const message of chat.listMessages({ conversationId })) {
    const key = message.id
    if (seen.has(key)) break
    seen.add(key)
    messages.push(message)
    if (messages.length === historyLimit) break
  }
  return messages.sort((first, second) => (first.at?.getTime() ?? 0) - (second.at?.getTime() ?? 0))
}

/**
 * Runs the demo for every vendor that has a mock in `mockUrls` (vendor id -> base URL).
 * @param {Record<string, string>} mockUrls
 * @param {(line: string) => void} [log]
 */
export async function runDemoConversations(mockUrls, log = console.log) {
  const load = (/** @type {string} */ path) =>
    import(pathToFileURL(join(repositoryRoot, 'packages', 'messaging', 'dist', path)).href)
  const { createMessaging, plainTextOf } = await load('index.js')
  log("\nDemo: one conversation per vendor through @parley/messaging (the mocks answer with the specs' examples):")
  for (const { id: vendorId } of listVendors()) {
    const scene = scenes[vendorId]
    const baseUrl = mockUrls[vendorId]
    if (!baseUrl) continue
    if (!scene) {
      // A vendor added with `pnpm new-vendor`: its mock and docs are up, the facade has no adapter for it.
      log(`\n  ${vendorId}: no demo conversation (@parley/messaging has no adapter for it); its mock is at ${baseUrl}`)
      continue
    }
    const [adapterPath, adapterName] = scene.adapter
    /** @type {DemoChat & Record<string, unknown>} */
    const chat = createMessaging((await load(adapterPath))[adapterName](scene.options(baseUrl)))
    const operations = Object.keys(chat.capabilities).filter((name) => name !== 'content')
    log(
      `\n  ${vendorId}: ${scene.scene}  (capabilities: ${operations.join(', ')}; content: ${chat.capabilities.content.join(', ')})`,
    )
    try {
      const sent = await chat.sendText({ conversationId: scene.conversationId, text: scene.text })
      log(`    sent "${scene.text}"  -> ${sent.id ? `message ${sent.id}` : 'accepted'}`)
      if (chat.capabilities.listMessages) {
        const history = await readHistory(chat, scene.conversationId)
        const count = `${history.length} message${history.length === 1 ? '' : 's'}`
        log(`    history (${scene.historyNote ? `${count}, ${scene.historyNote}` : count}):`)
        for (const message of history)
          log(
            `      ${timeOf(message)}  ${message.author.role.padEnd(7)} ${plainTextOf(message.content) || `(${message.content.kind})`}`,
          )
      }
      for (const control of ['handover', 'pause', 'resume', 'resolve', 'close']) {
        if (!chat.capabilities[control]) continue
        const act = /** @type {(input: { conversationId: string }) => Promise<unknown>} */ (chat[control])
        await act.call(chat, { conversationId: scene.conversationId })
        log(`    ${control.padEnd(8)} -> done`)
      }
    } catch (error) {
      log(`    failed: ${error}`)
    }
  }
}

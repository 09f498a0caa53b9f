// The menu bot run the way its README says: `npm start` against a Prism mock of each
// vendor (every message the bot sends is validated against the vendor's spec), then each
// vendor's own webhook payloads posted to its route. The transcript is printed.
import { type ChildProcess, spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type RunningMock, findFreePort, specPathOf, startPrismMock } from '@parley/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const exampleDirectory = join(dirname(fileURLToPath(import.meta.url)), '..')
const vendors = ['botpress-messaging', 'khoros-flow', 'mehery-xms', 'avaamo'] as const

const botpressConversation = '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e'
const botpressUser = '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13'
const flowThread = 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89'
const meheryContact = 'wa919876543210'
const avaamoConversation = '1faa40c8253e65aa02bfd02fd8643d35'

const mocks: Partial<Record<(typeof vendors)[number], RunningMock>> = {}
let bot: ChildProcess | undefined
let botUrl = ''
const transcript: string[] = []

/** Polls until `check` holds, with a generous deadline for a busy machine. */
async function eventually(check: () => boolean, what: string, deadlineMs = 180_000): Promise<void> {
  const deadline = Date.now() + deadlineMs
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; transcript so far:\n${transcript.join('\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  await Promise.all(
    vendors.map(async (vendor) => {
      mocks[vendor] = await startPrismMock(specPathOf(vendor))
    }),
  )
  const port = await findFreePort()
  botUrl = `http://127.0.0.1:${port}`
  bot = spawn('npm', ['start'], {
    cwd: exampleDirectory,
    // Its own process group, so the test ends npm and the server it started, and nothing else.
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      BOTPRESS_URL: mocks['botpress-messaging']?.baseUrl,
      FLOW_URL: mocks['khoros-flow']?.baseUrl,
      MEHERY_URL: mocks['mehery-xms']?.baseUrl,
      AVAAMO_URL: mocks.avaamo?.baseUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let pending = ''
  const collect = (chunk: Buffer) => {
    pending += chunk.toString()
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    transcript.push(
      ...lines.filter((line) => line.startsWith('[') || line.includes('menu bot') || line.includes('failed')),
    )
  }
  bot.stdout?.on('data', collect)
  bot.stderr?.on('data', collect)
  await eventually(() => transcript.some((line) => line.includes('menu bot listening')), 'the bot to listen')
})

afterAll(async () => {
  if (bot?.pid) {
    try {
      process.kill(-bot.pid, 'SIGTERM')
    } catch {}
  }
  await Promise.all(Object.values(mocks).map((mock) => mock?.close()))
  console.log(`\nmenu bot transcript:\n${transcript.map((line) => `  ${line}`).join('\n')}\n`)
})

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${botUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return response.status
}

/** Lines of the transcript after `from` that mention `vendor`. */
const linesOf = (vendor: string, from: number) =>
  transcript.slice(from).filter((line) => line.startsWith(`[${vendor}]`))

describe('the menu bot over four vendors, one code path', () => {
  it('Botpress Messaging: a user says hi, gets the choice menu, picks, gets the answer; its own echo is skipped', async () => {
    const start = transcript.length
    const botpress = (id: string, payload: unknown, authorId?: string) =>
      post(
        '/webhooks/botpress-messaging',
        {
          type: 'message.new',
          data: {
            userId: botpressUser,
            conversationId: botpressConversation,
            channel: 'messaging',
            message: {
              id,
              conversationId: botpressConversation,
              ...(authorId && { authorId }),
              sentOn: new Date().toISOString(),
              payload,
            },
          },
        },
        {
          'x-bp-messaging-webhook-token': 'demo-webhook-token',
          'x-bp-messaging-client-id': 'c0ffee00-0000-4000-8000-000000000001',
        },
      )
    expect(await botpress('7b1f0c5e-0d55-4a57-9f59-1a6f3b1a0001', { type: 'text', text: 'hi' }, botpressUser)).toBe(200)
    expect(
      await botpress('7b1f0c5e-0d55-4a57-9f59-1a6f3b1a0002', {
        type: 'single-choice',
        text: 'What would you like?',
        choices: [],
      }),
    ).toBe(200)
    expect(
      await botpress(
        '7b1f0c5e-0d55-4a57-9f59-1a6f3b1a0003',
        { type: 'quick_reply', text: 'Pizza', payload: 'pizza' },
        botpressUser,
      ),
    ).toBe(200)
    await eventually(() => linesOf('botpress-messaging', start).length >= 5, 'the Botpress exchange')
    const lines = linesOf('botpress-messaging', start)
    expect(lines[0]).toBe('[botpress-messaging] user: text "hi"')
    expect(lines[1]).toMatch(
      /^\[botpress-messaging\] bot -> choice "What would you like\? \| 1\. Pizza \| 2\. Salad" \(message /,
    )
    expect(lines[2]).toMatch(/^\[botpress-messaging\] bot \(this bot\): /)
    expect(lines[3]).toBe('[botpress-messaging] user: postback "Pizza"')
    expect(lines[4]).toMatch(/^\[botpress-messaging\] bot -> text "One pizza, coming up\." \(message /)
  })

  it("Khoros Flow: the menu goes as text (Flow's send API has no choices), the typed pick is answered; Flow's own bot replies are not", async () => {
    const start = transcript.length
    const flow = (type: string, role: string, text: string) =>
      post(`/webhooks/khoros-flow?secret=demo-secret`, {
        type,
        threadId: flowThread,
        createdAt: new Date().toISOString(),
        originator: { name: role === 'bot' ? 'system' : 'Ann', role },
        messages: [
          { fallback: text, createdAt: new Date().toISOString(), responses: [{ type: 'text', payload: { text } }] },
        ],
      })
    expect(await flow('inbound', 'user', 'hi')).toBe(200)
    expect(await flow('message', 'bot', 'Welcome to Flow')).toBe(200)
    expect(await flow('inbound', 'user', 'Salad')).toBe(200)
    await eventually(() => linesOf('khoros-flow', start).length >= 5, 'the Flow exchange')
    const lines = linesOf('khoros-flow', start)
    expect(lines[0]).toBe('[khoros-flow] user: text "hi"')
    expect(lines[1]).toBe('[khoros-flow] bot -> menu as text (no choices on khoros-flow) (accepted)')
    expect(lines[2]).toBe('[khoros-flow] bot: text "Welcome to Flow"')
    expect(lines[3]).toBe('[khoros-flow] user: text "Salad"')
    expect(lines[4]).toBe('[khoros-flow] bot -> text "One salad, coming up." (accepted)')
  })

  it('Mehery XMS: the menu goes as quick-reply buttons, the button reply (a postback) is answered', async () => {
    const start = transcript.length
    const mehery = (id: string, text: string, form?: object) =>
      post(
        '/webhooks/mehery-xms/message/receive',
        {
          type: 'messages',
          messages: [
            {
              id,
              type: 'text',
              contactId: meheryContact,
              from: '919876543210',
              timestamp: Date.now(),
              text: { body: text },
              ...(form && { form }),
            },
          ],
        },
        { 'x-verify-token': 'demo-verify-token' },
      )
    expect(await mehery('in-1', 'hi')).toBe(200)
    expect(await mehery('in-2', 'Pizza', { reply_id: 'pizza', reply_title: 'Pizza' })).toBe(200)
    await eventually(() => linesOf('mehery-xms', start).length >= 4, 'the Mehery exchange')
    const lines = linesOf('mehery-xms', start)
    expect(lines[0]).toBe('[mehery-xms] user: text "hi"')
    expect(lines[1]).toMatch(
      /^\[mehery-xms\] bot -> choice "What would you like\? \| 1\. Pizza \| 2\. Salad" \(message /,
    )
    expect(lines[2]).toBe('[mehery-xms] user: postback "Pizza"')
    expect(lines[3]).toMatch(/^\[mehery-xms\] bot -> text "One pizza, coming up\." \(message /)
  })

  it('Avaamo: no webhooks, so the bot can only offer the menu (as quick replies); there is no route to post to', async () => {
    const start = transcript.length
    expect(await post(`/offer/avaamo/${avaamoConversation}`, {})).toBe(204)
    await eventually(() => linesOf('avaamo', start).length >= 1, 'the Avaamo offer')
    expect(linesOf('avaamo', start)[0]).toBe(
      '[avaamo] bot -> choice "What would you like? | 1. Pizza | 2. Salad" (accepted)',
    )
    expect(await post('/webhooks/avaamo', {})).toBe(404)
    expect(transcript.some((line) => line.includes('failed'))).toBe(false)
  })
})

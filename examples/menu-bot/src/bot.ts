// One bot over four vendors: it offers a menu and answers the pick, with one code path.
// Where a vendor cannot carry a choice (Khoros Flow's send API takes text, events,
// locations and media), the same menu goes as text, and the user's typed answer is read
// as the pick: `canSend` narrows the event to the vendors that carry choices.
import { type EventOf, createMessaging, pickedValue, plainTextOf } from '@parley/messaging'
import { avaamo } from '@parley/messaging/avaamo'
import { botpressMessaging } from '@parley/messaging/botpress-messaging'
import { khorosFlow } from '@parley/messaging/khoros-flow'
import { meheryXms } from '@parley/messaging/mehery-xms'

export const menu = {
  kind: 'choice',
  text: 'What would you like?',
  choices: [
    { title: 'Pizza', value: 'pizza' },
    { title: 'Salad', value: 'salad' },
  ],
} as const

export interface MenuBotSettings {
  readonly botpress: {
    readonly baseUrl: string
    readonly clientId: string
    readonly clientToken: string
    readonly webhookToken: string
  }
  readonly flow: { readonly baseUrl: string; readonly apiKey: string; readonly webhookSecret: string }
  readonly mehery: {
    readonly baseUrl: string
    readonly apiKey: string
    readonly apiId: string
    readonly channelId: string
    readonly verifyToken: string
  }
  readonly avaamo: {
    readonly baseUrl: string
    readonly botId: number
    readonly userAccessToken: string
    readonly agentAccessToken: string
  }
  /** Where the bot says what it does (a line per event and per answer). */
  readonly log: (line: string) => void
}

export function createMenuBot(settings: MenuBotSettings) {
  const { log } = settings
  const adapters = [
    botpressMessaging({ ...settings.botpress }),
    khorosFlow({
      baseUrl: settings.flow.baseUrl,
      apiKey: settings.flow.apiKey,
      webhookVerification: { secret: settings.flow.webhookSecret },
    }),
    meheryXms({ ...settings.mehery }),
    avaamo({ ...settings.avaamo }),
  ] as const
  const bot = createMessaging(adapters)
  type MessageEvent = EventOf<(typeof adapters)[number], 'message'>

  async function answer(event: MessageEvent): Promise<void> {
    const who = `[${event.vendor}] ${event.author.role}${event.author.isSelf ? ' (this bot)' : ''}`
    log(`${who}: ${describe(event.content)}`)
    // Our own echoes and other bots' replies are not ours to answer.
    if (event.author.isSelf || event.author.role !== 'user') return
    const picked = pickedValue(event.content, menu.choices)
    if (picked !== undefined) {
      const sent = await bot.reply(event, { kind: 'text', text: `One ${picked}, coming up.` })
      log(`[${event.vendor}] bot -> text "One ${picked}, coming up." (${sent.id ? `message ${sent.id}` : 'accepted'})`)
      return
    }
    if (bot.canSend(event, 'choice')) {
      const sent = await bot.reply(event, menu)
      log(`[${event.vendor}] bot -> ${describe(menu)} (${sent.id ? `message ${sent.id}` : 'accepted'})`)
    } else {
      const sent = await bot.reply(event, { kind: 'text', text: plainTextOf(menu) })
      log(
        `[${event.vendor}] bot -> menu as text (no choices on ${event.vendor}) (${sent.id ? `message ${sent.id}` : 'accepted'})`,
      )
    }
  }

  /** Avaamo documents no webhooks: the bot can only offer it the menu, unasked. */
  async function offerMenu(vendor: 'avaamo', conversationId: string): Promise<void> {
    const sent = await bot.send({ vendor, conversationId, content: menu })
    log(`[${vendor}] bot -> ${describe(menu)} (${sent.id ? `message ${sent.id}` : 'accepted'})`)
  }

  const handler = bot.webhookHandler(
    {
      onMessage: answer,
      onUnknown: (event) => log(`[${event.vendor}] ignored ${event.vendorEvent}`),
      onError: (error) => log(`webhook handler failed: ${String(error)}`),
    },
    { basePath: '/webhooks' },
  )
  return { bot, handler, offerMenu }
}

function describe(content: { readonly kind: string }): string {
  const rendered = plainTextOf(content as Parameters<typeof plainTextOf>[0]).replaceAll('\n', ' | ')
  return `${content.kind} "${rendered}"`
}

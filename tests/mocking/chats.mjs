// The application these tests stand for: one client per vendor package and the facade with
// each vendor's adapter, all pointed at `baseUrl` (a local server that counts connections:
// a mock that intercepts every call leaves it at zero). Made without `fetch`, as an
// application does: on Node the runtime's undici transport, which must still be seen by the
// mocks the application installs.
import { createAvaamoClient } from '@parley/avaamo'
import { createBotpressMessagingClient } from '@parley/botpress-messaging'
import { createKhorosFlowClient } from '@parley/khoros-flow'
import { createMeheryXmsClient } from '@parley/mehery-xms'
import { createMessaging } from '@parley/messaging'
import { avaamo } from '@parley/messaging/avaamo'
import { botpressMessaging } from '@parley/messaging/botpress-messaging'
import { khorosFlow } from '@parley/messaging/khoros-flow'
import { meheryXms } from '@parley/messaging/mehery-xms'

export const vendors = ['botpress-messaging', 'khoros-flow', 'mehery-xms', 'avaamo']

/** Ids the specs' examples use. */
export const conversations = {
  'botpress-messaging': '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e',
  'khoros-flow': 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89',
  'mehery-xms': '1234567',
  avaamo: '1faa40c8253e65aa02bfd02fd8643d35',
}

/** One read per vendor package, called as an application calls it: the operation's name and the call. */
export const packageCalls = {
  'botpress-messaging': [
    'getUser',
    (baseUrl) =>
      createBotpressMessagingClient({ baseUrl, clientId: 'app', clientToken: 'app-token', maxRetries: 0 }).getUser({
        path: { id: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13' },
      }),
  ],
  'khoros-flow': [
    'getBotStatus',
    (baseUrl) =>
      createKhorosFlowClient({ baseUrl, apiKey: 'app-key', maxRetries: 0 }).getBotStatus({
        path: { threadId: conversations['khoros-flow'] },
      }),
  ],
  'mehery-xms': [
    'listChannels',
    (baseUrl) => createMeheryXmsClient({ baseUrl, apiKey: 'app-key', apiId: 'app-id', maxRetries: 0 }).listChannels(),
  ],
  avaamo: [
    'listAgentMessages',
    (baseUrl) =>
      createAvaamoClient({ baseUrl, userAccessToken: 'u', agentAccessToken: 'a', maxRetries: 0 }).listAgentMessages(),
  ],
}

/** The facade with each vendor's adapter. */
export const chats = {
  'botpress-messaging': (baseUrl) =>
    createMessaging(
      botpressMessaging({
        baseUrl,
        clientId: 'c0ffee00-0000-4000-8000-000000000001',
        clientToken: 'app-token',
        authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
        maxRetries: 0,
      }),
    ),
  'khoros-flow': (baseUrl) => createMessaging(khorosFlow({ baseUrl, apiKey: 'app-key', maxRetries: 0 })),
  'mehery-xms': (baseUrl) =>
    createMessaging(
      meheryXms({
        baseUrl,
        apiKey: 'app-key',
        apiId: 'app-id',
        channelId: 'wa360:919988776655',
        handoverQueue: 'support',
        maxRetries: 0,
      }),
    ),
  avaamo: (baseUrl) =>
    createMessaging(avaamo({ baseUrl, botId: 1234, userAccessToken: 'u', agentAccessToken: 'a', maxRetries: 0 })),
}

// Every mapping, both ways, against each vendor's own material: the request examples of
// its documents (what the facade must put on the wire for the same content), its webhook,
// reply and history examples (what the facade must read), its spec (a Prism mock made from
// it validates every payload the facade sends), and for Botpress the recorded traffic
// (botpress-messaging.contract.test.ts).
import { readFileSync } from 'node:fs'
import { type ScriptedServer, prismMockUrl, specPathOf, startScriptedServer } from '@parley/testing'
import { readSpec } from '@parley/testing/spec-examples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { avaamo, contentOfAvaamoEntry, contentOfAvaamoMessage, toAvaamoMessage } from '../src/adapters/avaamo.js'
import { botpressMessaging, toBotpressPayload } from '../src/adapters/botpress-messaging.js'
import { contentOfKhorosFlowResponse, khorosFlow, toKhorosFlowPayload } from '../src/adapters/khoros-flow.js'
import { contentOfMeheryXmsInbound, meheryXms, toMeheryXmsMessage } from '../src/adapters/mehery-xms.js'
import { type Content, type MessageEvent, type NormalizedMessage, createMessaging } from '../src/index.js'

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'))

const menu = {
  kind: 'choice',
  text: 'What would you like?',
  choices: [
    { title: 'Pizza', value: 'pizza' },
    { title: 'Salad', value: 'salad' },
  ],
} as const
const card = {
  kind: 'card',
  title: 'Margherita',
  subtitle: 'Tomato, mozzarella, basil',
  imageUrl: 'https://images.example.com/margherita.jpg',
  actions: [
    { kind: 'postback', title: 'Order', value: 'order:margherita' },
    { kind: 'url', title: 'Allergens', url: 'https://example.com/allergens' },
    { kind: 'say', title: 'Something else', text: 'menu' },
  ],
} as const
const location = {
  kind: 'location',
  latitude: 52.370216,
  longitude: 4.895168,
  title: 'Our kitchen',
  address: 'Dam 1, Amsterdam',
} as const
const image = {
  kind: 'media',
  mediaKind: 'image',
  url: 'https://images.example.com/special.jpg',
  caption: "Today's special",
} as const
const file = {
  kind: 'media',
  mediaKind: 'file',
  url: 'https://example.com/menu.pdf',
  caption: 'Menu',
  mimeType: 'application/pdf',
  fileName: 'menu.pdf',
} as const
const list = {
  kind: 'list',
  items: [
    { title: 'Small', subtitle: '25 cm', actions: [{ kind: 'postback', title: 'Small', value: 'size:small' }] },
    { title: 'Large', subtitle: '35 cm', imageUrl: 'https://images.example.com/large.jpg' },
  ],
} as const
const template = {
  kind: 'template',
  name: 'FEEDBACK',
  language: 'en_US',
  parameters: { amount: '10', currency: 'INR' },
} as const

// Flow signs nothing: its handler takes a secret of the integration's own (see webhooks.test.ts).
const flowSecret = 'flow-secret'
const flowSecretHeader = { 'x-flow-webhook-secret': flowSecret }

const webhookRequest = (body: unknown, headers: Record<string, string> = {}, url = 'http://127.0.0.1/hook') =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
afterAll(() => server.close())

describe('Botpress Messaging', () => {
  const conversationId = '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e'
  const onMock = () =>
    createMessaging(
      botpressMessaging({
        baseUrl: prismMockUrl('botpress-messaging'),
        clientId: 'c0ffee00-0000-4000-8000-000000000001',
        clientToken: 'mock',
        maxRetries: 0,
      }),
    )

  it('puts its rich payloads on the wire: single-choice, card, carousel, location, media', async () => {
    expect(toBotpressPayload(menu)).toEqual({
      type: 'single-choice',
      text: 'What would you like?',
      choices: [
        { title: 'Pizza', value: 'pizza' },
        { title: 'Salad', value: 'salad' },
      ],
    })
    expect(toBotpressPayload(card)).toEqual({
      type: 'card',
      title: 'Margherita',
      subtitle: 'Tomato, mozzarella, basil',
      image: 'https://images.example.com/margherita.jpg',
      actions: [
        { action: 'Postback', title: 'Order', payload: 'order:margherita' },
        { action: 'Open URL', title: 'Allergens', url: 'https://example.com/allergens' },
        { action: 'Say something', title: 'Something else', text: 'menu' },
      ],
    })
    expect(toBotpressPayload({ kind: 'carousel', cards: [card, card] })).toMatchObject({
      type: 'carousel',
      items: [{ type: 'card' }, { type: 'card' }],
    })
    expect(toBotpressPayload(location)).toEqual({
      type: 'location',
      latitude: 52.370216,
      longitude: 4.895168,
      title: 'Our kitchen',
      address: 'Dam 1, Amsterdam',
    })
    expect(toBotpressPayload(image)).toEqual({ type: 'image', image: image.url, title: image.caption })
    expect(toBotpressPayload(file)).toEqual({ type: 'file', file: file.url, title: 'Menu' })

    server.respondWith({
      status: 201,
      body: { id: 'm1', conversationId, sentOn: '2026-12-07T09:00:00.000Z', payload: { type: 'text', text: 'x' } },
    })
    server.requests.length = 0
    const chat = createMessaging(botpressMessaging({ baseUrl: server.baseUrl, clientId: 'id', clientToken: 'token' }))
    await chat.send({ conversationId, content: menu })
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      url: '/api/v1/messages',
      json: { conversationId, payload: toBotpressPayload(menu) },
    })
  })

  it.each([
    ['text', { kind: 'text', text: 'Hello **there**', markdown: true }],
    ['image', image],
    ['video', { kind: 'media', mediaKind: 'video', url: 'https://example.com/v.mp4' }],
    ['audio', { kind: 'media', mediaKind: 'audio', url: 'https://example.com/a.mp3' }],
    ['file', file],
    ['location', location],
    ['choice', menu],
    ['card', card],
    ['carousel', { kind: 'carousel', cards: [card, { title: 'Marinara', actions: [] }] }],
  ] as const)(
    'the spec takes what send puts on the wire for %s (the Prism mock validates it)',
    async (_name, content) => {
      await expect(onMock().send({ conversationId, content })).resolves.toMatchObject({ vendor: 'botpress-messaging' })
    },
  )

  it("reads a webchat user's picks as postbacks, and an unlisted payload as vendor content", async () => {
    const events: MessageEvent[] = []
    const chat = createMessaging(botpressMessaging({ clientId: 'id', clientToken: 'token', webhookToken: 'hook' }))
    const handler = chat.webhookHandler({ onMessage: (event) => void events.push(event) })
    const post = (id: string, payload: unknown) =>
      handler(
        webhookRequest(
          {
            type: 'message.new',
            data: {
              userId: 'u1',
              conversationId,
              channel: 'web',
              message: { id, conversationId, authorId: 'u1', sentOn: '2026-12-07T09:00:00.000Z', payload },
            },
          },
          { 'x-bp-messaging-webhook-token': 'hook' },
        ),
      )
    await post('m1', { type: 'quick_reply', text: 'Pizza', payload: 'pizza' })
    await post('m2', { type: 'postback', payload: 'order:margherita' })
    await post('m3', { type: 'dropdown', message: 'Pick', options: [] })
    await post('m4', { type: 'card', title: 'No actions list' })
    expect(events.map((event) => event.content)).toEqual([
      { kind: 'postback', value: 'pizza', title: 'Pizza' },
      { kind: 'postback', value: 'order:margherita' },
      { kind: 'vendor', payload: { type: 'dropdown', message: 'Pick', options: [] } },
      { kind: 'vendor', payload: { type: 'card', title: 'No actions list' } },
    ])
    expect(events.map((event) => event.author)).toEqual(Array(4).fill({ role: 'user', id: 'u1', isSelf: false }))
  })
})

describe('Khoros Flow', () => {
  const threadId = 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89'
  const johnDoe = { name: 'John Doe', role: 'external' } as const
  const vendorExample = (name: string) =>
    JSON.parse(readFileSync(new URL(`../../khoros-flow/test/fixtures/${name}`, import.meta.url), 'utf8'))

  it("sends what the vendor's own examples send, for the same content", () => {
    expect(toKhorosFlowPayload({ kind: 'text', text: 'Hello' }, johnDoe)).toEqual(
      vendorExample('send-text-message.request.json').payload,
    )
    expect(toKhorosFlowPayload({ kind: 'event', name: 'MY_EVENT' }, johnDoe)).toEqual(
      vendorExample('send-event-message.request.json').payload,
    )
    expect(
      toKhorosFlowPayload(
        { kind: 'location', latitude: 1232122422, longitude: 2433343343, title: 'Example title' },
        johnDoe,
      ),
    ).toEqual(vendorExample('send-location-message.request.json').payload)
    expect(
      toKhorosFlowPayload(
        {
          kind: 'media',
          mediaKind: 'image',
          url: 'https://source.unsplash.com/random/880x400',
          caption: 'Example title',
          mimeType: 'image/png',
        },
        johnDoe,
      ),
    ).toEqual(vendorExample('send-media-message.request.json').payload)
    // A template goes as the event that sends it, its values as Flow params.
    expect(toKhorosFlowPayload(template, johnDoe)).toEqual({
      type: 'event',
      eventName: 'FEEDBACK',
      originator: johnDoe,
      metadata: { language: 'en_US', params: { amount: [{ value: '10' }], currency: [{ value: 'INR' }] } },
    })
  })

  it.each([
    ['text', { kind: 'text', text: 'Hello' }],
    ['media', image],
    ['location', location],
    ['event', { kind: 'event', name: 'MY_EVENT', data: { orderId: 'V5678' } }],
    ['template', template],
  ] as const)(
    'the spec takes what send puts on the wire for %s (the Prism mock validates it)',
    async (_name, content) => {
      const chat = createMessaging(khorosFlow({ baseUrl: prismMockUrl('khoros-flow'), apiKey: 'mock', maxRetries: 0 }))
      await expect(chat.send({ conversationId: threadId, content })).resolves.toMatchObject({ vendor: 'khoros-flow' })
    },
  )

  it("refuses a text over Flow's 255 characters before sending", async () => {
    server.requests.length = 0
    const chat = createMessaging(khorosFlow({ baseUrl: server.baseUrl, apiKey: 'key' }))
    await expect(chat.sendText({ conversationId: threadId, text: 'x'.repeat(256) })).rejects.toMatchObject({
      name: 'ContentLimitError',
      vendor: 'khoros-flow',
      path: 'text',
      maximum: 255,
      actual: 256,
    })
    expect(server.requests).toHaveLength(0)
  })

  it("reads the docs' bot reply: its id, the bot as author, the text", async () => {
    const reply = fixture('khoros-flow/send-message-sync.response.json')
    const events: MessageEvent[] = []
    const chat = createMessaging(khorosFlow({ apiKey: 'key', webhookVerification: { secret: flowSecret } }))
    const response = await chat.webhookHandler({ onMessage: (event) => void events.push(event) })(
      webhookRequest({ ...reply, type: 'message' }, flowSecretHeader),
    )
    expect(response.status).toBe(200)
    expect(events).toEqual([
      {
        vendor: 'khoros-flow',
        type: 'message',
        eventId: `message:${reply.messages[0].meta.msgId}`,
        vendorEvent: 'message',
        id: reply.messages[0].meta.msgId,
        conversationId: reply.threadId,
        author: { role: 'bot', id: 'flowai|system', isSelf: false },
        content: { kind: 'text', text: 'Hello' },
        at: new Date(reply.createdAt),
        raw: { ...reply, type: 'message' },
      },
    ])
  })

  it("reads every reply template of the vendor's reference, one message per response", async () => {
    const call = fixture('khoros-flow/reply-templates.webhook.json')
    const events: MessageEvent[] = []
    const chat = createMessaging(khorosFlow({ apiKey: 'key', webhookVerification: { secret: flowSecret } }))
    expect(
      (
        await chat.webhookHandler({ onMessage: (event) => void events.push(event) })(
          webhookRequest(call, flowSecretHeader),
        )
      ).status,
    ).toBe(200)
    const msgId = call.messages[0].meta.msgId
    expect(events.map((event) => event.id)).toEqual(
      call.messages[0].responses.map((_: unknown, index: number) => `${msgId}:${index}`),
    )
    expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length)
    expect(events.map((event) => event.content)).toEqual([
      {
        kind: 'choice',
        text: 'What would you like?',
        choices: [
          { title: 'Pizza', value: 'pizza' },
          { title: 'Salad', value: 'salad' },
        ],
      },
      {
        kind: 'card',
        title: 'Margherita',
        subtitle: 'Tomato, mozzarella, basil',
        imageUrl: 'https://images.example.com/margherita.jpg',
        actions: [
          { kind: 'postback', title: 'Order', value: 'order margherita' },
          { kind: 'url', title: 'Allergens', url: 'https://example.com/allergens' },
        ],
      },
      {
        kind: 'carousel',
        cards: [
          {
            title: 'Margherita',
            subtitle: 'Classic',
            imageUrl: 'https://images.example.com/margherita.jpg',
            actions: [],
          },
          {
            title: 'Marinara',
            subtitle: 'No cheese',
            imageUrl: 'https://images.example.com/marinara.jpg',
            actions: [],
          },
        ],
      },
      {
        kind: 'card',
        title: 'Anything else?',
        actions: [
          { kind: 'postback', title: 'Talk to a person', value: 'HANDOVER' },
          { kind: 'url', title: 'Opening hours', url: 'https://example.com/hours' },
        ],
      },
      {
        kind: 'list',
        items: [
          { title: 'Small', subtitle: '25 cm', actions: [{ kind: 'postback', title: 'Small', value: 'size small' }] },
          { title: 'Large', subtitle: '35 cm', imageUrl: 'https://images.example.com/large.jpg' },
        ],
      },
      { kind: 'media', mediaKind: 'image', url: 'https://images.example.com/special.jpg', caption: "Today's special" },
      { kind: 'location', latitude: 52.370216, longitude: 4.895168, title: 'Our kitchen' },
      { kind: 'vendor', payload: call.messages[0].responses[7] },
    ])
    expect(events.every((event) => event.author.role === 'bot' && !event.author.isSelf)).toBe(true)
  })

  it("reads the docs' history: the user as author, the text, and its own messages as its own", async () => {
    const page = fixture('khoros-flow/list-messages-sync.response.json')
    const ownEntry = {
      originator: { name: 'Parley', role: 'user' },
      messages: [
        { createdAt: '2019-06-25T12:46:00.000Z', responses: [{ type: 'text', payload: { text: 'from us' } }] },
      ],
    }
    server.respondWith({
      status: 200,
      body: { ...page, result: { ...page.result, history: [...page.result.history, ownEntry], page: 1, pages: 1 } },
    })
    const chat = createMessaging(khorosFlow({ baseUrl: server.baseUrl, apiKey: 'key' }))
    const history: NormalizedMessage[] = []
    for await (const message of chat.listMessages({ conversationId: threadId })) history.push(message)
    expect(history.map(({ author, content, at }) => ({ author, content, at }))).toEqual([
      {
        author: { role: 'user', id: 'visitor_abc', isSelf: false },
        content: { kind: 'text', text: 'test' },
        at: new Date('2019-06-25T12:45:11.857Z'),
      },
      {
        author: { role: 'user', id: 'Parley', isSelf: true },
        content: { kind: 'text', text: 'from us' },
        at: new Date('2019-06-25T12:46:00.000Z'),
      },
    ])
    expect(new Set(history.map((message) => message.id)).size).toBe(2)
  })

  it('a message call without a thread, and a template of an unknown shape, are delivered, never a 500', async () => {
    const unknown: unknown[] = []
    const messages: MessageEvent[] = []
    const chat = createMessaging(khorosFlow({ apiKey: 'key', webhookVerification: { secret: flowSecret } }))
    const handler = chat.webhookHandler({
      onUnknown: (event) => void unknown.push(event),
      onMessage: (event) => void messages.push(event),
    })
    expect((await handler(webhookRequest({ type: 'message', messages: [] }, flowSecretHeader))).status).toBe(200)
    expect(unknown).toHaveLength(1)
    expect(
      (
        await handler(
          webhookRequest(
            {
              type: 'outbound',
              threadId,
              messages: [{ responses: [{ type: 'card', payload: { buttons: 'none' } }] }],
            },
            flowSecretHeader,
          ),
        )
      ).status,
    ).toBe(200)
    expect(messages[0]?.content).toEqual({ kind: 'vendor', payload: { type: 'card', payload: { buttons: 'none' } } })
    expect(
      contentOfKhorosFlowResponse({ type: 'text', payload: { text: 'Hi', quickReplies: [{ value: 'no label' }] } }),
    ).toMatchObject({ kind: 'vendor' })
  })
})

describe('Mehery XMS', () => {
  const contactId = 'wa919876543210'
  const chatWith = (baseUrl: string) =>
    createMessaging(
      meheryXms({
        baseUrl,
        apiKey: 'k',
        apiId: 'i',
        channelId: '91SERVICENUMBER',
        verifyToken: 'verify',
        maxRetries: 0,
      }),
    )

  it("sends quick replies and templates as the vendor's own example does", () => {
    const example = fixture('mehery-xms/send-message.request.json')
    const [button] = example.options.buttons
    expect(
      toMeheryXmsMessage({
        kind: 'choice',
        text: example.text.body,
        choices: [{ title: button.label, value: button.code }],
      }),
    ).toEqual({
      type: 'text',
      text: { body: example.text.body },
      options: { buttons: [{ type: 'QUICK_REPLY', label: button.label, code: button.code }] },
    })
    expect(
      toMeheryXmsMessage({ kind: 'template', name: example.template.code, language: example.template.lang }),
    ).toEqual({
      type: 'template',
      template: { code: example.template.code, lang: example.template.lang },
    })
    expect(toMeheryXmsMessage(location)).toEqual({
      type: 'location',
      location: { latitude: '52.370216', longitude: '4.895168', name: 'Our kitchen', address: 'Dam 1, Amsterdam' },
    })
    expect(toMeheryXmsMessage(file)).toEqual({
      type: 'document',
      document: { link: file.url, caption: 'Menu', filename: 'menu.pdf' },
    })
  })

  it.each([
    ['text', { kind: 'text', text: 'Hello' }],
    ['media', image],
    ['file', file],
    ['location', location],
    ['choice', menu],
    ['template', template],
  ] as const)(
    'the spec takes what send puts on the wire for %s (the Prism mock validates it)',
    async (_name, content) => {
      await expect(
        chatWith(prismMockUrl('mehery-xms')).send({ conversationId: contactId, content }),
      ).resolves.toMatchObject({ vendor: 'mehery-xms' })
    },
  )

  it("reads each kind of the document's inbound message, and a button reply as a postback", async () => {
    const notification = fixture('mehery-xms/message-receive.webhook.json')
    const [documentMessage] = notification.messages
    const media = documentMessage.image
    const as = (type: string, extra: object = {}) => contentOfMeheryXmsInbound({ ...documentMessage, type, ...extra })
    expect(as('text')).toEqual({ kind: 'text', text: 'your-text-message-content' })
    expect(as('image')).toEqual({
      kind: 'media',
      mediaKind: 'image',
      url: media.link,
      caption: media.caption,
      mimeType: media.mime_type,
      fileName: media.filename,
    })
    expect(as('voice')).toMatchObject({ kind: 'media', mediaKind: 'audio' })
    expect(as('document')).toMatchObject({ kind: 'media', mediaKind: 'file' })
    expect(as('location')).toEqual({
      kind: 'location',
      latitude: 12.90909,
      longitude: 6.90808,
      title: 'Main Building',
      address: '1 Hacker Way, Menlo Park, CA, 94025',
    })
    expect(as('text', { form: { reply_id: 'occupation', reply_title: 'Occupation' } })).toEqual({
      kind: 'postback',
      value: 'occupation',
      title: 'Occupation',
    })
    expect(as('system')).toEqual({ kind: 'vendor', payload: { ...documentMessage, type: 'system' } })

    const events: MessageEvent[] = []
    const handler = chatWith('http://127.0.0.1:9').webhookHandler({ onMessage: (event) => void events.push(event) })
    const response = await handler(
      webhookRequest(
        { ...notification, type: 'messages' },
        { 'x-verify-token': 'verify' },
        'http://127.0.0.1/mehery/message/receive',
      ),
    )
    expect(response.status).toBe(200)
    expect(events).toMatchObject([
      {
        eventId: `messages:${documentMessage.id}`,
        id: documentMessage.id,
        conversationId: documentMessage.contactId,
        sessionId: documentMessage.session.sessionId,
        author: { role: 'user', id: documentMessage.contactId, isSelf: false },
        content: { kind: 'text', text: 'your-text-message-content' },
      },
    ])
  })

  it("reads the spec's history example: the customer, the agent, their texts", async () => {
    const spec = readSpec(specPathOf('mehery-xms'))
    const example =
      spec.paths['/api/v1/session/messages'].post.responses['200'].content['application/json'].examples.conversation
        .value
    server.respondWith({ status: 200, body: example })
    const history: NormalizedMessage[] = []
    for await (const message of chatWith(server.baseUrl).listMessages({ conversationId: '6650b8f2c1e4a93d7f2b1a04' }))
      history.push(message)
    expect(history.map(({ id, author, content }) => ({ id, author, content }))).toEqual(
      example.results.map(
        (result: { messageId: string; sender: string; text: string; route?: { senderCode: string } }) => ({
          id: result.messageId,
          author:
            result.sender === 'agent'
              ? { role: 'agent', id: result.route?.senderCode, isSelf: false }
              : { role: 'user', id: result.sender, isSelf: false },
          content: { kind: 'text', text: result.text },
        }),
      ),
    )
  })
})

describe('Avaamo', () => {
  const conversation = '1faa40c8253e65aa02bfd02fd8643d35'
  const listExample = fixture('avaamo/post-list-view-message.request.json')
  const listContent = {
    kind: 'list',
    items: [
      { title: 'Coke', subtitle: 'All Chilled', actions: [{ kind: 'say', title: 'Get a pack of 5', text: 'coke' }] },
      { title: 'Coffee', subtitle: 'Cold', actions: [{ kind: 'say', title: 'Buy one get one', text: 'coffee' }] },
    ],
  } as const

  it("sends and reads what the vendor's own examples post", () => {
    expect(toAvaamoMessage({ kind: 'text', text: 'Sample message' })).toBe(
      fixture('avaamo/post-simple-message.request.json').message,
    )
    const { top_element_style: _style, ...listView } = listExample.message.list_view
    expect(toAvaamoMessage(listContent)).toEqual({ list_view: listView })
    expect(contentOfAvaamoMessage(listExample.message)).toEqual(listContent)
    // A feedback card is a form: the content model has no place for its inputs.
    expect(contentOfAvaamoMessage(fixture('avaamo/post-feedback-card-message.request.json').message)).toBeUndefined()
    // A postback shows its title and posts its value unseen.
    expect(toAvaamoMessage(menu)).toEqual({
      quick_reply: {
        content: 'What would you like?',
        links: [
          { type: 'post_message', title: 'Pizza', value: 'Pizza', hidden_content: 'pizza' },
          { type: 'post_message', title: 'Salad', value: 'Salad', hidden_content: 'salad' },
        ],
      },
    })
  })

  it.each([
    ['text', { kind: 'text', text: 'Hello' }],
    ['choice', menu],
    ['card', card],
    ['list', list],
  ] as const)(
    'the spec takes what send puts on the wire for %s (the Prism mock validates it)',
    async (_name, content) => {
      const chat = createMessaging(
        avaamo({
          baseUrl: prismMockUrl('avaamo'),
          botId: 2154,
          userAccessToken: 'u',
          agentAccessToken: 'a',
          maxRetries: 0,
        }),
      )
      await expect(chat.send({ conversationId: conversation, content })).resolves.toMatchObject({ vendor: 'avaamo' })
    },
  )

  it('refuses a list over its 50 items or an item title over 191 characters, naming the limit', async () => {
    const chat = createMessaging(
      avaamo({ baseUrl: server.baseUrl, botId: 2154, userAccessToken: 'u', agentAccessToken: 'a' }),
    )
    const items = Array.from({ length: 51 }, (_, index) => ({ title: `Item ${index}` }))
    await expect(chat.send({ conversationId: conversation, content: { kind: 'list', items } })).rejects.toMatchObject({
      path: 'items',
      maximum: 50,
      actual: 51,
    })
    await expect(
      chat.send({
        conversationId: conversation,
        content: { kind: 'list', items: [{ title: 'ok' }, { title: 'x'.repeat(192) }] },
      }),
    ).rejects.toMatchObject({
      path: 'items[1].title',
      maximum: 191,
      unit: 'characters',
    })
  })

  it("reads the document's history entry: the agent as author, the text", () => {
    const page = fixture('avaamo/list-agent-messages.response.json')
    const [entry] = page.entries
    expect(contentOfAvaamoEntry(entry)).toEqual({ kind: 'text', text: 'Hi, your order number is V5678.' })
    expect(
      contentOfAvaamoEntry({ ...entry, content_type: 'ListView', content: JSON.stringify(listExample.message) }),
    ).toEqual(listContent)
    expect(contentOfAvaamoEntry({ ...entry, content_type: 'card', content: 'Not JSON' })).toEqual({
      kind: 'vendor',
      payload: { ...entry, content_type: 'card', content: 'Not JSON' },
    })
  })
})

describe('history takes a signal', () => {
  it('aborting stops the request in flight and the iteration rejects with the reason', async () => {
    server.respondWith({ status: 200, delayMs: 5_000, body: [] })
    const controller = new AbortController()
    const chat = createMessaging(
      botpressMessaging({ baseUrl: server.baseUrl, clientId: 'id', clientToken: 'token', maxRetries: 0 }),
    )
    const reading = (async () => {
      const seen: Content[] = []
      for await (const message of chat.listMessages({ conversationId: 'c', signal: controller.signal }))
        seen.push(message.content)
      return seen
    })()
    controller.abort(new Error('reader left'))
    await expect(reading).rejects.toThrow(/reader left|abort/i)
  })
})

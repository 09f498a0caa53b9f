// What a vendor sends that the facade cannot normalize still gets a 200 (as `unknown`, raw
// body kept), a body that never ends gets a 408 within the configured deadline, and each
// vendor client refuses settings that cannot work and redirects that would carry its
// credentials to another origin.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createBotpressMessagingClient } from '@parley/botpress-messaging'
import { createKhorosFlowClient } from '@parley/khoros-flow'
import { ConfigurationError, RedirectError, RequestValidationError } from '@parley/runtime'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { avaamo } from '../src/adapters/avaamo.js'
import { botpressMessaging } from '../src/adapters/botpress-messaging.js'
import { khorosFlow } from '../src/adapters/khoros-flow.js'
import { meheryXms } from '../src/adapters/mehery-xms.js'
import { type NormalizedEvent, createMessaging } from '../src/index.js'

const post = (url: string, headers: Record<string, string>, body: BodyInit) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit)

const malformed = [
  {
    vendor: 'botpress-messaging',
    chat: () => createMessaging(botpressMessaging({ clientId: 'c', clientToken: 't', webhookToken: 'hook' })),
    request: (body: BodyInit) => post('http://127.0.0.1/hook', { 'x-bp-messaging-webhook-token': 'hook' }, body),
    // A known type whose `data` lacks the message.
    payload: { type: 'message.new', data: { conversationId: 'c1' } },
    vendorEvent: 'message.new',
  },
  {
    vendor: 'khoros-flow',
    chat: () => createMessaging(khorosFlow({ apiKey: 'key', webhookVerification: { secret: 'hook' } })),
    request: (body: BodyInit) => post('http://127.0.0.1/hook?secret=hook', {}, body),
    payload: { type: 'message', threadId: 't1', messages: 'not a list' },
    vendorEvent: 'message',
  },
  {
    vendor: 'mehery-xms',
    chat: () => createMessaging(meheryXms({ apiKey: 'key', apiId: 'id', channelId: 'wa360:1', verifyToken: 'hook' })),
    request: (body: BodyInit) => post('http://127.0.0.1/mehery/notify', { 'x-verify-token': 'hook' }, body),
    payload: { type: 'messages' },
    vendorEvent: 'messages',
  },
] as const

describe.each(malformed)('$vendor webhooks through the facade', ({ chat, request, payload, vendorEvent }) => {
  it('a known event type with fields missing is delivered as unknown with a 200, not a 500 the vendor retries for ever', async () => {
    const unknown: NormalizedEvent[] = []
    const errors: unknown[] = []
    const handler = chat().webhookHandler({
      onMessage: () => undefined,
      onUnknown: (event) => void unknown.push(event),
      onError: (error) => void errors.push(error),
    })
    const response = await handler(request(JSON.stringify(payload)))
    expect(response.status).toBe(200)
    expect(errors).toEqual([])
    expect(unknown).toHaveLength(1)
    expect(unknown[0], JSON.stringify(unknown[0])).toMatchObject({ type: 'unknown', vendorEvent })
  })

  it('an application handler that throws still answers 500 (the vendor retries), and onError hears of it', async () => {
    const errors: unknown[] = []
    const handler = chat().webhookHandler({
      onUnknown: () => {
        throw new TypeError('bug in the application')
      },
      onError: (error) => void errors.push(error),
    })
    const response = await handler(request(JSON.stringify(payload)))
    expect(response.status).toBe(500)
    expect(String(errors[0])).toContain('bug in the application')
  })

  it('any bytes, with or without the right token, get a 2xx or 4xx, never a 500 or a hang', async () => {
    const handler = chat().webhookHandler({
      onMessage: () => undefined,
      onConversation: () => undefined,
      onStatus: () => undefined,
      onUnknown: () => undefined,
      bodyTimeoutMs: 2_000,
    })
    const anyJson = fc.jsonValue().map((value) => JSON.stringify(value))
    const anyBytes = fc.uint8Array({ maxLength: 512 })
    const shapedLikeEvents = fc
      .record({
        type: fc.constantFrom(vendorEvent, 'message', 'messages', 'statuses', 'events', 'user.new'),
        data: fc.anything(),
        messages: fc.anything(),
      })
      .map((value) => JSON.stringify(value))
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, anyBytes, shapedLikeEvents), fc.boolean(), async (body, authentic) => {
        const signed = request(body as BodyInit)
        const sent = authentic
          ? signed
          : new Request(signed.url.replace(/secret=[^&]*/, 'secret=wrong'), {
              method: 'POST',
              body: body as BodyInit,
              headers: { 'content-type': 'application/json' },
            })
        const { status } = await handler(sent)
        return status >= 200 && status < 500
      }),
      { numRuns: 150 },
    )
  })

  it('a body that never ends gets 408 once bodyTimeoutMs has passed', async () => {
    const neverEnding = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('{"type":')),
    })
    const handler = chat().webhookHandler({ onUnknown: () => undefined, bodyTimeoutMs: 50 })
    const response = await handler(request(neverEnding))
    expect(response.status).toBe(408)
  })
})

describe('dot segments, for every vendor with path parameters (Mehery and Avaamo have none)', () => {
  const unreachable = (() => {
    throw new Error('fetch must not be called')
  }) as unknown as typeof fetch
  it.each(['..', '.', '%2e%2e', '.%2E'])(
    '%s is refused before sending, by the vendor clients and by the facade',
    async (dots) => {
      const botpress = createBotpressMessagingClient({
        baseUrl: 'http://127.0.0.1:9',
        clientId: 'c',
        clientToken: 't',
        fetch: unreachable,
      })
      await expect(botpress.deleteMessage({ path: { id: dots } })).rejects.toThrow(RequestValidationError)
      const khoros = createKhorosFlowClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'k', fetch: unreachable })
      await expect(khoros.resumeBot({ path: { threadId: dots } })).rejects.toThrow(RequestValidationError)
      const flowChat = createMessaging(khorosFlow({ baseUrl: 'http://127.0.0.1:9', apiKey: 'k', fetch: unreachable }))
      await expect(flowChat.resume({ conversationId: dots })).rejects.toThrow(RequestValidationError)
      const botpressChat = createMessaging(
        botpressMessaging({ baseUrl: 'http://127.0.0.1:9', clientId: 'c', clientToken: 't', fetch: unreachable }),
      )
      await expect(botpressChat.listMessages({ conversationId: dots })[Symbol.asyncIterator]().next()).rejects.toThrow(
        RequestValidationError,
      )
    },
  )
})

describe('vendor clients behind the facade', () => {
  let vendorServer: ReturnType<typeof createServer>
  let elsewhere: ReturnType<typeof createServer>
  let vendorUrl: string
  let elsewhereUrl: string
  let elsewhereHits = 0
  const listen = async (server: ReturnType<typeof createServer>) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }
  beforeAll(async () => {
    elsewhere = createServer((_request, response) => {
      elsewhereHits++
      response.writeHead(200, { 'content-type': 'application/json' }).end('[]')
    })
    elsewhereUrl = await listen(elsewhere)
    vendorServer = createServer((request, response) =>
      response.writeHead(302, { location: `${elsewhereUrl}${request.url}` }).end(),
    )
    vendorUrl = await listen(vendorServer)
  })
  afterAll(async () => {
    await new Promise((resolve) => vendorServer.close(resolve))
    await new Promise((resolve) => elsewhere.close(resolve))
  })

  const vendors = () =>
    [
      [
        'botpress-messaging',
        (baseUrl: string) =>
          createMessaging(botpressMessaging({ baseUrl, clientId: 'c', clientToken: 'secret-token' })),
      ],
      ['khoros-flow', (baseUrl: string) => createMessaging(khorosFlow({ baseUrl, apiKey: 'secret-token' }))],
      [
        'mehery-xms',
        (baseUrl: string) =>
          createMessaging(meheryXms({ baseUrl, apiKey: 'secret-token', apiId: 'id', channelId: 'wa360:1' })),
      ],
      [
        'avaamo',
        (baseUrl: string) =>
          createMessaging(
            avaamo({ baseUrl, agentAccessToken: 'secret-token', userAccessToken: 'secret-token', botId: 1 }),
          ),
      ],
    ] as const

  it.each(vendors())('%s: a baseUrl without a scheme is a ConfigurationError at creation', (_vendor, create) => {
    expect(() => create('api.vendor.example')).toThrow(ConfigurationError)
  })

  it.each(vendors())(
    '%s: a send redirected to another origin is refused; the other origin receives nothing',
    async (_vendor, create) => {
      elsewhereHits = 0
      const chat = create(vendorUrl)
      const error = await chat.sendText({ conversationId: 'c1', text: 'hello' }).catch((thrown: unknown) => thrown)
      expect(error).toBeInstanceOf(RedirectError)
      expect(String(error)).not.toContain('secret-token')
      expect(elsewhereHits).toBe(0)
    },
  )
})

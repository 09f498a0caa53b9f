// The wire, against a scripted server on 127.0.0.1: both credential headers, the
// document's request bodies unchanged, tenant hosts, the error envelope, retries.
import { readFileSync } from 'node:fs'
import { type ScriptedServer, startScriptedServer } from '@parley/testing'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ConfigurationError } from '@parley/runtime'
import { BadRequestError, MissingCredentialError, createMeheryXmsClient, meheryXmsTenantUrl } from '../src/index.js'

const apiKey = 'mehery-key-canary-9a1'
const apiId = 'mehery-app-id-77'
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))

let server: ScriptedServer
beforeAll(async () => {
  server = await startScriptedServer()
})
beforeEach(() => {
  server.requests.length = 0
})
afterAll(() => server.close())

const client = () => createMeheryXmsClient({ baseUrl: server.baseUrl, apiKey, apiId, maxRetries: 0 })

/** Each request example of the document, the operation that takes it, and its path. */
const documentRequests = [
  ['send-message.request.json', 'sendMessage', '/api/v1/message/send'],
  ['set-webhook.request.json', 'setWebhook', '/api/v1/config/webhook'],
  ['set-contact-language.request.json', 'setContactLanguage', '/api/v1/contact/prefs/lang'],
  ['push-customer-data.request.json', 'pushCustomerData', '/api/v1/data/push'],
  ['push-customer-event.request.json', 'pushCustomerEvent', '/api/v1/event/push'],
  ['close-session.request.json', 'closeSession', '/api/v1/session/close'],
  ['list-session-messages.request.json', 'listSessionMessages', '/api/v1/session/messages'],
  ['resolve-session.request.json', 'resolveSession', '/api/v1/session/resolve'],
  ['route-session.request.json', 'routeSession', '/api/v1/session/routing'],
] as const

describe('requests on the wire', () => {
  it.each(documentRequests)(
    '%s goes out unchanged through %s, with both credential headers',
    async (file, operationId, path) => {
      server.respondWith({ status: 200, body: { status: 'SUCCESS', results: [] } })
      const body = fixture(file)
      await (client()[operationId] as (options: { body: unknown }) => Promise<unknown>)({ body })
      const [request] = server.requests
      expect(request?.method).toBe('POST')
      expect(request?.url).toBe(path)
      expect(request?.json).toEqual(body)
      expect(request?.headers['x-api-key']).toBe(apiKey)
      expect(request?.headers['x-api-id']).toBe(apiId)
    },
  )

  it('keeps the wire name `sabdnox` for the sandbox flag', async () => {
    server.respondWith({ status: 200, body: { status: 'SUCCESS', results: [] } })
    await client().listChannels({ query: { sabdnox: true } })
    expect(server.requests[0]?.url).toBe('/api/v1/config/channels?sabdnox=true')
  })

  it('builds the host from `tenant` (and `tld`), and defaults to the shared host', async () => {
    const seen: string[] = []
    const recordingFetch: typeof fetch = async (input) => {
      seen.push(String(input))
      return new Response(JSON.stringify({ status: 'SUCCESS', results: [] }), {
        headers: { 'content-type': 'application/json' },
      })
    }
    await createMeheryXmsClient({ tenant: 'acme', apiKey, apiId, fetch: recordingFetch }).listChannels()
    await createMeheryXmsClient({ tenant: 'acme', tld: 'io', apiKey, apiId, fetch: recordingFetch }).listChannels()
    await createMeheryXmsClient({ apiKey, apiId, fetch: recordingFetch }).listChannels()
    expect(seen).toEqual([
      'https://acme.mehery.xyz/xms/api/v1/config/channels',
      'https://acme.mehery.io/xms/api/v1/config/channels',
      'https://api.mehery.xyz/xms/api/v1/config/channels',
    ])
    expect(meheryXmsTenantUrl('acme')).toBe('https://acme.mehery.xyz/xms')
  })

  it('refuses a tenant that is not a host name label, and tenant with baseUrl', () => {
    expect(() => createMeheryXmsClient({ tenant: 'evil.example/x', apiKey, apiId })).toThrow(/tenant/)
    expect(() => createMeheryXmsClient({ tenant: 'acme', baseUrl: 'https://x.test', apiKey, apiId } as never)).toThrow(
      /either `tenant`/,
    )
    // A tld is one of the vendor's own: a dotted value would put the keys on another host.
    for (const tld of ['com.attacker.example', 'example', '']) {
      expect(() => createMeheryXmsClient({ tenant: 'acme', tld: tld as 'com', apiKey, apiId })).toThrow(
        ConfigurationError,
      )
    }
    expect(() => createMeheryXmsClient({ tenant: 'a'.repeat(64), apiKey, apiId })).toThrow(ConfigurationError)
  })
})

describe('errors', () => {
  it('a missing credential fails before sending, naming the option', async () => {
    const error = await createMeheryXmsClient({ baseUrl: server.baseUrl, apiKey })
      .listChannels()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(MissingCredentialError)
    expect(String(error)).toContain('apiId')
    expect(server.requests).toHaveLength(0)
  })

  it('a 400 carries the vendor error envelope as `body`, never the key', async () => {
    const envelope = { status: 'FAIL', message: 'Invalid channel', errors: [{ field: 'channelId', code: 'INVALID' }] }
    server.respondWith({ status: 400, body: envelope })
    const error = await client()
      .sendMessage({ body: fixture('send-message.request.json') })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(BadRequestError)
    expect((error as BadRequestError).body).toEqual(envelope)
    expect(JSON.stringify(error)).not.toContain(apiKey)
  })

  it('sendMessage is never repeated on a 5xx; listSessionMessages (a read by POST, marked safe) is', async () => {
    server.respondWith({ status: 503, body: { status: 'FAIL' } })
    const mehery = createMeheryXmsClient({
      baseUrl: server.baseUrl,
      apiKey,
      apiId,
      maxRetries: 2,
      retry: { initialDelayMs: 1, maxDelayMs: 1 },
    })
    await expect(mehery.sendMessage({ body: fixture('send-message.request.json') })).rejects.toMatchObject({
      status: 503,
    })
    expect(server.requests).toHaveLength(1)
    server.requests.length = 0
    await expect(
      mehery.listSessionMessages({ body: fixture('list-session-messages.request.json') }),
    ).rejects.toMatchObject({ status: 503 })
    expect(server.requests).toHaveLength(3)
    expect(new Set(server.requests.map((request) => request.body)).size).toBe(1)
  })
})

describe('the spec against the document', () => {
  it('has every schema the document names, under that name', async () => {
    const { readSpec } = await import('@parley/testing/spec-examples')
    const { specPathOf } = await import('@parley/testing')
    const schemas = new Set(Object.keys(readSpec(specPathOf('mehery-xms')).components.schemas))
    const documentNames = readFileSync(new URL('./fixtures/document-schema-names.txt', import.meta.url), 'utf8')
      .trim()
      .split('\n')
    // Springfox's generic names become plain identifiers (decided in the spec's description):
    // `ApiResponse«OutBoundReciept,object»` -> `ApiResponseOutBoundReciept`, `Map«string,object»` -> `MapStringObject`.
    const specName = (name: string) =>
      name.startsWith('Map«')
        ? `Map${name
            .slice(4, -1)
            .split(',')
            .map((part) => part[0]!.toUpperCase() + part.slice(1))
            .join('')}`
        : name.replace(/«([^,»]+),object»/, '$1')
    const missing = documentNames.filter((name) => !schemas.has(specName(name)))
    expect(documentNames.length).toBeGreaterThan(75)
    expect(missing).toEqual([])
  })
})

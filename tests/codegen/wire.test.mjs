// Every body, response and security kind, generated from small synthetic specs (OpenAPI 3.1
// and 3.0), built and type-checked in a scratch workspace, then called on the wire against a
// scripted server on 127.0.0.1: content type, body bytes and auth header of each request.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { exerciseEveryOperation, startScriptedServer } from '@parley/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kindsSpec, legacySpec } from './specs.mjs'
import { buildPackage, generatedWorkspace } from './workspace.mjs'

const basic = (username, password) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`

// Type-checked with the package: names, the typed contentType pick, typed answers.
const kindsConsumer = `import {
  type ApiErrorSchema,
  createTestClient,
  type OptionsSchema,
  type ParleyErrorSchema,
  type Thing,
} from './index.js'

const client = createTestClient({ headerKey: 'k', queryKey: 'q', cookieKey: 'c', username: 'u', password: 'p', bearerAuth: 't', clientId: 'i', clientSecret: 's' })
export const thing: Thing = { name: 'x' }
export const refused: ParleyErrorSchema = { message: 'no' }
export const failed: ApiErrorSchema = { code: 500 }
export const settings: OptionsSchema = { verbose: true }
export async function calls(): Promise<void> {
  const created: { id: string } = await client.postJsonThing({ body: thing })
  await client.postVendorJson({ body: thing })
  await client.formsSubmit({ body: { name: 'n', tags: ['a'] } })
  await client.postUploads({ body: { file: new Blob(['x']), caption: 'c' } })
  await client.createApiError({ path: { id: created.id } })
  await client.searchThings({ query: { ids: ['a'], filter: { status: 'open' } } })
  await client.updatePrefs({ body: { theme: 'dark' }, contentType: 'application/x-www-form-urlencoded' })
  // @ts-expect-error text/csv is not a media type the operation offers
  await client.updatePrefs({ body: { theme: 'dark' }, contentType: 'text/csv' })
  // @ts-expect-error the id is a string
  await client.createApiError({ path: { id: 1 } })
  // No headers to pass: the spec's Accept parameter is one OpenAPI says to ignore.
  const { stream } = await client.streamEvents()
  for await (const event of stream) {
    const n: number = event.n
    void n
  }
  const text: string = await client.getText()
  const bytes: Blob | File = await client.getBinary()
  void text
  void bytes
}
`

const legacyConsumer = `import { createTestClient, type NotFoundErrorSchema } from './index.js'

export const missing: NotFoundErrorSchema = { code: 404 }
export const send = () => createTestClient({ username: 'AC1', password: 'secret' }).createMessage({ path: { AccountSid: 'AC1' }, body: { To: '+1', Body: 'hi', StatusCallback: null } })
`

let server
let workspace
let kinds
let legacy
const answers = {
  'POST /oauth/token': { status: 200, body: { access_token: 'token-1', token_type: 'bearer', expires_in: 3600 } },
  'GET /v1/text': { status: 200, body: 'plain answer' },
  'GET /v1/binary': {
    status: 200,
    body: new Uint8Array([0, 1, 2, 254, 255]),
    headers: { 'content-type': 'application/octet-stream' },
  },
  'GET /v1/events': {
    status: 200,
    body: ': open\nid: 1\ndata: {"n":1}\n\nid: 2\ndata: {"n":2}\n\n',
    headers: { 'content-type': 'text/event-stream' },
  },
  'PUT /v1/binary': { status: 204 },
  'PUT /v1/text': { status: 204 },
  'DELETE /v1/things/t1': { status: 204 },
  'POST /v1/uploads': { status: 201, body: { id: 'u1' } },
}

beforeAll(async () => {
  server = await startScriptedServer(
    (request) =>
      answers[`${request.method} ${request.url.split('?')[0]}`] ?? { status: 200, body: { id: 'id-1', ok: true } },
  )
  workspace = generatedWorkspace('parley-codegen-wire-', [
    { id: 'kinds', spec: kindsSpec(`${server.baseUrl}/oauth/token`), consumer: kindsConsumer },
    { id: 'legacy', spec: legacySpec(), consumer: legacyConsumer },
  ])
  for (const id of ['kinds', 'legacy']) buildPackage(workspace.packageDir(id))
  const load = (id) => import(pathToFileURL(join(workspace.packageDir(id), 'src', 'index.ts')).href)
  kinds = await load('kinds')
  legacy = await load('legacy')
}, 240_000)

afterAll(async () => {
  await server?.close()
  if (workspace) rmSync(workspace.root, { recursive: true, force: true })
})

/** The last request the server received, after `call` resolves. */
async function sent(call) {
  const before = server.requests.length
  const result = await call()
  expect(server.requests.length).toBeGreaterThan(before)
  return { request: server.requests.at(-1), result }
}

describe('generated from a 3.1 spec with every kind', () => {
  const client = () =>
    kinds.createTestClient({
      baseUrl: `${server.baseUrl}/v1`,
      headerKey: 'header-key',
      queryKey: 'query-key',
      cookieKey: 'cookie-key',
      username: 'ann',
      password: 'pä:ss',
      bearerAuth: 'bearer-token',
      clientId: 'client-1',
      clientSecret: 'secret-1',
      maxRetries: 0,
    })

  it('names every function in camelCase: PascalCase, snake_case and dotted ids, a missing id, a name the runtime once exported', () => {
    const names = Object.keys(kinds).filter(
      (name) => typeof kinds[name] === 'function' && /^(post|forms|put|get|create|update)/.test(name),
    )
    expect(names.sort()).toEqual([
      'createApiError',
      'createTestClient',
      'formsSubmit',
      'getBinary',
      'getText',
      'postJsonThing',
      'postUploads',
      'postVendorJson',
      'putBinary',
      'putText',
      'updatePrefs',
    ])
    // The runtime's error entry re-exports error classes only, so an operation may be called createApiError.
    expect(kinds.operations['DELETE /things/{id}']).toMatchObject({ id: 'createApiError' })
    expect(kinds.operations['DELETE /things/{id}'].name).toBeUndefined()
    expect(kinds.operations['POST /uploads']).toMatchObject({
      id: 'postUploads',
      requestMediaType: 'multipart/form-data',
    })
    const types = readFileSync(join(workspace.packageDir('kinds'), 'src', 'generated', 'types.gen.ts'), 'utf8')
    expect(types).toContain('export type ParleyErrorSchema = {')
  })

  it('an event-stream answer: the SDK function connects, with Accept and the apiKey, and yields each event', async () => {
    const before = server.requests.length
    const { stream } = await client().streamEvents()
    const data = []
    for await (const event of stream) data.push(event)
    expect(data).toEqual([{ n: 1 }, { n: 2 }])
    const [request] = server.requests.slice(before)
    expect(request.url).toBe('/v1/events')
    expect(request.headers.accept).toBe('text/event-stream')
    expect(request.headers['x-api-key']).toBe('header-key')
  })

  it('JSON body with an apiKey header', async () => {
    const { request, result } = await sent(() => client().postJsonThing({ body: { name: 'lamp', size: null } }))
    expect(result).toEqual({ id: 'id-1', ok: true })
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.body).toBe('{"name":"lamp","size":null}')
    expect(request.headers['x-api-key']).toBe('header-key')
  })

  it('+json body with an OAuth2 client-credentials token fetched from the tokenUrl', async () => {
    const before = server.requests.length
    await client().postVendorJson({ body: { name: 'lamp' } })
    const [tokenRequest, call] = server.requests.slice(before)
    expect(tokenRequest.url).toBe('/oauth/token')
    expect(tokenRequest.headers.authorization).toBe(basic('client-1', 'secret-1'))
    expect(tokenRequest.body).toBe('grant_type=client_credentials&scope=read')
    expect(call.headers['content-type']).toBe('application/vnd.kinds+json')
    expect(call.body).toBe('{"name":"lamp"}')
    expect(call.headers.authorization).toBe('Bearer token-1')
  })

  it('form body with encoding, HTTP Basic from username and password', async () => {
    const { request } = await sent(() =>
      client().formsSubmit({ body: { name: 'a b', tags: ['x', 'y'], to: ['1', '2'] } }),
    )
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(request.body).toBe('name=a+b&tags=x%2Cy&to=1&to=2')
    expect(request.headers.authorization).toBe(basic('ann', 'pä:ss'))
  })

  it('multipart body: Blob, Uint8Array and string parts, per-part content types, a bearer token', async () => {
    const { request, result } = await sent(() =>
      client().postUploads({
        body: {
          file: new Blob(['PNG'], { type: 'image/png' }),
          bytes: new Uint8Array([1, 2, 3]),
          caption: 'hello',
          note: '# title',
          meta: { size: 3 },
        },
      }),
    )
    expect(result).toEqual({ id: 'u1' })
    const type = request.headers['content-type']
    expect(type).toMatch(/^multipart\/form-data; boundary=/)
    const parts = await new Response(request.bytes, { headers: { 'content-type': type } }).formData()
    expect(await parts.get('file').text()).toBe('PNG')
    expect(parts.get('file').type).toBe('image/png')
    expect([...new Uint8Array(await parts.get('bytes').arrayBuffer())]).toEqual([1, 2, 3])
    expect(parts.get('caption')).toBe('hello')
    expect(parts.get('note').type).toBe('text/markdown')
    expect(await parts.get('note').text()).toBe('# title')
    expect(parts.get('meta').type).toBe('application/json')
    expect(JSON.parse(await parts.get('meta').text())).toEqual({ size: 3 })
    expect(request.headers.authorization).toBe('Bearer bearer-token')
  })

  it('octet-stream body as bytes, an apiKey in the query, a 204 answer', async () => {
    const { request, result } = await sent(() => client().putBinary({ body: new Uint8Array([0, 255, 7]) }))
    expect(result).toBeUndefined()
    expect(request.headers['content-type']).toBe('application/octet-stream')
    expect([...request.bytes]).toEqual([0, 255, 7])
    expect(new URL(request.url, server.baseUrl).searchParams.get('api_key')).toBe('query-key')
  })

  it('text/plain body with an apiKey cookie', async () => {
    const { request } = await sent(() => client().putText({ body: 'just text' }))
    expect(request.headers['content-type']).toBe('text/plain')
    expect(request.body).toBe('just text')
    expect(request.headers.cookie).toBe('session=cookie-key')
  })

  it('text answer with an apiKey header AND a bearer token', async () => {
    const { request, result } = await sent(() => client().getText())
    expect(result).toBe('plain answer')
    expect(request.headers['x-api-key']).toBe('header-key')
    expect(request.headers.authorization).toBe('Bearer bearer-token')
  })

  it('binary answer as a Blob; OR: the query key when given, HTTP Basic otherwise', async () => {
    const { result, request } = await sent(() => client().getBinary())
    expect(result).toBeInstanceOf(Blob)
    expect([...new Uint8Array(await result.arrayBuffer())]).toEqual([0, 1, 2, 254, 255])
    expect(new URL(request.url, server.baseUrl).searchParams.get('api_key')).toBe('query-key')
    const basicOnly = kinds.createTestClient({ baseUrl: `${server.baseUrl}/v1`, username: 'ann', password: 'pw' })
    const second = await sent(() => basicOnly.getBinary())
    expect(second.request.headers.authorization).toBe(basic('ann', 'pw'))
    expect(second.request.url).toBe('/v1/binary')
  })

  it('the caller picks the request media type of an operation that offers several', async () => {
    const asJson = await sent(() => client().updatePrefs({ body: { theme: 'dark', alerts: true } }))
    expect([asJson.request.headers['content-type'], asJson.request.body]).toEqual([
      'application/json',
      '{"theme":"dark","alerts":true}',
    ])
    const asForm = await sent(() =>
      client().updatePrefs({ body: { theme: 'dark', alerts: true }, contentType: 'application/x-www-form-urlencoded' }),
    )
    expect([asForm.request.headers['content-type'], asForm.request.body]).toEqual([
      'application/x-www-form-urlencoded',
      'theme=dark&alerts=true',
    ])
  })

  it('writes query parameters in the style the spec gives them: delimited arrays, a form object', async () => {
    const { request } = await sent(() =>
      client().searchThings({
        query: { ids: ['a', 'b'], tags: ['x', 'y'], filter: { status: 'open', max: 3 }, q: 'lamp' },
      }),
    )
    expect(request.url).toBe('/v1/search?ids=a,b&tags=x|y&status=open&max=3&q=lamp')
  })

  it('the renamed operation is called as named, and a missing credential is refused before sending', async () => {
    const { request } = await sent(() => client().createApiError({ path: { id: 't1' } }))
    expect([request.method, request.url, request.headers['x-api-key']]).toEqual([
      'DELETE',
      '/v1/things/t1',
      'header-key',
    ])
    const before = server.requests.length
    await expect(
      kinds.createTestClient({ baseUrl: `${server.baseUrl}/v1` }).postJsonThing({ body: { name: 'x' } }),
    ).rejects.toThrow(/headerKey/)
    expect(server.requests.length).toBe(before)
  })
})

describe('generated from a 3.0 spec (nullable, boolean exclusiveMinimum, PascalCase ids)', () => {
  it('a form operation sends application/x-www-form-urlencoded with Basic base64(username:password)', async () => {
    const client = legacy.createTestClient({
      baseUrl: server.baseUrl,
      username: 'AC123',
      password: 'auth-token',
      maxRetries: 0,
    })
    const { request } = await sent(() =>
      client.createMessage({
        path: { AccountSid: 'AC123' },
        body: { To: '+15550001', Body: 'hi there', StatusCallback: null },
      }),
    )
    expect(request.method).toBe('POST')
    expect(request.url).toBe('/Accounts/AC123/Messages.json')
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(request.body).toBe('To=%2B15550001&Body=hi+there')
    expect(request.headers.authorization).toBe(basic('AC123', 'auth-token'))
    expect(typeof client.listMessages).toBe('function')
  })

  it('every operation is exercised by its camelCase name with values sampled from the schema, and every failure is reported in one error', async () => {
    const specPath = join(workspace.root, 'specs', 'legacy', 'openapi.yaml')
    const client = legacy.createTestClient({ baseUrl: server.baseUrl, username: 'AC1', password: 'pw', maxRetries: 0 })
    const before = server.requests.length
    const results = await exerciseEveryOperation({ client, specPath, operations: legacy.operations })
    expect(results.map((result) => [result.operationId, result.name])).toEqual([
      ['list_messages', 'listMessages'],
      ['CreateMessage', 'createMessage'],
    ])
    const created = server.requests.slice(before).find((request) => request.method === 'POST')
    expect(created.url).toBe('/Accounts/sample/Messages.json')
    expect(created.body).toBe('To=sample&Body=sample')

    const failing = legacy.createTestClient({
      baseUrl: `${server.baseUrl}/missing`,
      username: 'AC1',
      password: 'pw',
      maxRetries: 0,
    })
    answers['POST /missing/Accounts/sample/Messages.json'] = { status: 500, body: { message: 'down' } }
    answers['GET /missing/Accounts/sample/Messages.json'] = { status: 503, body: { message: 'down' } }
    const failure = await exerciseEveryOperation({ client: failing, specPath, operations: legacy.operations }).catch(
      (error) => error,
    )
    expect(failure.message).toMatch(/^2 of 2 operations failed:/)
    expect(failure.message).toContain(
      'createMessage (POST /Accounts/{AccountSid}/Messages.json) failed against the mock',
    )
    expect(failure.message).toContain('listMessages (GET /Accounts/{AccountSid}/Messages.json) failed against the mock')
  })
})

// A hand-written spec (an API key, a webhook) and three vendors' own files (a rich OpenAPI
// 3.0 one, a 3.1 one with OAuth2 client credentials or an API key and multipart bodies, and
// a Swagger 2.0 one) through what a new user does, in one scratch workspace with nothing
// installed: `new-vendor <id> [--published <file>]`, the build, the package's own generated
// tests (type tests and every operation against its Prism mock), and `biome ci` of what the
// scaffold wrote. Then the 3.0 form operation on the wire.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startScriptedServer } from '@parley/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createPackageWorkspace,
  linkPackageModules,
  templatePackageModules,
} from '../../scripts/lib/scratch-workspace.mjs'

const fixtures = join(import.meta.dirname, 'fixtures')
const vendors = [
  {
    id: 'acme-chat',
    handWritten: join(fixtures, 'acme-chat.openapi.yaml'),
    file: join(fixtures, 'acme-chat.openapi.yaml'),
    copiedTo: 'specs/acme-chat/openapi.yaml',
  },
  // Its `Media` oneOf is ambiguous (Prism's mock answers match both alternatives): fixed in an overlay.
  {
    id: 'relay-sms',
    file: join(fixtures, 'published-3.0.yaml'),
    overlay: join(fixtures, 'published-3.0.overlay.yaml'),
    copiedTo: 'specs/relay-sms/openapi.yaml',
  },
  { id: 'beacon-inbox', file: join(fixtures, 'published-3.1.yaml'), copiedTo: 'specs/beacon-inbox/openapi.yaml' },
  { id: 'chirp-chat', file: join(fixtures, 'published-swagger-2.0.json'), copiedTo: 'specs/chirp-chat/openapi.json' },
]
const quiet = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' }
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome')
const vitest = join(templatePackageModules, 'vitest', 'vitest.mjs')

let root
const scaffolded = {}
const packageDir = (id) => join(root, 'packages', id)

function runNode(cwd, args) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ...quiet } })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

beforeAll(() => {
  root = createPackageWorkspace('parley-published-e2e-')
  for (const { id, file, overlay, handWritten } of vendors) {
    if (handWritten) {
      mkdirSync(join(root, 'specs', id), { recursive: true })
      copyFileSync(handWritten, join(root, 'specs', id, 'openapi.yaml'))
    }
    scaffolded[id] = runNode(root, [
      'scripts/new-vendor.mjs',
      id,
      ...(handWritten ? [] : ['--published', file]),
      ...(overlay ? ['--overlay', overlay] : []),
      '--no-generate',
    ])
    if (scaffolded[id].status === 0) linkPackageModules(packageDir(id), root)
  }
  // One generation for the three, as `pnpm generate` does for the repository's vendors.
  const generated = runNode(root, ['scripts/generate.mjs', ...vendors.map(({ id }) => id)])
  if (generated.status !== 0) throw new Error(`generate failed:\n${generated.output}`)
}, 180_000)

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

describe.each(vendors)('$id: through new-vendor', ({ id, file, copiedTo }) => {
  it('keeps the spec byte for byte', () => {
    expect(scaffolded[id].status, scaffolded[id].output).toBe(0)
    expect(readFileSync(join(root, copiedTo)).equals(readFileSync(file))).toBe(true)
  })

  it('writes files that pass `biome ci` as the repository runs it', () => {
    const lint = runNode(root, [biome, 'ci', '--error-on-warnings', '--vcs-enabled=false', packageDir(id)])
    expect(lint.status, lint.output).toBe(0)
  })

  it('builds its declarations and JavaScript', () => {
    const build = runNode(packageDir(id), [tsc, '-p', 'tsconfig.build.json'])
    expect(build.status, build.output).toBe(0)
  }, 120_000)

  it('passes its generated tests: type tests and every operation against the Prism mock', () => {
    const tests = runNode(packageDir(id), [
      vitest,
      'run',
      '--typecheck',
      '--hookTimeout',
      '60000',
      '--testTimeout',
      '120000',
    ])
    expect(tests.status, tests.output).toBe(0)
    expect(tests.output).toMatch(/Tests\s+\d+ passed/)
  }, 240_000)
})

describe('relay-sms on the wire', () => {
  let server
  let relay
  beforeAll(async () => {
    server = await startScriptedServer(() => ({ status: 201, body: { sid: 'SM1', body: 'hi' } }))
    relay = await import(pathToFileURL(join(packageDir('relay-sms'), 'dist', 'index.js')).href)
  })
  afterAll(() => server?.close())

  it('sends the form operation as application/x-www-form-urlencoded with Basic base64(username:password)', async () => {
    const client = relay.createRelaySmsClient({
      baseUrl: server.baseUrl,
      username: 'AC0123',
      password: 's3cr:et',
      maxRetries: 0,
    })
    const accountSid = `AC${'0'.repeat(32)}`
    const message = await client.createMessage({
      path: { AccountSid: accountSid },
      body: { To: '+15550100', Body: 'hello & bye' },
    })
    expect(message).toEqual({ sid: 'SM1', body: 'hi' })
    const request = server.requests.at(-1)
    expect(request.method).toBe('POST')
    expect(request.url).toBe(`/Accounts/${accountSid}/Messages`)
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from('AC0123:s3cr:et').toString('base64')}`)
    expect(request.body).toBe('To=%2B15550100&Body=hello+%26+bye')
  })
})

// Published files whose server URL is relative: Swagger 2.0 with `basePath` and no `host`
// (converted to `servers: [{ url: /v2 }]`) and OpenAPI 3.0 with no `servers` (OpenAPI reads
// `/`). Through what a user does: `new-vendor <id> --published <file>`, the build, the
// package's own generated tests (every operation against its Prism mock, given the mock's
// URL). Then the built package: it loads, a call without `baseUrl` is refused before anything
// is sent, and with `baseUrl` it reaches the server.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
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
    id: 'pager-relay',
    file: join(fixtures, 'published-relative-server-swagger-2.0.json'),
    factory: 'createPagerRelayClient',
    serverUrl: '/v2',
    call: (client) => client.listPages(),
    sent: { method: 'GET', url: '/pages' },
  },
  {
    id: 'nook-notes',
    file: join(fixtures, 'published-no-servers-3.0.yaml'),
    factory: 'createNookNotesClient',
    serverUrl: '/',
    call: (client) => client.getNote({ path: { noteId: 'n1' } }),
    sent: { method: 'GET', url: '/notes/n1' },
  },
]
const quiet = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1', FORCE_COLOR: '0' }
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
const vitest = join(templatePackageModules, 'vitest', 'vitest.mjs')

let root
const scaffolded = {}
const packageDir = (id) => join(root, 'packages', id)

function runNode(cwd, args) {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, ...quiet } })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` }
}

beforeAll(() => {
  root = createPackageWorkspace('parley-relative-server-')
  for (const { id, file } of vendors) {
    scaffolded[id] = runNode(root, ['scripts/new-vendor.mjs', id, '--published', file, '--no-generate'])
    if (scaffolded[id].status === 0) linkPackageModules(packageDir(id), root)
  }
  const generated = runNode(root, ['scripts/generate.mjs', ...vendors.map(({ id }) => id)])
  if (generated.status !== 0) throw new Error(`generate failed:\n${generated.output}`)
}, 180_000)

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

describe.each(vendors)('$id (server URL $serverUrl): through new-vendor', ({ id, factory, serverUrl, call, sent }) => {
  it('generates no default baseUrl from the relative server URL, and its README says baseUrl is needed', () => {
    expect(scaffolded[id].status, scaffolded[id].output).toBe(0)
    const clientSource = readFileSync(join(packageDir(id), 'src', 'generated', 'client.gen.ts'), 'utf8')
    expect(clientSource).not.toMatch(/baseUrl:/)
    const readme = readFileSync(join(packageDir(id), 'README.md'), 'utf8')
    expect(readme).toContain(`The spec gives only a relative server URL (\`${serverUrl}\`)`)
  })

  it('builds its declarations and JavaScript', () => {
    const build = runNode(packageDir(id), [tsc, '-p', 'tsconfig.build.json'])
    expect(build.status, build.output).toBe(0)
  }, 120_000)

  it('passes its generated tests: every operation against the Prism mock', () => {
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

  describe('the built package', () => {
    let server
    let vendorPackage
    beforeAll(async () => {
      server = await startScriptedServer(() => ({ status: 200, body: { id: 'n1', text: 'hi' } }))
      vendorPackage = await import(pathToFileURL(join(packageDir(id), 'dist', 'index.js')).href)
    })
    afterAll(() => server?.close())

    it('refuses a call without baseUrl with a ConfigurationError naming it and the spec URL, sending nothing', async () => {
      let fetched = 0
      const client = vendorPackage[factory]({
        maxRetries: 0,
        fetch: async () => {
          fetched++
          return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } })
        },
      })
      const failure = await call(client).catch((error) => error)
      expect(failure?.name).toBe('ConfigurationError')
      expect(failure.option).toBe('baseUrl')
      expect(failure.message).toContain('`baseUrl` is needed')
      expect(failure.message).toContain(`relative server URL \`${serverUrl}\``)
      expect(fetched).toBe(0)
    })

    it('sends to the baseUrl given, as it is', async () => {
      const client = vendorPackage[factory]({ baseUrl: server.baseUrl, maxRetries: 0 })
      await call(client)
      expect(server.requests.at(-1)).toMatchObject(sent)
    })
  })
})

// `pnpm new-vendor <id> --published <file>` in scratch workspaces (the repository's scripts
// and lint rules, its node_modules linked): the vendor's file is copied byte for byte, an
// empty overlay and a published redocly.yaml entry are written, and a failed check or a
// failed generation leaves the workspace exactly as it was. Lint and mocks apply the overlay.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { startPrismMock } from '@parley/testing/prism-launcher'
import { createScratchWorkspace } from '../../scripts/lib/scratch-workspace.mjs'
import { overlayProblems } from '@parley/codegen/spec-source'
import { splitLintArguments } from '../../scripts/lint-specs.mjs'

const fixtures = join(import.meta.dirname, 'fixtures')
const published30 = join(fixtures, 'published-3.0.yaml')
const publishedSwagger = join(fixtures, 'published-swagger-2.0.json')
const quiet = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' }

const roots = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})
function workspace() {
  const root = createScratchWorkspace('parley-new-vendor-test-', [], { repositoryRules: true })
  roots.push(root)
  return root
}
function run(root, script, args) {
  const result = spawnSync(process.execPath, [join('scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...quiet },
  })
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
  }
}
const newVendor = (root, args) => run(root, 'new-vendor.mjs', args)

/** Every file of the workspace but node_modules, with a hash of its bytes. */
function snapshot(root) {
  const files = {}
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (name === 'node_modules') continue
      if (statSync(path).isDirectory()) walk(path)
      else files[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  walk(root)
  return files
}
/** Files handed to new-vendor live outside the workspace, as a download would. */
const inputs = mkdtempSync(join(tmpdir(), 'parley-new-vendor-inputs-'))
roots.push(inputs)
function writeInput(name, text) {
  const path = join(inputs, name)
  writeFileSync(path, text)
  return path
}

const brokenSpec = () => ({
  openapi: '3.0.3',
  info: { title: 'Broken', version: '1' },
  paths: {
    '/a': { get: { responses: 3 } },
    '/b': {
      get: { parameters: [{ $ref: '#/components/parameters/Nope' }], responses: { 200: { description: 'ok' } } },
    },
  },
})

describe('new-vendor --published', () => {
  it('copies a 3.0 file byte for byte, writes an empty overlay and a published redocly.yaml entry', () => {
    const root = workspace()
    const { status, output } = newVendor(root, ['relay-sms', '--published', published30, '--no-generate'])
    expect(status, output).toBe(0)
    expect(readFileSync(join(root, 'specs/relay-sms/openapi.yaml')).equals(readFileSync(published30))).toBe(true)
    const overlayText = readFileSync(join(root, 'specs/relay-sms/overlay.yaml'), 'utf8')
    expect(overlayText).toMatch(/^# OpenAPI Overlay 1\.0 for specs\/relay-sms\/openapi\.yaml/)
    expect(overlayProblems(parse(overlayText))).toEqual([])
    expect(parse(overlayText).actions).toEqual([])
    const entry = parse(readFileSync(join(root, 'redocly.yaml'), 'utf8')).apis['relay-sms']
    expect(entry).toMatchObject({ root: 'specs/relay-sms/openapi.yaml', 'x-parley-published': true, extends: ['spec'] })
    expect(entry.rules).toMatchObject({
      'nullable-type-sibling': 'warn',
      'rule/operation-has-tags': 'off',
      'rule/media-type-has-examples': 'off',
    })
    // The factory takes the generated credential options: HTTP Basic as a username and a password.
    expect(readFileSync(join(root, 'packages/relay-sms/src/client.ts'), 'utf8')).toContain(
      'extends CommonClientOptions, CredentialOptions',
    )
    expect(readFileSync(join(root, 'packages/relay-sms/README.md'), 'utf8')).toContain(
      'createRelaySmsClient({ username: process.env.USERNAME, password: process.env.PASSWORD })',
    )
    expect(readFileSync(join(root, 'packages/relay-sms/test/operations.mock.test.ts'), 'utf8')).toMatch(
      /username: 'mock-user',\s+password: 'mock-password'/,
    )
    // The published entry lints structurally only; `$ref` with siblings is a warning.
    const lint = run(root, 'lint-specs.mjs', ['relay-sms', '--max-problems', '500'])
    expect(lint.status, lint.output).toBe(0)
    expect(lint.output).toContain('spec-ref-siblings')
  }, 180_000)

  it('keeps the strict authoring rules for a hand-written spec: the same file is refused, nothing written', () => {
    const root = workspace()
    mkdirSync(join(root, 'specs/relay-sms'), { recursive: true })
    writeFileSync(join(root, 'specs/relay-sms/openapi.yaml'), readFileSync(published30))
    const before = snapshot(root)
    const { status, stderr } = newVendor(root, ['relay-sms', '--no-generate'])
    expect(status).toBe(1)
    expect(stderr).toContain('nothing was written')
    expect(stderr).toContain('(rule/media-type-has-examples)')
    expect(stderr).toContain('fix: add an `example` (or `examples`) beside the schema')
    expect(snapshot(root)).toEqual(before)
  }, 180_000)

  it('still adds a hand-written spec that passes the strict rules, with a plain entry', () => {
    const root = workspace()
    mkdirSync(join(root, 'specs/avaamo-copy'), { recursive: true })
    writeFileSync(
      join(root, 'specs/avaamo-copy/openapi.yaml'),
      readFileSync(join(import.meta.dirname, '../../specs/avaamo/openapi.yaml')),
    )
    const { status, output } = newVendor(root, ['avaamo-copy', '--no-generate'])
    expect(status, output).toBe(0)
    expect(parse(readFileSync(join(root, 'redocly.yaml'), 'utf8')).apis['avaamo-copy']).toEqual({
      root: 'specs/avaamo-copy/openapi.yaml',
    })
    expect(readFileSync(join(root, 'packages/avaamo-copy/package.json'), 'utf8')).toContain(
      '"name": "@parley/avaamo-copy"',
    )
  }, 180_000)

  it('copies a Swagger 2.0 file unchanged, as JSON, and notes its conversion', () => {
    const root = workspace()
    const { status, output } = newVendor(root, ['chirp-chat', '--published', publishedSwagger, '--no-generate'])
    expect(status, output).toBe(0)
    expect(output).toMatch(/is Swagger 2\.0; converted to OpenAPI 3\.0\.\d+ with swagger2openapi/)
    expect(readFileSync(join(root, 'specs/chirp-chat/openapi.json')).equals(readFileSync(publishedSwagger))).toBe(true)
    expect(parse(readFileSync(join(root, 'redocly.yaml'), 'utf8')).apis['chirp-chat']).toMatchObject({
      root: 'specs/chirp-chat/openapi.json',
      'x-parley-published': true,
    })
    const lint = run(root, 'lint-specs.mjs', ['chirp-chat'])
    expect(lint.status, lint.output).toBe(0)
    expect(lint.output).toContain('chirp-chat: linting the converted document')
  }, 180_000)

  it('writes nothing for an invalid spec and prints every problem with its fix', () => {
    const root = workspace()
    const before = snapshot(root)
    const { status, stderr } = newVendor(root, [
      'broken',
      '--published',
      writeInput('broken-spec.json', JSON.stringify(brokenSpec())),
    ])
    expect(status).toBe(1)
    expect(stderr).toContain('2 problem(s); nothing was written')
    expect(stderr).toContain(
      "$.paths['/a'].get.responses: Expected type `Responses` (object) but got `integer` (struct)",
    )
    expect(stderr).toContain("$.paths['/b'].get.parameters[0]: Can't resolve $ref (no-unresolved-refs)")
    expect(stderr).toContain('fix: add an action to an overlay file (`target: "$.paths[\'/a\'].get.responses"`')
    expect(snapshot(root)).toEqual(before)
  }, 180_000)

  it.each([
    [
      'an AsyncAPI document',
      { asyncapi: '2.6.0', info: { title: 'x', version: '1' }, channels: {} },
      'not OpenAPI 3.0/3.1 or Swagger 2.0: found asyncapi "2.6.0"',
    ],
    ['OpenAPI 3.2', { openapi: '3.2.0', info: { title: 'x', version: '1' }, paths: {} }, 'found openapi "3.2.0"'],
    [
      'a $ref to another file',
      { ...brokenSpec(), paths: { '/a': { get: { responses: { 200: { $ref: './responses.yaml#/ok' } } } } } },
      '$ref ./responses.yaml#/ok points outside the file',
    ],
  ])(
    'writes nothing for %s, naming it',
    (_label, document, expected) => {
      const root = workspace()
      const before = snapshot(root)
      const { status, stderr } = newVendor(root, [
        'other',
        '--published',
        writeInput('other-spec.json', JSON.stringify(document)),
      ])
      expect(status).toBe(1)
      expect(stderr).toContain(expected)
      expect(stderr).toContain('nothing was written')
      expect(stderr).toMatch(/\n {2}fix: \S/)
      expect(snapshot(root)).toEqual(before)
    },
    180_000,
  )

  it('writes nothing for a missing file or an unknown extension', () => {
    const root = workspace()
    const before = snapshot(root)
    expect(newVendor(root, ['gone', '--published', join(root, 'nope.yaml')]).stderr).toContain(
      'nope.yaml: no such file',
    )
    const unknownExtension = newVendor(root, [
      'txt',
      '--published',
      writeInput('spec.txt', readFileSync(published30, 'utf8')),
    ])
    expect(unknownExtension.stderr).toContain('unknown extension ".txt"')
    expect(snapshot(root)).toEqual(before)
  }, 180_000)

  it('takes an overlay that fixes the problems; lint, docs, the portal and the mock then read the overlaid document', async () => {
    const root = workspace()
    const fixes = {
      overlay: '1.0.0',
      info: { title: 'Fixes', version: '1' },
      actions: [
        {
          target: "$.paths['/a'].get",
          description: 'The vendor wrote a number for the responses.',
          update: {
            responses: {
              200: {
                description: 'ok',
                content: { 'application/json': { schema: { type: 'object' }, example: { fixed: true } } },
              },
            },
          },
        },
        { target: "$.paths['/b'].get.parameters", remove: true },
        { target: '$.info', update: { title: 'Broken API, fixed by its overlay' } },
      ],
    }
    // A merge cannot replace a scalar by an object: remove it first, then add it back.
    fixes.actions.unshift({ target: "$.paths['/a'].get.responses", remove: true })
    const specFile = writeInput('broken-fixed.json', JSON.stringify(brokenSpec()))
    const { status, output } = newVendor(root, [
      'fixed',
      '--published',
      specFile,
      '--overlay',
      writeInput('fixes.yaml', stringify(fixes)),
      '--no-generate',
    ])
    expect(status, output).toBe(0)
    expect(readFileSync(join(root, 'specs/fixed/openapi.json')).equals(readFileSync(specFile))).toBe(true)
    expect(parse(readFileSync(join(root, 'specs/fixed/overlay.yaml'), 'utf8'))).toEqual(fixes)
    const lint = run(root, 'lint-specs.mjs', ['fixed'])
    expect(lint.status, lint.output).toBe(0)
    expect(lint.output).toContain('with specs/fixed/overlay.yaml applied')
    // Without the overlay, the same file fails lint: lint really read the overlaid document.
    rmSync(join(root, 'specs/fixed/overlay.yaml'))
    expect(run(root, 'lint-specs.mjs', ['fixed']).status).toBe(1)
    writeFileSync(join(root, 'specs/fixed/overlay.yaml'), stringify(fixes))
    // The docs page and the portal summary show the overlaid document too.
    const docs = await import(pathToFileURL(join(root, 'scripts/docs.mjs')).href)
    const page = readFileSync(
      await docs.buildVendorPage(
        {
          id: 'fixed',
          packageName: '@parley/fixed',
          specPath: join(root, 'specs/fixed/openapi.json'),
          packageDir: join(root, 'packages/fixed'),
        },
        join(root, 'docs-out'),
      ),
      'utf8',
    )
    expect(page).toContain('Broken API, fixed by its overlay')
    const portal = await import(pathToFileURL(join(root, 'scripts/portal/index-page.mjs')).href)
    expect(
      await portal.vendorSummary({
        id: 'fixed',
        packageName: '@parley/fixed',
        specPath: join(root, 'specs/fixed/openapi.json'),
        packageDir: join(root, 'packages/fixed'),
        mockPort: 4101,
      }),
    ).toMatchObject({ title: 'Broken API, fixed by its overlay', operationCount: 2 })
    const mock = await startPrismMock(join(root, 'specs/fixed/openapi.json'))
    try {
      const response = await fetch(`${mock.baseUrl}/a`)
      expect(response.status).toBe(200)
      expect(await response.json()).toEqual({ fixed: true })
    } finally {
      await mock.close()
    }
  }, 240_000)

  it('generates the package of a published spec the generator takes today (JSON bodies, an API key)', () => {
    const root = workspace()
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Plain Chat', version: '1' },
      servers: [{ url: 'https://api.plain-chat.example.net' }],
      security: [{ apiKey: [] }],
      paths: {
        '/messages': {
          post: {
            operationId: 'sendMessage',
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
                },
              },
            },
            responses: {
              201: {
                description: 'sent',
                content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
              },
            },
          },
        },
      },
      components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } } },
    }
    const specFile = writeInput('plain-chat.json', JSON.stringify(spec))
    const { status, output } = newVendor(root, ['plain-chat', '--published', specFile])
    expect(status, output).toBe(0)
    expect(readFileSync(join(root, 'specs/plain-chat/openapi.json')).equals(readFileSync(specFile))).toBe(true)
    expect(readFileSync(join(root, 'packages/plain-chat/src/generated/sdk.gen.ts'), 'utf8')).toContain('sendMessage')
    // A vendor's file of hundreds of operations outlasts the config's per-test timeout: the
    // sweep takes a deadline that grows with the operation table.
    const sweepTest = readFileSync(join(root, 'packages/plain-chat/test/operations.mock.test.ts'), 'utf8')
    expect(sweepTest).toContain("const sweep = { timeout: sweepTimeoutMs(specPathOf('plain-chat')) }")
    expect(sweepTest).toMatch(/it\('passes each operation[^']*', sweep, async/)
    // One answer Prism builds from a large schema can take minutes on a busy machine.
    expect(sweepTest).toContain('const mockCall = { maxRetries: 0, timeoutMs: mockCallTimeoutMs }')
    expect(sweepTest).toMatch(/createPlainChatClient\(\{\s*baseUrl: prismMockUrl\('plain-chat'\),\s*\.\.\.mockCall,/)
  }, 240_000)

  it('takes back everything it wrote when generation fails', () => {
    const root = workspace()
    writeFileSync(join(root, 'scripts/generate.mjs'), "console.error('generator broke on purpose'); process.exit(3)\n")
    const before = snapshot(root)
    const { status, stderr } = newVendor(root, ['relay-sms', '--published', published30])
    expect(status).toBe(1)
    expect(stderr).toContain('generator broke on purpose')
    expect(stderr).toContain('everything this run wrote was taken back')
    expect(snapshot(root)).toEqual(before)
  }, 180_000)

  it('refuses an id that is already a vendor, writing nothing', () => {
    const root = workspace()
    expect(newVendor(root, ['relay-sms', '--published', published30, '--no-generate']).status).toBe(0)
    const before = snapshot(root)
    const again = newVendor(root, ['relay-sms', '--published', published30, '--no-generate'])
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('relay-sms is already an `apis:` entry')
    expect(snapshot(root)).toEqual(before)
  }, 180_000)
})

describe('lint:specs arguments', () => {
  const ids = ['khoros-flow', 'avaamo']
  it.each([
    [['--max-problems', '500'], [], ['--max-problems', '500']],
    [['khoros-flow', '--format', 'stylish'], ['khoros-flow'], ['--format', 'stylish']],
    [
      ['--format=json', 'avaamo', '--generate-ignore-file', 'khoros-flow'],
      ['avaamo', 'khoros-flow'],
      ['--format=json', '--generate-ignore-file'],
    ],
    [['--skip-rule', 'operation-summary', 'avaamo'], ['avaamo'], ['--skip-rule', 'operation-summary']],
  ])('%j: vendors and Redocly flags apart', (args, vendorIds, redoclyFlags) => {
    expect(splitLintArguments(args, ids)).toEqual({ vendorIds, redoclyFlags, unknown: [] })
  })
  it('names an unknown vendor', () => {
    expect(splitLintArguments(['nope'], ids).unknown).toEqual(['nope'])
  })
})

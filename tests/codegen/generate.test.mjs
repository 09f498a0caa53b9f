// The generator on small specs in a scratch workspace (the repository's scripts, its
// node_modules linked): the files it writes, and the two spec shapes it cannot take refused
// with a message that names them.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  camelCase,
  credentialOptionName,
  operationFunctionNames,
  planCredentialOptions,
  runtimeExports,
} from '@parley/codegen'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import { createScratchWorkspace } from '../../scripts/lib/scratch-workspace.mjs'

const scratchRoots = []
afterAll(() => {
  for (const root of scratchRoots) rmSync(root, { recursive: true, force: true })
})

const tinySpec = () => ({
  openapi: '3.1.0',
  info: { title: 'Tiny', version: '1.0.0' },
  servers: [{ url: 'https://tiny.example.com' }],
  security: [{ apiKey: [] }],
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        summary: 'Get a thing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: {
            description: 'the thing',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: { Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
    securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
  },
})

/** A workspace with one vendor whose spec is `spec` (written as JSON, which is YAML too). */
function scratchWorkspace(spec) {
  const root = createScratchWorkspace('parley-generate-test-', [
    { id: 'tiny', specText: JSON.stringify(spec, null, 2) },
  ])
  scratchRoots.push(root)
  return root
}

function generate(root, cwd = root) {
  const out = join(root, 'out')
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'generate.mjs'), '--out', out], {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
    })
    return { out: join(out, 'tiny') }
  } catch (error) {
    return { failure: String(error.stderr) }
  }
}

describe('scripts/generate.mjs', () => {
  it("generates from the prepared document even in a folder whose openapi-ts.config holds the spec as written (turbo runs generate in the package's folder)", () => {
    const spec = tinySpec()
    spec.components.schemas.Thing.properties.size = { type: 'string', enum: ['6', '12'], default: 6 }
    const root = scratchWorkspace(spec)
    const packageDir = join(root, 'packages', 'tiny')
    mkdirSync(packageDir, { recursive: true })
    writeFileSync(join(packageDir, 'openapi-ts.config.mjs'), `export default { input: ${JSON.stringify(spec)} }\n`)
    const { out, failure } = generate(root, packageDir)
    expect(failure).toBeUndefined()
    const zod = readFileSync(join(out, 'zod.gen.ts'), 'utf8')
    expect(zod).toContain("z.enum(['6', '12'])")
    expect(zod).not.toContain('.default(6)')
  }, 60_000)

  it("gives a scheme-relative server URL https, so the generated client's default baseUrl is one the runtime takes (postmarkapp.com's converted Swagger 2.0)", () => {
    const spec = tinySpec()
    spec.servers = [{ url: '//tiny.example.com/v1' }]
    const { out, failure } = generate(scratchWorkspace(spec))
    expect(failure).toBeUndefined()
    const client = readFileSync(join(out, 'client.gen.ts'), 'utf8')
    expect(client).toContain("baseUrl: 'https://tiny.example.com/v1'")
    expect(readFileSync(join(out, 'operations.gen.ts'), 'utf8')).not.toMatch(/['"]\/\/tiny\.example\.com/)
  }, 60_000)

  it('writes every generated file with a do-not-edit header, the public functions passing their operation', () => {
    const { out, failure } = generate(scratchWorkspace(tinySpec()))
    expect(failure).toBeUndefined()
    const files = readdirSync(out).sort()
    expect(files).toEqual([
      'README.md',
      'client.gen.ts',
      'msw.gen.ts',
      'operations.gen.ts',
      'paths.gen.ts',
      'requests.gen.ts',
      'response-schemas.gen.ts',
      'sdk.gen.ts',
      'types.gen.ts',
      'zod.gen.ts',
    ])
    for (const name of files.filter((file) => file.endsWith('.ts')))
      expect(readFileSync(join(out, name), 'utf8'), name).toMatch(/^\/\/ This file is generated .* Do not edit it/)
    expect(readFileSync(join(out, 'paths.gen.ts'), 'utf8')).toContain('"/things/{id}"')
    expect(readFileSync(join(out, 'sdk.gen.ts'), 'utf8')).toContain(
      'export const getThing: typeof getThingRequest = options => getThingRequest({ operation: getThingOperation, ...options })',
    )
  }, 60_000)

  it('refuses a $ref to another file, naming it (the generators read one file per spec)', () => {
    const spec = tinySpec()
    spec.components.schemas.Thing = { $ref: './thing.yaml' }
    const { failure } = generate(scratchWorkspace(spec))
    expect(failure).toContain('$ref ./thing.yaml is not local')
  }, 60_000)

  it('gives an operationId used twice a second, renamed function and metadata id', () => {
    const spec = tinySpec()
    spec.paths['/things'] = {
      get: {
        operationId: 'getThing',
        summary: 'List things',
        responses: {
          200: {
            description: 'things',
            content: {
              'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } },
            },
          },
        },
      },
    }
    const { out, failure } = generate(scratchWorkspace(spec))
    expect(failure).toBeUndefined()
    const sdk = readFileSync(join(out, 'sdk.gen.ts'), 'utf8')
    expect(sdk).toMatch(/export const getThing: typeof \w+ = /)
    expect(sdk).toMatch(/export const getThing2: typeof \w+ = /)
    const operations = readFileSync(join(out, 'operations.gen.ts'), 'utf8')
    expect(operations).toContain("'GET /things': getThing2Operation")
    expect(operations).toContain("export const getThing2Operation: OperationInfo = { id: 'getThing2' };")
    expect(readFileSync(join(out, 'response-schemas.gen.ts'), 'utf8')).toContain('getThing2: ')
  }, 60_000)
})

describe('@parley/codegen names', () => {
  it('reserves every export of @parley/runtime/errors (what a vendor entry re-exports beside its generated code)', () => {
    const source = readFileSync(
      join(import.meta.dirname, '..', '..', 'packages', 'runtime', 'src', 'errors.ts'),
      'utf8',
    )
    const file = ts.createSourceFile('errors.ts', source, ts.ScriptTarget.Latest)
    const exported = []
    for (const statement of file.statements) {
      const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : []
      if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) && statement.name)
        exported.push(statement.name.text)
      if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause))
        exported.push(...statement.exportClause.elements.map((element) => element.name.text))
    }
    expect(exported.length).toBeGreaterThan(20)
    expect(exported.filter((name) => !runtimeExports.has(name))).toEqual([])
  })

  it('gives one camelCase name per operation, stable for a missing id, renamed on collisions in spec order', () => {
    const names = operationFunctionNames([
      { key: 'a', operationId: 'FetchConfiguration', method: 'get', path: '/c' },
      { key: 'b', operationId: 'fetch_configuration', method: 'get', path: '/d' },
      { key: 'c', operationId: 'users.list-all', method: 'get', path: '/u' },
      { key: 'd', method: 'get', path: '/users/{userId}/posts' },
      { key: 'e', operationId: 'delete', method: 'delete', path: '/x' },
      { key: 'f', operationId: 'NotFoundError', method: 'get', path: '/n' },
      { key: 'g', operationId: 'parseRetryAfter', method: 'get', path: '/r' },
      { key: 'h', operationId: 'getHTTPStatus', method: 'get', path: '/s' },
    ])
    expect([...names.values()]).toEqual([
      'fetchConfiguration',
      'fetchConfiguration2',
      'usersListAll',
      'getUsersByUserIdPosts',
      'delete2',
      'notFoundError',
      'parseRetryAfter',
      'getHTTPStatus',
    ])
    expect(camelCase('x-api-key')).toBe('xApiKey')
  })

  it('names credential options: username/password for one Basic scheme, prefixed by the scheme when there are several; identifiers from any scheme name', () => {
    const one = planCredentialOptions(
      {
        components: {
          securitySchemes: {
            basic_auth: { type: 'http', scheme: 'Basic' },
            'x-api-key': { type: 'apiKey', in: 'header', name: 'X-Key' },
          },
        },
      },
      credentialOptionName,
    )
    expect(one.table).toEqual({
      basic_auth: { kind: 'basic', username: 'username', password: 'password' },
      'x-api-key': { kind: 'secret', option: 'xApiKey' },
    })
    const two = planCredentialOptions(
      {
        components: {
          securitySchemes: {
            AdminAuth: { type: 'http', scheme: 'basic' },
            'user-auth': { type: 'http', scheme: 'basic' },
            oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://id.example.com' },
          },
        },
      },
      credentialOptionName,
    )
    expect(two.table).toEqual({
      AdminAuth: { kind: 'basic', username: 'adminAuthUsername', password: 'adminAuthPassword' },
      'user-auth': { kind: 'basic', username: 'userAuthUsername', password: 'userAuthPassword' },
      oidc: { kind: 'secret', option: 'oidc' },
    })
    expect(two.options.find((option) => option.name === 'oidc').type).toBe('token')
  })
})

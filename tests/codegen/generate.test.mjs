// The generator on small specs in a scratch workspace (the repository's scripts, its
// node_modules linked): both ways of loading the generators give the same files, and the
// two spec shapes the fast way cannot take are refused with a message that names them.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
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
        responses: { 200: { description: 'the thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
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
  const root = createScratchWorkspace('parley-generate-test-', [{ id: 'tiny', specText: JSON.stringify(spec, null, 2) }])
  scratchRoots.push(root)
  return root
}

function generate(root, { reference = false } = {}) {
  const out = join(root, reference ? 'reference' : 'fast')
  try {
    execFileSync(process.execPath, ['scripts/generate.mjs', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, PARLEY_CODEGEN_REFERENCE: reference ? '1' : '0' },
    })
    return { out: join(out, 'tiny') }
  } catch (error) {
    return { failure: String(error.stderr) }
  }
}

describe('scripts/generate.mjs', () => {
  it('writes the same files the fast way and with the generators as published', () => {
    const root = scratchWorkspace(tinySpec())
    const fast = generate(root)
    const reference = generate(root, { reference: true })
    expect(fast.failure).toBeUndefined()
    expect(reference.failure).toBeUndefined()
    const files = readdirSync(fast.out).sort()
    expect(files).toEqual(['README.md', 'client.gen.ts', 'operations.gen.ts', 'paths.gen.ts', 'response-schemas.gen.ts', 'sdk.gen.ts', 'types.gen.ts', 'zod.gen.ts'])
    expect(readdirSync(reference.out).sort()).toEqual(files)
    for (const name of files) expect(readFileSync(join(fast.out, name), 'utf8'), name).toBe(readFileSync(join(reference.out, name), 'utf8'))
    expect(readFileSync(join(fast.out, 'paths.gen.ts'), 'utf8')).toContain('"/things/{id}"')
    expect(readFileSync(join(fast.out, 'sdk.gen.ts'), 'utf8')).toContain('operation: getThingOperation')
  }, 60_000)

  it('refuses a $ref to another file, naming it (the fast way reads one file per spec)', () => {
    const spec = tinySpec()
    spec.components.schemas.Thing = { $ref: './thing.yaml' }
    const { failure } = generate(scratchWorkspace(spec))
    expect(failure).toContain('$ref ./thing.yaml is not local')
  }, 60_000)

  it('refuses an operationId used twice, naming it and the second operation', () => {
    const spec = tinySpec()
    spec.paths['/things'] = { get: { operationId: 'getThing', summary: 'List things', responses: { 200: { description: 'things' } } } }
    const { failure } = generate(scratchWorkspace(spec))
    expect(failure).toContain('operationId getThing is used twice (GET /things)')
  }, 60_000)
})

// A 250-operation spec: generates, builds its declarations (no TS7056 in the response-schema
// table), type-checks an application against the built package, and calls an operation on
// the wire. Times are in bench/scale.bench.mjs, not here.
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startScriptedServer } from '@parley/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { manyConsumer, manyOperationsSpec } from './specs.mjs'
import { buildPackage, generatedWorkspace, typeCheckConsumer } from './workspace.mjs'

let workspace
let server
afterAll(async () => {
  await server?.close()
  if (workspace) rmSync(workspace.root, { recursive: true, force: true })
})

describe('a 250-operation spec', () => {
  it('generates, builds without TS7056, type-checks a consumer and calls the last operation on the wire', async () => {
    workspace = generatedWorkspace('parley-codegen-scale-', [{ id: 'many', spec: manyOperationsSpec(250) }])
    const packageDir = workspace.packageDir('many')
    const table = readFileSync(join(packageDir, 'src', 'generated', 'response-schemas.gen.ts'), 'utf8')
    expect(table).toContain('export const responseSchemas: Readonly<Record<string, SafeParseSchema>> = {')
    expect(table.match(/: zUpdateResource\d+Response/g)).toHaveLength(250)
    buildPackage(packageDir)
    typeCheckConsumer(packageDir, manyConsumer)
    server = await startScriptedServer({ status: 200, body: { id: 'r', revision: 3 } })
    const many = await import(pathToFileURL(join(packageDir, 'src', 'index.ts')).href)
    const answer = await many
      .createTestClient({ baseUrl: server.baseUrl, apiKey: 'key-1' })
      .updateResource249({ path: { id: 'x' }, body: { name: 'n' } })
    expect(answer).toEqual({ id: 'r', revision: 3 })
    expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/resources249/x', body: '{"name":"n"}' })
    expect(server.requests[0].headers['x-api-key']).toBe('key-1')
  }, 300_000)
})

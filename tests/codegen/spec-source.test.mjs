// @parley/codegen/spec-source: how every step reads a spec (YAML or JSON, Swagger 2.0
// converted, the vendor's Overlay 1.0 applied, any other format refused by name).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { resolvePointer, resolveReference } from '@parley/codegen'
import { pointerToJsonPath } from '../../scripts/lib/admit-spec.mjs'
import {
  detectFormat,
  loadDocument,
  loadVendorDocument,
  materializeDocument,
  overlayProblems,
} from '@parley/codegen/spec-source'

const fixtures = join(import.meta.dirname, 'fixtures')
const scratch = mkdtempSync(join(tmpdir(), 'parley-spec-source-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let counter = 0
/** Writes `spec` (and an overlay beside it when given) into a fresh folder. */
function writeVendor(spec, { overlay, extension = 'yaml' } = {}) {
  const dir = join(scratch, `vendor-${++counter}`)
  const specPath = join(dir, `openapi.${extension}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(specPath, extension === 'json' ? JSON.stringify(spec) : stringify(spec))
  if (overlay) writeFileSync(join(dir, 'overlay.yaml'), typeof overlay === 'string' ? overlay : stringify(overlay))
  return { specPath }
}

const tinySpec = () => ({
  openapi: '3.0.3',
  info: { title: 'Tiny', version: '1' },
  tags: [{ name: 'things' }],
  paths: {
    '/things': {
      get: {
        summary: 'List',
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
        responses: { 200: { description: 'ok' } },
      },
      delete: { summary: 'Drop all', responses: { 204: { description: 'gone' } } },
    },
  },
})
const overlayOf = (actions) => ({ overlay: '1.0.0', info: { title: 'Fixes', version: '1' }, actions })
const collectNotes = () => {
  const notes = []
  return { notes, onNote: (line) => notes.push(line) }
}

describe('loadDocument', () => {
  it('reads YAML and JSON to the same document, and leaves the file as it was', async () => {
    const yaml = writeVendor(tinySpec())
    const json = writeVendor(tinySpec(), { extension: 'json' })
    const before = readFileSync(yaml.specPath)
    const fromYaml = await loadDocument(yaml.specPath)
    const fromJson = await loadDocument(json.specPath)
    expect(fromYaml.document).toEqual(tinySpec())
    expect(fromJson.document).toEqual(tinySpec())
    expect(fromYaml).toMatchObject({ sourceFormat: 'openapi-3.0', converted: false, overlaid: false, changed: false })
    expect(readFileSync(yaml.specPath).equals(before)).toBe(true)
  })

  it('converts Swagger 2.0 to OpenAPI 3.0 and says so in one line', async () => {
    const { notes, onNote } = collectNotes()
    const path = join(fixtures, 'published-swagger-2.0.json')
    const loaded = await loadDocument(path, { onNote })
    expect(loaded).toMatchObject({ sourceFormat: 'swagger-2.0', converted: true, changed: true })
    expect(loaded.document.openapi).toMatch(/^3\.0\.\d+$/)
    expect(loaded.document.servers).toEqual([{ url: 'https://api.chirp-chat.example.net/v1' }])
    const post = loaded.document.paths['/rooms/{room_id}/messages'].post
    expect(Object.keys(post.requestBody.content)).toEqual(['application/x-www-form-urlencoded'])
    expect(post.requestBody.content['application/x-www-form-urlencoded'].schema.required).toEqual(['text'])
    expect(loaded.document.components.securitySchemes.apiKey).toEqual({
      type: 'apiKey',
      in: 'header',
      name: 'X-Chirp-Key',
    })
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatch(/is Swagger 2\.0; converted to OpenAPI 3\.0\.\d+ with swagger2openapi/)
    expect(notes[0]).not.toContain('\n')
  })

  it.each([
    [{ openapi: '3.2.0', info: {}, paths: {} }, 'found openapi "3.2.0"'],
    [{ swaggerVersion: '1.2', apis: [] }, 'found swaggerVersion "1.2"'],
    [{ asyncapi: '2.6.0', channels: {} }, 'found asyncapi "2.6.0"'],
    [{ info: { title: 'x' }, paths: {} }, 'found no `openapi` or `swagger` field (top-level keys: info, paths)'],
    [['a list'], 'found a list at the top level'],
  ])('refuses %j by name', async (document, found) => {
    const { specPath } = writeVendor(document, { extension: 'json' })
    await expect(loadDocument(specPath)).rejects.toThrow(`not OpenAPI 3.0/3.1 or Swagger 2.0: ${found}`)
  })

  it('refuses a file that does not parse, naming the format it expected', async () => {
    const path = join(scratch, 'broken.json')
    writeFileSync(path, '{"openapi": ')
    await expect(loadDocument(path)).rejects.toThrow(`${path}: not valid JSON`)
  })
})

describe('overlays (OpenAPI Overlay 1.0)', () => {
  it('merges `update` into every node the target selects and removes with `remove: true`', async () => {
    const { specPath } = writeVendor(tinySpec(), {
      overlay: overlayOf([
        { target: '$.paths.*.get', update: { operationId: 'listThings', tags: ['things'] } },
        {
          target: "$.paths['/things'].get.parameters[?(@.name == 'limit')]",
          update: { schema: { minimum: 1 }, example: 10 },
        },
        { target: '$.tags', update: [{ name: 'extra', description: 'appended to the list' }] },
        { target: "$.paths['/things'].delete", remove: true },
      ]),
    })
    const loaded = await loadVendorDocument({ specPath })
    expect(loaded).toMatchObject({ overlaid: true, changed: true, unmatchedTargets: [] })
    const get = loaded.document.paths['/things'].get
    expect(get).toMatchObject({ operationId: 'listThings', tags: ['things'], summary: 'List' })
    expect(get.parameters[0]).toEqual({
      name: 'limit',
      in: 'query',
      schema: { type: 'integer', minimum: 1 },
      example: 10,
    })
    expect(loaded.document.tags.map((tag) => tag.name)).toEqual(['things', 'extra'])
    expect(loaded.document.paths['/things'].delete).toBeUndefined()
  })

  it('applies the overlay after converting Swagger 2.0, so targets name 3.x paths', async () => {
    const { specPath } = writeVendor(JSON.parse(readFileSync(join(fixtures, 'published-swagger-2.0.json'), 'utf8')), {
      extension: 'json',
      overlay: overlayOf([
        {
          target:
            "$.paths['/rooms/{room_id}/messages'].post.requestBody.content['application/x-www-form-urlencoded'].schema.properties.text",
          update: { example: 'hi' },
        },
      ]),
    })
    const loaded = await loadVendorDocument({ specPath }, { onNote: () => {} })
    expect(
      loaded.document.paths['/rooms/{room_id}/messages'].post.requestBody.content['application/x-www-form-urlencoded']
        .schema.properties.text,
    ).toEqual({ type: 'string', example: 'hi' })
  })

  it('notes the targets that select nothing (a fix the vendor made obsolete)', async () => {
    const { notes, onNote } = collectNotes()
    const { specPath } = writeVendor(tinySpec(), {
      overlay: overlayOf([{ target: "$.paths['/gone'].get", update: { summary: 'x' } }]),
    })
    const loaded = await loadVendorDocument({ specPath }, { onNote })
    expect(loaded.unmatchedTargets).toEqual(["$.paths['/gone'].get"])
    expect(notes).toEqual([expect.stringContaining("1 action(s) matched nothing: $.paths['/gone'].get")])
    expect(loaded.document).toEqual(tinySpec())
  })

  it('treats an overlay with no actions as no change', async () => {
    const { specPath } = writeVendor(tinySpec(), {
      overlay: '# fixes go here\noverlay: 1.0.0\ninfo:\n  title: Fixes\n  version: 0.0.0\nactions: []\n',
    })
    expect(await loadVendorDocument({ specPath })).toMatchObject({
      overlaid: false,
      changed: false,
      document: tinySpec(),
    })
  })

  it('refuses a malformed overlay, listing every problem', async () => {
    const { specPath } = writeVendor(tinySpec(), {
      overlay: {
        overlay: '2.0.0',
        info: { title: 'x' },
        actions: [{ target: 'paths', update: {} }, { target: '$.info' }, { target: '$', remove: true }],
      },
    })
    const failure = await loadVendorDocument({ specPath }).catch((error) => error)
    expect(failure.name).toBe('SpecSourceError')
    expect(failure.message).toContain('not an OpenAPI Overlay 1.0 document')
    for (const problem of [
      '`overlay` must be "1.0.0"',
      '`info` needs a `title` and a `version`',
      'actions[0].target must be a JSONPath',
      'actions[1] needs `update` or `remove: true`',
      'actions[2] cannot remove the whole document',
    ])
      expect(failure.message).toContain(problem)
  })

  it('refuses an overlay that leaves something other than OpenAPI 3.x', async () => {
    const { specPath } = writeVendor(tinySpec(), {
      overlay: overlayOf([{ target: '$', update: { openapi: '4.0.0' } }]),
    })
    await expect(loadVendorDocument({ specPath })).rejects.toThrow(
      'with ' +
        join(specPath, '..', 'overlay.yaml') +
        ' applied: not OpenAPI 3.0/3.1 or Swagger 2.0: found openapi "4.0.0"',
    )
  })

  it('overlayProblems accepts the empty overlay new-vendor writes', () => {
    expect(overlayProblems(overlayOf([]))).toEqual([])
  })
})

describe('header parameters OpenAPI says to ignore (Accept, Content-Type, Authorization)', () => {
  /** Telstra's shape: the three headers as shared parameters, one beside a real header. */
  const specWithIgnoredHeaders = () => ({
    openapi: '3.0.3',
    info: { title: 'Headers', version: '1' },
    paths: {
      '/numbers/{number}': {
        parameters: [{ name: 'accept', in: 'header', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'getNumber',
          parameters: [
            { $ref: '#/components/parameters/ContentType' },
            { $ref: '#/components/parameters/Authorization' },
            { $ref: '#/components/parameters/ContentLanguage' },
            { name: 'number', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'content-type', in: 'query', schema: { type: 'string' } },
          ],
          responses: { 200: { description: 'ok' } },
        },
      },
    },
    components: {
      parameters: {
        ContentType: { name: 'Content-Type', in: 'header', required: true, schema: { type: 'string' } },
        Authorization: { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
        ContentLanguage: { name: 'Content-Language', in: 'header', required: true, schema: { type: 'string' } },
      },
    },
  })

  it('leaves them out of every operation and path item, names each one, and keeps the rest', async () => {
    const vendor = writeVendor(specWithIgnoredHeaders())
    const { notes, onNote } = collectNotes()
    const loaded = await loadDocument(vendor.specPath, { onNote })
    expect(loaded.ignoredHeaderParameters).toEqual([
      '/numbers/{number} accept',
      'GET /numbers/{number} Content-Type',
      'GET /numbers/{number} Authorization',
    ])
    const item = loaded.document.paths['/numbers/{number}']
    expect(item.parameters).toEqual([])
    // A query parameter called content-type is an ordinary parameter; references stay references.
    expect(item.get.parameters).toEqual([
      { $ref: '#/components/parameters/ContentLanguage' },
      { name: 'number', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'content-type', in: 'query', schema: { type: 'string' } },
    ])
    expect(loaded.changed).toBe(true)
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatch(/3 header parameter\(s\) named Accept, Content-Type or Authorization left out/)
  })

  it('serves Prism the document without them, and leaves a spec without them untouched', async () => {
    const vendor = writeVendor(specWithIgnoredHeaders())
    const { path, loaded } = await materializeDocument(vendor.specPath, { onNote: () => {} })
    expect(path).not.toBe(vendor.specPath)
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(loaded.document)
    const plain = await loadDocument(writeVendor(tinySpec()).specPath, { onNote: () => {} })
    expect(plain.ignoredHeaderParameters).toEqual([])
    expect(plain.changed).toBe(false)
  })
})

describe('server URLs without a scheme', () => {
  it('reads `//host` as https at the top level, on a path and on an operation, names each one, and leaves the rest', async () => {
    const spec = tinySpec()
    spec.servers = [{ url: '//api.example.com' }, { url: 'http://sandbox.example.com' }]
    spec.paths['/things'].servers = [{ url: '//files.example.com/v2' }]
    spec.paths['/things'].get.servers = [{ url: '//ops.example.com' }]
    const { notes, onNote } = collectNotes()
    const loaded = await loadDocument(writeVendor(spec).specPath, { onNote })
    expect(loaded.document.servers).toEqual([{ url: 'https://api.example.com' }, { url: 'http://sandbox.example.com' }])
    expect(loaded.document.paths['/things'].servers).toEqual([{ url: 'https://files.example.com/v2' }])
    expect(loaded.document.paths['/things'].get.servers).toEqual([{ url: 'https://ops.example.com' }])
    expect(loaded.schemeRelativeServers).toEqual(['//api.example.com', '//files.example.com/v2', '//ops.example.com'])
    expect(loaded.changed).toBe(true)
    expect(notes.some((note) => /3 server URL\(s\) without a scheme read as https/.test(note))).toBe(true)
    const plain = await loadDocument(writeVendor(tinySpec()).specPath, { onNote: () => {} })
    expect(plain.schemeRelativeServers).toEqual([])
    expect(plain.changed).toBe(false)
  })
})

describe('schema defaults their own schema refuses', () => {
  const specWithDefaults = () => ({
    openapi: '3.0.3',
    info: { title: 'Defaults', version: '1' },
    paths: {
      '/plans': {
        get: {
          operationId: 'listPlans',
          parameters: [{ name: 'months', in: 'query', schema: { type: 'string', enum: ['6', '12'], default: 6 } }],
          responses: {
            default: {
              description: 'any',
              content: { 'application/json': { schema: { type: 'integer', default: null } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Plan: {
          type: 'object',
          properties: {
            // A property named like a keyword is still a schema.
            default: { type: 'string', default: 1 },
            seats: { type: 'integer', default: 5 },
            note: { type: 'string', nullable: true, default: null },
            tags: { type: ['array', 'null'], default: null },
            // Telnyx's shape: nullable, but an enum without null (OpenAPI 3.0.3: null is then refused).
            routing: { type: 'string', nullable: true, enum: ['sequential'], default: null },
          },
          example: { default: { type: 'string', default: 1 } },
        },
      },
    },
  })

  it('leaves out each default its schema refuses, names it, and keeps valid ones and examples', async () => {
    const { notes, onNote } = collectNotes()
    const loaded = await loadDocument(writeVendor(specWithDefaults()).specPath, { onNote })
    expect(loaded.droppedDefaults).toEqual([
      '#/paths/~1plans/get/parameters/0/schema default 6',
      '#/paths/~1plans/get/responses/default/content/application~1json/schema default null',
      '#/components/schemas/Plan/properties/default default 1',
      '#/components/schemas/Plan/properties/routing default null',
    ])
    const plan = loaded.document.components.schemas.Plan
    expect(plan.properties.default).toEqual({ type: 'string' })
    expect(plan.properties.seats.default).toBe(5)
    expect(plan.properties.note.default).toBeNull()
    expect(plan.properties.tags.default).toBeNull()
    expect(plan.example).toEqual({ default: { type: 'string', default: 1 } })
    expect(loaded.changed).toBe(true)
    expect(notes.some((note) => /4 schema default\(s\) left out/.test(note))).toBe(true)
  })
})

describe('materializeDocument (a file for Redocly and Prism)', () => {
  it('gives the spec itself when nothing changes it', async () => {
    const { specPath } = writeVendor(tinySpec())
    expect((await materializeDocument(specPath)).path).toBe(specPath)
  })

  it('writes the overlaid document as JSON, at a path named by its content', async () => {
    const { specPath } = writeVendor(tinySpec(), {
      overlay: overlayOf([{ target: '$.info', update: { title: 'Fixed' } }]),
    })
    const first = await materializeDocument(specPath)
    const second = await materializeDocument(specPath)
    expect(first.path).not.toBe(specPath)
    expect(first.path).toMatch(/\.json$/)
    expect(second.path).toBe(first.path)
    expect(JSON.parse(readFileSync(first.path, 'utf8')).info.title).toBe('Fixed')
    expect(detectFormat(JSON.parse(readFileSync(first.path, 'utf8')))).toBe('openapi-3.0')
  })
})

describe('pointerToJsonPath (where an overlay action must target)', () => {
  it.each([
    ['#/paths/~1messages~1{id}/get/parameters/0', "$.paths['/messages/{id}'].get.parameters[0]"],
    ['#/components/schemas/Message/properties/x-vendor', "$.components.schemas.Message.properties['x-vendor']"],
    ["#/paths/~1it's", "$.paths['/it\\'s']"],
    ['#/', '$'],
  ])('%s -> %s', (pointer, jsonPath) => {
    expect(pointerToJsonPath(pointer)).toBe(jsonPath)
  })
})

describe('resolveReference', () => {
  const document = {
    paths: {
      '/customers/{account}/announcements': { get: { parameters: [{ name: 'account', in: 'path' }] } },
    },
    components: { schemas: { 'a/b~c': { type: 'string' }, Alias: { $ref: '#/components/schemas/a~1b~0c' } } },
  }

  it('follows pointers with escaped and percent-encoded keys, as published specs write them', () => {
    expect(
      resolveReference(document, { $ref: '#/paths/~1customers~1%7Baccount%7D~1announcements/get/parameters/0' }),
    ).toEqual({ name: 'account', in: 'path' })
    expect(resolveReference(document, { $ref: '#/components/schemas/Alias' })).toEqual({ type: 'string' })
    expect(resolvePointer(document, '#/components/schemas/100%')).toBeUndefined()
  })

  it('returns a reference to another file as it is, and stops on a cycle', () => {
    expect(resolveReference(document, { $ref: 'other.yaml#/Thing' })).toEqual({ $ref: 'other.yaml#/Thing' })
    const cycle = { components: { schemas: { A: { $ref: '#/components/schemas/A' } } } }
    expect(resolveReference(cycle, { $ref: '#/components/schemas/A' })).toEqual({ $ref: '#/components/schemas/A' })
  })
})

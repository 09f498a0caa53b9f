// Values the generated tests send where a spec has no example: sampled from the schema, and
// for a `pattern`, a string that matches it (Prism refuses a path or body value that does not).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sampleOf } from '@parley/testing/spec-examples'
import { exampleToAddFor, findSpecProblems, schemaFitsFor } from '@parley/testing/spec-problems'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

describe('sampleOf', () => {
  it.each(['^AC[0-9a-f]{32}$', '^ws_[a-z0-9]{8}$', '^\\+?[1-9]\\d{1,14}$', '[^/]+', '^.{10,}$'])(
    'gives a string matching %s, the same every time',
    (pattern) => {
      const value = sampleOf({}, { type: 'string', pattern })
      expect(value).toMatch(new RegExp(pattern))
      expect(sampleOf({}, { type: 'string', pattern })).toBe(value)
    },
  )

  it('keeps the plain sample for a string without a pattern, and for a pattern JavaScript cannot read', () => {
    expect(
      sampleOf(
        {},
        {
          type: 'object',
          required: ['a', 'b'],
          properties: { a: { type: 'string' }, b: { type: 'string', pattern: '(' } },
        },
      ),
    ).toEqual({ a: 'sample', b: 'sample' })
  })

  it('prefers the format and the schema example over the pattern', () => {
    expect(sampleOf({}, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })).toBe('2024-01-01')
    expect(sampleOf({}, { type: 'string', pattern: '^x+$', example: 'xx' })).toBe('xx')
  })

  it('fills an object up to its minProperties with its first optional properties (an empty one is refused)', () => {
    const criteria = {
      minProperties: 2,
      properties: { domain: { type: 'string' }, attached: { type: 'boolean' }, words: { type: 'string' } },
    }
    expect(sampleOf({}, criteria)).toEqual({ domain: 'sample', attached: true })
    expect(sampleOf({}, { ...criteria, required: ['words'] })).toEqual({ words: 'sample', domain: 'sample' })
  })
})

describe('the example proposed for an answer the mock cannot give', () => {
  const fixture = join(import.meta.dirname, 'fixtures', 'nullable-references-3.1.openapi.yaml')

  it("takes a value over `null` in 3.1's nullable references, so the example passes its own schema", () => {
    const document = parse(readFileSync(fixture, 'utf8'))
    const action = exampleToAddFor(document, 'GET /apps/{appId}')
    expect(action.update.example).toEqual({
      id: '0',
      type: 1,
      owner: { id: '0', name: 'sample' },
      bot: { id: '0', name: 'sample' },
      tags: ['sample'],
    })
    const node = document.paths['/apps/{appId}'].get.responses['200'].content['application/json']
    node.example = action.update.example
    expect(findSpecProblems(document).problems).toEqual([])
  })

  it('gives null where the schema allows nothing else', () => {
    expect(sampleOf({}, { type: 'null' })).toBeNull()
    expect(sampleOf({}, { oneOf: [{ type: 'null' }] })).toBeNull()
    expect(sampleOf({}, { anyOf: [{ type: ['null'] }, { type: 'integer', minimum: 3 }] })).toBe(3)
  })
})

describe('a oneOf of open objects, sampled with a check of the spec', () => {
  // Two shapes a mock refuses when the sample fits several alternatives: objects told apart
  // only by a property's type, and objects with no required property (`{}` fits them all).
  const openAlternatives = () => ({
    openapi: '3.0.3',
    info: { title: 'oneOf overlap', version: '1' },
    paths: {
      '/triggers': {
        post: {
          operationId: 'addTrigger',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['criteria'],
                  properties: {
                    criteria: {
                      oneOf: [{ $ref: '#/components/schemas/Criteria' }, { $ref: '#/components/schemas/Operand' }],
                    },
                  },
                },
              },
            },
          },
          responses: { 204: { description: 'added' } },
        },
      },
      '/settings': {
        patch: {
          operationId: 'settingsUpdate',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    {
                      type: 'object',
                      properties: { feature: { type: 'object', properties: { on: { type: 'boolean' } } } },
                    },
                    { type: 'object', properties: { profile: { type: 'object' }, feature: { type: 'object' } } },
                    { type: 'object', properties: { security: { type: 'object', nullable: true } } },
                    { type: 'object', properties: { limit: { type: 'integer' } } },
                  ],
                },
              },
            },
          },
          responses: { 204: { description: 'updated' } },
        },
      },
    },
    components: {
      schemas: {
        Criteria: {
          minProperties: 1,
          properties: { domain: { type: 'string' }, hasAttachments: { type: 'boolean' } },
        },
        Operand: {
          minProperties: 1,
          properties: {
            and: { type: 'array', items: { type: 'string' } },
            or: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
  })
  const mediaTypeOf = (/** @type {any} */ document, /** @type {string} */ path) =>
    Object.values(document.paths[path])[0].requestBody.content['application/json']

  /** The spec's examples problems once each body's sample is written as its example (Ajv, as for spec examples). */
  const problemsWithSamples = (/** @type {{ fits?: any }} */ options) => {
    const document = openAlternatives()
    for (const path of ['/triggers', '/settings']) {
      const mediaType = mediaTypeOf(document, path)
      mediaType.example = sampleOf(document, mediaType.schema, options)
    }
    return findSpecProblems(document).problems.map((problem) => `${problem.kind} at ${problem.location}`)
  }

  it('gives each body a value that fits exactly one alternative', () => {
    const document = openAlternatives()
    const fits = schemaFitsFor(document)
    expect(problemsWithSamples({ fits })).toEqual([])
    const criteria = /** @type {any} */ (sampleOf(document, mediaTypeOf(document, '/triggers').schema, { fits }))
      .criteria
    const [criteriaSchema, operandSchema] = mediaTypeOf(document, '/triggers').schema.properties.criteria.oneOf
    expect([fits(criteriaSchema, criteria), fits(operandSchema, criteria)]).toEqual([true, false])
    const settings = sampleOf(document, mediaTypeOf(document, '/settings').schema, { fits })
    const fitted = mediaTypeOf(document, '/settings').schema.oneOf.map((/** @type {unknown} */ alternative) =>
      fits(alternative, settings),
    )
    expect(fitted.filter(Boolean)).toHaveLength(1)
  })

  it('reproduces the overlap without the check (the values as before: the docs sample stays the same)', () => {
    expect(problemsWithSamples({}).length).toBeGreaterThanOrEqual(2)
    const document = openAlternatives()
    expect(sampleOf(document, mediaTypeOf(document, '/triggers').schema)).toEqual({ criteria: { domain: 'sample' } })
    expect(sampleOf(document, mediaTypeOf(document, '/settings').schema)).toEqual({})
  })

  it('keeps the first alternative where none can be told apart, and where the check cannot tell', () => {
    const same = { type: 'object', properties: { a: { type: 'string' } } }
    const document = { openapi: '3.0.3', paths: {} }
    expect(sampleOf(document, { oneOf: [same, { ...same }] }, { fits: schemaFitsFor(document) })).toEqual({})
    expect(sampleOf(document, { oneOf: [{ type: 'integer' }, { type: 'number' }] }, { fits: () => undefined })).toBe(1)
  })
})

// Values the generated tests send where a spec has no example: sampled from the schema, and
// for a `pattern`, a string that matches it (Prism refuses a path or body value that does not).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sampleOf } from '@parley/testing/spec-examples'
import { exampleToAddFor, findSpecProblems } from '@parley/testing/spec-problems'
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

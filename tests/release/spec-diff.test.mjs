// Each spec change classification `pnpm spec:diff` relies on, on small spec pairs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pendingBumps } from '../../scripts/release/changesets.mjs'
import { classifySpecChange } from '../../scripts/release/spec-diff.mjs'

const baseSpec = () => ({
  openapi: '3.1.0',
  info: { title: 'Vendor', version: '1.0.0' },
  paths: {
    '/messages/{threadId}': {
      post: {
        operationId: 'sendMessage',
        summary: 'Send a message',
        parameters: [{ name: 'threadId', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
            },
          },
        },
        responses: {
          200: {
            description: 'sent',
            content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
        },
      },
    },
    '/threads': {
      get: { operationId: 'listThreads', summary: 'List threads', responses: { 200: { description: 'threads' } } },
    },
  },
})
const requestSchema = (spec) => spec.paths['/messages/{threadId}'].post.requestBody.content['application/json'].schema

describe('classifySpecChange', () => {
  it('no change asks for nothing', () => {
    expect(classifySpecChange(baseSpec(), baseSpec()).bump).toBe('none')
  })

  it('a removed operation is breaking: major', () => {
    const after = baseSpec()
    delete after.paths['/threads']
    const result = classifySpecChange(baseSpec(), after)
    expect(result.bump).toBe('major')
    expect(result.decisive.join()).toContain('paths./threads')
  })

  it('a newly required request field is breaking: major', () => {
    const after = baseSpec()
    requestSchema(after).properties.channel = { type: 'string' }
    requestSchema(after).required.push('channel')
    expect(classifySpecChange(baseSpec(), after).bump).toBe('major')
  })

  it('a narrowed parameter type is breaking: major', () => {
    const after = baseSpec()
    after.paths['/messages/{threadId}'].post.parameters[0].schema = { type: 'integer' }
    expect(classifySpecChange(baseSpec(), after).bump).toBe('major')
  })

  it('an added optional request field is a minor', () => {
    const after = baseSpec()
    requestSchema(after).properties.metadata = { type: 'object' }
    expect(classifySpecChange(baseSpec(), after).bump).toBe('minor')
  })

  it('an added operation is a minor', () => {
    const after = baseSpec()
    after.paths['/threads/{threadId}'] = {
      get: {
        operationId: 'getThread',
        summary: 'Get a thread',
        parameters: [{ name: 'threadId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'ok' } },
      },
    }
    expect(classifySpecChange(baseSpec(), after).bump).toBe('minor')
  })

  it('a changed description only is a patch', () => {
    const after = baseSpec()
    after.paths['/threads'].get.description = 'Lists every thread of the project.'
    expect(classifySpecChange(baseSpec(), after).bump).toBe('patch')
  })
})

describe('pendingBumps', () => {
  it('reads the highest bump per package from the changesets', () => {
    const directory = mkdtempSync(join(tmpdir(), 'changesets-'))
    try {
      writeFileSync(
        join(directory, 'a.md'),
        "---\n'@parley/khoros-flow': patch\n'@parley/runtime': minor\n---\n\nText.\n",
      )
      writeFileSync(join(directory, 'b.md'), '---\n"@parley/khoros-flow": major\n---\n\nText.\n')
      writeFileSync(join(directory, 'README.md'), '# not a changeset\n')
      expect(pendingBumps(directory)).toEqual({ '@parley/khoros-flow': 'major', '@parley/runtime': 'minor' })
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  })
})

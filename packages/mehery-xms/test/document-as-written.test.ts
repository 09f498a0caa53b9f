// The seed document's own `message/receive` example, copied byte for byte into
// fixtures/as-written/, against the spec. It is refused as written, for the two reasons the
// `x-parley-decision` of the webhook's request body gives; each reason is checked here against
// the vendor's 2026 file (fixtures/vendor-api-docs-2026-04-28.json), and the example with exactly
// those corrections is the accepted fixture `message-receive.webhook.json`.
import { readFileSync } from 'node:fs'
import { specPathOf } from '@parley/testing'
import { describe, expect, it, vi } from 'vitest'
import { parse } from 'yaml'
import { VERIFY_TOKEN_HEADER, createMeheryXmsWebhookHandler } from '../src/index.js'
import { zInBoundWrapper } from '../src/zod.js'
import vendorFile from './fixtures/vendor-api-docs-2026-04-28.json' with { type: 'json' }

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type VendorSchema = { $ref?: string; type?: string; example?: unknown; enum?: unknown[]; items?: VendorSchema } & {
  properties?: Record<string, VendorSchema>
}

const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Json
const asWritten = () => fixture('as-written/message-receive.webhook.json') as { [key: string]: Json }
const accepted = fixture('message-receive.webhook.json')

const spec = parse(readFileSync(specPathOf('mehery-xms'), 'utf8')) as {
  webhooks: Record<string, { post: { requestBody: { 'x-parley-decision'?: string } } }>
}
const decision = spec.webhooks['message/receive']?.post.requestBody['x-parley-decision'] ?? ''

const definitions = vendorFile.definitions as unknown as Record<string, VendorSchema>
const definitionOf = (schema: VendorSchema): VendorSchema =>
  schema.$ref ? (definitions[schema.$ref.replace('#/definitions/', '')] ?? {}) : schema

/** The vendor file's schema of a value of the body, found by its path from `InBoundWrapper`. */
function vendorSchemaAt(path: ReadonlyArray<string | number>): VendorSchema | undefined {
  let schema: VendorSchema | undefined = definitions.InBoundWrapper
  for (const segment of path) {
    if (!schema) return undefined
    const resolved = definitionOf(schema)
    schema = typeof segment === 'number' ? resolved.items : resolved.properties?.[segment]
  }
  return schema && definitionOf(schema)
}

/** Every number of a JSON value, with its path. */
function numbersIn(value: Json, path: Array<string | number> = []): Array<[Array<string | number>, number]> {
  if (typeof value === 'number') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersIn(item, [...path, index]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => numbersIn(item, [...path, key]))
  return []
}

function setAt(value: Json, path: ReadonlyArray<string | number>, replacement: Json): void {
  const parent = path.slice(0, -1).reduce((node, segment) => (node as Record<string, Json>)[segment] as Json, value)
  ;(parent as Record<string, Json>)[path[path.length - 1] as string] = replacement
}

/** The seed's numbers the vendor file types `string`: the second reason of the decision. */
const numbersTypedString = () => numbersIn(asWritten()).filter(([path]) => vendorSchemaAt(path)?.type === 'string')

const call = (body: string) =>
  new Request('http://127.0.0.1/mehery/api/v1/message/receive', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [VERIFY_TOKEN_HEADER]: 'verify-token-5c1' },
    body,
  })

describe("the seed's message/receive example as written", () => {
  it('is refused by the generated zod schema, on `type`', () => {
    const parsed = zInBoundWrapper.safeParse(asWritten())
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['type'])
  })

  it("the spec's decision names both reasons and the missing root `contactId`", () => {
    expect(decision).toContain('`"type": "message"`')
    expect(decision).toContain('as JSON numbers where both files type them `string`')
    expect(decision).toMatch(/no `contactId` at its root/)
    expect(decision).toMatch(/2026 file/)
  })

  it('reason 1: `message` is not among the values of `type` in the vendor 2026 file, only its example', () => {
    expect(asWritten().type).toBe('message')
    const type = vendorSchemaAt(['type'])
    expect(type?.enum).toEqual(['messages', 'actions', 'events', 'statuses'])
    expect(type?.example).toBe('message')
  })

  it('reason 2: its numbers at properties the vendor 2026 file types `string` carry that file’s own examples', () => {
    const numbers = numbersTypedString()
    // ids, phone numbers, lane, coordinates, the error code: the document's changes list them.
    expect(numbers.length).toBeGreaterThanOrEqual(15)
    for (const [path, value] of numbers) expect(vendorSchemaAt(path)?.example, path.join('.')).toBe(value)
    // Once `type` is right, those numbers are exactly what the schema refuses.
    const typed = { ...asWritten(), type: 'messages' }
    const refusedPaths = zInBoundWrapper.safeParse(typed).error?.issues.map((issue) => issue.path.join('.'))
    expect(refusedPaths?.sort()).toEqual(numbers.map(([path]) => path.join('.')).sort())
  })

  it('has no `contactId` at its root, and the schema requires none there', () => {
    expect(asWritten()).not.toHaveProperty('contactId')
    expect(accepted).not.toHaveProperty('contactId')
    expect(zInBoundWrapper.safeParse(accepted).success).toBe(true)
  })

  it('with exactly the two corrections of the decision it is the accepted fixture', () => {
    const corrected: Json = { ...asWritten(), type: 'messages' }
    for (const [path, value] of numbersTypedString()) setAt(corrected, path, String(value))
    expect(corrected).toEqual(accepted)
    const parsed = zInBoundWrapper.safeParse(corrected)
    expect(parsed.error?.issues).toBeUndefined()
    expect(parsed.data).toEqual(corrected)
  })

  it('the webhook handler acknowledges it (200) as an `unknown` notification, never as `messages`', async () => {
    const messages = vi.fn()
    const unknown = vi.fn()
    const handle = createMeheryXmsWebhookHandler({ verifyToken: 'verify-token-5c1', on: { messages, unknown } })
    const response = await handle(call(JSON.stringify(asWritten())))
    expect(response.status).toBe(200)
    expect(messages).not.toHaveBeenCalled()
    expect(unknown).toHaveBeenCalledOnce()
    expect(unknown.mock.calls[0]?.[0]).toEqual(asWritten())
  })

  it('the webhook handler delivers the corrected example to `messages`', async () => {
    const messages = vi.fn()
    const unknown = vi.fn()
    const handle = createMeheryXmsWebhookHandler({ verifyToken: 'verify-token-5c1', on: { messages, unknown } })
    const response = await handle(call(JSON.stringify(accepted)))
    expect(response.status).toBe(200)
    expect(unknown).not.toHaveBeenCalled()
    expect(messages.mock.calls[0]?.[0]).toEqual(accepted)
  })
})

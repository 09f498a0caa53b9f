// The spec against the vendor's current Swagger (fixtures/vendor-api-docs-2026-04-28.json,
// copied unchanged from Mehery's dump): every operation, definition, property and enum
// value of the vendor file is in the spec, or listed in the spec's root `x-parley-excluded`
// with the reason. Springfox's generic names (`ApiResponse«X,object»`) are matched through
// the spec's `x-springfox-name`; the two calls Mehery makes to you are matched through the
// webhooks' `x-vendor-operation`.
import { readFileSync } from 'node:fs'
import { specPathOf } from '@parley/testing'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import vendor from './fixtures/vendor-api-docs-2026-04-28.json' with { type: 'json' }

type Schema = {
  $ref?: string
  properties?: Record<string, Schema>
  items?: Schema
  allOf?: Schema[]
  oneOf?: Schema[]
  anyOf?: Schema[]
  enum?: unknown[]
  const?: unknown
  type?: string | string[]
  'x-springfox-name'?: string
}
type VendorSchema = { properties?: Record<string, { enum?: unknown[]; items?: { enum?: unknown[] } }> }

const spec = parse(readFileSync(specPathOf('mehery-xms'), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>
  webhooks: Record<string, Record<string, { 'x-vendor-operation'?: string }>>
  components: { schemas: Record<string, Schema> }
  'x-parley-excluded': Record<string, string>
}
const excluded = spec['x-parley-excluded'] ?? {}
const schemas = spec.components.schemas
const methods = ['get', 'post', 'put', 'delete', 'patch']

const specSchemaFor = (vendorName: string): Schema | undefined =>
  schemas[vendorName] ?? Object.values(schemas).find((schema) => schema['x-springfox-name'] === vendorName)

const resolve = (schema: Schema): Schema =>
  schema.$ref ? (schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {}) : schema

/** Every property a schema allows, through `$ref`, `allOf` and the branches of its unions. */
function propertiesOf(schema: Schema, seen = new Set<Schema>()): Map<string, Schema[]> {
  const result = new Map<string, Schema[]>()
  const resolved = resolve(schema)
  if (seen.has(resolved)) return result
  seen.add(resolved)
  for (const [name, property] of Object.entries(resolved.properties ?? {}))
    result.set(name, [...(result.get(name) ?? []), property])
  for (const part of [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]) {
    for (const [name, found] of propertiesOf(part, seen)) result.set(name, [...(result.get(name) ?? []), ...found])
  }
  return result
}

/** Whether a property schema accepts a string value: any string when nothing constrains it. */
function acceptsValue(schema: Schema, value: unknown): boolean {
  const resolved = resolve(schema)
  const branches = [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])]
  if (branches.length > 0 && branches.some((branch) => acceptsValue(branch, value))) return true
  if (resolved.const !== undefined) return resolved.const === value
  if (resolved.enum) return resolved.enum.includes(value)
  if (resolved.items) return acceptsValue(resolved.items, value)
  const types = [resolved.type ?? []].flat()
  return branches.length === 0 && (types.length === 0 || types.includes('string'))
}

function missingFromSpec(): string[] {
  const missing: string[] = []
  const webhookOperations = new Set(
    Object.values(spec.webhooks).flatMap((item) =>
      Object.values(item).map((operation) => operation['x-vendor-operation']),
    ),
  )
  for (const [path, item] of Object.entries(vendor.paths)) {
    for (const method of methods.filter((name) => name in item)) {
      const key = `${method.toUpperCase()} ${path}`
      if (excluded[key] || spec.paths[path]?.[method] || webhookOperations.has(key)) continue
      missing.push(key)
    }
  }
  for (const [name, definition] of Object.entries(vendor.definitions as Record<string, VendorSchema>)) {
    if (excluded[`schema ${name}`]) continue
    const schema = specSchemaFor(name)
    if (!schema) {
      missing.push(`schema ${name}`)
      continue
    }
    const properties = propertiesOf(schema)
    for (const [propertyName, property] of Object.entries(definition.properties ?? {})) {
      const key = `schema ${name}.${propertyName}`
      if (excluded[key]) continue
      const found = properties.get(propertyName)
      if (!found) {
        missing.push(key)
        continue
      }
      for (const value of property.enum ?? property.items?.enum ?? []) {
        if (!found.some((candidate) => acceptsValue(candidate, value)))
          missing.push(`${key} = ${JSON.stringify(value)}`)
      }
    }
  }
  return missing
}

describe("the spec covers Mehery's 2026 Swagger", () => {
  it('is the vendor file the README describes', () => {
    expect(vendor.info.version).toContain('2026-04-28')
    expect(Object.keys(vendor.definitions)).toHaveLength(104)
    const operationCount = Object.values(vendor.paths).reduce(
      (count, item) => count + methods.filter((name) => name in item).length,
      0,
    )
    expect(operationCount).toBe(30)
  })

  it('every operation, definition, property and enum value is in the spec or excluded with a reason', () => {
    expect(missingFromSpec()).toEqual([])
  })

  it('every exclusion names something of the vendor file and gives a reason', () => {
    const vendorKeys = new Set<string>()
    for (const [path, item] of Object.entries(vendor.paths))
      for (const method of methods.filter((name) => name in item)) vendorKeys.add(`${method.toUpperCase()} ${path}`)
    for (const [name, definition] of Object.entries(vendor.definitions as Record<string, VendorSchema>)) {
      vendorKeys.add(`schema ${name}`)
      for (const property of Object.keys(definition.properties ?? {})) vendorKeys.add(`schema ${name}.${property}`)
    }
    for (const [key, reason] of Object.entries(excluded)) {
      expect(vendorKeys.has(key), key).toBe(true)
      expect(reason.length, key).toBeGreaterThan(20)
    }
  })
})

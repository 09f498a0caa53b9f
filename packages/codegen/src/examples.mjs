// The examples a spec gives, read the same way by the docs, the tests that call every
// operation (@parley/testing) and the generated mock handlers (plugins/mock-handlers.mjs).
import { resolveReference } from './json-pointer.mjs'

/**
 * The first example a parameter, media type or schema offers (through local `$ref`s).
 * @param {unknown} spec
 * @param {import('./json-pointer.mjs').SpecNode | undefined} holder
 * @returns {unknown}
 */
export function exampleOf(spec, holder) {
  if (!holder) return undefined
  if (holder.example !== undefined) return holder.example
  if (holder.examples && typeof holder.examples === 'object') {
    if (Array.isArray(holder.examples)) {
      if (holder.examples.length > 0) return holder.examples[0]
    } else {
      const first = Object.values(holder.examples)[0]
      const value = resolveReference(spec, first)?.value
      if (value !== undefined) return value
    }
  }
  const schema = resolveReference(spec, holder.schema)
  if (schema) return exampleOf(spec, schema)
  if (holder.default !== undefined) return holder.default
  if (Array.isArray(holder.enum)) return holder.enum[0]
  if (holder.const !== undefined) return holder.const
  return undefined
}

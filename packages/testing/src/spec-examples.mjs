// Reads a spec's operations and builds each one's call arguments from the spec's own
// examples (or, for the tests, values sampled from the schema where there is none). Shared
// by the docs (x-codeSamples) and by the tests that call every operation against a mock, so
// a sample in the docs is exactly what the tests send.
import { readFileSync } from 'node:fs'
import { exampleOf, operationFunctionNames, resolveReference as resolveSpecReference } from '@parley/codegen'
import RandExp from 'randexp'
import { parse } from 'yaml'

export { exampleOf }

/**
 * @typedef {import('@parley/codegen').SpecNode} SpecNode
 */

/**
 * One operation of a spec, as the tests and docs call it.
 * @typedef {object} SpecOperation
 * @property {string} key `"<METHOD> <url>"`, the key of the generated operations table
 * @property {string} name the SDK function and client method name
 * @property {string} method
 * @property {string} path
 * @property {string} url
 * @property {string} operationId
 * @property {SpecNode} operation
 * @property {Array<SpecNode | undefined>} parameters resolved (undefined where a `$ref` leads nowhere)
 */

/**
 * @typedef {object} ExampleArguments
 * @property {Record<string, unknown>} [path]
 * @property {Record<string, unknown>} [query]
 * @property {Record<string, unknown>} [headers]
 * @property {unknown} [body]
 */

/**
 * Whether `value` fits a schema (or a `$ref` to one) of the spec; undefined when it cannot tell.
 * @typedef {(schemaOrReference: unknown, value: unknown) => boolean | undefined} FitsSchema
 */

/**
 * @typedef {object} SampleOptions
 * @property {FitsSchema} [fits] lets a `oneOf` be sampled with a value fitting exactly one alternative
 */

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch']

/**
 * A spec file as it is (no overlay applied).
 * @param {string} specPath
 * @returns {SpecNode}
 */
export const readSpec = (specPath) => parse(readFileSync(specPath, 'utf8'))

/**
 * Follows local `$ref`s (`#/components/...`, percent-encoded fragments included) with the
 * generator's own resolver; a reference to another file cannot be followed here.
 *
 * @param {SpecNode} spec
 * @param {unknown} value
 * @returns {SpecNode | undefined}
 */
export function resolveReference(spec, value) {
  const resolved = resolveSpecReference(spec, value)
  if (typeof resolved?.$ref === 'string' && !resolved.$ref.startsWith('#/'))
    throw new Error(`Only local $refs are supported: ${resolved.$ref}`)
  return resolved
}

/**
 * Every operation under `paths`, in spec order, with its SDK function `name` (the generator's).
 * @param {SpecNode} spec
 * @returns {SpecOperation[]}
 */
export function listOperations(spec) {
  /** @type {Array<Omit<SpecOperation, 'name'>>} */
  const operations = []
  for (const [url, pathItemValue] of Object.entries(spec.paths ?? {})) {
    const pathItem = resolveReference(spec, pathItemValue) ?? {}
    for (const method of httpMethods) {
      const operation = pathItem[method]
      if (!operation) continue
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) =>
        resolveReference(spec, parameter),
      )
      operations.push({
        key: `${method.toUpperCase()} ${url}`,
        method,
        url,
        path: url,
        operation,
        operationId: operation.operationId,
        parameters,
      })
    }
  }
  const names = operationFunctionNames(operations)
  return operations.map((entry) => ({ ...entry, name: /** @type {string} */ (names.get(entry.key)) }))
}

/** @type {Record<string, string>} */
const sampleStrings = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  email: 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
  binary: 'data',
}

/**
 * The same short string for a `pattern` every run (randexp, always taking the lowest choice,
 * letters and digits before punctuation), or undefined when it does not match after all
 * (a pattern randexp reads differently) or the pattern is not a valid JavaScript one.
 *
 * @param {string} pattern
 * @param {{ minLength?: number, maxLength?: number }} limits
 * @returns {string | undefined}
 */
function stringMatching(pattern, { minLength = 0, maxLength = Infinity }) {
  try {
    const expression = new RegExp(pattern)
    const generator = new RandExp(expression)
    generator.randInt = (/** @type {number} */ low) => low
    generator.max = Math.max(1, minLength)
    generator.defaultRange.subtract(32, 47)
    const text = generator.gen()
    return expression.test(text) && text.length >= minLength && text.length <= maxLength ? text : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether a schema allows `null` and nothing else (`type: 'null'`, or only 'null' in its list).
 * @param {SpecNode | undefined} schema
 */
const allowsOnlyNull = (schema) =>
  schema?.type === 'null' || (Array.isArray(schema?.type) && schema.type.every((type) => type === 'null'))

/**
 * A value a schema's property refuses by its type alone: a number where it wants text, else text.
 * Undefined where the property has no type to refuse (any value might fit it).
 * @param {SpecNode | undefined} propertySchema
 * @returns {unknown}
 */
function valueRefusedByType(propertySchema) {
  /** @type {unknown[]} */
  const types = Array.isArray(propertySchema?.type) ? propertySchema.type : [propertySchema?.type]
  if (types.includes(undefined) || types.includes('null')) return undefined
  return types.includes('string') ? 1 : 'sample'
}

/**
 * For a `oneOf`, the first alternative's sample that fits that alternative and no other. A plain
 * object fitting others too, where its own alternative allows extra properties, is given for each
 * of those others a property the other declares (and its own does not) with a value the other
 * refuses by type. Undefined when no such value is found, or there is no `fits` or it cannot tell.
 *
 * @param {SpecNode} spec
 * @param {unknown[]} alternatives
 * @param {SampleOptions} options
 * @param {Set<SpecNode>} seen
 * @returns {unknown}
 */
function sampleFittingOne(spec, alternatives, options, seen) {
  const { fits } = options
  if (!fits) return undefined
  /** The alternatives `value` fits, or undefined when one of them cannot be checked. */
  const fitted = (/** @type {unknown} */ value) => {
    const verdicts = alternatives.map((alternative) => fits(alternative, value))
    return verdicts.includes(undefined) ? undefined : alternatives.filter((_, index) => verdicts[index])
  }
  for (const alternative of alternatives) {
    const schema = resolveReference(spec, alternative)
    if (allowsOnlyNull(schema)) continue
    const value = sampleOf(spec, alternative, options, seen)
    if (value === undefined) continue
    const fitting = fitted(value)
    if (!fitting) return undefined
    if (fitting.length === 1 && fitting[0] === alternative) return value
    const isPlainObject = value !== null && typeof value === 'object' && !Array.isArray(value)
    if (!isPlainObject || !fitting.includes(alternative)) continue
    if (schema?.additionalProperties === false || schema?.unevaluatedProperties === false) continue
    /** @type {Record<string, unknown>} */
    const distinguished = { ...value }
    for (const other of fitting) {
      if (other === alternative) continue
      const declared = Object.entries(resolveReference(spec, other)?.properties ?? {})
      for (const [name, propertySchema] of declared) {
        if (name in distinguished || Object.hasOwn(schema?.properties ?? {}, name)) continue
        const refused = valueRefusedByType(resolveReference(spec, propertySchema))
        if (refused === undefined) continue
        distinguished[name] = refused
        break
      }
    }
    const fittingNow = fitted(distinguished)
    if (!fittingNow) return undefined
    if (fittingNow.length === 1 && fittingNow[0] === alternative) return distinguished
  }
  return undefined
}

/**
 * A value that satisfies `schema` as far as a mock checks: the example, default, const or
 * first enum value where the schema has one, else the smallest value of its type with every
 * required property. Cycles stop at an empty value.
 *
 * With a `fits` check, a `oneOf` gets a value that fits exactly one of its alternatives where
 * one can be found (a mock refuses a value fitting several).
 *
 * @param {SpecNode} spec
 * @param {unknown} schemaOrReference
 * @param {SampleOptions} [options]
 * @param {Set<SpecNode>} [seen] the schemas being sampled (a cycle)
 * @returns {unknown}
 */
export function sampleOf(spec, schemaOrReference, options = {}, seen = new Set()) {
  const schema = resolveReference(spec, schemaOrReference)
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return undefined
  const given =
    schema.example ??
    (Array.isArray(schema.examples) ? schema.examples[0] : undefined) ??
    schema.default ??
    schema.const ??
    schema.enum?.[0]
  if (given !== undefined) return given
  const inner = new Set(seen).add(schema)
  const alternatives = schema.oneOf ?? schema.anyOf
  if (alternatives?.length) {
    const fittingOne = schema.oneOf && options.fits ? sampleFittingOne(spec, alternatives, options, inner) : undefined
    if (fittingOne !== undefined) return fittingOne
    // A value over `null` (3.1 writes a nullable reference as `oneOf: [{ type: 'null' }, { $ref }]`).
    const chosen =
      alternatives.find((/** @type {unknown} */ alternative) => !allowsOnlyNull(resolveReference(spec, alternative))) ??
      alternatives[0]
    return sampleOf(spec, chosen, options, inner)
  }
  if (schema.allOf?.length) {
    /** @type {unknown[]} */
    const parts = schema.allOf.map((/** @type {unknown} */ part) => sampleOf(spec, part, options, inner))
    return parts.every((part) => part && typeof part === 'object' && !Array.isArray(part))
      ? Object.assign({}, ...parts)
      : parts.find((part) => part !== undefined)
  }
  /** @type {unknown[]} */
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type]
  const type = types.find((candidate) => candidate !== 'null') ?? (types.includes('null') ? 'null' : undefined)
  switch (type ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined)) {
    case 'string': {
      const text =
        sampleStrings[schema.format] ??
        (typeof schema.pattern === 'string' ? stringMatching(schema.pattern, schema) : undefined) ??
        'sample'
      return schema.minLength > text.length
        ? text.padEnd(schema.minLength, 'x')
        : schema.maxLength < text.length
          ? text.slice(0, schema.maxLength)
          : text
    }
    case 'integer':
    case 'number': {
      const minimum =
        schema.minimum ?? (typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined)
      return minimum ?? (schema.maximum !== undefined ? Math.min(1, schema.maximum) : 1)
    }
    case 'boolean':
      return true
    case 'null':
      return null
    case 'array': {
      /** @type {unknown} */
      const item = sampleOf(spec, schema.items, options, inner)
      return item === undefined ? [] : Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item)
    }
    case 'object': {
      /** @type {Record<string, unknown>} */
      const value = {}
      for (const name of schema.required ?? []) {
        const property = sampleOf(spec, schema.properties?.[name] ?? {}, options, inner)
        value[name] = property === undefined ? 'sample' : property
      }
      // `minProperties` asks for more than the required ones: the first optional properties, in order.
      for (const [name, propertySchema] of Object.entries(schema.properties ?? {})) {
        if (Object.keys(value).length >= (schema.minProperties ?? 0)) break
        if (name in value) continue
        const property = sampleOf(spec, propertySchema, options, inner)
        if (property !== undefined) value[name] = property
      }
      return value
    }
    default:
      return undefined
  }
}

/**
 * `{ path, query, headers, body }` for one operation, from examples. Required values
 * without an example throw (the spec rules require examples), or with `sampleMissing` are
 * sampled from their schema; optional ones are left out.
 *
 * @param {SpecNode} spec
 * @param {Pick<SpecOperation, 'operation' | 'operationId' | 'parameters'>} operation
 * @param {{ sampleMissing?: boolean, fits?: FitsSchema }} [options] `fits`: see `sampleOf`
 * @returns {ExampleArguments}
 */
export function exampleArguments(spec, { operation, operationId, parameters }, { sampleMissing = false, fits } = {}) {
  /** @type {Record<string, unknown> & ExampleArguments} */
  const callArguments = {}
  for (const parameter of parameters) {
    if (!parameter || parameter.in === 'cookie') continue
    let value = exampleOf(spec, parameter)
    if (value === undefined && parameter.required && sampleMissing)
      value = sampleOf(spec, parameter.schema, { fits }) ?? 'sample'
    if (value === undefined) {
      if (parameter.required)
        throw new Error(`${operationId}: ${parameter.in} parameter ${parameter.name} has no example`)
      continue
    }
    /** @type {'path' | 'query' | 'headers'} */
    const bucket = parameter.in === 'header' ? 'headers' : parameter.in
    callArguments[bucket] = { ...callArguments[bucket], [parameter.name]: value }
  }
  const requestBody = resolveReference(spec, operation.requestBody)
  if (requestBody) {
    const content = requestBody.content ?? {}
    const mediaType = content['application/json'] ?? Object.values(content)[0]
    let body = exampleOf(spec, mediaType)
    if (body === undefined && requestBody.required && sampleMissing) body = sampleOf(spec, mediaType?.schema, { fits })
    if (body === undefined && requestBody.required) throw new Error(`${operationId}: request body has no example`)
    if (body !== undefined) callArguments.body = body
  }
  return callArguments
}

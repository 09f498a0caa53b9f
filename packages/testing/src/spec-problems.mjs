// Where a vendor's file contradicts itself, found without running anything: every example a
// mock or the generated tests use (parameters, request bodies, 2xx answers, and the `example`s
// of the schemas under them) validated against its own schema with Ajv and ajv-formats, the
// validator Prism itself checks requests and answers with. Each problem carries the OpenAPI
// Overlay 1.0 action that fixes it, so a published file stays byte for byte and its fix goes
// into `specs/<id>/overlay.yaml`. Used by the generated operation tests and `pnpm lint:specs`.
import { operationMethods } from '@parley/codegen/spec-source'
import Ajv from 'ajv'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { stringify } from 'yaml'
import { sampleOf } from './spec-examples.mjs'

/** The kinds of spec problem, as the reports name them. */
export const specProblemKinds = {
  exampleBreaksSchema: 'example breaks its schema',
  mockCannotAnswer: 'the mock cannot answer',
  unresolvableReference: 'unresolvable $ref',
}

/**
 * A place in the document: `key` is the JSON Pointer segment; `filter` (inline parameters)
 * names the item by `name` and `in`, which survives the cleanups that drop header
 * parameters and so shift indices.
 * @typedef {{ key: string | number, filter?: { name: string, in: string } }} Segment
 */

/** `$.paths['/users/{id}'].get.parameters[?(@.name=='id' && @.in=='path')].example` */
export function jsonPathOf(segments) {
  let path = '$'
  for (const { key, filter } of segments) {
    if (filter) path += `[?(@.name==${quote(filter.name)} && @.in==${quote(filter.in)})]`
    else if (typeof key === 'number') path += `[${key}]`
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) path += `.${key}`
    else path += `[${quote(key)}]`
  }
  return path
}

const quote = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

const pointerOf = (segments) =>
  segments.map(({ key }) => `/${encodeURIComponent(String(key).replace(/~/g, '~0').replace(/\//g, '~1'))}`).join('')

/** A local `$ref` as segments (`#/components/schemas/A%20B` -> components, schemas, A B). */
function segmentsOfReference(reference) {
  return reference
    .slice(2)
    .split('/')
    .map((part) => ({ key: decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~') }))
}

function nodeAt(document, segments) {
  let node = document
  for (const { key } of segments) {
    if (node === null || typeof node !== 'object') return undefined
    node = node[key]
  }
  return node
}

/** Follows local `$ref`s, keeping where the node really is (its fix goes there). */
function follow(document, node, at) {
  let current = node
  let where = at
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 32; hops++) {
    if (!current.$ref.startsWith('#/')) return { node: undefined, at: where, unresolved: current.$ref }
    where = segmentsOfReference(current.$ref)
    const target = nodeAt(document, where)
    if (target === undefined) return { node: undefined, at: where, unresolved: current.$ref }
    current = target
  }
  return { node: current, at: where }
}

/** A JSON Schema validator for the document's dialect, the document itself registered by name. */
function validatorFor(document) {
  const options = { strict: false, validateSchema: false, allErrors: true, logger: false, unicodeRegExp: false }
  const openapi31 = typeof document.openapi === 'string' && document.openapi.startsWith('3.1')
  const ajv = openapi31 ? new Ajv2020(options) : new Ajv(options)
  addFormats(ajv)
  ajv.addSchema(openapi31 ? document : withNumericExclusiveBounds(structuredClone(document)), 'parley-spec')
  const compiled = new Map()
  /** The errors of `value` against the schema at `segments` (undefined: valid; null: not checkable). */
  return (segments, value) => {
    const pointer = pointerOf(segments)
    let validate = compiled.get(pointer)
    if (validate === undefined) {
      try {
        validate = ajv.compile({ $ref: `parley-spec#${pointer}` })
      } catch {
        validate = null
      }
      compiled.set(pointer, validate)
    }
    if (validate === null) return null
    return validate(value) ? undefined : validate.errors
  }
}

/** OpenAPI 3.0 writes `exclusiveMinimum: true` beside `minimum` (draft 4); Ajv reads draft 7's numbers. */
function withNumericExclusiveBounds(node) {
  if (Array.isArray(node)) node.forEach(withNumericExclusiveBounds)
  else if (node && typeof node === 'object') {
    for (const [bound, exclusive] of [
      ['minimum', 'exclusiveMinimum'],
      ['maximum', 'exclusiveMaximum'],
    ])
      if (typeof node[exclusive] === 'boolean') {
        if (node[exclusive] && typeof node[bound] === 'number') {
          node[exclusive] = node[bound]
          delete node[bound]
        } else delete node[exclusive]
      }
    for (const value of Object.values(node)) withNumericExclusiveBounds(value)
  }
  return node
}

const describeErrors = (errors) =>
  errors
    .slice(0, 3)
    .map((error) => `${error.instancePath || '(root)'} ${error.message}`)
    .join('; ')

/** Schema keywords holding subschemas (to reach the `example`s nested in an answer's schema). */
const subschemaMaps = ['properties', 'patternProperties', '$defs', 'definitions']
const subschemaLists = ['allOf', 'anyOf', 'oneOf', 'prefixItems']
const subschemaSingles = ['items', 'additionalProperties', 'not', 'contains', 'if', 'then', 'else']

/**
 * Every spec problem of an OpenAPI 3.x document (as `loadDocument` gives it: converted and
 * with the overlay applied), each with the operations it touches and its overlay action.
 * @returns {{ problems: import('./spec-problems.d.mts').SpecProblem[], unchecked: number }}
 */
export function findSpecProblems(document) {
  const errorsOf = validatorFor(document)
  const problems = new Map()
  let unchecked = 0
  const seenSchemas = new Set()

  const record = (problem, operationKey) => {
    const target = problem.action.target
    const existing = problems.get(target)
    if (existing) {
      if (operationKey && !existing.operations.includes(operationKey)) existing.operations.push(operationKey)
      return existing
    }
    const created = { ...problem, operations: operationKey ? [operationKey] : [] }
    problems.set(target, created)
    return created
  }

  /** The example a holder offers (what the tests send and the mock answers), and where it is. */
  const offeredExamples = (holder, at) => {
    const offered = []
    if (holder.example !== undefined) offered.push({ value: holder.example, at: [...at, { key: 'example' }] })
    else if (Array.isArray(holder.examples))
      for (const [index, value] of holder.examples.entries())
        offered.push({ value, at: [...at, { key: 'examples' }, { key: index }] })
    else if (holder.examples && typeof holder.examples === 'object')
      for (const [name, entry] of Object.entries(holder.examples)) {
        const resolved = follow(document, entry, [...at, { key: 'examples' }, { key: name }])
        if (resolved.node?.value !== undefined)
          offered.push({ value: resolved.node.value, at: [...at, { key: 'examples' }, { key: name }] })
      }
    return offered
  }

  /** Checks a holder's examples against the schema at `schemaAt`; `side` says where they are used. */
  const checkExamples = (holder, at, schemaAt, { side, location, operationKey }) => {
    for (const { value, at: exampleAt } of offeredExamples(holder, at)) {
      const errors = errorsOf(schemaAt, value)
      if (errors === null) unchecked++
      if (!errors) continue
      record(
        {
          kind: specProblemKinds.exampleBreaksSchema,
          side,
          location,
          message: `the example at ${jsonPathOf(exampleAt)} breaks its schema: ${describeErrors(errors)}`,
          action: {
            target: jsonPathOf(exampleAt),
            remove: true,
            description: 'Remove the example its own schema refuses (the mock and the tests then sample the schema)',
          },
        },
        operationKey,
      )
    }
  }

  /** Walks a schema and the subschemas under it, checking each `example` against its own schema. */
  const walkSchema = (schemaValue, at, context) => {
    const { node: schema, at: schemaAt, unresolved } = follow(document, schemaValue, at)
    if (unresolved) return unresolvedReference(unresolved, at, context.operationKey)
    if (!schema || typeof schema !== 'object') return
    const key = `${pointerOf(schemaAt)}|${context.operationKey ?? ''}`
    if (seenSchemas.has(key)) return
    seenSchemas.add(key)
    checkExamples(schema, schemaAt, schemaAt, context)
    for (const keyword of subschemaMaps)
      for (const [name, child] of Object.entries(schema[keyword] ?? {}))
        walkSchema(child, [...schemaAt, { key: keyword }, { key: name }], context)
    for (const keyword of subschemaLists)
      if (Array.isArray(schema[keyword]))
        for (const [index, child] of schema[keyword].entries())
          walkSchema(child, [...schemaAt, { key: keyword }, { key: index }], context)
    for (const keyword of subschemaSingles)
      if (schema[keyword] && typeof schema[keyword] === 'object')
        walkSchema(schema[keyword], [...schemaAt, { key: keyword }], context)
  }

  const unresolvedReference = (reference, at, operationKey) =>
    record(
      {
        kind: specProblemKinds.unresolvableReference,
        side: 'request',
        message: `${jsonPathOf(at)} refers to ${reference}, which is not in the document`,
        action: {
          target: jsonPathOf(at.slice(0, -1)),
          update: { [at.at(-1).key]: { description: `was ${reference}` } },
          description: `Replace the reference to ${reference} (not in the document) with the schema it means`,
        },
      },
      operationKey,
    )

  /** A holder of `schema` + examples: a parameter or a media type. */
  const checkHolder = (holder, at, context) => {
    if (!holder.schema) return
    const { at: schemaAt, unresolved } = follow(document, holder.schema, [...at, { key: 'schema' }])
    if (unresolved) return unresolvedReference(unresolved, [...at, { key: 'schema' }], context.operationKey)
    checkExamples(holder, at, schemaAt, context)
    walkSchema(holder.schema, [...at, { key: 'schema' }], context)
  }

  for (const [url, pathItemValue] of Object.entries(document.paths ?? {})) {
    const { node: pathItem, at: pathItemAt } = follow(document, pathItemValue, [{ key: 'paths' }, { key: url }])
    if (!pathItem) continue
    for (const method of operationMethods) {
      const operation = pathItem[method]
      if (!operation) continue
      const operationKey = `${method.toUpperCase()} ${url}`
      const operationAt = [...pathItemAt, { key: method }]
      const parameterSources = [
        [pathItem.parameters, pathItemAt],
        [operation.parameters, operationAt],
      ]
      for (const [parameters, ownerAt] of parameterSources)
        for (const [index, parameterValue] of (parameters ?? []).entries()) {
          const inline = !parameterValue?.$ref
          const at = [
            ...ownerAt,
            { key: 'parameters' },
            inline && parameterValue?.name
              ? { key: index, filter: { name: parameterValue.name, in: parameterValue.in } }
              : { key: index },
          ]
          const { node: parameter, at: parameterAt } = follow(document, parameterValue, at)
          if (!parameter || parameter.in === 'cookie') continue
          checkHolder(parameter, parameterAt, { side: 'request', location: parameter.in, operationKey })
        }
      const body = follow(document, operation.requestBody, [...operationAt, { key: 'requestBody' }])
      for (const [mediaType, holder] of Object.entries(body.node?.content ?? {}))
        checkHolder(holder, [...body.at, { key: 'content' }, { key: mediaType }], {
          side: 'request',
          location: 'body',
          operationKey,
        })
      for (const [status, responseValue] of Object.entries(operation.responses ?? {})) {
        if (!String(status).startsWith('2')) continue
        const response = follow(document, responseValue, [...operationAt, { key: 'responses' }, { key: status }])
        for (const [mediaType, holder] of Object.entries(response.node?.content ?? {}))
          checkHolder(holder, [...response.at, { key: 'content' }, { key: mediaType }], {
            side: 'response',
            location: 'body',
            operationKey,
          })
      }
    }
  }
  return { problems: [...problems.values()], unchecked }
}

/**
 * The fix for an answer the mock could not give although no example is wrong (no example
 * and a schema it cannot sample): an `example` for the operation's first 2xx media type,
 * sampled from its schema, which the overlay adds.
 */
export function exampleToAddFor(document, operationKey) {
  const [method, ...urlParts] = operationKey.split(' ')
  const url = urlParts.join(' ')
  const operationAt = [{ key: 'paths' }, { key: url }, { key: method.toLowerCase() }]
  const operation = nodeAt(document, operationAt)
  const status = Object.keys(operation?.responses ?? {})
    .filter((code) => code.startsWith('2'))
    .sort()[0]
  if (!status) return undefined
  const response = follow(document, operation.responses[status], [
    ...operationAt,
    { key: 'responses' },
    { key: status },
  ])
  const content = response.node?.content ?? {}
  const mediaType = Object.keys(content).find((type) => type.includes('json')) ?? Object.keys(content)[0]
  if (!mediaType) return undefined
  let sample
  try {
    sample = sampleOf(document, content[mediaType].schema)
  } catch {
    sample = undefined
  }
  return {
    target: jsonPathOf([...response.at, { key: 'content' }, { key: mediaType }]),
    update: { example: sample ?? {} },
    description: `Give the ${status} answer an example the mock can serve (sampled from its schema; check it reads right)`,
  }
}

/** One overlay action as it goes under `actions:` in specs/<id>/overlay.yaml. */
export function overlayActionYaml({ target, update, remove, description }) {
  const action = { target, ...(description ? { description } : {}) }
  if (remove) action.remove = true
  else action.update = update
  return stringify([action], { lineWidth: 0 }).trimEnd()
}

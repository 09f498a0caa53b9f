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

/** @typedef {import('./spec-examples.mjs').SpecNode} SpecNode */

/** The kinds of spec problem, as the reports name them. */
export const specProblemKinds = /** @type {const} */ ({
  exampleBreaksSchema: 'example breaks its schema',
  mockCannotAnswer: 'the mock cannot answer',
  unresolvableReference: 'unresolvable $ref',
  enumBreaksSchema: 'enum breaks its schema',
  noConformingRequest: 'no request can conform',
  mockCannotRead: 'the mock cannot read the request',
  noSuccessAnswer: 'no success answer declared',
  textAnswerNotText: 'text answer whose schema is not a string',
  notAMediaType: 'not a media type',
})

/** @typedef {(typeof specProblemKinds)[keyof typeof specProblemKinds]} SpecProblemKind */

/**
 * An OpenAPI Overlay 1.0 action (`description` says what it does).
 * @typedef {{ target: string, description?: string, update?: unknown, remove?: boolean }} OverlayAction
 */

/**
 * A contradiction in the document, with its fix.
 * @typedef {object} SpecProblem
 * @property {SpecProblemKind} kind
 * @property {'request' | 'response'} side whether the tests send it (`request`) or the mock answers it (`response`)
 * @property {string} [location] `path`, `query`, `header` or `body`
 * @property {string} [parameter] the parameter it is in (for a path, query or header problem)
 * @property {string} message
 * @property {string[]} operations the operations (`GET /path`) it touches
 * @property {OverlayAction} action
 */

/**
 * Where a problem is used: which side, where in the call, by which operation.
 * @typedef {{ side: 'request' | 'response', location?: string, parameter?: string, operationKey?: string }} ProblemContext
 */

/**
 * A place in the document: `key` is the JSON Pointer segment; `filter` (inline parameters)
 * names the item by `name` and `in`, which survives the cleanups that drop header
 * parameters and so shift indices.
 * @typedef {{ key: string | number, filter?: SegmentFilter }} Segment
 */

/**
 * @typedef {object} SegmentFilter
 * @property {string} name
 * @property {string} in
 */

// `$.paths['/users/{id}'].get.parameters[?(@.name=='id' && @.in=='path')].example`
/**
 * A place as the JSONPath an overlay action targets (as in the line above).
 * @param {ReadonlyArray<Segment>} segments
 * @returns {string}
 */
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

const quote = (/** @type {unknown} */ text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

const pointerOf = (/** @type {ReadonlyArray<Segment>} */ segments) =>
  segments.map(({ key }) => `/${encodeURIComponent(String(key).replace(/~/g, '~0').replace(/\//g, '~1'))}`).join('')

/**
 * A local `$ref` as segments (`#/components/schemas/A%20B` -> components, schemas, A B).
 * @param {string} reference
 * @returns {Segment[]}
 */
function segmentsOfReference(reference) {
  return reference
    .slice(2)
    .split('/')
    .map((part) => ({ key: decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~') }))
}

/**
 * @param {unknown} document
 * @param {ReadonlyArray<Segment>} segments
 * @returns {SpecNode | undefined}
 */
function nodeAt(document, segments) {
  /** @type {unknown} */
  let node = document
  for (const { key } of segments) {
    if (node === null || typeof node !== 'object') return undefined
    node = /** @type {SpecNode} */ (node)[key]
  }
  return /** @type {SpecNode | undefined} */ (node)
}

/**
 * Follows local `$ref`s, keeping where the node really is (its fix goes there).
 * @param {SpecNode} document
 * @param {unknown} node
 * @param {Segment[]} at
 * @returns {{ node: SpecNode | undefined, at: Segment[], unresolved?: string }}
 */
function follow(document, node, at) {
  /** @type {SpecNode | undefined} */
  let current = /** @type {SpecNode | undefined} */ (node)
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

/**
 * A JSON Schema validator for the document's dialect, the document itself registered by name.
 * With `coerceTypes`, text is read as the number, boolean or one-item array its schema
 * wants, as a reader of form fields does.
 * @param {SpecNode} document
 * @param {{ coerceTypes?: boolean }} [options]
 * @returns {(segments: ReadonlyArray<Segment>, value: unknown) => import('ajv').ErrorObject[] | null | undefined}
 */
function validatorFor(document, { coerceTypes = false } = {}) {
  const ajv = ajvFor(document, { coerceTypes })
  /** @type {Map<string, import('ajv').ValidateFunction | null>} */
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
      compiled.set(pointer, validate ?? null)
    }
    if (!validate) return null
    return validate(value) ? undefined : validate.errors
  }
}

/**
 * Ajv for the document's dialect, the document registered as `parley-spec`.
 * @param {SpecNode} document
 * @param {{ coerceTypes?: boolean }} options
 */
function ajvFor(document, { coerceTypes = false }) {
  /** @type {import('ajv').Options} */
  const options = {
    strict: false,
    validateSchema: false,
    allErrors: true,
    logger: false,
    unicodeRegExp: false,
    ...(coerceTypes ? { coerceTypes: /** @type {const} */ ('array') } : {}),
  }
  const openapi31 = typeof document.openapi === 'string' && document.openapi.startsWith('3.1')
  // `.default`: these CommonJS modules export their class (and plugin) both as the module and
  // as `default`; TypeScript's NodeNext view of them knows only the latter.
  const ajv = openapi31 ? new Ajv2020.default(options) : new Ajv.default(options)
  addFormats.default(ajv)
  ajv.addSchema(openapi31 ? document : withNumericExclusiveBounds(structuredClone(document)), 'parley-spec')
  return ajv
}

/**
 * Whether a value fits a schema of the document (given as written there: inline, or a `$ref`),
 * checked as spec examples are; undefined when the schema cannot be compiled. For the sampler's
 * `fits` option (a `oneOf` sampled with a value that fits exactly one alternative).
 * @param {SpecNode} document
 * @returns {(schemaOrReference: unknown, value: unknown) => boolean | undefined}
 */
export function schemaFitsFor(document) {
  const ajv = ajvFor(document, {})
  const openapi31 = typeof document.openapi === 'string' && document.openapi.startsWith('3.1')
  /** @type {WeakMap<object, import('ajv').ValidateFunction | null>} */
  const compiled = new WeakMap()
  return (schemaOrReference, value) => {
    if (typeof schemaOrReference === 'boolean') return schemaOrReference
    if (!schemaOrReference || typeof schemaOrReference !== 'object') return undefined
    let validate = compiled.get(schemaOrReference)
    if (validate === undefined) {
      // Compiled apart from the document: its local `$ref`s are pointed at the registered document.
      const schema = withReferencesInto(structuredClone(schemaOrReference), 'parley-spec')
      try {
        validate = ajv.compile(openapi31 ? schema : withNumericExclusiveBounds(schema))
      } catch {
        validate = null
      }
      compiled.set(schemaOrReference, validate)
    }
    return validate ? validate(value) : undefined
  }
}

/**
 * Rewrites every local `$ref` (`#/...`) of a schema to point into the document registered as `documentId`.
 * @template T
 * @param {T} node
 * @param {string} documentId
 * @returns {T}
 */
function withReferencesInto(node, documentId) {
  if (Array.isArray(node)) for (const item of node) withReferencesInto(item, documentId)
  else if (node && typeof node === 'object') {
    const schema = /** @type {SpecNode} */ (node)
    for (const [key, value] of Object.entries(schema))
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) schema.$ref = `${documentId}${value}`
      else withReferencesInto(value, documentId)
  }
  return node
}

/**
 * OpenAPI 3.0 writes `exclusiveMinimum: true` beside `minimum` (draft 4); Ajv reads draft 7's numbers.
 * @template T
 * @param {T} node
 * @returns {T}
 */
function withNumericExclusiveBounds(node) {
  if (Array.isArray(node)) node.forEach(withNumericExclusiveBounds)
  else if (node && typeof node === 'object') {
    const schema = /** @type {SpecNode} */ (node)
    for (const [bound, exclusive] of /** @type {const} */ ([
      ['minimum', 'exclusiveMinimum'],
      ['maximum', 'exclusiveMaximum'],
    ]))
      if (typeof schema[exclusive] === 'boolean') {
        if (schema[exclusive] && typeof schema[bound] === 'number') {
          schema[exclusive] = schema[bound]
          delete schema[bound]
        } else delete schema[exclusive]
      }
    for (const value of Object.values(schema)) withNumericExclusiveBounds(value)
  }
  return node
}

const describeErrors = (/** @type {import('ajv').ErrorObject[]} */ errors) =>
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
 * @param {SpecNode} document
 * @returns {{ problems: SpecProblem[], unchecked: number }}
 */
export function findSpecProblems(document) {
  const errorsOf = validatorFor(document)
  /** @type {Map<string, SpecProblem>} */
  const problems = new Map()
  let unchecked = 0
  /** @type {Set<string>} */
  const seenSchemas = new Set()

  /** @type {(problem: Omit<SpecProblem, 'operations'>, operationKey: string | undefined) => SpecProblem} */
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
  /** @type {(holder: SpecNode, at: Segment[]) => Array<{ value: unknown, at: Segment[] }>} */
  const offeredExamples = (holder, at) => {
    /** @type {Array<{ value: unknown, at: Segment[] }>} */
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
  /** @type {(holder: SpecNode, at: Segment[], schemaAt: Segment[], context: ProblemContext) => void} */
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

  /**
   * An `enum` value its own schema refuses (`1` under `type: string`): the tests send it
   * (the first value, where there is no example) and the mock answers it, and no value can
   * satisfy both the type and the enum. Each one is fixed by writing it as the type says.
   */
  /** @type {(schema: SpecNode, schemaAt: Segment[], context: ProblemContext) => void} */
  const checkEnum = (schema, schemaAt, { side, location, parameter, operationKey }) => {
    if (!Array.isArray(schema.enum)) return
    for (const [index, value] of schema.enum.entries()) {
      const errors = errorsOf(schemaAt, value)
      if (!errors) continue
      const valueAt = [...schemaAt, { key: 'enum' }, { key: index }]
      const written = valueAsType(value, schema.type)
      record(
        {
          kind: specProblemKinds.enumBreaksSchema,
          side,
          location,
          ...(parameter ? { parameter } : {}),
          message: `the enum value ${JSON.stringify(value)} at ${jsonPathOf(valueAt)} breaks its schema: ${describeErrors(errors)}`,
          action:
            written === undefined
              ? {
                  target: jsonPathOf(valueAt),
                  remove: true,
                  description: 'Remove the enum value its own schema refuses',
                }
              : {
                  target: jsonPathOf(valueAt),
                  update: written,
                  description: `Write the enum value as the schema's type says (${JSON.stringify(written)})`,
                },
        },
        operationKey,
      )
    }
  }

  /** Walks a schema and the subschemas under it, checking each `example` against its own schema. */
  /** @type {(schemaValue: unknown, at: Segment[], context: ProblemContext) => void} */
  const walkSchema = (schemaValue, at, context) => {
    const { node: schema, at: schemaAt, unresolved } = follow(document, schemaValue, at)
    if (unresolved) {
      unresolvedReference(unresolved, at, context.operationKey)
      return
    }
    if (!schema || typeof schema !== 'object') return
    const key = `${pointerOf(schemaAt)}|${context.operationKey ?? ''}`
    if (seenSchemas.has(key)) return
    seenSchemas.add(key)
    checkExamples(schema, schemaAt, schemaAt, context)
    checkEnum(schema, schemaAt, context)
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

  /** @type {(reference: string, at: Segment[], operationKey: string | undefined) => SpecProblem} */
  const unresolvedReference = (reference, at, operationKey) =>
    record(
      {
        kind: specProblemKinds.unresolvableReference,
        side: 'request',
        message: `${jsonPathOf(at)} refers to ${reference}, which is not in the document`,
        action: {
          target: jsonPathOf(at.slice(0, -1)),
          update: { [at.at(-1)?.key ?? '']: { description: `was ${reference}` } },
          description: `Replace the reference to ${reference} (not in the document) with the schema it means`,
        },
      },
      operationKey,
    )

  /**
   * A `content` key that is not a media type (`type/subtype`, RFC 9110; `*` alone is not
   * one): Prism fails on it as it picks an answer, and no client can name it in `Accept`
   * or `Content-Type`. The fix removes it; `*\/*` is the media range meaning "any".
   */
  /** @type {(content: SpecNode | undefined, at: Segment[], context: ProblemContext) => void} */
  const checkMediaTypes = (content, at, { side, operationKey }) => {
    for (const mediaType of Object.keys(content ?? {})) {
      if (isMediaType(mediaType)) continue
      const keyAt = [...at, { key: 'content' }, { key: mediaType }]
      record(
        {
          kind: specProblemKinds.notAMediaType,
          side,
          location: 'body',
          message: `${jsonPathOf(keyAt)}: \`${mediaType}\` is not a media type (type/subtype)`,
          action: {
            target: jsonPathOf(keyAt),
            remove: true,
            description: `Remove the key that is not a media type; to keep what it describes, an update on ${jsonPathOf([...at, { key: 'content' }])} before this adds it as \`*/*\` (any media type)`,
          },
        },
        operationKey,
      )
    }
  }

  /**
   * A required query parameter in the default style (form) whose schema is an array of
   * objects: OpenAPI defines no way to write one in a query string (objects there have a
   * style of their own, arrays repeat the name with scalar values), so no request can carry
   * it and every call is refused for missing it.
   */
  /** @type {(parameter: SpecNode, at: Segment[], operationKey: string) => void} */
  const checkParameterCarriage = (parameter, at, operationKey) => {
    if (parameter.in !== 'query' || !parameter.required || !parameter.schema) return
    if ((parameter.style ?? 'form') !== 'form') return
    const { node: schema, at: schemaAt } = follow(document, parameter.schema, [...at, { key: 'schema' }])
    if (!schema || (schema.type ?? (schema.items ? 'array' : undefined)) !== 'array') return
    const { node: items, at: itemsAt } = follow(document, schema.items, [...schemaAt, { key: 'items' }])
    if (!items || (items.type ?? (items.properties ? 'object' : undefined)) !== 'object') return
    record(
      {
        kind: specProblemKinds.noConformingRequest,
        side: 'request',
        location: 'query',
        parameter: parameter.name,
        message: `the required query parameter ${parameter.name} at ${jsonPathOf(at)} is an array of objects, which OpenAPI gives no way to write in a query string (style form)`,
        action: {
          target: jsonPathOf(itemsAt),
          update: { type: 'string' },
          description: `Give the items of ${parameter.name} a type a query string can carry (string here; its description may list the values)`,
        },
      },
      operationKey,
    )
  }

  /**
   * An `application/octet-stream` body whose schema is not a string: the body is the bytes
   * themselves (OpenAPI: `type: string, format: binary`), so no request can be an array or
   * an object, and the mock reads it as text and refuses every call.
   */
  /** @type {(mediaType: string, holder: SpecNode, at: Segment[], operationKey: string) => void} */
  const checkBinaryBody = (mediaType, holder, at, operationKey) => {
    if (!/^application\/octet-stream\b/i.test(mediaType) || !holder?.schema) return
    const { node: schema, at: schemaAt } = follow(document, holder.schema, [...at, { key: 'schema' }])
    const type = schema?.type ?? (schema?.properties ? 'object' : schema?.items ? 'array' : undefined)
    if (!type || type === 'string') return
    record(
      {
        kind: specProblemKinds.noConformingRequest,
        side: 'request',
        location: 'body',
        message: `the ${mediaType} body at ${jsonPathOf(at)} has a schema of type ${JSON.stringify(type)}: an octet stream is bytes, which no such value is`,
        action: {
          target: jsonPathOf(schemaAt),
          update: { type: 'string', format: 'binary' },
          description:
            'Describe the octet stream as bytes (type: string, format: binary), as OpenAPI says for binary bodies',
        },
      },
      operationKey,
    )
  }

  /** A holder of `schema` + examples: a parameter or a media type. */
  /** @type {(holder: SpecNode, at: Segment[], context: ProblemContext) => void} */
  const checkHolder = (holder, at, context) => {
    if (!holder.schema) return
    const { at: schemaAt, unresolved } = follow(document, holder.schema, [...at, { key: 'schema' }])
    if (unresolved) {
      unresolvedReference(unresolved, [...at, { key: 'schema' }], context.operationKey)
      return
    }
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
      /** @type {Array<[SpecNode[] | undefined, Segment[]]>} */
      const parameterSources = [
        [pathItem.parameters, pathItemAt],
        [operation.parameters, operationAt],
      ]
      for (const [parameters, ownerAt] of parameterSources)
        for (const [index, parameterValue] of (parameters ?? []).entries()) {
          const inline = !parameterValue?.$ref
          /** @type {Segment[]} */
          const at = [
            ...ownerAt,
            { key: 'parameters' },
            inline && parameterValue?.name
              ? { key: index, filter: { name: parameterValue.name, in: parameterValue.in } }
              : { key: index },
          ]
          const { node: parameter, at: parameterAt } = follow(document, parameterValue, at)
          if (!parameter || parameter.in === 'cookie') continue
          checkHolder(parameter, parameterAt, {
            side: 'request',
            location: parameter.in,
            parameter: parameter.name,
            operationKey,
          })
          checkParameterCarriage(parameter, parameterAt, operationKey)
        }
      const body = follow(document, operation.requestBody, [...operationAt, { key: 'requestBody' }])
      checkMediaTypes(body.node?.content, body.at, { side: 'request', operationKey })
      for (const [mediaType, holder] of Object.entries(body.node?.content ?? {})) {
        checkHolder(holder, [...body.at, { key: 'content' }, { key: mediaType }], {
          side: 'request',
          location: 'body',
          operationKey,
        })
        checkBinaryBody(mediaType, holder, [...body.at, { key: 'content' }, { key: mediaType }], operationKey)
      }
      for (const [status, responseValue] of Object.entries(operation.responses ?? {})) {
        const response = follow(document, responseValue, [...operationAt, { key: 'responses' }, { key: status }])
        checkMediaTypes(response.node?.content, response.at, { side: 'response', operationKey })
        if (!String(status).startsWith('2')) continue
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

/** RFC 9110's `type "/" subtype *( OWS ";" OWS parameter )`, ranges (`*\/*`, `text/*`) included. */
const token = "[!#$%&'*+.^_`|~0-9A-Za-z-]+"
const mediaTypePattern = new RegExp(`^${token}/${token}(?:[ \t]*;[ \t]*${token}=(?:${token}|"(?:[^"\\\\]|\\\\.)*"))*$`)

/**
 * Whether a `content` key is a media type or range.
 * @param {string} key
 * @returns {boolean}
 */
export function isMediaType(key) {
  return mediaTypePattern.test(key.trim())
}

/** Validators of decoded form bodies, per document. */
const formValidators = new WeakMap()

/**
 * The errors of a request body as it was sent, decoded (multipart parts: JSON parts parsed,
 * repeated names as arrays, text as text), against the operation's schema for that media
 * type: undefined when it conforms, null when it cannot be checked (no such media type, a
 * schema Ajv cannot compile). Form text is coerced to the schema's scalar types, as a form
 * reader does.
 *
 * @param {SpecNode} document
 * @param {string} operationKey `POST /path`
 * @param {string} mediaType as sent (`multipart/form-data; boundary=...`)
 * @param {unknown} value
 * @returns {string | null | undefined} the errors, described
 */
export function formBodyErrors(document, operationKey, mediaType, value) {
  const [method = '', ...urlParts] = operationKey.split(' ')
  const operationAt = [{ key: 'paths' }, { key: urlParts.join(' ') }, { key: method.toLowerCase() }]
  const operation = nodeAt(document, operationAt)
  const body = follow(document, operation?.requestBody, [...operationAt, { key: 'requestBody' }])
  const baseType = mediaType.split(';')[0]?.trim().toLowerCase()
  const declared = Object.keys(body.node?.content ?? {}).find((type) => type.toLowerCase() === baseType)
  if (!declared) return null
  const schema = follow(document, body.node?.content[declared].schema, [
    ...body.at,
    { key: 'content' },
    { key: declared },
    { key: 'schema' },
  ])
  if (!schema.node) return null
  let errorsOf = formValidators.get(document)
  if (!errorsOf) {
    errorsOf = validatorFor(document, { coerceTypes: true })
    formValidators.set(document, errorsOf)
  }
  const errors = errorsOf(schema.at, asFormFields(document, schema.node, structuredClone(value)))
  return errors === null ? null : errors ? describeErrors(errors) : undefined
}

/**
 * Decoded form fields with a field its schema calls an array, given once, as a one-item
 * array: a multipart array is its repeated parts, so one item is one part (Ajv's coercion
 * wraps only a scalar).
 * @param {SpecNode} document
 * @param {SpecNode} schema
 * @param {unknown} fields
 * @returns {unknown}
 */
function asFormFields(document, schema, fields) {
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return fields
  const record = /** @type {Record<string, unknown>} */ (fields)
  for (const [name, value] of Object.entries(record)) {
    const property = follow(document, schema.properties?.[name], []).node
    const type = property?.type ?? (property?.items ? 'array' : undefined)
    if (type === 'array' && !Array.isArray(value)) record[name] = [value]
  }
  return record
}

/**
 * `value` written as JSON Schema `type` says (`1` as `"1"` for a string), or undefined when
 * it cannot be without guessing.
 * @param {unknown} value
 * @param {unknown} type
 * @returns {string | number | boolean | undefined}
 */
function valueAsType(value, type) {
  const text =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
  if (text === undefined) return undefined
  if (type === 'string') return text
  if ((type === 'integer' || type === 'number') && text.trim() !== '' && Number.isFinite(Number(text)))
    return type === 'integer' && !Number.isInteger(Number(text)) ? undefined : Number(text)
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true'
  return undefined
}

/**
 * The fix for an answer the mock could not give although no example is wrong (no example
 * and a schema it cannot sample): an `example` for the operation's first 2xx media type,
 * sampled from its schema, which the overlay adds.
 *
 * @param {SpecNode} document
 * @param {string} operationKey `GET /path`
 * @returns {OverlayAction | undefined}
 */
export function exampleToAddFor(document, operationKey) {
  const [method = '', ...urlParts] = operationKey.split(' ')
  const url = urlParts.join(' ')
  const operationAt = [{ key: 'paths' }, { key: url }, { key: method.toLowerCase() }]
  const operation = nodeAt(document, operationAt)
  const status = Object.keys(operation?.responses ?? {})
    .filter((code) => code.startsWith('2'))
    .sort()[0]
  if (!status || !operation) return undefined
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

/**
 * The operation's declared answers when none is a success (no 2xx, no `default`): then Prism
 * answers the first one listed to every request it finds valid. Undefined otherwise.
 *
 * @param {SpecNode} document
 * @param {string} operationKey `GET /path`
 * @returns {string[] | undefined} the status codes, in the document's order
 */
export function answersWithoutSuccess(document, operationKey) {
  const operation = nodeAt(document, operationPlace(operationKey))
  const statuses = Object.keys(operation?.responses ?? {})
  if (statuses.length === 0 || statuses.some((status) => /^(2..|default)$/i.test(status))) return undefined
  return statuses
}

/**
 * The fix for an operation that declares no success answer: a `204` the overlay adds to its
 * responses (the usual answer of the updates and deletes such files leave without one).
 *
 * @param {string} operationKey `PUT /path`
 * @returns {OverlayAction}
 */
export function successAnswerToAddFor(operationKey) {
  return {
    target: jsonPathOf([...operationPlace(operationKey), { key: 'responses' }]),
    update: { 204: { description: 'Done, nothing in the answer' } },
    description:
      'Declare the answer the API gives on success (a 204 here; give its status and body if it answers one), so the mock and the SDK know it',
  }
}

/**
 * The operation's lowest 2xx answer (what Prism serves a valid request) when every media type
 * of it is `text/*` with a schema that is not a string: Prism cannot write such a value as
 * text. Each such media type with the fix: its schema a string, the example (or a sampled
 * value) as text.
 *
 * @param {SpecNode} document
 * @param {string} operationKey `GET /path`
 * @returns {OverlayAction[]}
 */
export function textAnswersToFixFor(document, operationKey) {
  const at = operationPlace(operationKey)
  const operation = nodeAt(document, at)
  const status = Object.keys(operation?.responses ?? {})
    .filter((code) => code.startsWith('2'))
    .sort()[0]
  if (!status || !operation) return []
  const response = follow(document, operation.responses[status], [...at, { key: 'responses' }, { key: status }])
  const content = Object.entries(response.node?.content ?? {})
  if (content.length === 0 || !content.every(([mediaType]) => /^text\//i.test(mediaType))) return []
  /** @type {OverlayAction[]} */
  const actions = []
  for (const [mediaType, holder] of content) {
    const schemaAt = [...response.at, { key: 'content' }, { key: mediaType }, { key: 'schema' }]
    const schema = follow(document, holder?.schema, schemaAt)
    const type = schema.node?.type
    if (!schema.node || type === 'string' || (Array.isArray(type) && type.includes('string'))) continue
    let value
    try {
      value = holder.example ?? sampleOf(document, holder.schema)
    } catch {
      value = undefined
    }
    actions.push({
      target: jsonPathOf(schema.at),
      update: { type: 'string', example: typeof value === 'string' ? value : JSON.stringify(value ?? '') },
      description: `A ${mediaType} answer is text on the wire: its schema a string, the example as text`,
    })
  }
  return actions
}

/** `PUT /a/{id}` as the place of its operation in the document. */
function operationPlace(/** @type {string} */ operationKey) {
  const [method = '', ...urlParts] = operationKey.split(' ')
  return [{ key: 'paths' }, { key: urlParts.join(' ') }, { key: method.toLowerCase() }]
}

/**
 * One overlay action as it goes under `actions:` in specs/<id>/overlay.yaml.
 * @param {OverlayAction} action
 * @returns {string}
 */
export function overlayActionYaml({ target, update, remove, description }) {
  /** @type {OverlayAction} */
  const action = { target, ...(description ? { description } : {}) }
  if (remove) action.remove = true
  else action.update = update
  return stringify([action], { lineWidth: 0 }).trimEnd()
}

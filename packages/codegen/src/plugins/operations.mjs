// `@parley/operations`: a hey-api plugin that reads the IR (and the spec document hey-api
// parsed, for what the IR leaves out) and writes
//   - operations.gen.ts: each operation's OperationInfo, the table, security schemes, server;
//   - sdk.gen.ts: the public flat functions. hey-api's own SDK functions land in the
//     non-public requests.gen.ts (see heyApiConfig); each public function passes its
//     operation's OperationInfo to one of them, so a bundle that imports one function carries
//     one operation's entry.
import { $, definePluginConfig } from '@hey-api/openapi-ts'
import {
  describeDefaultSecurity,
  describeOperation,
  describeSecuritySchemes,
  describeServer,
  credentialPlacer,
  describeWebhooks,
  planCredentialOptions,
  rawOperationOf,
  requestMediaTypes,
} from '../describe.mjs'
import { credentialOptionName, operationFunctionNames } from '../names.mjs'

/**
 * @typedef {import('@hey-api/openapi-ts').DefinePlugin<{ name: '@parley/operations' } & import('@hey-api/openapi-ts').Plugin.Hooks>} OperationsPlugin
 * @typedef {import('@hey-api/openapi-ts').PluginInstance} AnyPluginInstance
 * @typedef {import('@hey-api/openapi-ts').IR.OperationObject} IROperation
 * @typedef {import('../json-pointer.mjs').SpecNode} SpecNode
 * @typedef {import('../describe.mjs').CredentialOptionPlan} CredentialOptionPlan
 * @typedef {ReturnType<AnyPluginInstance['symbol']>} PluginSymbol
 */

/**
 * One operation of the IR with the names the generated code gives it.
 * @typedef {object} CollectedOperation
 * @property {string} key `"<METHOD> <url template>"`, the key of the operations table
 * @property {IROperation} operation
 * @property {string | undefined} operationId
 * @property {string} method
 * @property {string} path
 * @property {string} name the SDK function name
 * @property {string} id the key of the operation's metadata and response schema
 * @property {PluginSymbol} [infoSymbol] its OperationInfo constant, once written
 */

/**
 * The spec's operations in IR order, each with its SDK function name.
 * @param {AnyPluginInstance} plugin
 * @returns {CollectedOperation[]}
 */
export function collectOperations(plugin) {
  /** @type {Array<Omit<CollectedOperation, 'name' | 'id'>>} */
  const collected = []
  plugin.forEach(
    'operation',
    ({ operation }) => {
      collected.push({
        key: `${operation.method.toUpperCase()} ${operation.path}`,
        operation,
        operationId: operation.operationId,
        method: operation.method,
        path: operation.path,
      })
    },
    { order: 'declarations' },
  )
  const names = operationFunctionNames(collected)
  // `id` keys the metadata and the response schemas: a repeated operationId (invalid, but
  // published specs have them) gives way to the operation's own, renamed function name.
  const seen = new Set()
  return collected.map((entry) => {
    const name = /** @type {string} */ (names.get(entry.key))
    const id = entry.operationId !== undefined && !seen.has(entry.operationId) ? entry.operationId : name
    seen.add(id)
    return { ...entry, name, id }
  })
}

const escapeComment = (/** @type {string} */ text) => text.replaceAll('*/', '*\\/')

/**
 * The JSDoc of an SDK function: summary, description, deprecation.
 * @param {IROperation} operation
 */
function operationComment(operation) {
  const lines = []
  if (operation.summary) lines.push(escapeComment(operation.summary))
  if (operation.description) lines.push(...(lines.length ? [''] : []), escapeComment(operation.description))
  if (operation.deprecated) lines.push(...(lines.length ? [''] : []), '@deprecated')
  return lines.length > 0 ? lines : undefined
}

/** @type {OperationsPlugin['Handler']} */
function handler({ plugin }) {
  const spec = /** @type {SpecNode} */ (plugin.context.spec)
  const runtimeType = (/** @type {string} */ name) =>
    plugin.symbolFactory.register(name, { external: '@parley/runtime', kind: 'type' })
  const runtimeValue = (/** @type {string} */ name) =>
    plugin.symbolFactory.register(name, { external: '@parley/runtime' })
  // What only generated code uses comes from the runtime's internal entry.
  const internalType = (/** @type {string} */ name) =>
    plugin.symbolFactory.register(name, { external: '@parley/runtime/internal', kind: 'type' })
  const internalValue = (/** @type {string} */ name) =>
    plugin.symbolFactory.register(name, { external: '@parley/runtime/internal' })
  const OperationInfo = internalType('OperationInfo')
  const operationsFile = { getFilePath: () => 'operations' }
  const sdkFile = { getFilePath: () => 'sdk' }

  const operations = collectOperations(plugin)
  for (const entry of operations) {
    const info = describeOperation(spec, { path: entry.path, method: entry.method, id: entry.id, name: entry.name })
    const infoSymbol = plugin.symbol(`${entry.name}Operation`, {
      ...operationsFile,
      meta: { category: 'parley', resource: 'operation-info', resourceId: entry.operation.id },
    })
    plugin.node($.const(infoSymbol).export().type($.type(OperationInfo)).assign($.fromValue(info)))
    entry.infoSymbol = infoSymbol
  }

  const table = $.object().pretty()
  for (const entry of operations) table.prop(entry.key, $(entry.infoSymbol))
  const tableSymbol = plugin.symbol('operations', operationsFile)
  plugin.node(
    $.const(tableSymbol)
      .export()
      .type($.type(internalType('OperationTable')))
      .assign(table)
      .doc(['Every operation by `"<METHOD> <url template>"`.']),
  )

  const schemes = plugin.symbol('securitySchemes', operationsFile)
  plugin.node(
    $.const(schemes)
      .export()
      .type($.type(internalType('SecuritySchemeTable')))
      .assign(schemeTableNode(describeSecuritySchemes(spec), internalValue)),
  )
  const defaultSecurity = plugin.symbol('defaultSecurity', operationsFile)
  plugin.node(
    $.const(defaultSecurity)
      .export()
      .type('ReadonlyArray<ReadonlyArray<string>>')
      .assign($.fromValue(describeDefaultSecurity(spec)))
      .doc(["The spec's top-level security, for every operation of the table that names none."]),
  )
  writeCredentialOptions(plugin, spec, { runtimeType, internalValue, internalType }, operationsFile)
  const server = describeServer(spec)
  plugin.node(
    $.const(plugin.symbol('defaultBaseUrl', operationsFile))
      .export()
      .assign($.literal(server.url))
      .doc(["The spec's first server with its variables at their defaults."]),
  )
  plugin.node(
    $.const(plugin.symbol('serverTemplate', operationsFile))
      .export()
      .assign($.as($.fromValue({ url: server.template, variables: server.variables }), 'const'))
      .doc(["The spec's server URL template and variable defaults (`{tenant}`, ...)."]),
  )
  const operationIds = operations.map((entry) => $.type.literal(entry.id))
  plugin.node(
    $.type
      .alias(plugin.symbol('OperationId', operationsFile))
      .export()
      .type(operationIds.length ? $.type.or(...operationIds) : $.type('never')),
  )
  plugin.node(
    $.const(plugin.symbol('webhookEvents', operationsFile))
      .export()
      .assign($.as($.fromValue(describeWebhooks(spec)), 'const'))
      .doc(["The spec's top-level `webhooks`: wire event name, handler operationId, summary."]),
  )
  plugin.node(
    $.const(plugin.symbol('requestIdHeader', operationsFile))
      .export()
      .assign($.literal(spec.info?.['x-parley-request-id']?.header ?? 'x-request-id'))
      .doc([
        "The answer header that carries the vendor's id for a request (`x-parley-request-id` of the spec's",
        '`info`, else `x-request-id`): `requestId` of `withResponse()` and of errors.',
      ]),
  )
  plugin.node(
    $.const(plugin.symbol('apiTitle', operationsFile))
      .export()
      .assign($.literal(spec.info?.title ?? '')),
  )
  plugin.node(
    $.const(plugin.symbol('apiVersion', operationsFile))
      .export()
      .assign($.literal(spec.info?.version ?? '')),
  )

  // The public SDK functions: typed exactly as hey-api's, passing their OperationInfo.
  for (const entry of operations) {
    const request = plugin.referenceSymbol({ category: 'sdk', resource: 'operation', resourceId: entry.operation.id })
    const publicSymbol = plugin.symbol(entry.name, {
      ...sdkFile,
      meta: { category: 'parley', resource: 'sdk-function', resourceId: entry.operation.id },
    })
    // Several request media types: the caller picks one with `contentType`, typed as their
    // union, and the runtime's helper supplies the serializer that type needs.
    const mediaTypes = requestMediaTypes(spec, rawOperationOf(spec, entry.path, entry.method))
    const callOptions = $.object().prop('operation', $(entry.infoSymbol))
    // Query parameters in other styles: hey-api's call carries them as an object, the
    // runtime takes the serializer built from it (the caller's own still wins).
    const queryStyles = describeQueryStyles(entry.operation)
    if (queryStyles)
      callOptions.prop('querySerializer', $(runtimeValue('createQuerySerializer')).call($.fromValue(queryStyles)))
    // An event-stream answer: hey-api's call goes to `client.sse`, which reads it with the
    // runtime's reader (passed here, so that only such operations' bundles carry it).
    if (answersWithEvents(entry.operation)) callOptions.prop('serverSentEvents', $(runtimeValue('serverSentEvents')))
    callOptions.spread('options')
    if (mediaTypes.length > 1) callOptions.spread($(runtimeValue('bodySerializerForContentType')).call('options'))
    const body = $.func()
      .param('options')
      .do($.return($(request).call(callOptions)))
    const type =
      mediaTypes.length > 1
        ? $.type(internalType('WithContentType'))
            .generic($.type.query($(request)))
            .generic($.type.or(...mediaTypes.map((mediaType) => $.type.literal(mediaType))))
        : $.type.query($(request))
    let node = $.const(publicSymbol).export().type(type).assign(body)
    const comment = operationComment(entry.operation)
    if (comment) node = node.doc(comment)
    plugin.node(node)
  }
}

/** hey-api's own rule for calling `client.sse`: a response of the IR in `text/event-stream`. */
const answersWithEvents = (/** @type {IROperation} */ operation) =>
  Object.values(operation.responses ?? {}).some((response) => response?.mediaType === 'text/event-stream')

/**
 * The `createQuerySerializer` options of an operation, or undefined when every query
 * parameter has the default style: the same rule as hey-api's own `querySerializer`
 * (arrays form and exploded, objects deepObject and exploded, by default).
 *
 * @param {IROperation} operation
 */
function describeQueryStyles(operation) {
  /** @type {Record<string, QueryStyle>} */
  const parameters = {}
  for (const parameter of Object.values(operation.parameters?.query ?? {})) {
    const type = parameter.schema?.type
    /** @type {QueryStyle} */
    const style = {}
    if ((type === 'array' || type === 'tuple') && (parameter.style !== 'form' || !parameter.explode))
      style.array = {
        ...(parameter.explode === false && { explode: false }),
        ...(parameter.style !== 'form' && { style: parameter.style }),
      }
    else if (type === 'object' && (parameter.style !== 'deepObject' || !parameter.explode))
      style.object = {
        ...(parameter.explode === false && { explode: false }),
        ...(parameter.style !== 'deepObject' && { style: parameter.style }),
      }
    if (parameter.allowReserved === true) style.allowReserved = true
    if (Object.keys(style).length > 0) parameters[parameter.name] = style
  }
  return Object.keys(parameters).length > 0 ? { parameters } : undefined
}

/**
 * One query parameter's `createQuerySerializer` options (what differs from the default style).
 * @typedef {{ array?: { explode?: false, style?: string }, object?: { explode?: false, style?: string }, allowReserved?: true }} QueryStyle
 */

/**
 * `CredentialOptions` (the client factory's credential options) and the table that maps them to schemes.
 * @param {AnyPluginInstance} plugin
 * @param {SpecNode} spec
 * @param {{ runtimeType: (name: string) => PluginSymbol, internalValue: (name: string) => PluginSymbol, internalType: (name: string) => PluginSymbol }} runtime
 * @param {{ getFilePath: () => string }} file
 */
function writeCredentialOptions(plugin, spec, { runtimeType, internalValue, internalType }, file) {
  const { table, options } = planCredentialOptions(spec, credentialOptionName)
  const TokenProvider = runtimeType('TokenProvider')
  const shape = $.type.object()
  for (const option of options) {
    shape.prop(option.name, (property) =>
      property
        .optional()
        .type(option.type === 'string' ? 'string' : $.type.or('string', $.type(TokenProvider)))
        .doc([escapeComment(option.doc)]),
    )
  }
  plugin.node(
    $.type
      .alias(plugin.symbol('CredentialOptions', file))
      .export()
      .type(shape)
      .doc(['The credential options of a client factory, one set per security scheme of the spec.']),
  )
  plugin.node(
    $.const(plugin.symbol('credentialOptions', file))
      .export()
      .type($.type(internalType('CredentialOptionTable')))
      .assign(credentialTableNode(table, internalValue))
      .doc([
        "Which `CredentialOptions` give each scheme's credential (`credentialsFromOptions` of @parley/runtime/internal).",
      ]),
  )
}

/**
 * A table of plain entries as code, each entry with a reference to the runtime function
 * `functionOf(entry)` names under `key` (none: the entry as it is). The imports then bring
 * a credential kind's code only into the packages whose spec uses it.
 *
 * @template {object} Entry
 * @param {Record<string, Entry>} table
 * @param {string} key
 * @param {(entry: Entry) => string | undefined} functionOf
 * @param {(name: string) => PluginSymbol} internalValue
 */
function tableWithFunctions(table, key, functionOf, internalValue) {
  const entries = Object.entries(table)
  if (!entries.some(([, entry]) => functionOf(entry))) return $.fromValue(table)
  const node = $.object().pretty()
  for (const [name, entry] of entries) {
    const fn = functionOf(entry)
    if (!fn) node.prop(name, $.fromValue(entry))
    else {
      const withFunction = $.object()
      for (const [field, value] of Object.entries(entry)) withFunction.prop(field, $.fromValue(value))
      node.prop(name, withFunction.prop(key, $(internalValue(fn))))
    }
  }
  return node
}

/** The security schemes, each naming its placer (an API key in a header needs none: it is the runtime's default). */
const schemeTableNode = (
  /** @type {Record<string, SpecNode>} */ schemes,
  /** @type {(name: string) => PluginSymbol} */ internalValue,
) => tableWithFunctions(schemes, 'place', credentialPlacer, internalValue)

/** The credential table: a Basic or OAuth2 client-credentials entry names the reader of its options. */
const credentialTableNode = (
  /** @type {CredentialOptionPlan['table']} */ table,
  /** @type {(name: string) => PluginSymbol} */ internalValue,
) => tableWithFunctions(table, 'read', (entry) => credentialReaders[entry.kind], internalValue)

/** @type {Record<string, string>} */
const credentialReaders = { basic: 'readBasic', clientCredentials: 'readClientCredentials' }

/** @type {OperationsPlugin['Config']} */
const config = {
  config: {},
  dependencies: ['@hey-api/typescript', '@hey-api/sdk'],
  handler,
  name: '@parley/operations',
}

export const parleyOperations = definePluginConfig(config)

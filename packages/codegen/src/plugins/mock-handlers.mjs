// `@parley/mock-handlers`: a hey-api plugin that writes msw.gen.ts, the typed MSW handlers a
// vendor package offers on its `/msw` entry. One handler per operation answers the first 2xx
// example the spec gives for it (read from the document: hey-api's IR keeps no media-type
// examples); a test may pass another answer typed by the operation's statuses (hey-api's
// `Responses` and `Errors` types) or an MSW resolver typed by its path, body and answers.
// The handlers are built by `@parley/runtime/msw`, so each is one line here.
import { $, definePluginConfig } from '@hey-api/openapi-ts'
import { rawOperationOf } from '../describe.mjs'
import { exampleOf } from '../examples.mjs'
import { resolveReference } from '../json-pointer.mjs'
import { collectOperations } from './operations.mjs'

/**
 * @typedef {import('@hey-api/openapi-ts').DefinePlugin<{ name: '@parley/mock-handlers' } & import('@hey-api/openapi-ts').Plugin.Hooks>} MockHandlersPlugin
 * @typedef {import('../json-pointer.mjs').SpecNode} SpecNode
 */

const isJson = (/** @type {string} */ mediaType) => /json/i.test(mediaType)

/**
 * The first 2xx answer of an operation in the spec: its status, media type and example.
 * @param {SpecNode} spec
 * @param {SpecNode | undefined} rawOperation
 * @returns {{ status: number, mediaType?: string, example?: unknown }}
 */
export function describeMockAnswer(spec, rawOperation) {
  const statuses = Object.keys(rawOperation?.responses ?? {})
    .filter((status) => /^2(\d\d|XX)$/i.test(status))
    .sort()
  const status = statuses[0]
  if (status === undefined) return { status: 200 }
  const response = resolveReference(spec, rawOperation?.responses[status])
  const mediaTypes = Object.keys(response?.content ?? {})
  const mediaType = mediaTypes.find(isJson) ?? mediaTypes[0]
  const code = /^\d+$/.test(status) ? Number(status) : 200
  if (mediaType === undefined) return { status: code }
  const example = exampleOf(spec, response?.content[mediaType])
  return { status: code, mediaType, ...(example !== undefined && { example }) }
}

/** The path in MSW's syntax: `{id}` becomes `:id`; a literal colon is escaped. */
export const mswPath = (/** @type {string} */ path) =>
  path
    .replace(
      /\{([^}]+)\}/g,
      (/** @type {string} */ _, /** @type {string} */ name) =>
        `\0${name.replace(/\W+(.)?/g, (/** @type {string} */ _match, /** @type {string | undefined} */ next) => next?.toUpperCase() ?? '')}`,
    )
    .replaceAll(':', '\\:')
    .replaceAll('\0', ':')

/**
 * More specific paths first: more segments, then literal segments before parameters, else spec order.
 * @param {ReadonlyArray<string>} paths
 * @returns {number[]} the indexes of `paths` in that order
 */
export function bySpecificity(paths) {
  const segments = (/** @type {string} */ path) => path.split('/').filter(Boolean)
  const literal = (/** @type {string | undefined} */ segment) => (segment?.includes('{') ? 0 : 1)
  return paths
    .map((path, index) => ({ path, index }))
    .sort((a, b) => {
      const left = segments(a.path)
      const right = segments(b.path)
      if (left.length !== right.length) return right.length - left.length
      for (let at = 0; at < left.length; at++) {
        const difference = literal(right[at]) - literal(left[at])
        if (difference !== 0) return difference
      }
      return a.index - b.index
    })
    .map(({ index }) => index)
}

/** @type {MockHandlersPlugin['Handler']} */
function handler({ plugin }) {
  const spec = /** @type {SpecNode} */ (plugin.context.spec)
  const file = { getFilePath: () => 'msw' }
  /** @type {(name: string, kind?: 'type') => ReturnType<typeof plugin.symbolFactory.register>} */
  const runtime = (name, kind) =>
    plugin.symbolFactory.register(name, { external: '@parley/runtime/msw', ...(kind && { kind }) })
  const mockOperation = runtime('mockOperation')
  const createAllHandlers = runtime('createAllHandlers')
  const MockAnswer = runtime('MockAnswer', 'type')
  const MockResolver = runtime('MockResolver', 'type')
  const MockOptions = runtime('MockOptions', 'type')
  const MockedOperation = runtime('MockedOperation', 'type')
  const HttpHandler = runtime('HttpHandler', 'type')
  const HandlersOptions = runtime('HandlersOptions', 'type')
  /** @type {(operation: import('@hey-api/openapi-ts').IR.OperationObject, role: string) => ReturnType<typeof plugin.querySymbol>} */
  const typeOf = (operation, role) =>
    plugin.querySymbol({ category: 'type', resource: 'operation', resourceId: operation.id, role })

  const operations = collectOperations(plugin)
  /** @type {Array<{ name: string, path: string, factory: ReturnType<typeof plugin.symbol> }>} */
  const factories = []
  for (const entry of operations) {
    const answer = describeMockAnswer(spec, rawOperationOf(spec, entry.path, entry.method))
    const described = plugin.symbol(`${entry.name}Mock`, file)
    const describedNode = $.const(described)
      .type($.type(MockedOperation))
      .assign($.fromValue({ method: entry.method, path: mswPath(entry.path), ...answer }, { layout: 'pretty' }))
    plugin.node(describedNode)

    const answers = [typeOf(entry.operation, 'responses'), typeOf(entry.operation, 'errors')].filter(
      (symbol) => symbol !== undefined,
    )
    const answersType = answers.length ? $.type.and(...answers.map((symbol) => $.type(symbol))) : $.type('never')
    const data = typeOf(entry.operation, 'data')
    const answerType = $.type.or(
      $.type(MockAnswer).generic(answersType),
      $.type(MockResolver)
        .generic(data ? $.type(data) : $.type('never'))
        .generic(answersType),
    )
    const factory = plugin.symbol(`${entry.name}Handler`, file)
    const summary = entry.operation.summary ? ` (${entry.operation.summary.replaceAll('*/', '*\\/')})` : ''
    plugin.node(
      $.const(factory)
        .export()
        .assign(
          $.func()
            .arrow()
            .param('answer', (parameter) => parameter.optional().type(answerType))
            .param('options', (parameter) => parameter.optional().type($.type(MockOptions)))
            .returns($.type(HttpHandler))
            .do($.return($(mockOperation).call($(described), 'answer', 'options'))),
        )
        .doc([
          `\`${entry.method.toUpperCase()} ${entry.path}\`${summary}: answers the spec's example`,
          `(${answer.status}) unless given another answer or an MSW resolver.`,
        ]),
    )
    factories.push({ name: entry.name, path: entry.path, factory })
  }

  const table = $.object().pretty()
  for (const index of bySpecificity(factories.map(({ path }) => path))) {
    const { name, factory } = /** @type {(typeof factories)[number]} */ (factories[index])
    table.prop(name, $(factory))
  }
  const tableSymbol = plugin.symbol('handlerFactories', file)
  plugin.node(
    $.const(tableSymbol)
      .export()
      .assign(table)
      .doc(["Each operation's handler factory by SDK function name, most specific paths first."]),
  )
  plugin.node(
    $.const(plugin.symbol('createHandlers', file))
      .export()
      .assign(
        $.func()
          .arrow()
          .param('options', (parameter) =>
            parameter.optional().type($.type(HandlersOptions).generic($.type.query($(tableSymbol)))),
          )
          .returns($.type('Array').generic($.type(HttpHandler)))
          .do($.return($(createAllHandlers).call($(tableSymbol), 'options'))),
      )
      .doc([
        "One MSW handler per operation, answering the spec's examples; `answers` replaces some:",
        '`setupServer(...createHandlers({ answers: { getUser: { status: 404, body } } }))`.',
      ]),
  )
}

/** @type {MockHandlersPlugin['Config']} */
const config = {
  config: {},
  dependencies: ['@hey-api/typescript', '@parley/operations'],
  handler,
  name: '@parley/mock-handlers',
}

export const parleyMockHandlers = definePluginConfig(config)

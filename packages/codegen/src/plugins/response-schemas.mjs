// `@parley/response-schemas`: a hey-api plugin that writes response-schemas.gen.ts, the zod
// schema of each operation's 2xx body keyed by operationId (the `responses` schema hey-api's
// zod plugin made for it), and the checker built from it. The table is annotated with a
// plain record type: inferring its type from 250 zod schemas exceeds what TypeScript will
// serialize into a declaration file (TS7056).
import { $, definePluginConfig } from '@hey-api/openapi-ts'
import { collectOperations } from './operations.mjs'

/** @typedef {import('@hey-api/openapi-ts').DefinePlugin<{ name: '@parley/response-schemas' } & import('@hey-api/openapi-ts').Plugin.Hooks>} ResponseSchemasPlugin */

/** @type {ResponseSchemasPlugin['Handler']} */
function handler({ plugin }) {
  const file = { getFilePath: () => 'response-schemas' }
  const SafeParseSchema = plugin.symbolFactory.register('SafeParseSchema', {
    external: '@parley/runtime/validate',
    kind: 'type',
  })
  const createZodResponseChecker = plugin.symbolFactory.register('createZodResponseChecker', {
    external: '@parley/runtime/validate',
  })
  const table = $.object().pretty()
  for (const entry of collectOperations(plugin)) {
    const schema = plugin.querySymbol({
      artifact: 'zod',
      category: 'schema',
      resource: 'operation',
      resourceId: entry.operation.id,
      role: 'responses',
    })
    if (schema) table.prop(entry.id, $(schema))
  }
  const schemas = plugin.symbol('responseSchemas', file)
  plugin.node(
    $.const(schemas)
      .export()
      .type($.type('Readonly').generic($.type('Record').generics('string', $.type(SafeParseSchema))))
      .assign(table)
      .doc([
        "Each operation's 2xx body schema by operationId. Imported by the package's `./zod` entry",
        '(nothing loads it lazily): only applications that import `./zod` carry zod and these schemas.',
      ]),
  )
  plugin.node(
    $.const(plugin.symbol('responseChecker', file))
      .export()
      .assign($(createZodResponseChecker).call($(schemas)))
      .doc(["The checker for a client's `validateResponses: responseChecker`."]),
  )
}

/** @type {ResponseSchemasPlugin['Config']} */
const config = {
  config: {},
  dependencies: ['zod', '@parley/operations'],
  handler,
  name: '@parley/response-schemas',
}

export const parleyResponseSchemas = definePluginConfig(config)

#!/usr/bin/env node
// Regenerates `packages/<vendor>/src/generated/` for every vendor of redocly.yaml, in one
// process: hey-api (types, flat SDK, client, zod), openapi-typescript (`paths`), and our
// own `operations.gen.ts` (what the runtime must know before sending) and
// `response-schemas.gen.ts` (zod validators by operationId, loaded lazily).
//
//   node scripts/generate.mjs                 all vendors
//   node scripts/generate.mjs khoros-flow     one vendor
//   node scripts/generate.mjs --out <dir>     write to <dir>/<vendor>/ (the drift check)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generatedHeader, PINNED_HEY_API_VERSION } from './codegen/hey-api-config.mjs'
import { loadCodegenTools } from './codegen/tools.mjs'
import { listVendors } from './lib/vendors.mjs'

// Loaded, not imported: codegen/tools.mjs loads the generators the fast way (or as published,
// with PARLEY_CODEGEN_REFERENCE=1, which the drift check uses).
const { createClient, parseSpec, pathsSource, heyApiConfig } = await loadCodegenTools()

// hey-api also looks for an `openapi-ts.config.*` in the working directory and merges it
// into the config it is given. Turbo runs this script in each package, whose config file
// holds the same config, and loading it means transpiling it (jiti) and loading hey-api a
// second time. The whole config is given here: the search is pointed at a file that is
// never there, so the output cannot depend on the directory this runs in.
const noConfigFile = fileURLToPath(new URL('./codegen/no-config-file.js', import.meta.url))

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const methodsSafeToRepeat = new Set(['get', 'head', 'put', 'delete', 'options'])
const json = (value) => JSON.stringify(value, null, 2)

const require = createRequire(import.meta.url)
const installedHeyApiVersion = require('@hey-api/openapi-ts/package.json').version
if (installedHeyApiVersion !== PINNED_HEY_API_VERSION) {
  throw new Error(
    `@hey-api/openapi-ts ${installedHeyApiVersion} is installed but @parley/runtime implements the client contract of ` +
      `${PINNED_HEY_API_VERSION}. Check packages/runtime/src/client-types.ts against the new version, then update PINNED_HEY_API_VERSION.`,
  )
}

const { values: flags, positionals: vendorIds } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true })
const vendors = listVendors()
  .filter((vendor) => vendorIds.length === 0 || vendorIds.includes(vendor.id))
  .map((vendor) => ({ ...vendor, outputDir: flags.out ? join(flags.out, vendor.id) : join(vendor.packageDir, 'src', 'generated') }))
if (vendorIds.length > 0 && vendors.length !== vendorIds.length) throw new Error(`Unknown vendor in: ${vendorIds.join(', ')}`)

const started = performance.now()
const parsedSpecs = new Map(vendors.map((vendor) => [vendor.id, parseSpec(readFileSync(vendor.specPath, 'utf8'), vendor.specPath)]))
for (const vendor of vendors) refuseExternalReferences(parsedSpecs.get(vendor.id), vendor.specPath)
/** hey-api's job for one vendor: the spec already parsed (a copy: hey-api may change it). */
const heyApiJob = (vendor) => {
  const config = heyApiConfig(vendor)
  return { ...config, input: structuredClone(parsedSpecs.get(vendor.id)), output: { ...config.output, path: vendor.outputDir }, configFile: noConfigFile }
}
const heyApiResults = await createClient(vendors.map(heyApiJob))
if (heyApiResults.length !== vendors.length) {
  // hey-api answers a spec it cannot read with no results and, its logs being off, no word.
  const rejected = []
  for (const vendor of vendors) if ((await createClient(heyApiJob(vendor))).length === 0) rejected.push(vendor.id)
  throw new Error(`hey-api could not read the spec of ${rejected.join(', ') || 'a vendor'}: \`pnpm lint:specs\` tells what is wrong, or \`pnpm exec openapi-ts\` in the package prints hey-api's own report`)
}
for (const vendor of vendors) {
  const spec = parsedSpecs.get(vendor.id)
  mkdirSync(vendor.outputDir, { recursive: true })
  const write = (name, text) => writeFileSync(join(vendor.outputDir, name), `${generatedHeader.join('\n')}\n\n${text}`)
  const operations = describeOperations(spec)
  write('operations.gen.ts', operationsModule(spec, operations))
  const sdkPath = join(vendor.outputDir, 'sdk.gen.ts')
  writeFileSync(sdkPath, linkOperations(readFileSync(sdkPath, 'utf8'), operations))
  write('response-schemas.gen.ts', responseSchemasModule(operations, readFileSync(join(vendor.outputDir, 'zod.gen.ts'), 'utf8')))
  write('paths.gen.ts', await pathsSource(spec, vendor.specPath))
  writeFileSync(join(vendor.outputDir, 'README.md'), generatedReadme(vendor))
}
if (!flags.out) {
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  console.log(`generated ${vendors.map((vendor) => vendor.id).join(', ')} in ${seconds} s`)
}

/**
 * The generators get the spec as one parsed object, so a `$ref` to another file could not be
 * followed: refuse it by name rather than generate from half a spec.
 */
function refuseExternalReferences(node, specPath) {
  if (node === null || typeof node !== 'object') return
  if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) {
    throw new Error(`${specPath}: $ref ${node.$ref} is not local; the generators read one file per spec (bundle it into the spec)`)
  }
  for (const value of Object.values(node)) refuseExternalReferences(value, specPath)
}

function resolveReference(spec, value) {
  let current = value
  for (let depth = 0; current && typeof current.$ref === 'string' && depth < 10; depth++) {
    if (!current.$ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${current.$ref}`)
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((node, key) => node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], spec)
  }
  return current
}

/** The spec's top-level security: what an operation has unless it says otherwise. */
function describeDefaultSecurity(spec) {
  return (spec.security ?? []).map((requirement) => Object.keys(requirement))
}

function describeOperations(spec) {
  const operations = {}
  const operationIds = new Set()
  const defaultSecurity = JSON.stringify(describeDefaultSecurity(spec))
  for (const [url, pathItemOrReference] of Object.entries(spec.paths ?? {})) {
    const pathItem = resolveReference(spec, pathItemOrReference)
    for (const method of httpMethods) {
      const operation = pathItem[method]
      if (!operation) continue
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) => resolveReference(spec, parameter))
      const requestBody = resolveReference(spec, operation.requestBody)
      const security = (operation.security ?? spec.security ?? []).map((requirement) => Object.keys(requirement))
      const marked = operation['x-parley-idempotent']
      const requiredQuery = parameters.filter((parameter) => parameter.in === 'query' && parameter.required).map((parameter) => parameter.name)
      const idempotent = typeof marked === 'boolean' ? marked : methodsSafeToRepeat.has(method)
      // Each operationId names an SDK function and a metadata constant: two would collide.
      if (operationIds.has(operation.operationId)) throw new Error(`operationId ${operation.operationId} is used twice (${method.toUpperCase()} ${url})`)
      operationIds.add(operation.operationId)
      // Only what differs from the runtime's defaults (the spec's top-level security, path
      // parameters read from the URL, the method's own safety): each SDK call carries its
      // entry, so every bundle with that call carries it too.
      operations[`${method.toUpperCase()} ${url}`] = {
        id: operation.operationId,
        ...(JSON.stringify(security) !== defaultSecurity && { security }),
        ...(requiredQuery.length > 0 && { requiredQuery }),
        ...(requestBody?.required === true && { bodyRequired: true }),
        ...(idempotent !== methodsSafeToRepeat.has(method) && { idempotent }),
      }
    }
  }
  return operations
}

function describeSecuritySchemes(spec) {
  const schemes = {}
  for (const [name, schemeOrReference] of Object.entries(spec.components?.securitySchemes ?? {})) {
    const scheme = resolveReference(spec, schemeOrReference)
    if (scheme.type === 'apiKey') schemes[name] = { type: 'apiKey', in: scheme.in, name: scheme.name }
    else if (scheme.type === 'http') schemes[name] = { type: 'http', scheme: scheme.scheme }
    else throw new Error(`Security scheme ${name}: type ${scheme.type} is not supported by @parley/runtime`)
  }
  return schemes
}

function describeServer(spec) {
  const server = spec.servers?.[0]
  if (!server) return { url: '', variables: {} }
  const variables = Object.fromEntries(Object.entries(server.variables ?? {}).map(([name, variable]) => [name, variable.default]))
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name) => variables[name] ?? '')
  return { url: url.replace(/\/$/, ''), template: server.url, variables }
}

function describeWebhooks(spec) {
  return Object.entries(spec.webhooks ?? {}).map(([event, pathItemOrReference]) => {
    const pathItem = resolveReference(spec, pathItemOrReference)
    const method = httpMethods.find((candidate) => pathItem[candidate])
    return { event, operationId: pathItem[method].operationId, summary: pathItem[method].summary ?? '' }
  })
}

/** The name of the constant that holds one operation's metadata (`getUserOperation`). */
function operationConstant(operationId) {
  return `${operationId}Operation`
}

/**
 * hey-api's SDK functions pass only a method and a URL template. Each call also carries
 * its operation's metadata (`operation: getUserOperation`), so a bundle that imports one
 * function carries one operation's entry, not the whole table.
 */
function linkOperations(sdkSource, operations) {
  const linked = new Set()
  const callPattern = /(\(options\??\.client \?\? client\)\.(\w+)<[^\n]*>\(\{\n(\s+)responseStyle: 'data',\n\s+url: '([^']+)',\n)/g
  let source = sdkSource.replace(callPattern, (call, _whole, method, indent, url) => {
    const operation = operations[`${method.toUpperCase()} ${url}`]
    if (!operation) throw new Error(`sdk.gen.ts calls ${method.toUpperCase()} ${url}, which is not an operation of the spec`)
    linked.add(operation.id)
    return `${call}${indent}operation: ${operationConstant(operation.id)},\n`
  })
  const unlinked = Object.values(operations).filter((operation) => !linked.has(operation.id))
  if (unlinked.length > 0) {
    throw new Error(`hey-api's sdk.gen.ts changed shape: no call found for ${unlinked.map((operation) => operation.id).join(', ')} (see linkOperations in scripts/generate.mjs)`)
  }
  const clientImport = "import { client } from './client.gen.js';\n"
  if (!source.includes(clientImport)) throw new Error("hey-api's sdk.gen.ts changed shape: no client import (see linkOperations in scripts/generate.mjs)")
  const names = [...linked].map(operationConstant).sort()
  source = source.replace(clientImport, `${clientImport}import { ${names.join(', ')} } from './operations.gen.js';\n`)
  return source
}

function operationsModule(spec, operations) {
  const operationIds = Object.values(operations).map((operation) => operation.id)
  const server = describeServer(spec)
  return `import type { OperationInfo, OperationTable, SecuritySchemeTable } from '@parley/runtime'

// What the runtime checks before sending each operation; its SDK function passes it along.
${Object.values(operations).map((info) => `export const ${operationConstant(info.id)}: OperationInfo = ${JSON.stringify(info)}`).join('\n')}

/** Every operation by \`"<METHOD> <url template>"\`. */
export const operations: OperationTable = {
${Object.entries(operations).map(([key, info]) => `  ${json(key)}: ${operationConstant(info.id)},`).join('\n')}
}

export const securitySchemes: SecuritySchemeTable = ${json(describeSecuritySchemes(spec))}

/** The spec's top-level security, for every operation of the table that names none. */
export const defaultSecurity: ReadonlyArray<ReadonlyArray<string>> = ${JSON.stringify(describeDefaultSecurity(spec))}

/** The spec's first server with its variables at their defaults. */
export const defaultBaseUrl = ${json(server.url)}

/** The spec's server URL template and variable defaults (\`{tenant}\`, ...). */
export const serverTemplate = ${json({ url: server.template ?? '', variables: server.variables })} as const

export type OperationId = ${operationIds.map((id) => json(id)).join(' | ') || 'never'}

/** The spec's top-level \`webhooks\`: wire event name, handler operationId, summary. */
export const webhookEvents = ${json(describeWebhooks(spec))} as const

export const apiTitle = ${json(spec.info?.title ?? '')}
export const apiVersion = ${json(spec.info?.version ?? '')}
`
}

function responseSchemasModule(operations, zodSource) {
  const exported = new Set([...zodSource.matchAll(/^export const (\w+)/gm)].map((match) => match[1]))
  const entries = Object.values(operations)
    .map((operation) => [operation.id, `z${operation.id[0].toUpperCase()}${operation.id.slice(1)}Response`])
    .filter(([, schemaName]) => exported.has(schemaName))
  const names = entries.map(([, schemaName]) => schemaName).sort()
  return `// Imported lazily by the client when \`validateResponses: true\`, so zod and the
// validator stay out of bundles that do not validate.
import { createZodResponseChecker } from '@parley/runtime/validate'
import { ${names.join(', ')} } from './zod.gen.js'

export const responseSchemas = {
${entries.map(([operationId, schemaName]) => `  ${operationId}: ${schemaName},`).join('\n')}
} as const

export const responseChecker = createZodResponseChecker(responseSchemas)
`
}

function generatedReadme(vendor) {
  return `# Generated code: do not edit

Every file here is written by \`pnpm generate\` from \`specs/${vendor.id}/openapi.yaml\`
(hey-api ${PINNED_HEY_API_VERSION} for types, SDK, client and zod; openapi-typescript for \`paths.gen.ts\`;
\`scripts/generate.mjs\` for \`operations.gen.ts\` and \`response-schemas.gen.ts\`).
\`pnpm check:generated\` fails when these files differ from a fresh generation.

To change them, edit the spec (or \`scripts/codegen/\`) and run \`pnpm generate\`.
`
}


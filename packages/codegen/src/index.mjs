// @parley/codegen: how a spec becomes a vendor package's `src/generated/`. One function,
// `generate()`, used by `pnpm generate`, turbo's generate task and the drift check; each
// package's `openapi-ts.config.ts` takes the same hey-api config from `heyApiConfig()`.
//
// hey-api (types, zod, its SDK functions, client.gen.ts) runs with Parley's plugins, which
// read its IR: @parley/operations (operations.gen.ts, the public sdk.gen.ts) and
// @parley/response-schemas, @parley/mock-handlers (msw.gen.ts). openapi-typescript's public API
// writes paths.gen.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@hey-api/openapi-ts'
import { astToString, resolveRef, scanDiscriminators, transformSchema } from 'openapi-typescript'
import { parse } from 'yaml'
import { relativeServerUrl } from './describe.mjs'
import { resolvePointer } from './json-pointer.mjs'
import { schemaTypeName } from './names.mjs'
import { parleyMockHandlers } from './plugins/mock-handlers.mjs'
import { parleyOperations } from './plugins/operations.mjs'
import { parleyResponseSchemas } from './plugins/response-schemas.mjs'
import { parleyRuntimeClient } from './plugins/runtime-client.mjs'
import { loadVendorDocument } from './spec-source.mjs'
import { webhooksSource } from './webhooks.mjs'
import { findWorkspaceRoot, listVendors } from './workspace.mjs'

export { findVendor, findWorkspaceRoot, listVendors, pascalName } from './workspace.mjs'
export { resolvePointer, resolveReference } from './json-pointer.mjs'
export { camelCase, credentialOptionName, operationFunctionNames, runtimeExports } from './names.mjs'
export { planCredentialOptions, relativeServerUrl } from './describe.mjs'
export { webhookEventProperty, webhookHeaderToken } from './webhooks.mjs'
export { exampleOf } from './examples.mjs'

/**
 * @typedef {import('./workspace.mjs').Vendor} Vendor
 * @typedef {import('./describe.mjs').CredentialOptionPlan} CredentialOptionPlan
 * @typedef {import('./json-pointer.mjs').SpecNode} SpecNode
 */

/** hey-api's generated code is written against this exact version's client contract. */
export const PINNED_HEY_API_VERSION = '0.99.0'

const installedHeyApiVersion = createRequire(import.meta.url)('@hey-api/openapi-ts/package.json').version
if (installedHeyApiVersion !== PINNED_HEY_API_VERSION) {
  throw new Error(
    `@hey-api/openapi-ts ${installedHeyApiVersion} is installed but @parley/runtime implements the client contract of ` +
      `${PINNED_HEY_API_VERSION}. Check packages/runtime/src/client-types.ts against the new version, then update PINNED_HEY_API_VERSION.`,
  )
}

export const generatedHeader = [
  '// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:',
  '// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.',
]

/**
 * A vendor's spec file as an object, without its overlay: for `openapi-ts` run alone in a
 * package, whose config must be synchronous. `generate()` reads through spec-source.mjs.
 *
 * @param {Pick<Vendor, 'specPath'>} vendor
 * @returns {SpecNode}
 */
export function readVendorDocument(vendor) {
  return parse(readFileSync(vendor.specPath, 'utf8'), { merge: true })
}

/**
 * The spec is given to the generators as one object, so a `$ref` to another file could not
 * be followed: refuse it by name rather than generate from half a spec.
 *
 * @param {unknown} node
 * @param {string} specPath
 */
function refuseExternalReferences(node, specPath) {
  if (node === null || typeof node !== 'object') return
  if ('$ref' in node && typeof node.$ref === 'string' && !node.$ref.startsWith('#')) {
    throw new Error(
      `${specPath}: $ref ${node.$ref} is not local; the generators read one file per spec (bundle it into the spec)`,
    )
  }
  for (const value of Object.values(node)) refuseExternalReferences(value, specPath)
}

/**
 * hey-api's config for one vendor. Its own SDK functions go to requests.gen.ts (not
 * exported by the package); @parley/operations writes the public sdk.gen.ts over them.
 *
 * @param {{ specPath: string, packageDir: string }} vendor
 * @param {{ input?: unknown, outputDir?: string }} [overrides] the spec already read, another output folder
 * @returns {import('@hey-api/openapi-ts').UserConfig}
 */
export function heyApiConfig(vendor, { input, outputDir } = {}) {
  const document = input ?? readVendorDocument(vendor)
  return {
    input: document,
    output: {
      path: outputDir ?? join(vendor.packageDir, 'src', 'generated'),
      importFileExtension: '.js',
      indexFile: false,
      header: generatedHeader,
      clean: true,
    },
    logs: { level: 'silent' },
    plugins: [
      { name: '@hey-api/typescript', definitions: { name: schemaTypeName } },
      // Resolve the body (not `{ data, response }`) and throw typed errors: set at
      // generation time because a per-call `responseStyle` types wrongly. `auth: false`:
      // the runtime takes each operation's security from operations.gen.ts.
      {
        name: '@hey-api/sdk',
        responseStyle: 'data',
        auth: false,
        operations: { strategy: 'flat', methodName: '{{name}}Request' },
        $hooks: {
          symbols: {
            getFilePath: (/** @type {{ meta?: { resource?: unknown } }} */ symbol) =>
              symbol.meta?.resource === 'operation' ? 'requests' : undefined,
          },
        },
      },
      // A relative server URL is no default for client.gen.ts: the runtime refuses a baseUrl
      // without a scheme, so the package would throw as it is imported. The vendor factory
      // refuses each call without `baseUrl` instead, naming the spec's URL.
      parleyRuntimeClient({
        baseUrl: relativeServerUrl(/** @type {SpecNode} */ (document)) === undefined,
        $hooks: { symbols: { getFilePath: () => 'client' } },
      }),
      { name: 'zod', requests: false },
      parleyOperations(),
      parleyResponseSchemas(),
      parleyMockHandlers(),
    ],
  }
}

/** A `$ref` into a media type's schema (`.../content/application~1json/schema/...`). */
const mediaTypeSchemaReference = /\/content\/[^/]+\/schema(\/|$)/

/**
 * openapi-typescript writes a `$ref` into a media type's schema as an index through
 * `["schema"]`, which its own output does not have (TS2339): such references are replaced
 * by a copy of what they point to (with the same treatment inside it, cycles left as refs).
 *
 * @param {SpecNode} document
 * @returns {SpecNode}
 */
function inlineMediaTypeSchemaReferences(document) {
  const resolve = (/** @type {string} */ pointer) => resolvePointer(document, pointer)
  /** @type {(node: unknown, inlining: Set<string>) => unknown} */
  const visit = (node, inlining) => {
    if (Array.isArray(node)) return node.map((item) => visit(item, inlining))
    if (!node || typeof node !== 'object') return node
    const reference = '$ref' in node ? node.$ref : undefined
    if (
      typeof reference === 'string' &&
      reference.startsWith('#/') &&
      mediaTypeSchemaReference.test(reference) &&
      !inlining.has(reference)
    ) {
      const target = resolve(reference)
      if (target !== undefined) return visit(structuredClone(target), new Set(inlining).add(reference))
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value, inlining)]))
  }
  return /** @type {SpecNode} */ (visit(document, new Set()))
}

/**
 * openapi-typescript's `paths`, `components` and `operations`, from the transform its entry
 * exports. `openapiTS()` would lint and bundle the spec with Redocly first: `pnpm lint:specs`
 * lints before generating, and a spec with only local `$ref`s (the others are refused above)
 * bundles to itself. The context is `openapiTS()`'s with its defaults (7.13, pinned).
 *
 * @param {SpecNode} spec
 * @returns {string}
 */
function pathsSource(spec) {
  const schema = /** @type {import('openapi-typescript').OpenAPI3} */ (
    inlineMediaTypeSchemaReferences(structuredClone(spec))
  )
  // No `redoc`: only openapiTS()'s lint-and-bundle step reads it, not the transform.
  /** @type {Omit<import('openapi-typescript').GlobalContext, 'redoc'>} */
  const context = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, {}),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
  }
  return astToString(transformSchema(schema, /** @type {import('openapi-typescript').GlobalContext} */ (context)))
}

/** @param {Pick<Vendor, 'id'>} vendor */
function generatedReadme(vendor) {
  return `# Generated code: do not edit

Every file here is written by \`pnpm generate\` from \`specs/${vendor.id}/openapi.yaml\`: hey-api
${PINNED_HEY_API_VERSION} with Parley's plugins (\`packages/codegen\`) for types, zod, client, SDK
functions (\`requests.gen.ts\`, wrapped by \`sdk.gen.ts\`), \`operations.gen.ts\` and
\`response-schemas.gen.ts\`; openapi-typescript for \`paths.gen.ts\`.
\`pnpm check:generated\` fails when these files differ from a fresh generation.

To change them, edit the spec (or \`packages/codegen/\`) and run \`pnpm generate\`.
`
}

/** See no-config-file.mjs: the config file hey-api merges the given configs into. */
const noConfigFile = fileURLToPath(new URL('./no-config-file.mjs', import.meta.url))

/**
 * Regenerates `src/generated/` of the given vendors (all of redocly.yaml by default), in one
 * process, or writes them to `<outDir>/<vendor>/` (the drift check, benches, tests).
 *
 * @param {{ root?: string, vendorIds?: string[], outDir?: string }} [options]
 * @returns {Promise<{ vendors: string[], seconds: number }>}
 */
export async function generate({ root = findWorkspaceRoot(), vendorIds = [], outDir } = {}) {
  const started = performance.now()
  const all = listVendors(root)
  const vendors = all.filter((vendor) => vendorIds.length === 0 || vendorIds.includes(vendor.id))
  const unknown = vendorIds.filter((id) => !all.some((vendor) => vendor.id === id))
  if (unknown.length > 0)
    throw new Error(`Unknown vendor: ${unknown.join(', ')} (not an \`apis:\` entry of redocly.yaml)`)
  const jobs = []
  for (const vendor of vendors) {
    // Swagger 2.0 converted and the overlay applied, as every other step sees the spec.
    const { document: spec } = await loadVendorDocument(vendor)
    refuseExternalReferences(spec, vendor.specPath)
    const outputDir = outDir ? join(outDir, vendor.id) : join(vendor.packageDir, 'src', 'generated')
    jobs.push({ vendor, spec, outputDir })
  }
  if (jobs.length === 0) return { vendors: [], seconds: 0 }
  const results = await createClient(
    jobs.map(({ vendor, spec, outputDir }) => ({
      ...heyApiConfig(vendor, { input: structuredClone(spec), outputDir }),
      configFile: noConfigFile,
    })),
  )
  if (results.length !== jobs.length) {
    throw new Error(
      "hey-api could not read a spec: `pnpm lint:specs` tells what is wrong, or `pnpm exec openapi-ts` in the package prints hey-api's own report",
    )
  }
  for (const { vendor, spec, outputDir } of jobs) {
    mkdirSync(outputDir, { recursive: true })
    writeFileSync(join(outputDir, 'paths.gen.ts'), `${generatedHeader.join('\n')}\n\n${pathsSource(spec)}`)
    const webhooks = webhooksSource(spec, vendor.id, generatedHeader)
    if (webhooks) writeFileSync(join(outputDir, 'webhooks.gen.ts'), webhooks)
    writeFileSync(join(outputDir, 'README.md'), generatedReadme(vendor))
  }
  return { vendors: vendors.map((vendor) => vendor.id), seconds: (performance.now() - started) / 1000 }
}

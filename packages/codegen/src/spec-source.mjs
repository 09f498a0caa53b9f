// The one way every step (lint, generate, mocks, docs, drift check) reads a vendor's spec:
// the file as committed (YAML or JSON), converted to OpenAPI 3.x when it is Swagger 2.0,
// then with `specs/<id>/overlay.yaml` (OpenAPI Overlay 1.0) applied. A published vendor's
// file stays byte for byte; its fixes live in the overlay.
/// <reference path="./swagger2openapi.d.ts" />
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { escapePointerKey, resolveReference } from './json-pointer.mjs'
import { findWorkspaceRoot } from './workspace.mjs'

/**
 * @typedef {import('./json-pointer.mjs').SpecNode} SpecNode
 * @typedef {'openapi-3.0' | 'openapi-3.1' | 'swagger-2.0'} SourceFormat
 */

/**
 * A spec as every tool sees it.
 * @typedef {object} LoadedDocument
 * @property {SpecNode} document the OpenAPI 3.x document: converted from Swagger 2.0, overlay applied
 * @property {SourceFormat} sourceFormat
 * @property {boolean} converted
 * @property {boolean} overlaid
 * @property {string[]} unmatchedTargets overlay action targets that selected nothing (not an error in Overlay 1.0)
 * @property {string[]} ignoredHeaderParameters header parameters named Accept, Content-Type or Authorization, left out as OpenAPI says (`GET /path Content-Type`)
 * @property {string[]} droppedDefaults schema defaults their own schema refuses, left out (`#/components/schemas/Plan/properties/months default 6`)
 * @property {string[]} schemeRelativeServers server URLs without a scheme (`//host`), given `https:` (`//api.example.com`)
 * @property {boolean} changed true when the tools must read `document` rather than the file itself
 */

/**
 * @typedef {object} LoadOptions
 * @property {string} [overlayPath]
 * @property {(line: string) => void} [onNote] where the one-line notes go (conversion, unmatched targets); stderr by default
 */

export const overlayFileName = 'overlay.yaml'

/** A spec or overlay the pipeline cannot take, with what to do about it. */
export class SpecSourceError extends Error {
  /** @override */
  name = 'SpecSourceError'
}

/**
 * Parses JSON or YAML by the file's extension (YAML for anything but `.json`).
 * @param {string} text
 * @param {string} path
 * @returns {unknown}
 */
export function parseDocumentText(text, path) {
  try {
    // Real specs repeat anchors a lot; the default alias cap refuses some of them.
    return extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 })
  } catch (error) {
    throw new SpecSourceError(
      `${path}: not valid ${extname(path).toLowerCase() === '.json' ? 'JSON' : 'YAML'}: ${errorMessage(error).split('\n')[0]}`,
    )
  }
}

/**
 * What kind of API document this is: `openapi-3.0`, `openapi-3.1` or `swagger-2.0`.
 * Anything else is refused by name, so a wrong file fails before any tool sees it.
 *
 * @param {unknown} value
 * @param {string} [path]
 * @returns {SourceFormat}
 */
export function detectFormat(value, path = 'the document') {
  const found = describeFormat(value)
  const document = /** @type {SpecNode | null | undefined} */ (value)
  if (typeof document?.openapi === 'string' && /^3\.0\.\d+$/.test(document.openapi)) return 'openapi-3.0'
  if (typeof document?.openapi === 'string' && /^3\.1\.\d+$/.test(document.openapi)) return 'openapi-3.1'
  if (String(document?.swagger) === '2.0') return 'swagger-2.0'
  throw new SpecSourceError(`${path}: not OpenAPI 3.0/3.1 or Swagger 2.0: found ${found}`)
}

/** @param {unknown} document */
function describeFormat(document) {
  if (document === null || typeof document !== 'object' || Array.isArray(document))
    return `a ${document === null ? 'null' : Array.isArray(document) ? 'list' : typeof document} at the top level`
  for (const field of ['openapi', 'swagger', 'swaggerVersion', 'asyncapi', 'overlay', 'arazzo', 'openrpc']) {
    if (field in document) return `${field} ${JSON.stringify(/** @type {SpecNode} */ (document)[field])}`
  }
  return `no \`openapi\` or \`swagger\` field (top-level keys: ${Object.keys(document).slice(0, 6).join(', ') || 'none'})`
}

/**
 * Swagger 2.0 to OpenAPI 3.0 with swagger2openapi (no external reference is fetched).
 * @param {unknown} document
 * @param {string} path
 */
async function convertSwagger2(document, path) {
  // Loaded on demand: most runs read only 3.x specs without overlay actions.
  const { default: swagger2openapi } = await import('swagger2openapi')
  try {
    const { openapi, patches } = await swagger2openapi.convertObj(structuredClone(document), {
      patch: true,
      warnOnly: true,
      resolve: false,
    })
    return { document: openapi, patches }
  } catch (error) {
    throw new SpecSourceError(`${path}: Swagger 2.0 could not be converted to OpenAPI 3.0: ${errorMessage(error)}`)
  }
}

/**
 * What a thrown value says, for a one-line message.
 * @param {unknown} error
 */
const errorMessage = (error) => (error instanceof Error ? error.message : String(error))

/**
 * Checks an overlay against Overlay 1.0's required shape, listing every problem.
 * @param {unknown} value
 * @returns {string[]}
 */
export function overlayProblems(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return ['the overlay must be a mapping with `overlay`, `info` and `actions`']
  const overlay = /** @type {SpecNode} */ (value)
  const problems = []
  if (typeof overlay.overlay !== 'string' || !/^1\.0\.\d+$/.test(overlay.overlay))
    problems.push(`\`overlay\` must be "1.0.0" (found ${JSON.stringify(overlay.overlay)})`)
  if (typeof overlay.info?.title !== 'string' || typeof overlay.info?.version !== 'string')
    problems.push('`info` needs a `title` and a `version` (strings)')
  if (!Array.isArray(overlay.actions)) problems.push('`actions` must be a list (empty when there is nothing to fix)')
  for (const [index, action] of (Array.isArray(overlay.actions) ? overlay.actions : []).entries()) {
    const label = `actions[${index}]`
    if (action === null || typeof action !== 'object' || Array.isArray(action)) {
      problems.push(`${label} must be a mapping with \`target\` and \`update\` or \`remove\``)
      continue
    }
    if (typeof action.target !== 'string' || !action.target.startsWith('$'))
      problems.push(`${label}.target must be a JSONPath starting with "$" (found ${JSON.stringify(action.target)})`)
    if ('remove' in action && typeof action.remove !== 'boolean') problems.push(`${label}.remove must be true or false`)
    if (!('update' in action) && action.remove !== true) problems.push(`${label} needs \`update\` or \`remove: true\``)
    if (action.target === '$' && action.remove === true) problems.push(`${label} cannot remove the whole document`)
  }
  return problems
}

/**
 * Reads an API document and gives the OpenAPI 3.x document the tools see.
 * @param {string} path the spec file (YAML or JSON)
 * @param {LoadOptions} [options]
 * @returns {Promise<LoadedDocument>}
 */
export async function loadDocument(path, { overlayPath, onNote = (line) => console.error(line) } = {}) {
  const original = parseDocumentText(readFileSync(path, 'utf8'), path)
  const sourceFormat = detectFormat(original, path)
  let document = /** @type {SpecNode} */ (original)
  let converted = false
  if (sourceFormat === 'swagger-2.0') {
    const conversion = await convertSwagger2(original, path)
    document = conversion.document
    converted = true
    onNote(
      `note: ${path} is Swagger 2.0; converted to OpenAPI ${document.openapi} with swagger2openapi (${conversion.patches} patches)`,
    )
  }
  const overlay = overlayPath ? readOverlay(overlayPath) : undefined
  /** @type {string[]} */
  const unmatchedTargets = []
  if (overlay && overlay.actions.length > 0) {
    const { openapiOverlay } = await import('openapi-format')
    const { data, resultData } = await openapiOverlay(document, { overlaySet: overlay })
    document = /** @type {SpecNode} */ (data)
    for (const action of /** @type {Array<{ target: string }>} */ (resultData.unusedActions))
      unmatchedTargets.push(action.target)
    if (unmatchedTargets.length > 0)
      onNote(
        `note: ${overlayPath}: ${unmatchedTargets.length} action(s) matched nothing: ${unmatchedTargets.join(', ')}`,
      )
    detectFormat(document, `${path} with ${overlayPath} applied`)
  }
  const { document: withoutIgnored, ignored: ignoredHeaderParameters } = withoutIgnoredHeaderParameters(document)
  const { document: withValidDefaults, dropped: droppedDefaults } = withoutInvalidDefaults(withoutIgnored)
  const { document: withSchemes, schemeRelative: schemeRelativeServers } = withHttpsServerUrls(withValidDefaults)
  document = withSchemes
  if (droppedDefaults.length > 0)
    onNote(
      `note: ${path}: ${droppedDefaults.length} schema default(s) left out that their own schema refuses (${firstFew(droppedDefaults)})`,
    )
  if (ignoredHeaderParameters.length > 0)
    onNote(
      `note: ${path}: ${ignoredHeaderParameters.length} header parameter(s) named Accept, Content-Type or Authorization left out, as OpenAPI says to ignore them (${firstFew(ignoredHeaderParameters)})`,
    )
  if (schemeRelativeServers.length > 0)
    onNote(
      `note: ${path}: ${schemeRelativeServers.length} server URL(s) without a scheme read as https (${firstFew(schemeRelativeServers)}); an overlay sets another`,
    )
  return {
    document,
    sourceFormat,
    converted,
    overlaid: Boolean(overlay && overlay.actions.length > 0),
    unmatchedTargets,
    ignoredHeaderParameters,
    droppedDefaults,
    schemeRelativeServers,
    /** True when the tools must read `document` rather than the file itself. */
    changed:
      converted ||
      Boolean(overlay && overlay.actions.length > 0) ||
      ignoredHeaderParameters.length > 0 ||
      droppedDefaults.length > 0 ||
      schemeRelativeServers.length > 0,
  }
}

/** The first three of what a note lists, `...` for the rest. */
const firstFew = (/** @type {string[]} */ items) => `${items.slice(0, 3).join('; ')}${items.length > 3 ? '; ...' : ''}`

/** The operations a Path Item can hold, by method (OpenAPI 3.0 and 3.1). */
export const operationMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** Keys whose values are payloads, not schemas: a `default` inside them is data. */
const payloadKeys = new Set(['example', 'examples', 'value', 'const', 'enum', 'default'])

/** Pointers of objects whose keys are names: `properties`, `$defs`, the components maps, `responses`. */
const namesMapSuffix =
  /\/(properties|patternProperties|\$defs|definitions|schemas|parameters|responses|headers|requestBodies|callbacks|pathItems|paths|webhooks|content|encoding)$/

/**
 * Whether `value` is of JSON Schema type `type`.
 * @param {unknown} value
 * @param {unknown} type
 */
function isOfType(value, type) {
  switch (type) {
    case 'null':
      return value === null
    case 'boolean':
      return typeof value === 'boolean'
    case 'integer':
      return Number.isInteger(value)
    case 'number':
      return typeof value === 'number'
    case 'string':
      return typeof value === 'string'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value)
    default:
      return true
  }
}

/**
 * Whether a schema with a `type` (and maybe an `enum`) accepts its own `default`.
 * @param {SpecNode} schema
 */
function acceptsDefault(schema) {
  const value = schema.default
  const types = Array.isArray(schema.type) ? schema.type : [schema.type]
  // OpenAPI 3.0 says null with `nullable: true`, 3.1 lists 'null' among the types; an
  // `enum` must list null too (OpenAPI 3.0.3), as hey-api's schemas read it.
  const typeAllows =
    value === null ? schema.nullable === true || types.includes('null') : types.some((type) => isOfType(value, type))
  if (!typeAllows) return false
  return (
    !Array.isArray(schema.enum) ||
    schema.enum.some((/** @type {unknown} */ option) => JSON.stringify(option) === JSON.stringify(value))
  )
}

/**
 * The document without schema `default`s that their own schema refuses (`6` for a string
 * enum of `"6"`, `null` for a non-nullable integer): JSON Schema says a default should be
 * valid, and hey-api's zod schemas write it as `.default(...)`, which then does not
 * type-check (TS2769). Each one left out is named by its JSON Pointer; the document is
 * copied only where something is left out.
 *
 * @template {object} T
 * @param {T} document
 * @returns {{ document: T, dropped: string[] }}
 */
export function withoutInvalidDefaults(document) {
  /** @type {string[]} */
  const dropped = []
  /** @type {(node: unknown, pointer: string) => unknown} */
  const visit = (node, pointer) => {
    if (Array.isArray(node)) {
      const items = node.map((item, index) => visit(item, `${pointer}/${index}`))
      return items.some((item, index) => item !== node[index]) ? items : node
    }
    if (!node || typeof node !== 'object') return node
    // In a map of names (properties, schemas, responses) a key is a name, never a keyword.
    const namesMap = namesMapSuffix.test(pointer)
    /** @type {Array<[string, unknown]>} */
    const visited = Object.entries(node).map(([key, value]) =>
      !namesMap && (payloadKeys.has(key) || key.startsWith('x-'))
        ? [key, value]
        : [key, visit(value, `${pointer}/${escapePointerKey(key)}`)],
    )
    const original = /** @type {SpecNode} */ (node)
    const changed = visited.some(([key, value]) => value !== original[key]) ? Object.fromEntries(visited) : undefined
    /** @type {SpecNode} */
    const schema = changed ?? original
    const typed =
      typeof schema.type === 'string' ||
      (Array.isArray(schema.type) && schema.type.every((/** @type {unknown} */ type) => typeof type === 'string'))
    if ('default' in schema && typed && !acceptsDefault(schema)) {
      dropped.push(`${pointer} default ${JSON.stringify(schema.default)}`)
      const { default: _refused, ...rest } = schema
      return rest
    }
    return schema
  }
  return { document: /** @type {T} */ (visit(document, '#')), dropped }
}

/**
 * The document with every scheme-relative server URL (`//api.example.com`) made https. Swagger
 * 2.0 without `schemes` converts to one: the scheme of wherever the file is served, which for a
 * published API is https. Left as it is, the generated client's default `baseUrl` has no scheme,
 * which the runtime refuses, so the package throws as soon as it is imported. Top-level, path
 * and operation servers; the document is copied only where a URL changes.
 *
 * @template {SpecNode} T
 * @param {T} document
 * @returns {{ document: T, schemeRelative: string[] }}
 */
export function withHttpsServerUrls(document) {
  /** @type {string[]} */
  const schemeRelative = []
  /** @type {(servers: unknown) => unknown} */
  const withScheme = (servers) => {
    if (!Array.isArray(servers)) return servers
    let changed = false
    const fixed = servers.map((server) => {
      if (typeof server?.url !== 'string' || !server.url.startsWith('//')) return server
      schemeRelative.push(server.url)
      changed = true
      return { ...server, url: `https:${server.url}` }
    })
    return changed ? fixed : servers
  }
  let result = document
  const servers = withScheme(document.servers)
  if (servers !== document.servers) result = { ...result, servers }
  let paths = document.paths
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    if (!item || typeof item !== 'object') continue
    let changedItem = item
    const itemServers = withScheme(item.servers)
    if (itemServers !== item.servers) changedItem = { ...changedItem, servers: itemServers }
    for (const method of operationMethods) {
      const operation = item[method]
      const operationServers = withScheme(operation?.servers)
      if (operationServers !== operation?.servers)
        changedItem = { ...changedItem, [method]: { ...operation, servers: operationServers } }
    }
    if (changedItem !== item) paths = { ...paths, [template]: changedItem }
  }
  if (paths !== document.paths) result = { ...result, paths }
  return { document: result, schemeRelative }
}

/** Header parameters OpenAPI 3.0 and 3.1 say "SHALL be ignored" (Parameter Object, `name`). */
const ignoredHeaderNames = new Set(['accept', 'content-type', 'authorization'])

/**
 * The document without header parameters named Accept, Content-Type or Authorization: the
 * request body's media type, the response's and the security schemes decide those headers.
 * Left in, every tool would treat them as parameters: hey-api types them as headers each
 * call must pass (an `Authorization` beside the client's credential), Prism refuses a GET
 * without a `Content-Type`. Each one left out is named (`GET /path Content-Type`); the
 * document is copied only where something is left out.
 *
 * @template {SpecNode} T
 * @param {T} document
 * @returns {{ document: T, ignored: string[] }}
 */
export function withoutIgnoredHeaderParameters(document) {
  /** @type {string[]} */
  const ignored = []
  const isIgnored = (/** @type {unknown} */ parameter) => {
    const resolved = resolveReference(document, parameter)
    return (
      resolved?.in === 'header' &&
      typeof resolved.name === 'string' &&
      ignoredHeaderNames.has(resolved.name.toLowerCase())
    )
  }
  /** @type {(parameters: unknown, label: string) => unknown} */
  const keep = (parameters, label) => {
    if (!Array.isArray(parameters)) return parameters
    const kept = parameters.filter((parameter) => {
      if (!isIgnored(parameter)) return true
      ignored.push(`${label} ${resolveReference(document, parameter)?.name}`)
      return false
    })
    return kept.length === parameters.length ? parameters : kept
  }
  let paths = document.paths
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    if (!item || typeof item !== 'object') continue
    let changedItem = item
    const itemParameters = keep(item.parameters, template)
    if (itemParameters !== item.parameters) changedItem = { ...changedItem, parameters: itemParameters }
    for (const method of operationMethods) {
      const operation = item[method]
      const parameters = keep(operation?.parameters, `${method.toUpperCase()} ${template}`)
      if (parameters !== operation?.parameters) changedItem = { ...changedItem, [method]: { ...operation, parameters } }
    }
    if (changedItem !== item) paths = { ...paths, [template]: changedItem }
  }
  return { document: paths === document.paths ? document : { ...document, paths }, ignored }
}

/**
 * @param {string} overlayPath
 * @returns {SpecNode & { actions: import('openapi-format').OpenAPIOverlayAction[] }} checked by overlayProblems
 */
function readOverlay(overlayPath) {
  const overlay = /** @type {SpecNode & { actions: import('openapi-format').OpenAPIOverlayAction[] }} */ (
    parseDocumentText(readFileSync(overlayPath, 'utf8'), overlayPath) ?? {}
  )
  const problems = overlayProblems(overlay)
  if (problems.length > 0)
    throw new SpecSourceError(
      `${overlayPath}: not an OpenAPI Overlay 1.0 document:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    )
  return overlay
}

/**
 * The overlay beside a spec, when there is one.
 * @param {string} specPath
 * @returns {string | undefined}
 */
export function overlayPathFor(specPath) {
  const candidate = join(dirname(specPath), overlayFileName)
  return existsSync(candidate) ? candidate : undefined
}

/** The overlay key with which a published file's spec problems fail its runs as a hand-written spec's do. */
export const strictOverlayKey = 'x-parley-strict'

/**
 * Whether a vendor's spec problems (an example its own schema refuses, an answer the mock
 * cannot give) fail its generated tests and `lint:specs`, or are listed with their overlay
 * fixes only. The one place this is decided: a hand-written spec is always strict; a
 * vendor's published file (`x-parley-published` in redocly.yaml, which `new-vendor
 * --published` writes) is strict only when its overlay says `x-parley-strict: true`.
 * @param {{ specPath: string, published?: boolean }} vendor
 */
export function strictAboutSpecProblems(vendor) {
  if (!vendor.published) return true
  const overlayPath = overlayPathFor(vendor.specPath)
  return overlayPath ? readOverlay(overlayPath)[strictOverlayKey] === true : false
}

/**
 * A vendor of redocly.yaml (anything with `specPath`) with its overlay applied.
 * @param {{ specPath: string }} vendor
 * @param {Omit<LoadOptions, 'overlayPath'>} [options]
 * @returns {Promise<LoadedDocument>}
 */
export function loadVendorDocument(vendor, options = {}) {
  return loadDocument(vendor.specPath, { ...options, overlayPath: overlayPathFor(vendor.specPath) })
}

/**
 * Where loaded documents are written for tools that read files: the workspace's cache, else a temp folder.
 * @param {string} [from]
 * @returns {string}
 */
export function materializedSpecsDir(from = process.cwd()) {
  try {
    return join(findWorkspaceRoot(from), 'node_modules', '.cache', 'parley-specs')
  } catch {
    return join(tmpdir(), 'parley-specs')
  }
}

/**
 * A file path to give tools that read files (Redocly, Prism): the spec itself when neither
 * conversion nor overlay changes it, else the loaded document written as JSON under
 * node_modules/.cache/parley-specs/, named by a hash of its content so workspaces sharing
 * node_modules never overwrite each other's.
 *
 * @param {string} path
 * @param {LoadOptions} [options]
 * @returns {Promise<{ path: string, loaded: LoadedDocument }>}
 */
export async function materializeDocument(path, options = {}) {
  const loaded = await loadDocument(path, { overlayPath: overlayPathFor(path), ...options })
  if (!loaded.changed) return { path, loaded }
  const text = `${JSON.stringify(loaded.document, null, 2)}\n`
  const cacheDir = materializedSpecsDir(dirname(path))
  const digest = createHash('sha256').update(path).update('\0').update(text).digest('hex').slice(0, 16)
  const target = join(cacheDir, `${basename(dirname(path))}-${digest}.json`)
  if (!existsSync(target)) {
    mkdirSync(cacheDir, { recursive: true })
    const draft = `${target}.${process.pid}.tmp`
    writeFileSync(draft, text)
    renameSync(draft, target)
  }
  return { path: target, loaded }
}

/**
 * materializeDocument of a vendor's spec (with its overlay).
 * @param {{ specPath: string }} vendor
 * @param {Omit<LoadOptions, 'overlayPath'>} [options]
 */
export function materializeVendorDocument(vendor, options = {}) {
  return materializeDocument(vendor.specPath, options)
}

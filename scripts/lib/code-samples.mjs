// `x-codeSamples` for the Redoc pages, made at docs build time from the spec and the
// SDK's names (never hand-written per operation): how to call each operation with the
// `@parley/<vendor>` client, next to the same request as curl. The arguments are the
// spec's examples, the ones the mock tests send.
import { credentialOptionName, planCredentialOptions } from '@parley/codegen'
import { exampleArguments, listOperations, resolveReference } from '@parley/testing/spec-examples'

/**
 * @typedef {import('@parley/codegen').SpecNode} SpecNode
 * @typedef {import('@parley/codegen').Vendor} Vendor
 * @typedef {import('@parley/testing/spec-examples').SpecOperation} SpecOperation
 */

const environmentName = (/** @type {string} */ optionName) =>
  optionName
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toUpperCase()

/**
 * The client options that carry an operation's first security requirement.
 * @param {SpecNode} spec
 * @param {SpecNode} operation
 * @returns {string[]}
 */
function credentialNames(spec, operation) {
  /** @type {SpecNode[]} */
  const requirements = operation.security ?? spec.security ?? []
  const first = requirements.find((requirement) => Object.keys(requirement).length > 0) ?? {}
  // The factory's options, as the generator names them (HTTP Basic: `username` and `password`).
  const { table } = planCredentialOptions(spec, credentialOptionName)
  return Object.keys(first).flatMap((scheme) => {
    const entry = table[scheme]
    if (!entry) return [scheme]
    if (entry.kind === 'secret') return [entry.option]
    if (entry.kind === 'basic') return [entry.username, entry.password]
    return [entry.clientId, entry.clientSecret]
  })
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * A value as a TypeScript object literal, the way a person writes it (not JSON).
 * @param {unknown} value
 * @param {number} [depth]
 * @returns {string}
 */
export function toTypeScriptLiteral(value, depth = 0) {
  const padding = '  '.repeat(depth + 1)
  const closing = '  '.repeat(depth)
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((item) => `${padding}${toTypeScriptLiteral(item, depth + 1)},`).join('\n')}\n${closing}]`
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const key = (/** @type {string} */ name) => (identifier.test(name) ? name : `'${name.replace(/'/g, "\\'")}'`)
    return `{\n${entries.map(([name, item]) => `${padding}${key(name)}: ${toTypeScriptLiteral(item, depth + 1)},`).join('\n')}\n${closing}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

/**
 * The first server's URL with every variable at its default.
 * @param {SpecNode} spec
 * @returns {string}
 */
function defaultServerUrl(spec) {
  const server = spec.servers?.[0]
  return (server?.url ?? '')
    .replace(
      /\{([^}]+)\}/g,
      (/** @type {string} */ _, /** @type {string} */ name) => server.variables?.[name]?.default ?? name,
    )
    .replace(/\/$/, '')
}

/**
 * `baseUrl` for a server with no fixed host (a template such as a self-hosted server's
 * root or a tenant's host): users must say where theirs is, so the sample shows how.
 *
 * @param {SpecNode} spec
 * @param {Pick<Vendor, 'pascalName'>} vendor
 */
function baseUrlOption(spec, vendor) {
  const hostHasVariable = /^(\{[^}]+\}|[a-z]+:\/\/[^/]*\{[^}]+\})/i
  if (!hostHasVariable.test(spec.servers?.[0]?.url ?? '')) return undefined
  return `baseUrl: process.env.${environmentName(vendor.pascalName)}_BASE_URL ?? '${defaultServerUrl(spec)}'`
}

/**
 * The TypeScript sample for one operation (also type-checked by the docs tests).
 * @param {SpecNode} spec
 * @param {Pick<Vendor, 'pascalName' | 'packageName'>} vendor
 * @param {SpecOperation} entry
 * @returns {string}
 */
export function sdkSample(spec, vendor, entry) {
  const factory = `create${vendor.pascalName}Client`
  const credentials = credentialNames(spec, entry.operation)
  const optionEntries = [
    baseUrlOption(spec, vendor),
    ...credentials.map((name) => `${name}: process.env.${environmentName(name)}`),
  ].filter(Boolean)
  // One option per line, as a formatter puts them: the lines stay short enough to read
  // in the docs' code panel without scrolling sideways.
  const options = optionEntries.length === 0 ? '' : `{\n${optionEntries.map((option) => `  ${option},\n`).join('')}}`
  // A published file may leave a required value without an example: sampled from its schema.
  const callArguments = exampleArguments(spec, entry, { sampleMissing: true })
  const argumentText = Object.keys(callArguments).length > 0 ? toTypeScriptLiteral(callArguments) : ''
  return [
    `import { ${factory} } from '${vendor.packageName}'`,
    '',
    `const client = ${factory}(${options})`,
    `const result = await client.${entry.name}(${argumentText})`,
    '',
  ].join('\n')
}

/**
 * The same request as curl, against the spec's first server.
 * @param {SpecNode} spec
 * @param {SpecOperation} entry
 * @returns {string}
 */
export function curlSample(spec, entry) {
  const serverUrl = defaultServerUrl(spec)
  const callArguments = exampleArguments(spec, entry, { sampleMissing: true })
  let path = entry.url.replace(/\{([^}]+)\}/g, (/** @type {string} */ _, /** @type {string} */ name) =>
    encodeURIComponent(String(callArguments.path?.[name] ?? `{${name}}`)),
  )
  const query = new URLSearchParams(
    Object.entries(callArguments.query ?? {}).map(([name, value]) => [
      name,
      typeof value === 'object' ? JSON.stringify(value) : String(value),
    ]),
  )
  if (query.size > 0) path += `?${query}`
  const lines = [`curl -X ${entry.method.toUpperCase()} '${serverUrl}${path}'`]
  for (const name of credentialNames(spec, entry.operation)) {
    const scheme = resolveReference(spec, spec.components?.securitySchemes?.[name])
    if (scheme?.type === 'apiKey' && scheme.in === 'header')
      lines.push(`-H '${scheme.name}: '"$${environmentName(name)}"`)
    else if (scheme?.type === 'http')
      lines.push(`-H 'Authorization: ${scheme.scheme === 'basic' ? 'Basic' : 'Bearer'} '"$${environmentName(name)}"`)
  }
  for (const [name, value] of Object.entries(callArguments.headers ?? {})) lines.push(`-H '${name}: ${value}'`)
  if (callArguments.body !== undefined) {
    lines.push(`-H 'content-type: application/json'`)
    lines.push(`-d '${JSON.stringify(callArguments.body).replace(/'/g, `'\\''`)}'`)
  }
  return lines.join(' \\\n  ')
}

/**
 * A copy of the spec with `x-codeSamples` on every operation.
 * @param {SpecNode} spec
 * @param {Pick<Vendor, 'pascalName' | 'packageName'>} vendor
 * @returns {SpecNode}
 */
export function addCodeSamples(spec, vendor) {
  const copy = structuredClone(spec)
  for (const entry of listOperations(copy)) {
    entry.operation['x-codeSamples'] = [
      { lang: 'TypeScript', label: vendor.packageName, source: sdkSample(copy, vendor, entry) },
      { lang: 'Shell', label: 'curl', source: curlSample(copy, entry) },
    ]
  }
  return copy
}

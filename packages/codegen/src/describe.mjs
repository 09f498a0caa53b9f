// What the runtime must know about an operation before it sends it (OperationInfo of
// packages/runtime/src/operations.ts), read from the spec document hey-api parsed: hey-api's
// IR flattens security alternatives and keeps one request media type and no `encoding`.

import { resolveReference } from './json-pointer.mjs'
import { operationMethods } from './spec-source.mjs'

/** @typedef {import('./json-pointer.mjs').SpecNode} SpecNode */

const isJsonMediaType = (/** @type {string} */ type) => /^application\/(.+\+)?json(;|$)/i.test(type) || type === '*/*'

/** The spec's top-level security: what an operation has unless it says otherwise. */
export const describeDefaultSecurity = (/** @type {SpecNode} */ spec) => securityNames(spec.security ?? [])

/**
 * The scheme names of each security requirement (an alternative each).
 * @param {ReadonlyArray<SpecNode>} requirements
 * @returns {string[][]}
 */
const securityNames = (requirements) => requirements.map((requirement) => Object.keys(requirement))

/**
 * The request media types an operation offers, in spec order.
 * @param {SpecNode} spec
 * @param {SpecNode | undefined} rawOperation
 * @returns {string[]}
 */
export function requestMediaTypes(spec, rawOperation) {
  const requestBody = resolveReference(spec, rawOperation?.requestBody)
  return Object.keys(requestBody?.content ?? {})
}

/**
 * Per-field OpenAPI `encoding` of a form or multipart body, only the fields that say something.
 * @param {SpecNode | undefined} mediaObject
 */
function describeEncoding(mediaObject) {
  /** @type {Record<string, Record<string, unknown>>} */
  const encoding = {}
  for (const [field, settings] of Object.entries(mediaObject?.encoding ?? {})) {
    /** @type {Record<string, unknown>} */
    const entry = {}
    for (const key of ['contentType', 'style', 'explode', 'allowReserved'])
      if (settings?.[key] !== undefined) entry[key] = settings[key]
    if (Object.keys(entry).length > 0) encoding[field] = entry
  }
  return Object.keys(encoding).length > 0 ? encoding : undefined
}

/**
 * @param {SpecNode} spec
 * @param {unknown} schema
 */
const isBinarySchema = (spec, schema) => {
  const resolved = resolveReference(spec, schema)
  return (
    resolved?.format === 'binary' ||
    resolved?.contentMediaType !== undefined ||
    (resolved?.type === 'string' && resolved?.contentEncoding === 'binary')
  )
}

/**
 * How a 2xx body is read when it is not JSON; undefined when the content type decides (JSON, or several kinds).
 * @param {SpecNode} spec
 * @param {SpecNode} rawOperation
 */
function describeResponseKind(spec, rawOperation) {
  /** @type {Set<'empty' | 'json' | 'stream' | 'text' | 'blob'>} */
  const kinds = new Set()
  for (const [status, responseOrReference] of Object.entries(rawOperation.responses ?? {})) {
    if (!/^2(\d\d|XX)$/i.test(status)) continue
    const response = resolveReference(spec, responseOrReference)
    const content = Object.entries(response?.content ?? {})
    if (content.length === 0) kinds.add('empty')
    for (const [type, media] of content) {
      if (isJsonMediaType(type)) kinds.add('json')
      else if (/^text\/event-stream/i.test(type)) kinds.add('stream')
      else if (/^text\//i.test(type) && !isBinarySchema(spec, media?.schema)) kinds.add('text')
      else if (/^(application\/xml|application\/x-www-form-urlencoded)/i.test(type)) kinds.add('text')
      else kinds.add('blob')
    }
  }
  if (kinds.size !== 1) return undefined
  const [kind] = kinds
  return kind === 'json' ? undefined : kind
}

/**
 * The operation object of `method` under `path`, as the spec document has it.
 * @param {SpecNode} spec
 * @param {string} path
 * @param {string} method
 * @returns {SpecNode | undefined}
 */
export const rawOperationOf = (spec, path, method) => resolveReference(spec, spec.paths?.[path])?.[method]

/**
 * One operation's entry. Only what differs from the runtime's defaults (the spec's
 * top-level security, safety decided by the method, a JSON body and answer): each SDK call
 * carries its entry, so every bundle with that call carries it too.
 *
 * @param {SpecNode} spec
 * @param {{ path: string, method: string, id: string, name: string }} operation
 */
export function describeOperation(spec, { path, method, id, name }) {
  const pathItem = resolveReference(spec, spec.paths?.[path])
  const rawOperation = pathItem?.[method]
  if (!pathItem || !rawOperation) throw new Error(`${method.toUpperCase()} ${path}: no such operation in the spec`)
  /** @type {SpecNode[]} */
  const parameters = [...(pathItem.parameters ?? []), ...(rawOperation.parameters ?? [])].flatMap(
    (parameter) => resolveReference(spec, parameter) ?? [],
  )
  const requestBody = resolveReference(spec, rawOperation.requestBody)
  const security = securityNames(rawOperation.security ?? spec.security ?? [])
  const requiredQuery = [
    ...new Set(
      parameters
        .filter((parameter) => parameter.in === 'query' && parameter.required)
        .map((parameter) => parameter.name),
    ),
  ]
  // The runtime decides by the method (isIdempotentMethod, operations.ts) unless the spec marks the operation.
  const idempotent = rawOperation['x-parley-idempotent']
  const [mediaType] = requestMediaTypes(spec, rawOperation)
  const encoding = mediaType ? describeEncoding(requestBody?.content[mediaType]) : undefined
  const responseKind = describeResponseKind(spec, rawOperation)
  const scalars = scalarParameters(spec, parameters)
  const requiredBody = mediaType ? requiredBodyProperties(spec, requestBody?.content[mediaType]?.schema) : []
  return {
    id,
    ...(name !== id && { name }),
    ...(JSON.stringify(security) !== JSON.stringify(describeDefaultSecurity(spec)) && { security }),
    ...(requiredQuery.length > 0 && { requiredQuery }),
    ...(requestBody?.required === true && { bodyRequired: true }),
    ...(typeof idempotent === 'boolean' && { idempotent }),
    ...(mediaType && !isJsonMediaType(mediaType) && { requestMediaType: mediaType }),
    ...(encoding && { encoding }),
    ...(responseKind && { responseKind }),
    ...(scalars.length > 0 && { scalars }),
    ...(requiredBody.length > 0 && { requiredBody }),
  }
}

const scalarTypes = new Set(['string', 'number', 'integer', 'boolean'])

/**
 * A schema that takes one string, number or boolean (never an array or an object), by its `type` or `enum`.
 * @param {SpecNode} spec
 * @param {unknown} schemaOrReference
 * @returns {boolean}
 */
function isScalarSchema(spec, schemaOrReference) {
  const schema = resolveReference(spec, schemaOrReference)
  if (!schema || typeof schema !== 'object') return false
  /** @type {unknown[]} */
  const types = Array.isArray(schema.type) ? schema.type.filter((type) => type !== 'null') : [schema.type]
  if (types.length > 0 && types.every((type) => typeof type === 'string' && scalarTypes.has(type))) return true
  if (schema.type === undefined && Array.isArray(schema.enum))
    return schema.enum.every((/** @type {unknown} */ value) => value === null || typeof value !== 'object')
  return false
}

/**
 * Path and query parameters whose schema is a scalar, as `path.<name>` and `query.<name>`:
 * the runtime refuses an array, object or function for them before sending (serialized,
 * they would reach the server as `a,b` or `limit[a]=1`).
 *
 * @param {SpecNode} spec
 * @param {ReadonlyArray<SpecNode>} parameters resolved
 * @returns {string[]}
 */
function scalarParameters(spec, parameters) {
  return [
    ...new Set(
      parameters
        .filter(
          (parameter) =>
            (parameter.in === 'path' || parameter.in === 'query') && isScalarSchema(spec, parameter.schema),
        )
        .map((parameter) => `${parameter.in}.${parameter.name}`),
    ),
  ]
}

/**
 * The properties an object body must have: its schema's `required`, with those of its
 * `allOf` members. A body whose root is a choice (`oneOf`, `anyOf`) has none here: which
 * properties are required depends on the alternative.
 *
 * @param {SpecNode} spec
 * @param {unknown} schemaOrReference
 * @param {Set<SpecNode>} [seen] the schemas already visited (a cycle of `allOf`s)
 * @returns {string[]}
 */
function requiredBodyProperties(spec, schemaOrReference, seen = new Set()) {
  const schema = resolveReference(spec, schemaOrReference)
  if (!schema || typeof schema !== 'object' || seen.has(schema) || schema.oneOf || schema.anyOf) return []
  seen.add(schema)
  /** @type {string[]} */
  const required = Array.isArray(schema.required)
    ? schema.required.filter((/** @type {unknown} */ name) => typeof name === 'string')
    : []
  for (const member of schema.allOf ?? []) required.push(...requiredBodyProperties(spec, member, seen))
  return [...new Set(required)]
}

/**
 * Every security scheme as the runtime sends it (SecuritySchemeInfo).
 * @param {SpecNode} spec
 */
export function describeSecuritySchemes(spec) {
  /** @type {Record<string, { type: 'apiKey', in: string, name: string } | { type: 'http', scheme: string } | { type: 'oauth2', tokenUrl?: string, scopes?: string[] } | { type: 'openIdConnect' }>} */
  const schemes = {}
  for (const [name, schemeOrReference] of Object.entries(spec.components?.securitySchemes ?? {})) {
    const scheme = resolveReference(spec, schemeOrReference) ?? {}
    if (scheme.type === 'apiKey') schemes[name] = { type: 'apiKey', in: scheme.in, name: scheme.name }
    else if (scheme.type === 'http') schemes[name] = { type: 'http', scheme: scheme.scheme }
    else if (scheme.type === 'oauth2') {
      const flow = scheme.flows?.clientCredentials
      schemes[name] = flow
        ? { type: 'oauth2', tokenUrl: flow.tokenUrl, scopes: Object.keys(flow.scopes ?? {}) }
        : { type: 'oauth2' }
    } else if (scheme.type === 'openIdConnect') schemes[name] = { type: 'openIdConnect' }
    else
      throw new Error(
        `Security scheme ${name}: type ${scheme.type} is not one OpenAPI defines (apiKey, http, oauth2, openIdConnect)`,
      )
  }
  return schemes
}

/**
 * The runtime's placer of a scheme's credential (credential-kinds.ts of @parley/runtime), or
 * undefined for an API key in a header, which the runtime places by default.
 * @param {SpecNode} scheme
 * @returns {string | undefined}
 */
export function credentialPlacer(scheme) {
  if (scheme.type === 'apiKey')
    return scheme.in === 'query' ? 'placeInQuery' : scheme.in === 'cookie' ? 'placeInCookie' : undefined
  return scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic' ? 'placeBasic' : 'placeAuthorization'
}

/**
 * The first server's URL with its variables' defaults, its template and those defaults.
 * @param {SpecNode} spec
 * @returns {{ url: string, template: string, variables: Record<string, string> }}
 */
export function describeServer(spec) {
  const server = spec.servers?.[0]
  if (!server) return { url: '', template: '', variables: {} }
  /** @type {Record<string, string>} */
  const variables = Object.fromEntries(
    Object.entries(server.variables ?? {}).map(([name, variable]) => [name, variable.default]),
  )
  const url = server.url.replace(
    /\{([^}]+)\}/g,
    (/** @type {string} */ _, /** @type {string} */ name) => variables[name] ?? '',
  )
  return { url: url.replace(/\/$/, ''), template: server.url, variables }
}

/**
 * The spec's server URL where a client cannot send to it as it stands: a relative one (`/v2`,
 * or Swagger 2.0's `basePath` without `host`), or `/` where the spec names no server (OpenAPI's
 * default). A browser would resolve it against the page; a Node or Worker client has no page,
 * so the user gives `baseUrl`. Undefined for an absolute URL.
 * @param {SpecNode} spec
 * @returns {string | undefined}
 */
export function relativeServerUrl(spec) {
  if (typeof spec.swagger === 'string') return spec.host ? undefined : spec.basePath || '/'
  const server = spec.servers?.[0]
  if (typeof server?.url !== 'string') return '/'
  return /^[a-z][a-z\d+.-]*:/i.test(describeServer(spec).url) ? undefined : server.url
}

/**
 * Each webhook event with its operation's id and summary.
 * @param {SpecNode} spec
 * @returns {Array<{ event: string, operationId: string | undefined, summary: string }>}
 */
export function describeWebhooks(spec) {
  return Object.entries(spec.webhooks ?? {}).map(([event, pathItemOrReference]) => {
    const pathItem = resolveReference(spec, pathItemOrReference) ?? {}
    const method = operationMethods.find((candidate) => pathItem[candidate])
    if (method === undefined) throw new Error(`webhooks.${event}: the Path Item has no operation`)
    return { event, operationId: pathItem[method].operationId, summary: pathItem[method].summary ?? '' }
  })
}

/**
 * A spec's credential options: per scheme, which factory options carry its credential, and
 * each option with its type and documentation.
 * @typedef {object} CredentialOptionPlan
 * @property {Record<string,
 *   | { kind: 'secret', option: string }
 *   | { kind: 'basic', username: string, password: string }
 *   | { kind: 'clientCredentials', clientId: string, clientSecret: string, token: string }>} table
 * @property {Array<{ name: string, type: 'string' | 'token', doc: string }>} options
 */

/** Options every client factory has already: a scheme's option must not take one of these names. */
const commonOptionNames = new Set([
  'baseUrl',
  'fetch',
  'timeoutMs',
  'maxRetries',
  'retry',
  'headers',
  'validateResponses',
  'credentials',
])

/**
 * The factory options of each security scheme (CredentialOptionTable of @parley/runtime),
 * with the type and description of every option. HTTP Basic takes `username`/`password`
 * and OAuth2 client credentials `clientId`/`clientSecret`, prefixed with the scheme's
 * camelCased name when the spec has more than one scheme of that kind.
 *
 * @param {SpecNode} spec
 * @param {(name: string) => string} optionName a scheme name as an option name
 * @returns {CredentialOptionPlan}
 */
export function planCredentialOptions(spec, optionName) {
  /** @type {Array<[string, SpecNode]>} */
  const schemes = Object.entries(spec.components?.securitySchemes ?? {}).map(([name, scheme]) => [
    name,
    resolveReference(spec, scheme) ?? {},
  ])
  const isBasic = (/** @type {SpecNode} */ scheme) =>
    scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic'
  const isClientCredentials = (/** @type {SpecNode} */ scheme) =>
    scheme.type === 'oauth2' && scheme.flows?.clientCredentials?.tokenUrl
  const basicCount = schemes.filter(([, scheme]) => isBasic(scheme)).length
  const clientCredentialsCount = schemes.filter(([, scheme]) => isClientCredentials(scheme)).length
  const taken = new Set(commonOptionNames)
  const claim = (/** @type {string} */ wanted) => {
    let name = wanted
    for (let suffix = 2; taken.has(name); suffix++) name = `${wanted}${suffix}`
    taken.add(name)
    return name
  }
  /** @type {(prefix: string, word: string, alone: boolean) => string} */
  const prefixed = (prefix, word, alone) => (alone ? word : `${prefix}${word.charAt(0).toUpperCase()}${word.slice(1)}`)
  /** @type {CredentialOptionPlan['table']} */
  const table = {}
  /** @type {CredentialOptionPlan['options']} */
  const options = []
  for (const [schemeName, scheme] of schemes) {
    const base = optionName(schemeName)
    const about = scheme.description
      ? ` ${scheme.description
          .split(/\n\s*\n/)[0]
          .replace(/\s+/g, ' ')
          .trim()}`
      : ''
    if (isBasic(scheme)) {
      const username = claim(prefixed(base, 'username', basicCount === 1))
      const password = claim(prefixed(base, 'password', basicCount === 1))
      table[schemeName] = { kind: 'basic', username, password }
      options.push({
        name: username,
        type: 'string',
        doc: `HTTP Basic user name of the \`${schemeName}\` scheme (sent as \`Basic base64(username:password)\`).${about}`,
      })
      options.push({ name: password, type: 'string', doc: `HTTP Basic password of the \`${schemeName}\` scheme.` })
    } else if (isClientCredentials(scheme)) {
      const clientId = claim(prefixed(base, 'clientId', clientCredentialsCount === 1))
      const clientSecret = claim(prefixed(base, 'clientSecret', clientCredentialsCount === 1))
      const token = claim(base)
      table[schemeName] = { kind: 'clientCredentials', clientId, clientSecret, token }
      const tokenUrl = scheme.flows.clientCredentials.tokenUrl
      options.push({
        name: clientId,
        type: 'string',
        doc: `OAuth2 client id of the \`${schemeName}\` scheme: tokens are fetched from ${tokenUrl}, cached and refreshed.${about}`,
      })
      options.push({
        name: clientSecret,
        type: 'string',
        doc: `OAuth2 client secret of the \`${schemeName}\` scheme (never printed).`,
      })
      options.push({
        name: token,
        type: 'token',
        doc: `A ready access token (or token provider) for the \`${schemeName}\` scheme, instead of the client id and secret.`,
      })
    } else {
      const option = claim(base)
      table[schemeName] = { kind: 'secret', option }
      const kind =
        scheme.type === 'apiKey'
          ? `API key sent in the ${scheme.in} \`${scheme.name}\``
          : scheme.type === 'http'
            ? `${scheme.scheme} token`
            : `${scheme.type} access token`
      options.push({
        name: option,
        type: scheme.type === 'apiKey' ? 'string' : 'token',
        doc: `Credential of the \`${schemeName}\` scheme: ${kind}.${about}`,
      })
    }
  }
  return { table, options }
}

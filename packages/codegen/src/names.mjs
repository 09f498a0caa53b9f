// Names the generated code exports: one camelCase function per operation whatever the
// spec's operationId looks like, and type names that cannot clash with what a vendor
// package re-exports from @parley/runtime.
import { toCase } from '@hey-api/openapi-ts'

/**
 * What a vendor package's entry re-exports from @parley/runtime (`export * from
 * '@parley/runtime/errors'`, packages/runtime/src/errors.ts; tests/codegen checks the list
 * is complete) beside its generated types and functions: a schema or operation named like
 * one of these would make the name ambiguous (TS2308). The rest of the runtime's exports are
 * not re-exported, so an operation may be called `createClient` (Botpress's is).
 */
export const runtimeExports = new Set([
  'ApiError',
  'ApiErrorInit',
  'AuthenticationError',
  'BadRequestError',
  'BodyReadError',
  'BodyTimeoutError',
  'ConfigurationError',
  'ConflictError',
  'ConnectionError',
  'InternalServerError',
  'MissingCredentialError',
  'NotFoundError',
  'ParleyError',
  'PayloadTooLargeError',
  'PermissionDeniedError',
  'RateLimitError',
  'RedirectError',
  'RequestValidationError',
  'ResponseParseError',
  'ResponseValidationError',
  'TimeoutError',
  'UnprocessableEntityError',
  'WebhookVerificationError',
])

/** What the generated operations module and a vendor's hand-written entry export beside the SDK functions. */
const generatedExports = new Set([
  'client',
  'operations',
  'securitySchemes',
  'defaultSecurity',
  'defaultBaseUrl',
  'serverTemplate',
  'webhookEvents',
  'apiTitle',
  'apiVersion',
  'credentialOptionNames',
  'credentialOptions',
  'responseSchemas',
  'responseChecker',
])

/** ECMAScript reserved words and the strict-mode ones: not usable as `export const` names. */
const reservedWords = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with implements interface let package private ' +
    'protected public static yield await arguments eval undefined NaN Infinity'
  ).split(' '),
)

/**
 * The words of any identifier-ish text: `Get_user.byID-v2` -> get, user, by, id, v2.
 * @param {unknown} text
 * @returns {string[]}
 */
function words(text) {
  return String(text)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase())
}

/**
 * `get_user-by id` -> getUserById; a leading digit gets an underscore.
 * @param {string} text
 * @returns {string}
 */
export function camelCase(text) {
  // Already camelCase: kept as written (`getHTTPStatus` stays, no re-casing of acronyms).
  if (/^[a-z][A-Za-z0-9]*$/.test(text)) return text
  const [first = '', ...rest] = words(text)
  const name = first + rest.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('')
  return /^[0-9]/.test(name) ? `_${name}` : name
}

export const pascalCase = (/** @type {string} */ text) => {
  const name = camelCase(text)
  return name.startsWith('_') ? name : name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * A stable name for an operation without an operationId: `GET /users/{id}` -> getUsersById.
 * @param {string} method
 * @param {string} path
 */
export function nameFromMethodAndPath(method, path) {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment)
      return parameter ? `by ${parameter[1]}` : segment
    })
  return camelCase(`${method} ${segments.join(' ')}`)
}

/**
 * The SDK function name of every operation, in spec order: camelCase of the operationId
 * (or of method and path), renamed with a numeric suffix when it is a reserved word, an
 * export of the runtime or of the generated entry, or already taken by an earlier
 * operation. Spec order makes the renaming deterministic.
 *
 * @param {ReadonlyArray<{ key: string, operationId?: string, method: string, path: string }>} operations
 * @returns {Map<string, string>} name by operation key
 */
export function operationFunctionNames(operations) {
  const taken = new Set()
  const names = new Map()
  for (const operation of operations) {
    const base = operation.operationId
      ? camelCase(operation.operationId)
      : nameFromMethodAndPath(operation.method, operation.path)
    let name = base || nameFromMethodAndPath(operation.method, operation.path)
    for (
      let suffix = 2;
      taken.has(name) || reservedWords.has(name) || runtimeExports.has(name) || generatedExports.has(name);
      suffix++
    )
      name = `${base}${suffix}`
    taken.add(name)
    names.set(operation.key, name)
  }
  return names
}

/** Types the generated SDK module exports beside the schema types (a vendor entry re-exports both). */
const generatedTypeExports = new Set(['Options', 'OperationId'])

/**
 * A schema's type name, renamed when a vendor package would export the same name from the
 * runtime or the SDK module (TS2308). hey-api PascalCases what this returns, so the check is
 * on the cased name: `api_error` becomes `ApiError` too.
 *
 * @param {string} name
 * @returns {string}
 */
export function schemaTypeName(name) {
  const typeName = toCase(name, 'PascalCase')
  return runtimeExports.has(typeName) || generatedTypeExports.has(typeName) ? `${name}Schema` : name
}

/**
 * A security scheme's option name in a client factory: `api-key` -> apiKey, `OAuth2` -> oAuth2.
 * @param {string} schemeName
 * @returns {string}
 */
export function credentialOptionName(schemeName) {
  const name = camelCase(schemeName)
  return reservedWords.has(name) ? `${name}Credential` : name || 'credential'
}

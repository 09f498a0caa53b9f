// Reads a spec's operations and builds each one's call arguments from the spec's own
// examples. Shared by the docs (x-codeSamples) and by the tests that call every operation
// against a mock, so a sample in the docs is exactly what the tests send.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch']

export const readSpec = (specPath) => parse(readFileSync(specPath, 'utf8'))

/** Follows local `$ref`s (`#/components/...`). */
export function resolveReference(spec, value) {
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

/** Every operation under `paths`, in spec order. */
export function listOperations(spec) {
  const operations = []
  for (const [url, pathItemValue] of Object.entries(spec.paths ?? {})) {
    const pathItem = resolveReference(spec, pathItemValue) ?? {}
    for (const method of httpMethods) {
      const operation = pathItem[method]
      if (!operation) continue
      const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((parameter) => resolveReference(spec, parameter))
      operations.push({ method, url, operation, operationId: operation.operationId, parameters })
    }
  }
  return operations
}

/** The first example a parameter, media type or schema offers. */
export function exampleOf(spec, holder) {
  if (!holder) return undefined
  if (holder.example !== undefined) return holder.example
  if (holder.examples && typeof holder.examples === 'object') {
    if (Array.isArray(holder.examples)) {
      if (holder.examples.length > 0) return holder.examples[0]
    } else {
      const first = Object.values(holder.examples)[0]
      const value = resolveReference(spec, first)?.value
      if (value !== undefined) return value
    }
  }
  const schema = resolveReference(spec, holder.schema)
  if (schema) return exampleOf(spec, schema)
  if (holder.default !== undefined) return holder.default
  if (Array.isArray(holder.enum)) return holder.enum[0]
  if (holder.const !== undefined) return holder.const
  return undefined
}

/**
 * `{ path, query, headers, body }` for one operation, from examples. Required values
 * without an example throw (the spec rules require examples); optional ones are left out.
 */
export function exampleArguments(spec, { operation, operationId, parameters }) {
  const callArguments = {}
  for (const parameter of parameters) {
    if (!parameter || parameter.in === 'cookie') continue
    const value = exampleOf(spec, parameter)
    if (value === undefined) {
      if (parameter.required) throw new Error(`${operationId}: ${parameter.in} parameter ${parameter.name} has no example`)
      continue
    }
    const bucket = parameter.in === 'header' ? 'headers' : parameter.in
    callArguments[bucket] = { ...callArguments[bucket], [parameter.name]: value }
  }
  const requestBody = resolveReference(spec, operation.requestBody)
  if (requestBody) {
    const content = requestBody.content ?? {}
    const mediaType = content['application/json'] ?? Object.values(content)[0]
    const body = exampleOf(spec, mediaType)
    if (body === undefined && requestBody.required) throw new Error(`${operationId}: request body has no example`)
    if (body !== undefined) callArguments.body = body
  }
  return callArguments
}

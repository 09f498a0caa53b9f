// Calls every operation of a spec through a generated client, with arguments taken from
// the spec's own examples (parameter, schema and request body examples). Against a
// Prism mock this proves each operation is well-formed on the wire and typed end to end.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

type SpecNode = Record<string, unknown>

export interface ExerciseOptions {
  /** A `create<Vendor>Client(...)` result: one method per operationId. */
  client: object
  specPath: string
  /** The generated operation table (to know which operations exist). */
  operations: Readonly<Record<string, { id: string }>>
  /** Per-operation overrides of the arguments built from examples. */
  overrides?: Readonly<Record<string, Record<string, unknown>>>
}

export interface ExerciseResult {
  readonly operationId: string
  readonly options: Record<string, unknown>
  readonly data: unknown
}

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch']

function resolve(spec: SpecNode, value: unknown): SpecNode | undefined {
  let current = value as SpecNode | undefined
  for (let depth = 0; current && typeof current.$ref === 'string' && depth < 10; depth++) {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as SpecNode | undefined)?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], spec) as SpecNode | undefined
  }
  return current
}

function exampleOf(spec: SpecNode, holder: SpecNode | undefined): unknown {
  if (!holder) return undefined
  if (holder.example !== undefined) return holder.example
  const examples = holder.examples
  if (examples && typeof examples === 'object') {
    const first = Array.isArray(examples) ? examples[0] : Object.values(examples)[0]
    const resolved = Array.isArray(examples) ? first : resolve(spec, first)?.value
    if (resolved !== undefined) return resolved
  }
  const schema = resolve(spec, holder.schema) ?? (holder.type || holder.enum || holder.default !== undefined ? holder : undefined)
  if (schema && schema !== holder) return exampleOf(spec, schema)
  if (schema?.default !== undefined) return schema.default
  if (Array.isArray(schema?.enum)) return schema.enum[0]
  return undefined
}

export async function exerciseEveryOperation(options: ExerciseOptions): Promise<ExerciseResult[]> {
  const spec = parse(readFileSync(options.specPath, 'utf8')) as SpecNode
  const results: ExerciseResult[] = []
  const wanted = new Set(Object.values(options.operations).map((operation) => operation.id))
  for (const [url, pathItemValue] of Object.entries((spec.paths ?? {}) as SpecNode)) {
    const pathItem = resolve(spec, pathItemValue) ?? {}
    for (const method of httpMethods) {
      const operation = pathItem[method] as SpecNode | undefined
      if (!operation) continue
      const operationId = operation.operationId as string
      if (!wanted.has(operationId)) continue
      const callOptions: Record<string, Record<string, unknown> | unknown> = {}
      const parameters = [...((pathItem.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])]
      for (const parameterValue of parameters) {
        const parameter = resolve(spec, parameterValue)
        if (!parameter) continue
        const location = parameter.in as string
        if (location === 'cookie') continue
        const value = exampleOf(spec, parameter)
        if (value === undefined) {
          if (parameter.required) throw new Error(`${operationId}: ${location} parameter ${String(parameter.name)} has no example`)
          continue
        }
        const bucket = location === 'header' ? 'headers' : location
        callOptions[bucket] = { ...(callOptions[bucket] as Record<string, unknown>), [parameter.name as string]: value }
      }
      const requestBody = resolve(spec, operation.requestBody)
      if (requestBody) {
        const content = (requestBody.content ?? {}) as Record<string, SpecNode>
        const mediaType = content['application/json'] ?? Object.values(content)[0]
        const body = exampleOf(spec, mediaType)
        if (body === undefined && requestBody.required) throw new Error(`${operationId}: request body has no example`)
        if (body !== undefined) callOptions.body = body
      }
      Object.assign(callOptions, options.overrides?.[operationId])
      const call = (options.client as Record<string, (options: unknown) => Promise<unknown>>)[operationId]
      if (typeof call !== 'function') throw new Error(`${operationId}: the client has no such method (url ${url})`)
      let data: unknown
      try {
        data = await call(callOptions)
      } catch (error) {
        throw new Error(`${operationId} (${method.toUpperCase()} ${url}) failed against the mock: ${String(error)}\n${JSON.stringify((error as { body?: unknown }).body ?? '')}`, { cause: error })
      }
      results.push({ operationId, options: callOptions, data })
    }
  }
  return results
}

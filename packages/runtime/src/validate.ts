/**
 * Response validation with the generated zod schemas (`validateResponses: true`). Loaded
 * lazily by `createSdkClient`, with the schemas, on the first response it checks.
 */
import type { ResponseValidator } from './client-types.js'
import { ResponseValidationError } from './errors.js'
import type { SafeParseSchema } from './sdk-binding.js'

type SchemaTable = Readonly<Record<string, SafeParseSchema>>

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let result = ''
  for (const part of path) result += typeof part === 'number' ? `[${part}]` : result ? `.${String(part)}` : String(part)
  return result
}

/** A validator over schemas by operationId, given as a table or a loader of one. */
export function createZodResponseValidator(schemasOrLoad: SchemaTable | (() => Promise<SchemaTable>)): ResponseValidator {
  let schemas: Promise<SchemaTable> | undefined
  return async (operationId, data) => {
    schemas ??= Promise.resolve(typeof schemasOrLoad === 'function' ? schemasOrLoad() : schemasOrLoad)
    const schema = (await schemas)[operationId]
    if (!schema) return data
    const result = schema.safeParse(data)
    // The body as received, not zod's parse: zod drops properties the schema does not name,
    // and vendors add fields (the specs are liberal in what responses carry).
    if (result.success) return data
    throw new ResponseValidationError({
      operationId,
      issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    })
  }
}

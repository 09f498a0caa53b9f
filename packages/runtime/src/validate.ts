/**
 * Response validation with the generated zod schemas (`validateResponses: true`), its own
 * entry point (`@parley/runtime/validate`): each vendor's generated response-schemas module
 * imports it, and the client loads that module on the first response it checks, so a
 * bundle that never validates carries neither zod nor this code. It imports nothing at
 * run time: the client turns the issues it finds into a `ResponseValidationError`, so the
 * lazily loaded chunk shares no code with the rest of the bundle.
 */
/** What a zod schema offers (any schema library with `safeParse` works). */
export interface SafeParseSchema {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } }
}

export interface ResponseIssue {
  /** Where the body differs from the schema, e.g. `data.messages[0].id`. */
  readonly path: string
  readonly message: string
}

/** The issues of a 2xx body against its operation's schema; none when it matches or the operation has no schema. */
export type ResponseChecker = (operationId: string, data: unknown) => ReadonlyArray<ResponseIssue> | undefined

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let result = ''
  for (const part of path) result += typeof part === 'number' ? `[${part}]` : result ? `.${String(part)}` : String(part)
  return result
}

/** A checker over `{ [operationId]: zodSchema }`. */
export function createZodResponseChecker(schemas: Readonly<Record<string, SafeParseSchema>>): ResponseChecker {
  return (operationId, data) => {
    const result = schemas[operationId]?.safeParse(data)
    if (!result || result.success) return undefined
    return result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
  }
}

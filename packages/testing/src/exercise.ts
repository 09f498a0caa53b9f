// Calls every operation of a spec through a generated client, with arguments taken from
// the spec's own examples (the same arguments the docs' code samples show). Against a
// Prism mock this proves each operation is well-formed on the wire and typed end to end.
import { exampleArguments, listOperations, readSpec } from '../../../scripts/lib/spec-examples.mjs'

export interface ExerciseOptions {
  /** A `create<Vendor>Client(...)` result: one method per operationId. */
  client: object
  specPath: string
  /** The generated operation table (which operations exist). */
  operations: Readonly<Record<string, { id: string }>>
  /** Per-operation overrides of the arguments built from examples. */
  overrides?: Readonly<Record<string, Record<string, unknown>>>
}

export interface ExerciseResult {
  readonly operationId: string
  readonly options: Record<string, unknown>
  readonly data: unknown
}

export async function exerciseEveryOperation(options: ExerciseOptions): Promise<ExerciseResult[]> {
  const spec = readSpec(options.specPath)
  const wanted = new Set(Object.values(options.operations).map((operation) => operation.id))
  const results: ExerciseResult[] = []
  for (const entry of listOperations(spec)) {
    if (!wanted.has(entry.operationId)) continue
    const callOptions: Record<string, unknown> = { ...exampleArguments(spec, entry), ...options.overrides?.[entry.operationId] }
    const call = (options.client as Record<string, (options: unknown) => Promise<unknown>>)[entry.operationId]
    if (typeof call !== 'function') throw new Error(`${entry.operationId}: the client has no such method`)
    try {
      results.push({ operationId: entry.operationId, options: callOptions, data: await call(callOptions) })
    } catch (error) {
      const body = JSON.stringify((error as { body?: unknown }).body ?? '')
      throw new Error(`${entry.operationId} (${entry.method.toUpperCase()} ${entry.url}) failed against the mock: ${String(error)} ${body}`, { cause: error })
    }
  }
  return results
}

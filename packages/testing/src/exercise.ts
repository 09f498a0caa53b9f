// Calls every operation of a spec through a generated client, with arguments taken from
// the spec's own examples (the same arguments the docs' code samples show) and, where the
// spec has none, values sampled from the schema. Against a Prism mock this proves each
// operation is well-formed on the wire and typed end to end. Every operation is called and
// every failure is reported together, so a large spec is fixed in one run.
import { loadDocument, overlayPathFor } from '@parley/codegen/spec-source'
import { exampleArguments, exampleOf, listOperations, resolveReference } from './spec-examples.mjs'

export interface ExerciseOptions {
  /** A `create<Vendor>Client(...)` result: one method per operation. */
  client: object
  specPath: string
  /** The generated operation table (which operations exist, and each SDK method's name). */
  operations: Readonly<Record<string, { id: string; name?: string }>>
  /** Per-operation overrides of the arguments built from examples, by operationId. */
  overrides?: Readonly<Record<string, Record<string, unknown>>>
}

export interface ExerciseResult {
  readonly operationId: string
  /** The client method that was called. */
  readonly name: string
  readonly options: Record<string, unknown>
  readonly data: unknown
}

export async function exerciseEveryOperation(options: ExerciseOptions): Promise<ExerciseResult[]> {
  // The document the mock serves: Swagger 2.0 converted, the vendor's overlay applied.
  const { document: spec } = await loadDocument(options.specPath, {
    overlayPath: overlayPathFor(options.specPath),
    onNote: () => {},
  })
  const results: ExerciseResult[] = []
  const failures: string[] = []
  const methods = options.client as Record<string, ((options: unknown) => Promise<unknown>) | undefined>
  for (const entry of listOperations(spec)) {
    const info = options.operations[entry.key]
    if (!info) continue
    const name = info.name ?? info.id
    const label = `${name} (${entry.method.toUpperCase()} ${entry.url})`
    const call = methods[name]
    if (typeof call !== 'function') {
      failures.push(`${label}: the client has no method \`${name}\``)
      continue
    }
    let callOptions: Record<string, unknown>
    try {
      callOptions = { ...exampleArguments(spec, entry, { sampleMissing: true }), ...options.overrides?.[info.id] }
    } catch (error) {
      failures.push(`${label}: no arguments could be built: ${(error as Error).message}`)
      continue
    }
    try {
      results.push({ operationId: info.id, name, options: callOptions, data: await call(callOptions) })
    } catch (error) {
      const body = JSON.stringify((error as { body?: unknown }).body ?? '')
      failures.push(`${label} failed against the mock: ${String(error)} ${body}`)
    }
  }
  if (failures.length > 0)
    throw new Error(
      `${failures.length} of ${failures.length + results.length} operations failed:\n  ${failures.join('\n  ')}`,
    )
  return results
}

/**
 * The body each operation answers first in the spec (its lowest 2xx, JSON before other media
 * types), by SDK function name: what a generated mock handler answers by default.
 */
export async function answerExamples(specPath: string): Promise<Record<string, unknown>> {
  const { document: spec } = await loadDocument(specPath, { overlayPath: overlayPathFor(specPath), onNote: () => {} })
  const examples: Record<string, unknown> = {}
  for (const entry of listOperations(spec)) {
    const status = Object.keys(entry.operation.responses ?? {})
      .filter((code) => code.startsWith('2'))
      .sort()[0]
    const content = status ? resolveReference(spec, entry.operation.responses[status])?.content : undefined
    const mediaType = Object.keys(content ?? {}).find((type) => type.includes('json')) ?? Object.keys(content ?? {})[0]
    examples[entry.name] = mediaType ? exampleOf(spec, content[mediaType]) : undefined
  }
  return examples
}

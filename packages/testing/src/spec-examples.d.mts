// biome-ignore lint/suspicious/noExplicitAny: a parsed spec node, any JSON shape, read by key
export type SpecNode = Record<string, any>
export interface SpecOperation {
  /** `"<METHOD> <url>"`, the key of the generated operations table. */
  key: string
  /** The SDK function and client method name. */
  name: string
  method: string
  path: string
  url: string
  operationId: string
  operation: SpecNode
  parameters: SpecNode[]
}
export interface ExampleArguments {
  path?: Record<string, unknown>
  query?: Record<string, unknown>
  headers?: Record<string, unknown>
  body?: unknown
}
export function readSpec(specPath: string): SpecNode
export function resolveReference(spec: SpecNode, value: unknown): SpecNode | undefined
export function listOperations(spec: SpecNode): SpecOperation[]
export function exampleOf(spec: SpecNode, holder: SpecNode | undefined): unknown
export function exampleArguments(
  spec: SpecNode,
  operation: SpecOperation,
  options?: { sampleMissing?: boolean },
): ExampleArguments
export function sampleOf(spec: SpecNode, schema: unknown): unknown

export type SpecNode = Record<string, any>
export interface SpecOperation {
  method: string
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
export function exampleArguments(spec: SpecNode, operation: SpecOperation): ExampleArguments

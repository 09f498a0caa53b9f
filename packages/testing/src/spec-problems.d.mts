import type { SpecNode } from './spec-examples.mjs'

export declare const specProblemKinds: {
  readonly exampleBreaksSchema: 'example breaks its schema'
  readonly mockCannotAnswer: 'the mock cannot answer'
  readonly unresolvableReference: 'unresolvable $ref'
}
export type SpecProblemKind = (typeof specProblemKinds)[keyof typeof specProblemKinds]

/** An OpenAPI Overlay 1.0 action (`description` says what it does). */
export interface OverlayAction {
  target: string
  description?: string
  update?: unknown
  remove?: boolean
}

export interface SpecProblem {
  kind: SpecProblemKind
  /** Whether the tests send it (`request`) or the mock answers it (`response`). */
  side: 'request' | 'response'
  /** `path`, `query`, `header` or `body`. */
  location?: string
  message: string
  /** The operations (`GET /path`) it touches. */
  operations: string[]
  action: OverlayAction
}

export declare function jsonPathOf(segments: { key: string | number; filter?: { name: string; in: string } }[]): string
export declare function findSpecProblems(document: SpecNode): { problems: SpecProblem[]; unchecked: number }
export declare function exampleToAddFor(document: SpecNode, operationKey: string): OverlayAction | undefined
export declare function overlayActionYaml(action: OverlayAction): string

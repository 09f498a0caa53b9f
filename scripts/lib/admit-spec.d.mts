export interface AdmissionProblem {
  /** The file, with its line or the JSONPath of the node. */
  where: string
  message: string
  /** What to do about it (for a published file: the overlay action to write). */
  fix: string
}
export interface ApiEntry {
  root: string
  'x-parley-published'?: true
  extends?: string[]
  rules?: Record<string, string>
}
export const publishedRuleset: string
export function apiEntry(options: {
  root: string
  published: boolean
  rootConfig: { rules?: Record<string, unknown> }
}): ApiEntry
export function apiEntryYaml(id: string, entry: ApiEntry): string
export function pointerToJsonPath(pointer: string): string
export function findAdmissionProblems(candidate: {
  id: string
  specPath: string
  overlayPath?: string
  published: boolean
  specRoot: string
}): Promise<{ problems: AdmissionProblem[]; warnings: string[]; notes: string[] }>

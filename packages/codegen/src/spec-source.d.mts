export type SourceFormat = 'openapi-3.0' | 'openapi-3.1' | 'swagger-2.0'
export interface LoadedDocument {
  /** The OpenAPI 3.x document every tool sees: converted from Swagger 2.0, overlay applied. */
  document: Record<string, unknown> & { openapi: string }
  sourceFormat: SourceFormat
  converted: boolean
  overlaid: boolean
  /** Overlay action targets that selected nothing (not an error in Overlay 1.0). */
  unmatchedTargets: string[]
  /** Header parameters named Accept, Content-Type or Authorization, left out as OpenAPI says (`GET /path Content-Type`). */
  ignoredHeaderParameters: string[]
  /** Schema defaults their own schema refuses, left out (`#/components/schemas/Plan/properties/months default 6`). */
  droppedDefaults: string[]
  /** True when the tools must read `document` rather than the file itself. */
  changed: boolean
}
export interface LoadOptions {
  overlayPath?: string
  /** Where the one-line notes go (conversion, unmatched targets); stderr by default. */
  onNote?: (line: string) => void
}
export const overlayFileName: string
export function materializedSpecsDir(from?: string): string
export class SpecSourceError extends Error {}
export function parseDocumentText(text: string, path: string): unknown
export function detectFormat(document: unknown, path?: string): SourceFormat
export function overlayProblems(overlay: unknown): string[]
/** The operations a Path Item can hold, by method. */
export const operationMethods: ReadonlyArray<string>
export function withoutIgnoredHeaderParameters<T extends object>(document: T): { document: T; ignored: string[] }
export function withoutInvalidDefaults<T extends object>(document: T): { document: T; dropped: string[] }
export function overlayPathFor(specPath: string): string | undefined
export function loadDocument(path: string, options?: LoadOptions): Promise<LoadedDocument>
export function loadVendorDocument(
  vendor: { specPath: string },
  options?: Omit<LoadOptions, 'overlayPath'>,
): Promise<LoadedDocument>
export function materializeDocument(
  path: string,
  options?: LoadOptions,
): Promise<{ path: string; loaded: LoadedDocument }>
export function materializeVendorDocument(
  vendor: { specPath: string },
  options?: Omit<LoadOptions, 'overlayPath'>,
): Promise<{ path: string; loaded: LoadedDocument }>
export const strictOverlayKey: 'x-parley-strict'
/** Whether spec problems fail the vendor's runs: always for a hand-written spec, for a published file only with `x-parley-strict: true` in its overlay. */
export function strictAboutSpecProblems(vendor: { specPath: string; published?: boolean }): boolean

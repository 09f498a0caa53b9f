// Types of @parley/codegen's entry (src/index.mjs).
/** One `apis:` entry of the workspace's redocly.yaml. */
export interface Vendor {
  /** Folder, package and docs name (`khoros-flow`). */
  readonly id: string
  /** `@parley/<id>`. */
  readonly packageName: string
  /** Absolute path of the spec. */
  readonly specPath: string
  /** Absolute path of the package. */
  readonly packageDir: string
  /** `KhorosFlow` (factory names: `createKhorosFlowClient`). */
  readonly pascalName: string
  /** 127.0.0.1 port of its Prism mock in `npm start`. */
  readonly mockPort: number
  /** The vendor's own file, kept byte for byte (`x-parley-published`); fixes in specs/<id>/overlay.yaml. */
  readonly published: boolean
}

export interface CredentialOptionPlan {
  readonly table: Record<
    string,
    | { kind: 'secret'; option: string }
    | { kind: 'basic'; username: string; password: string }
    | { kind: 'clientCredentials'; clientId: string; clientSecret: string; token: string }
  >
  readonly options: ReadonlyArray<{ name: string; type: 'string' | 'token'; doc: string }>
}

export const PINNED_HEY_API_VERSION: string
export const generatedHeader: ReadonlyArray<string>
export const runtimeExports: ReadonlySet<string>
/** The node a local JSON Pointer (`#/a/b`, percent-encoded or not) names in `document`. */
export function resolvePointer(document: unknown, pointer: string): unknown
/** Follows local `$ref`s (at most 20 hops); a reference to another file is returned as it is. */
// biome-ignore lint/suspicious/noExplicitAny: a spec node of any JSON shape
export function resolveReference(document: unknown, value: any): any

/** The first example a parameter, media type or schema offers (through local `$ref`s). */
// biome-ignore lint/suspicious/noExplicitAny: a spec node of any JSON shape
export function exampleOf(document: unknown, holder: any): unknown

export function findWorkspaceRoot(from?: string): string
export function listVendors(root?: string): Vendor[]
export function pascalName(id: string): string
export function findVendor(id: string, root?: string): Vendor
export function readVendorDocument(vendor: Pick<Vendor, 'specPath'>): Record<string, unknown>
/** hey-api's config for one vendor (what `openapi-ts.config.ts` exports). */
export function heyApiConfig(
  vendor: Pick<Vendor, 'specPath' | 'packageDir'>,
  overrides?: { input?: unknown; outputDir?: string },
): Record<string, unknown>
export function generate(options?: {
  root?: string
  vendorIds?: string[]
  outDir?: string
}): Promise<{ vendors: string[]; seconds: number }>

export function camelCase(text: string): string
export function credentialOptionName(schemeName: string): string
export function operationFunctionNames(
  operations: ReadonlyArray<{ key: string; operationId?: string; method: string; path: string }>,
): Map<string, string>
export function planCredentialOptions(
  spec: Record<string, unknown>,
  optionName: (schemeName: string) => string,
): CredentialOptionPlan

/** The body property naming each webhook event (`type`), or undefined. */
export function webhookEventProperty(spec: Record<string, unknown>): string | undefined
/** The spec's `x-parley-webhook-verification` header-token scheme, or undefined. */
export function webhookHeaderToken(
  spec: Record<string, unknown>,
): { header: string; option: string; description?: string } | undefined

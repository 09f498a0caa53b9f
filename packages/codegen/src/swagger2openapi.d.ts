// The part of swagger2openapi (an untyped CommonJS package) that spec-source.mjs uses.
declare module 'swagger2openapi' {
  interface ConvertOptions {
    /** Fix small errors of the source instead of refusing it. */
    patch?: boolean
    /** Report what cannot be converted instead of throwing. */
    warnOnly?: boolean
    /** Follow external references (never: specs are one file). */
    resolve?: boolean
  }
  interface Converted {
    openapi: { [key: string]: unknown; openapi: string }
    /** How many fixes `patch` applied. */
    patches: number
  }
  const swagger2openapi: { convertObj(document: unknown, options: ConvertOptions): Promise<Converted> }
  export default swagger2openapi
}

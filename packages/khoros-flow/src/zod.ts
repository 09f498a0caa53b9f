// zod validators for every schema, request and response of the spec.
export * from './generated/zod.gen.js'

/** The checker for `validateResponses: responseChecker` (sync results checked whole, see response-schemas.ts). */
export { khorosFlowResponseChecker as responseChecker } from './response-schemas.js'

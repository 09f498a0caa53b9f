// zod validators for every schema, request and response of the spec.
export * from './generated/zod.gen.js'

/** The checker for `validateResponses: responseChecker`: every 2xx body against its operation's schema. */
export { responseChecker } from './generated/response-schemas.gen.js'

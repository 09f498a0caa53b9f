// zod validators for every schema, request and response of the spec.
export * from './generated/zod.gen.js'

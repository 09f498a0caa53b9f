// The config file `generate()` names to hey-api: none. hey-api reads a config file (by
// default `openapi-ts.config.*` in the working directory) and deep-merges the configs it is
// given into it; turbo runs `generate` in a package folder, whose `openapi-ts.config.ts`
// (for running `openapi-ts` alone there) holds the spec as written, so its keys (a `default`
// left out, what an overlay removed, Swagger 2.0's own fields) came back into the document
// `generate()` had prepared. Naming this empty one keeps the prepared document as it is.
export default {}

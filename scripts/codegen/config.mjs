// One place that says how a spec becomes a package's `src/generated/`, over the published
// hey-api modules. Each package's `openapi-ts.config.ts` uses it to run `openapi-ts` by hand
// in one package; `scripts/generate.mjs` builds the same config over its faster copy of
// hey-api (hey-api-config.mjs).
import * as heyApi from '@hey-api/openapi-ts'
import { heyApiConfigBuilder } from './hey-api-config.mjs'

/** @type {(vendor: { specPath: string, packageDir: string }) => object} */
export const heyApiConfig = heyApiConfigBuilder(heyApi)

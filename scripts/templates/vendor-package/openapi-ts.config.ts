// Codegen config beside its output: `openapi-ts` run here writes what `pnpm generate`
// writes with hey-api (everything but paths.gen.ts and README.md, which generate() adds).
import { findVendor, heyApiConfig } from '@parley/codegen'

export default heyApiConfig(findVendor('__ID__'))

// Codegen config beside its output. `pnpm generate` (scripts/generate.mjs) runs every
// vendor in one process with the same builder; this file lets `openapi-ts` run here alone.
import { heyApiConfig } from '../../scripts/codegen/config.mjs'
import { findVendor } from '../../scripts/lib/vendors.mjs'

export default heyApiConfig(findVendor('mehery-xms'))

// Prism mocks for the tests: started and stopped by the tests themselves, on 127.0.0.1.
// The implementation is shared with `npm start` (scripts/lib/prism.mjs).
import { findVendor, repositoryRoot } from '../../../scripts/lib/vendors.mjs'

export { findFreePort, startPrismMock } from '../../../scripts/lib/prism.mjs'
export type { PrismOptions, RunningMock } from '../../../scripts/lib/prism.mjs'
export { repositoryRoot }

/** The vendor's spec as redocly.yaml names it (a published one keeps its own file name). */
export const specPathOf = (vendorId: string): string => findVendor(vendorId).specPath

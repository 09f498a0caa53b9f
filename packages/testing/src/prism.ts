// Prism mocks for the tests: started and stopped by the tests themselves, on 127.0.0.1.
// The implementation is shared with `npm start` (scripts/lib/prism.mjs).
import { join } from 'node:path'
import { repositoryRoot } from '../../../scripts/lib/vendors.mjs'

export { findFreePort, startPrismMock } from '../../../scripts/lib/prism.mjs'
export type { PrismOptions, RunningMock } from '../../../scripts/lib/prism.mjs'
export { repositoryRoot }

export const specPathOf = (vendorId: string): string => join(repositoryRoot, 'specs', vendorId, 'openapi.yaml')

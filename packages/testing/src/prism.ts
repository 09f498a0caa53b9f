// Prism mocks for the package tests. A package's vitest globalSetup starts one mock per
// spec for the whole run (`prismGlobalSetup`), and its tests find them with `prismMockUrl`,
// so a busy machine pays one cold start per spec, awaited with a generous deadline.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'
import type { TestProject } from 'vitest/node'
import { findVendor } from '@parley/codegen'
import { type RunningMock, startPrismMock } from './prism-launcher.mjs'

export { findFreePort, firstFreePortFrom, isPortFree, startPrismMock } from './prism-launcher.mjs'
export type { PrismOptions, RunningMock } from './prism-launcher.mjs'

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** The vendor's spec as redocly.yaml names it (a published one keeps its own file name). */
export const specPathOf = (vendorId: string): string => findVendor(vendorId, repositoryRoot).specPath

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the run's Prism mock, by vendor id. */
    parleyPrismMocks: Record<string, string>
  }
}

/** A vitest globalSetup that starts one Prism mock per vendor for the run and stops them after it. */
export function prismGlobalSetup(vendorIds: readonly string[]) {
  return async function setup(project: TestProject): Promise<() => Promise<void>> {
    const mocks: RunningMock[] = []
    try {
      for (const mock of await Promise.all(vendorIds.map((id) => startPrismMock(specPathOf(id))))) mocks.push(mock)
    } catch (error) {
      await Promise.allSettled(mocks.map((mock) => mock.close()))
      throw error
    }
    project.provide(
      'parleyPrismMocks',
      Object.fromEntries(mocks.map((mock, index) => [vendorIds[index], mock.baseUrl])),
    )
    return async () => {
      await Promise.allSettled(mocks.map((mock) => mock.close()))
    }
  }
}

/** The base URL of this run's Prism mock for `vendorId` (started by the package's globalSetup). */
export function prismMockUrl(vendorId: string): string {
  const url = inject('parleyPrismMocks')?.[vendorId]
  if (!url)
    throw new Error(`No Prism mock for ${vendorId}: add it to this package's vitest globalSetup (test/prism-setup.ts)`)
  return url
}

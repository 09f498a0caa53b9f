// Prism mocks for the package tests. A package's vitest globalSetup starts one mock per
// spec for the whole run (`prismGlobalSetup`), and its tests find them with `prismMockUrl`,
// so a busy machine pays one cold start per spec, awaited with a generous deadline.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'
import type { TestProject } from 'vitest/node'
import { findVendor } from '@parley/codegen'
import { type MockExit, type RunningMock, answersHttp, startPrismMock } from './prism-launcher.mjs'

export { findFreePort, firstFreePortFrom, isPortFree, startPrismMock } from './prism-launcher.mjs'
export type { MockExit, PrismOptions, RunningMock } from './prism-launcher.mjs'

/** What the operation sweep needs of a mock to tell "the mock stopped" from a failed call. */
export interface MockWatch {
  /** The mock's exits without being asked (a request crashed it), oldest first. */
  exits(): readonly MockExit[]
  /** Whether it answers an HTTP request now (again, after a restart). */
  answering(): Promise<boolean>
}

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

/** The vendor's spec as redocly.yaml names it (a published one keeps its own file name). */
export const specPathOf = (vendorId: string): string => findVendor(vendorId, repositoryRoot).specPath

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the run's Prism mock, by vendor id. */
    parleyPrismMocks: Record<string, string>
    /** The file each mock's unexpected exits are appended to (JSON lines), by vendor id. */
    parleyPrismMockExitLogs: Record<string, string>
  }
}

/**
 * A vitest globalSetup that starts one Prism mock per vendor for the run and stops them after
 * it. A mock a request crashes is started again on its port and the exit logged, so one
 * such request costs its own operation, not every call after it.
 */
export function prismGlobalSetup(vendorIds: readonly string[]) {
  return async function setup(project: TestProject): Promise<() => Promise<void>> {
    const logs = mkdtempSync(join(tmpdir(), 'parley-mock-exits-'))
    const exitLogs = Object.fromEntries(vendorIds.map((id) => [id, join(logs, `${id}.jsonl`)]))
    const mocks: RunningMock[] = []
    const stopAll = async () => {
      await Promise.allSettled(mocks.map((mock) => mock.close()))
      rmSync(logs, { recursive: true, force: true })
    }
    try {
      const started = await Promise.all(
        vendorIds.map((id) => startPrismMock(specPathOf(id), { restartOnExit: true, exitLog: exitLogs[id] })),
      )
      mocks.push(...started)
    } catch (error) {
      await stopAll()
      throw error
    }
    project.provide(
      'parleyPrismMocks',
      Object.fromEntries(mocks.map((mock, index) => [vendorIds[index], mock.baseUrl])),
    )
    project.provide('parleyPrismMockExitLogs', exitLogs)
    return stopAll
  }
}

/** The base URL of this run's Prism mock for `vendorId` (started by the package's globalSetup). */
export function prismMockUrl(vendorId: string): string {
  const url = inject('parleyPrismMocks')?.[vendorId]
  if (!url)
    throw new Error(`No Prism mock for ${vendorId}: add it to this package's vitest globalSetup (test/prism-setup.ts)`)
  return url
}

/**
 * The run's mock for `vendorId` as the operation sweep watches it (from a test worker, which
 * does not own the process: exits come from the log the globalSetup appends to), or
 * undefined outside such a run.
 */
export function prismMockWatch(vendorId: string): MockWatch | undefined {
  const url = inject('parleyPrismMocks')?.[vendorId]
  const exitLog = inject('parleyPrismMockExitLogs')?.[vendorId]
  return url && exitLog ? watchThroughExitLog(url, exitLog) : undefined
}

/** A mock seen from another process: its exits read from the log its owner appends to. */
export function watchThroughExitLog(baseUrl: string, exitLog: string): MockWatch {
  const port = Number(new URL(baseUrl).port)
  return {
    exits: () =>
      existsSync(exitLog)
        ? readFileSync(exitLog, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as MockExit)
        : [],
    answering: () => answersHttp(port),
  }
}

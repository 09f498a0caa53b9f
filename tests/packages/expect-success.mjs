// The one assertion on a command of the release checks: it exited 0, or the test fails
// with the command, its folder and everything it printed, so the reader sees why.
import { expect } from 'vitest'

/**
 * `result` is what `run` of scripts/release/commands.mjs resolved with.
 * @param {Awaited<ReturnType<typeof import('../../scripts/release/commands.mjs').run>>} result
 */
export function expectSuccess(result) {
  expect(result.code, `${result.commandLine} (in ${result.cwd}) exited with ${result.code}:\n${result.output}`).toBe(0)
}

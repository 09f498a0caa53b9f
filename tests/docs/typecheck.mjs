// Runs tsc over a scratch folder of files and reports what it said, for the docs tests.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { run } from '../../scripts/release/commands.mjs'

const require = createRequire(import.meta.url)
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')

/** `{ status, output }` of `tsc -p <workDir>/tsconfig.json`; asynchronous, so the test's deadline holds. */
/** @param {string} workDir */
export async function typecheck(workDir) {
  const { code, output } = await run(
    process.execPath,
    [tsc, '-p', join(workDir, 'tsconfig.json'), '--pretty', 'false'],
    { cwd: workDir },
  )
  return { status: code, output }
}

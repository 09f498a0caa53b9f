// `pnpm test:node-versions`: every package's own tests again on Node 22 and 24 (from the
// npm package `node`, through npx), after the Node 20 run of `turbo run test`, and an
// application's mocking tests (tests/mocking: MSW and nock). One test per
// Node major and package, run one after another: each starts its own mock servers and the
// machine has two cores. PARLEY_NODE_MAJORS=24 (comma-separated) narrows the majors.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../scripts/lib/vendors.mjs'
import { commandEnvironment, run } from '../../scripts/release/commands.mjs'

const vitest = join(repositoryRoot, 'node_modules', 'vitest', 'vitest.mjs')
const majors = (process.env.PARLEY_NODE_MAJORS ?? '22,24').split(',').map((major) => major.trim())
// A package's first run on a major may download that Node (about 30 MB) through npx.
const deadlineMs = 15 * 60_000

/** Every workspace package with its own `test` script. */
const testedPackages = readdirSync(join(repositoryRoot, 'packages')).filter((name) => {
  try {
    return Boolean(
      JSON.parse(readFileSync(join(repositoryRoot, 'packages', name, 'package.json'), 'utf8')).scripts?.test,
    )
  } catch {
    return false
  }
})

/** `node ...args` under `node@major` in `cwd`, with the runner's own variables left out. */
const runOnNode = (major, args, cwd) =>
  run('npx', ['--yes', '-p', `node@${major}`, 'node', ...args], {
    cwd,
    env: { ...commandEnvironment(), CI: 'true', FORCE_COLOR: '0' },
  })

describe.each(majors)('Node %s', (major) => {
  it(
    'is the Node that runs the tests below',
    async () => {
      const { code, output } = await runOnNode(major, ['-p', 'process.versions.node'], repositoryRoot)
      expect(code).toBe(0)
      expect(output.trim().split('.')[0]).toBe(major)
    },
    deadlineMs,
  )

  // MSW and nock as an application's tests use them (tests/mocking): nock does not run on
  // Node 20, so its file runs here only; the MSW file also runs on Node 20 (`pnpm test:mocking`).
  it(
    "an application's tests mock Parley with MSW and nock, and no connection is opened",
    async () => {
      const { code, output } = await runOnNode(
        major,
        [vitest, 'run', 'tests/mocking', '--reporter=dot', '--testTimeout=120000', '--hookTimeout=120000'],
        repositoryRoot,
      )
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' })
    },
    deadlineMs,
  )

  it.each(testedPackages)(
    'packages/%s passes its tests',
    async (name) => {
      const { code, output } = await runOnNode(
        major,
        [vitest, 'run', '--reporter=dot'],
        join(repositoryRoot, 'packages', name),
      )
      // The whole output only when it failed: the report stays readable.
      expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' })
    },
    deadlineMs,
  )
})

it('finds the packages to test', () => {
  expect(testedPackages).toEqual(
    expect.arrayContaining(['runtime', 'messaging', 'avaamo', 'botpress-messaging', 'khoros-flow', 'mehery-xms']),
  )
})

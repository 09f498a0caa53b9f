// `npm start` never leaves a mess: run scripts/start.mjs (after the build) with one of its
// ports taken, check it skips that port and comes up, then stop it with SIGINT and check
// no child is left; kill one mock and check everything stops; kill the parent of a mock
// with SIGKILL and check the mock exits by itself. Needs the packages built (`pnpm build`).
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { findFreePort } from '@parley/testing/prism-launcher'

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
// A cold start on a busy 2-core machine has taken minutes; poll against this deadline.
const startDeadlineMs = 400_000
const cleanup = []
afterEach(async () => {
  for (const action of cleanup.splice(0).reverse()) await action()
})

/** Pids whose parent is `pid` (from /proc: this test runs on Linux). */
function childrenOf(pid) {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid
      } catch {
        return false
      }
    })
    .map(Number)
}

const isAlive = (pid) => {
  if (!existsSync(`/proc/${pid}/stat`)) return false
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
}

async function waitFor(condition, deadlineMs, what) {
  const deadline = Date.now() + deadlineMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function occupy(port) {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

/** Starts scripts/start.mjs on free ports; resolves once it says it is up. */
async function start(environment) {
  const docsDir = mkdtempSync(join(tmpdir(), 'parley-start-docs-'))
  cleanup.push(async () => rmSync(docsDir, { recursive: true, force: true }))
  const child = spawn(process.execPath, [join(repositoryRoot, 'scripts', 'start.mjs')], {
    cwd: repositoryRoot,
    env: { ...process.env, PARLEY_DOCS_DIR: docsDir, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const run = {
    child,
    output: '',
    exit: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
  }
  child.stdout.on('data', (chunk) => (run.output += chunk))
  child.stderr.on('data', (chunk) => (run.output += chunk))
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  let exited = false
  run.exit.then(() => (exited = true))
  await waitFor(
    () => {
      if (exited) throw new Error(`start.mjs exited before it was up:\n${run.output}`)
      return run.output.includes('Press Ctrl+C to stop.')
    },
    startDeadlineMs,
    `start.mjs to come up:\n${run.output}`,
  )
  return run
}

describe('npm start (scripts/start.mjs)', () => {
  it(
    'skips a taken port, comes up, and leaves no child after Ctrl+C',
    async () => {
      const takenPort = await findFreePort()
      const taken = await occupy(takenPort)
      cleanup.push(() => new Promise((resolve) => taken.close(resolve)))
      const run = await start({ MOCK_PORT: String(takenPort), PORT: String(await findFreePort()) })

      expect(run.output).toMatch(
        new RegExp(`Port ${takenPort} on 127\\.0\\.0\\.1 is taken: the botpress-messaging mock uses \\d+ instead\\.`),
      )
      const portalUrl = run.output.match(/API reference portal\s+(\S+)/)[1]
      expect((await fetch(portalUrl)).status).toBe(200)
      const children = childrenOf(run.child.pid)
      expect(children.length).toBeGreaterThanOrEqual(4)

      run.child.kill('SIGINT')
      expect(await run.exit).toEqual({ code: 0, signal: null })
      await waitFor(() => children.every((pid) => !isAlive(pid)), 30_000, `children ${children} to exit`)
    },
    startDeadlineMs + 60_000,
  )

  it(
    'stops everything when one mock server dies',
    async () => {
      const run = await start({ MOCK_PORT: String(await findFreePort()), PORT: String(await findFreePort()) })
      const children = childrenOf(run.child.pid)
      process.kill(children[0], 'SIGKILL')

      expect((await run.exit).code).toBe(1)
      expect(run.output).toMatch(/mock server exited \(SIGKILL\); stopping everything/)
      await waitFor(() => children.every((pid) => !isAlive(pid)), 30_000, `children ${children} to exit`)
    },
    startDeadlineMs + 60_000,
  )
})

describe('the mock launcher', () => {
  it(
    'a mock exits by itself when its parent is killed with SIGKILL',
    async () => {
      const parentScript = `import { startPrismMock } from '@parley/testing/prism-launcher'
const mock = await startPrismMock(${JSON.stringify(join(repositoryRoot, 'specs', 'avaamo', 'openapi.yaml'))})
console.log('mock-pid', mock.pid)
setInterval(() => {}, 1000)
`
      const parent = spawn(process.execPath, ['--input-type=module', '-e', parentScript], {
        cwd: repositoryRoot,
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      cleanup.push(async () => parent.kill('SIGKILL'))
      let output = ''
      parent.stdout.on('data', (chunk) => (output += chunk))
      await waitFor(() => /mock-pid \d+/.test(output), startDeadlineMs, 'the mock to start')
      const mockPid = Number(output.match(/mock-pid (\d+)/)[1])
      expect(isAlive(mockPid)).toBe(true)

      parent.kill('SIGKILL')
      await waitFor(() => !isAlive(mockPid), 30_000, `mock ${mockPid} to exit after its parent died`)
    },
    startDeadlineMs + 60_000,
  )
})

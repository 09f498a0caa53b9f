// `npm start` as a user runs it, and how it stops. Each case starts `npm start` from a
// fresh shell in a session and process group of its own, inside a network namespace of its
// own (`unshare -n`): its own loopback (the default ports 4000 and 4101+, no collision with
// other runs) and no registry, with an `npx` on the PATH that records any call, so a start
// that asked the registry for pnpm fails. Then it sends one stop (SIGINT or SIGTERM to npm,
// to the bootstrap, to the whole group, or SIGKILL to the shell, npm's parent) and checks
// that within 10 s no process is left in the namespace (so nothing is left listening) and
// that the stop printed exactly one line.
//
// Also: scripts/start.mjs itself skips a taken port and stops everything when a mock dies,
// and a mock exits by itself when its parent is killed with SIGKILL.
// Needs Linux, `unshare` (util-linux) and root or unprivileged user namespaces.
import { spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { findFreePortBlock } from '@parley/testing/prism-launcher'
import { listVendors } from '../../scripts/lib/vendors.mjs'

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
// A start on a busy 2-core machine has taken minutes; poll against this deadline.
const startDeadlineMs = 400_000
// What the issue promises: nothing left within 10 s of the stop.
const stopDeadlineMs = 10_000
const stopLine =
  /^npm start: stopped \((SIGINT|SIGTERM|its parent exited|npm's parent exited)\); nothing it started is left running\.$/

const cleanup = []
afterEach(async () => {
  for (const action of cleanup.splice(0).reverse()) await action()
})

function statFields(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

function isAlive(pid) {
  try {
    return statFields(pid)[0] !== 'Z'
  } catch {
    return false
  }
}

function allPids() {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
}

const parentOf = (pid) => Number(statFields(pid)[1])
const commandLineOf = (pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)

function childrenOf(pid) {
  return allPids().filter((candidate) => {
    try {
      return parentOf(candidate) === pid
    } catch {
      return false
    }
  })
}

/** Live processes in the network namespace `namespace` (`net:[inode]`). */
function processesIn(namespace) {
  return allPids().filter((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/ns/net`) === namespace && isAlive(pid)
    } catch {
      return false
    }
  })
}

/** Listening TCP sockets in the namespace of `pid` (state 0A in /proc/<pid>/net/tcp). */
function listeningPortsSeenBy(pid) {
  try {
    return readFileSync(`/proc/${pid}/net/tcp`, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((fields) => fields[3] === '0A')
      .map((fields) => Number.parseInt(fields[1].split(':')[1], 16))
  } catch {
    return []
  }
}

async function waitFor(condition, deadlineMs, what) {
  const deadline = Date.now() + deadlineMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${deadlineMs} ms waiting for ${what()}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** A folder with an `npx` that only writes down that it was called (and fails). */
function npxRecorder() {
  const directory = mkdtempSync(join(tmpdir(), 'parley-npx-recorder-'))
  cleanup.push(async () => rmSync(directory, { recursive: true, force: true }))
  const log = join(directory, 'calls.log')
  const npx = join(directory, 'npx')
  writeFileSync(npx, `#!/bin/sh\necho "npx $*" >> '${log}'\nexit 1\n`)
  chmodSync(npx, 0o755)
  return { directory, calls: () => (existsSync(log) ? readFileSync(log, 'utf8') : '') }
}

const unshare = process.getuid?.() === 0 ? ['unshare', '-n'] : ['unshare', '-rn']
// `npm start` in the foreground, not the shell's last command: bash stays its parent (bash
// replaces itself by a last command).
const startCommand = 'ip link set lo up || exit 1\nnpm start\nexit $?'
const ownNamespace = readlinkSync('/proc/self/ns/net')

/**
 * `npm start` from a fresh shell: bash, leader of a new session and process group, in a
 * new network namespace with only loopback up, runs `npm start` in the foreground.
 * Resolves once it says it is up, with the pids of the shell, npm and the bootstrap.
 */
async function npmStartLikeAUser() {
  const recorder = npxRecorder()
  const docsDir = mkdtempSync(join(tmpdir(), 'parley-start-docs-'))
  cleanup.push(async () => rmSync(docsDir, { recursive: true, force: true }))
  const environment = {
    ...process.env,
    PATH: `${recorder.directory}${delimiter}${process.env.PATH}`,
    PARLEY_DOCS_DIR: docsDir,
  }
  // The defaults, as a user gets them: the namespace has its own ports.
  delete environment.PORT
  delete environment.MOCK_PORT
  const [unshareCommand, ...unshareOptions] = unshare
  const shell = spawn(unshareCommand, [...unshareOptions, 'bash', '-c', startCommand], {
    cwd: repositoryRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: environment,
  })
  const run = { shell, output: '', recorder }
  run.exit = new Promise((resolve) => shell.once('exit', (code, signal) => resolve({ code, signal })))
  run.closed = new Promise((resolve) => shell.once('close', resolve))
  shell.stdout.on('data', (chunk) => (run.output += chunk))
  shell.stderr.on('data', (chunk) => (run.output += chunk))
  let exited = false
  run.exit.then(() => (exited = true))
  // The namespace is read once unshare has made it (then it execs bash in the same process).
  await waitFor(
    () => {
      if (exited) throw new Error(`the shell exited:\n${run.output}`)
      return readlinkSync(`/proc/${shell.pid}/ns/net`) !== ownNamespace
    },
    60_000,
    () => 'the shell to start',
  )
  run.namespace = readlinkSync(`/proc/${shell.pid}/ns/net`)
  cleanup.push(async () => {
    for (const pid of processesIn(run.namespace)) killQuietly(pid)
  })
  await waitFor(
    () => {
      if (exited) throw new Error(`npm start exited before it was up:\n${run.output}`)
      return run.output.includes('Press Ctrl+C to stop.')
    },
    startDeadlineMs,
    () => `npm start to come up:\n${run.output}`,
  )
  run.npm = childrenOf(shell.pid).find((pid) => commandLineOf(pid).join(' ') === 'npm start')
  run.bootstrap = childrenOf(run.npm).find((pid) => commandLineOf(pid).some((part) => part.endsWith('bootstrap.mjs')))
  run.started = processesIn(run.namespace).filter((pid) => pid !== shell.pid)
  return run
}

function killQuietly(pid, signal = 'SIGKILL') {
  try {
    process.kill(pid, signal)
  } catch {
    // already gone
  }
}

/** After a stop: nothing npm start ran is alive or listening, within 10 s, and one line said so. */
async function expectStoppedCleanly(run) {
  const lingering = () => run.started.filter(isAlive)
  await waitFor(
    () => lingering().length === 0,
    stopDeadlineMs,
    () =>
      `every process npm start ran to exit; still running:\n${lingering()
        .map((pid) => `${pid} ${commandLineOf(pid).join(' ')}`)
        .join('\n')}`,
  )
  // Nothing else in the namespace either (whatever the shell started is gone), so no port listens.
  const others = processesIn(run.namespace).filter((pid) => pid !== run.shell.pid)
  expect(others).toEqual([])
  expect(listeningPortsSeenBy(run.shell.pid)).toEqual([])
  await run.closed
  const afterUp = run.output.slice(run.output.indexOf('Press Ctrl+C to stop.') + 'Press Ctrl+C to stop.'.length)
  const lines = afterUp.split('\n').filter((line) => line.trim() !== '')
  expect(lines, `what the stop printed:\n${afterUp}`).toHaveLength(1)
  expect(lines[0]).toMatch(stopLine)
  // pnpm came from this machine: npx (which asks the registry) was never run.
  expect(run.recorder.calls()).toBe('')
}

const timeout = startDeadlineMs + 60_000
// Each stop a user, a process manager or a terminal sends, and where it lands.
const stops = [
  { signal: 'SIGINT', target: "npm's pid", pid: (run) => run.npm },
  { signal: 'SIGINT', target: "the bootstrap's pid", pid: (run) => run.bootstrap },
  { signal: 'SIGTERM', target: "the bootstrap's pid", pid: (run) => run.bootstrap },
  { signal: 'SIGINT', target: "the process group (a terminal's Ctrl+C)", pid: (run) => -run.shell.pid },
  { signal: 'SIGTERM', target: 'the process group', pid: (run) => -run.shell.pid },
  { signal: 'SIGKILL', target: 'the shell, its parent (it dies)', pid: (run) => run.shell.pid },
]

describe('npm start, as a user starts it, with the registry unreachable', () => {
  it("comes up on the default ports and stops on SIGTERM to npm's pid", { timeout }, async () => {
    const run = await npmStartLikeAUser()
    expect(run.npm, 'npm start is the shell child').toBeTypeOf('number')
    expect(run.bootstrap, 'npm runs the bootstrap directly (no shell between)').toBeTypeOf('number')
    expect(run.output).toContain('API reference portal   http://127.0.0.1:4000/')
    // The portal's default port and one mock per vendor of redocly.yaml, 4101 upwards.
    const defaultPorts = [4000, ...listVendors().map((vendor) => vendor.mockPort)]
    expect(listeningPortsSeenBy(run.shell.pid).sort((a, b) => a - b)).toEqual(defaultPorts)
    process.kill(run.npm, 'SIGTERM')
    await expectStoppedCleanly(run)
  })

  for (const { signal, target, pid } of stops)
    it(`stops on ${signal} to ${target}`, { timeout }, async () => {
      const run = await npmStartLikeAUser()
      process.kill(pid(run), signal)
      await expectStoppedCleanly(run)
    })
})

function occupy(port) {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

/** Starts scripts/start.mjs directly on free ports; resolves once it says it is up. */
async function startScript(environment) {
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
    () => `start.mjs to come up:\n${run.output}`,
  )
  return run
}

describe('scripts/start.mjs', () => {
  it('skips a taken port, serves the portal, and stops everything when one mock server dies', { timeout }, async () => {
    // The mocks' block is the taken port and one more port per vendor after it.
    const takenPort = await findFreePortBlock(listVendors().length + 1)
    const taken = await occupy(takenPort)
    cleanup.push(() => new Promise((resolve) => taken.close(resolve)))
    const run = await startScript({ MOCK_PORT: String(takenPort), PORT: String(await findFreePortBlock(1)) })

    expect(run.output).toMatch(
      new RegExp(`Port ${takenPort} on 127\\.0\\.0\\.1 is taken: the botpress-messaging mock uses \\d+ instead\\.`),
    )
    const portalUrl = run.output.match(/API reference portal\s+(\S+)/)[1]
    expect((await fetch(portalUrl)).status).toBe(200)
    const children = childrenOf(run.child.pid)
    expect(children.length).toBeGreaterThanOrEqual(4)

    process.kill(children[0], 'SIGKILL')
    expect((await run.exit).code).toBe(1)
    expect(run.output).toMatch(/mock server exited \(SIGKILL\); stopping everything/)
    await waitFor(
      () => children.every((pid) => !isAlive(pid)),
      30_000,
      () => `children ${children} to exit`,
    )
  })
})

describe('the mock launcher', () => {
  it('a mock exits by itself when its parent is killed with SIGKILL', { timeout }, async () => {
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
    await waitFor(
      () => /mock-pid \d+/.test(output),
      startDeadlineMs,
      () => 'the mock to start',
    )
    const mockPid = Number(output.match(/mock-pid (\d+)/)[1])
    expect(isAlive(mockPid)).toBe(true)

    parent.kill('SIGKILL')
    await waitFor(
      () => !isAlive(mockPid),
      30_000,
      () => `mock ${mockPid} to exit after its parent died`,
    )
  })
})

#!/usr/bin/env node
// `npm start` and `npm test` on a machine that has only Node 20+ and npm: use the pnpm
// already here (npx's cache, a global install, corepack), or fetch the pinned one through
// npx when there is none; install the workspace from the lockfile; run the pnpm script
// named on the command line.
//
//   node scripts/bootstrap.mjs <script> [args...]
//
// Stopping: what this runs is its own process group. SIGINT, SIGTERM or SIGHUP to this
// process (npm forwards the first two to it: package.json `exec`s it, so no shell stands
// between), to npm, or to the terminal's group, and the death of npm's parent, all stop
// that group: the signal first, SIGKILL for whatever is left after a grace period. One line
// says so, and this process exits 0: a stop asked for is a success, so npm and the shell
// above add no error or "Terminated" lines of their own.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findInstalledPnpm, pinnedVersion } from './lib/find-pnpm.mjs'

// No imports from the workspace: nothing is installed yet when this runs.
const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const quietToolEnvironment = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  TURBO_TELEMETRY_DISABLED: '1',
  SCARF_ANALYTICS: 'false',
  DO_NOT_TRACK: '1',
}
// Time the stopped group gets to close its servers before SIGKILL.
const stopGraceMs = 7000
const isWindows = process.platform === 'win32'

const [scriptName, ...scriptArguments] = process.argv.slice(2)
if (!scriptName) throw new Error('usage: node scripts/bootstrap.mjs <pnpm script> [args...]')
const script = scriptName
// How the user started this, for the stop line: `npm start`, `npm test`, `npm run x`, or this script.
const lifecycle = process.env.npm_lifecycle_event
const invocation = !lifecycle
  ? `bootstrap ${script}`
  : ['start', 'test'].includes(lifecycle)
    ? `npm ${lifecycle}`
    : `npm run ${lifecycle}`

const { packageManager } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'))
/** @type {NodeJS.ProcessEnv} */
const environment = { ...process.env, ...quietToolEnvironment, CI: process.env.CI ?? '' }
// npm exports its own settings to scripts; pnpm would read some of them as its own.
for (const name of Object.keys(environment)) if (name.startsWith('npm_config_')) delete environment[name]
// No update notices from npm or pnpm: the versions are pinned on purpose.
environment.npm_config_update_notifier = 'false'

/**
 * The stop under way, if any: the signal and reason of the first request, the running
 * stage's process, and the wait for its group to be gone.
 * @type {{ signal: NodeJS.Signals | undefined, reason: string | undefined, group: import('node:child_process').ChildProcess | undefined, done: Promise<void> | undefined }}
 */
const stopping = { signal: undefined, reason: undefined, group: undefined, done: undefined }

/**
 * Runs a command as its own process group (on POSIX) and resolves its exit once the whole group is gone.
 * @param {string} command
 * @param {string[]} commandArguments
 * @param {NodeJS.ProcessEnv} [commandEnvironment]
 * @returns {Promise<{ code: number | null, signal: NodeJS.Signals | null }>}
 */
async function runGroup(command, commandArguments, commandEnvironment = environment) {
  const child = spawn(command, commandArguments, {
    cwd: repositoryRoot,
    // The group gets no terminal input: only the foreground group may read it, and
    // nothing run here asks for any. Output goes to the terminal as it comes.
    stdio: ['ignore', 'inherit', 'inherit'],
    env: commandEnvironment,
    detached: !isWindows,
    shell: isWindows,
  })
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  stopping.group = child
  if (stopping.signal) stopGroup()
  const exit = await exited
  // Whatever the command left in its group is stopped too: nothing outlives a stage.
  if (!isWindows && child.pid !== undefined && groupIsAlive(child.pid)) await endGroup(child.pid, 'SIGTERM')
  stopping.group = undefined
  return exit
}

/** @param {number} groupId */
function groupIsAlive(groupId) {
  try {
    process.kill(-groupId, 0)
    return true
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM'
  }
}

/**
 * @param {{ pid?: number, kill?: (signal: NodeJS.Signals) => boolean }} child the stage's process, or its group id as `pid`
 * @param {NodeJS.Signals} signal
 */
function signalGroup(child, signal) {
  try {
    if (isWindows) child.kill?.(signal)
    else if (child.pid !== undefined) process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/**
 * Signals a process group, then SIGKILL after the grace period; resolves when it is empty.
 * @param {number} groupId
 * @param {NodeJS.Signals} signal
 */
async function endGroup(groupId, signal) {
  signalGroup({ pid: groupId }, signal)
  const deadline = Date.now() + stopGraceMs
  while (groupIsAlive(groupId) && Date.now() < deadline) await sleep(100)
  if (!groupIsAlive(groupId)) return
  signalGroup({ pid: groupId }, 'SIGKILL')
  while (groupIsAlive(groupId)) await sleep(100)
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))

function stopGroup() {
  const child = stopping.group
  if (!child) return
  if (isWindows) child.kill(stopping.signal)
  else if (child.pid !== undefined) stopping.done ??= endGroup(child.pid, stopping.signal ?? 'SIGTERM')
}

/**
 * The first stop request wins; later ones (npm forwards what the terminal also sends) change nothing.
 * @param {NodeJS.Signals} signal
 * @param {string} reason
 */
function requestStop(signal, reason) {
  if (stopping.signal) return
  stopping.signal = signal
  stopping.reason = reason
  stopGroup()
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP']))
  process.on(signal, () => requestStop(signal, signal))
watchForParentExit()

/** Once everything is gone: one line, and a success. */
async function finishStop() {
  await stopping.done
  console.error(`${invocation}: stopped (${stopping.reason}); nothing it started is left running.`)
  process.exit(0)
}

/**
 * A parent that dies sends no signal. Polled: this process's parent (npm, or a shell)
 * and, under npm, npm's parent; when either is gone, everything stops.
 */
function watchForParentExit() {
  if (isWindows) return
  const parent = process.ppid
  const grandparent = lifecycle ? parentOf(parent) : undefined
  const timer = setInterval(() => {
    const parentGone = process.ppid !== parent
    const grandparentGone = grandparent !== undefined && parentOf(parent) !== grandparent
    if (parentGone || grandparentGone) {
      clearInterval(timer)
      requestStop('SIGTERM', parentGone ? 'its parent exited' : "npm's parent exited")
    }
  }, 500)
  timer.unref()
}

/**
 * The parent pid of a process, from /proc (Linux); undefined where that cannot be read.
 * @param {number} pid
 */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
  } catch {
    return undefined
  }
}

/**
 * The pnpm to run: one already here, or the pinned one fetched through npx (the registry is asked only then).
 * @returns {Promise<LocatedPnpm | undefined>} undefined when a stop came first
 */
async function locatePnpm() {
  const version = pinnedVersion(packageManager)
  const installed = findInstalledPnpm({ version, environment: process.env })
  if (installed) return { command: installed.command, prefix: [], environment: installed.environment }
  console.log(`No pnpm ${version} on this machine: fetching it with npx (once; later runs use npx's cache).`)
  const npx = isWindows ? 'npx.cmd' : 'npx'
  // npx keeps npm's own settings (its cache, its prefix): that is where it looks and stores.
  const fetched = await runGroup(npx, ['--yes', `pnpm@${version}`, '--version'], {
    ...process.env,
    ...quietToolEnvironment,
  })
  if (stopping.signal) return undefined
  if (fetched.code !== 0)
    throw new Error(`npx could not fetch pnpm ${version} (exit ${fetched.code ?? fetched.signal})`)
  const cached = findInstalledPnpm({ version, environment: process.env })
  if (cached) return { command: cached.command, prefix: [] }
  // npx keeps its cache somewhere this cannot see: go through npx each time.
  return { command: npx, prefix: ['--yes', `pnpm@${version}`] }
}

/**
 * A folder holding a `pnpm` that runs the one located, put first on the PATH of every
 * stage: the scripts call `pnpm` by name (`test:all` chains `pnpm lint && ...`), and a pnpm
 * run straight from npx's or corepack's cache is on no PATH of its own.
 *
 * @param {LocatedPnpm} pnpm
 */
function pnpmShimDirectory(pnpm) {
  const quoted = [pnpm.command, ...pnpm.prefix].map((part) => `"${part}"`).join(' ')
  // One folder per pnpm located: another bootstrap (a test's, with a scratch npm cache) never rewrites this one's.
  const located = createHash('sha256').update(quoted).digest('hex').slice(0, 16)
  const directory = join(tmpdir(), `parley-pnpm-${process.getuid?.() ?? 'user'}-${located}`)
  mkdirSync(directory, { recursive: true })
  const [name, text] = isWindows ? ['pnpm.cmd', `@${quoted} %*\r\n`] : ['pnpm', `#!/bin/sh\nexec ${quoted} "$@"\n`]
  const shim = join(directory, name)
  if (!existsSync(shim) || readFileSync(shim, 'utf8') !== text) {
    // Written aside and renamed, so a bootstrap running at the same time never sees half a file.
    const partial = `${shim}.${process.pid}`
    writeFileSync(partial, text, { mode: 0o755 })
    renameSync(partial, shim)
  }
  return directory
}

/** @typedef {{ command: string, prefix: string[], environment?: Record<string, string> }} LocatedPnpm */

async function main() {
  const pnpm = await locatePnpm()
  if (stopping.signal || !pnpm) return finishStop()
  const pathName = Object.keys(environment).find((name) => name.toUpperCase() === 'PATH') ?? 'PATH'
  const pnpmEnvironment = {
    ...environment,
    ...pnpm.environment,
    [pathName]: [pnpmShimDirectory(pnpm), environment[pathName]].filter(Boolean).join(delimiter),
  }
  const runPnpm = (/** @type {string[]} */ ...pnpmArguments) =>
    runGroup(pnpm.command, [...pnpm.prefix, ...pnpmArguments], pnpmEnvironment)

  const lockfile = join(repositoryRoot, 'pnpm-lock.yaml')
  const install = await runPnpm(
    'install',
    ...(existsSync(lockfile) ? ['--frozen-lockfile', '--prefer-offline'] : []),
    '--reporter=append-only',
  )
  if (stopping.signal) return finishStop()
  if (install.code !== 0) process.exit(install.code ?? 1)

  const run = await runPnpm('run', script, ...scriptArguments)
  if (stopping.signal) return finishStop()
  process.exit(run.code ?? 1)
}

await main()

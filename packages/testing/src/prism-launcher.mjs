// Prism mock servers made from the specs, bound to 127.0.0.1: used by the package tests
// (through a vitest globalSetup), `npm start` and `pnpm mock`. Plain JavaScript so the
// root scripts run it on Node 20 without a TypeScript loader.
import { spawn } from 'node:child_process'
import { appendFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect, createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { materializeDocument } from '@parley/codegen/spec-source'

const here = dirname(fileURLToPath(import.meta.url))
// Prism's HTTP server over the spec (see the file for why not its CLI).
const prismServer = join(here, 'prism-server.cjs')
// Loaded into every Prism process: it exits when its parent goes away (see the file).
const exitWithParent = join(here, 'exit-with-parent.cjs')

/** On a busy 2-core machine a cold Prism start has taken over 30 s; wait much longer. */
export const defaultStartDeadlineMs = Number(process.env.PARLEY_MOCK_START_DEADLINE_MS ?? 240_000)

/**
 * @typedef {object} PrismOptions
 * @property {number} [port] port on 127.0.0.1; a free one is picked when omitted. Rejects when it is taken
 * @property {boolean} [dynamic] Prism's `--dynamic` (answers generated from the schemas instead of the examples)
 * @property {number} [startDeadlineMs] overall deadline for the port to accept connections (default 240 s)
 * @property {(exit: { code: number | null, signal: NodeJS.Signals | null, output: string }) => void} [onExit] called when the Prism process exits, whether or not it was asked to
 * @property {boolean} [restartOnExit] when Prism exits without being asked (a request made it crash), record the exit and start it again on the same port, so the calls after it are answered
 * @property {string} [exitLog] a file each such exit is appended to, one JSON line each: how a test worker, which does not own the process, learns of it
 */

/**
 * Prism exiting without being asked to.
 * @typedef {object} MockExit
 * @property {string} at when (ISO 8601)
 * @property {number | null} code
 * @property {NodeJS.Signals | null} signal
 * @property {string} reason the error Prism printed as it stopped (`TypeError: invalid media type`), or its exit status
 * @property {boolean} restarting whether it is being started again (not when it had never listened)
 */

/**
 * A Prism mock that accepts connections.
 * @typedef {object} RunningMock
 * @property {string} baseUrl
 * @property {number} port
 * @property {number | undefined} pid of the current Prism process
 * @property {() => string} output what Prism printed so far
 * @property {() => MockExit[]} exits Prism's exits without being asked, oldest first
 * @property {() => Promise<boolean>} answering whether it answers an HTTP request now
 * @property {() => Promise<void>} close
 */

const quietEnvironment = { SCARF_ANALYTICS: 'false', DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0' }

/**
 * A port free on 127.0.0.1 right now (the OS picks it).
 * @returns {Promise<number>}
 */
export function findFreePort() {
  return listenOnce(0)
}

/**
 * Whether `port` on 127.0.0.1 can be listened on right now.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export async function isPortFree(port) {
  try {
    await listenOnce(port)
    return true
  } catch {
    return false
  }
}

/**
 * `port` if it is free, else the next free one above it (up to 100 tries).
 * @param {number} port
 * @returns {Promise<number>}
 */
export async function firstFreePortFrom(port) {
  for (let candidate = port; candidate < port + 100; candidate++) if (await isPortFree(candidate)) return candidate
  throw new Error(`No free port on 127.0.0.1 between ${port} and ${port + 99}`)
}

/**
 * @param {number} port 0 for one the OS picks
 * @returns {Promise<number>} the port listened on
 */
function listenOnce(port) {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address())
      server.close(() => resolve(address.port))
    })
  })
}

/**
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function acceptsConnections(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/**
 * Whether an HTTP server on 127.0.0.1:`port` answers a request now, whatever the status. A
 * process that is dying can still accept connections (its listening socket lingers) but
 * never answers, so this is what tells a live mock from one that just crashed.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function answersHttp(port) {
  return new Promise((resolve) => {
    const probe = request(
      { host: '127.0.0.1', port, path: '/', method: 'GET', agent: false, timeout: 30_000 },
      (answer) => {
        answer.resume()
        resolve(true)
      },
    )
    probe.once('timeout', () => probe.destroy())
    probe.once('error', () => resolve(false))
    probe.end()
  })
}

/**
 * Starts Prism's mock server for one spec as a child process and resolves once its port
 * accepts connections (polled, with one overall deadline). Prism serves the spec's paths at
 * its root, answers with the spec's examples, and validates every request (422/401/400) and
 * answer (500, like the CLI's `--errors`). The child exits when this process exits, even
 * when this one is killed. It mocks what the generator reads: a Swagger 2.0 file converted
 * and the overlay beside the spec applied (Prism reads a file, so a changed document is
 * served from the spec cache). With `restartOnExit`, a Prism that a request crashed is
 * started again on the same port, and the exit recorded.
 *
 * @param {string} specPath
 * @param {PrismOptions} [options]
 * @returns {Promise<RunningMock>}
 */
export async function startPrismMock(
  specPath,
  { port, dynamic = false, startDeadlineMs = defaultStartDeadlineMs, onExit, restartOnExit = false, exitLog } = {},
) {
  const listenPort = port ?? (await findFreePort())
  if (port !== undefined && !(await isPortFree(port)))
    throw new Error(`Port ${port} on 127.0.0.1 is taken (wanted for the mock of ${specPath})`)
  const { path: servedPath } = await materializeDocument(specPath, { onNote: () => {} })
  const args = ['--require', exitWithParent, prismServer, servedPath, '127.0.0.1', String(listenPort)]
  if (dynamic) args.push('--dynamic')
  let output = ''
  let closing = false
  /** @type {MockExit[]} */
  const exits = []
  /** @type {import('node:child_process').ChildProcess} */
  let child

  const launch = async () => {
    const started = spawn(process.execPath, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...quietEnvironment },
    })
    child = started
    let ownOutput = ''
    const collect = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString()
      ownOutput += chunk.toString()
    }
    started.stdout?.on('data', collect)
    started.stderr?.on('data', collect)
    let exited = false
    let listened = false
    started.once('exit', (code, signal) => {
      exited = true
      onExit?.({ code, signal, output })
      if (closing || !listened) return
      const exit = {
        at: new Date().toISOString(),
        code,
        signal,
        reason: stopReason(ownOutput) ?? `exited with ${signal ?? `code ${code}`}`,
        restarting: restartOnExit,
      }
      exits.push(exit)
      if (exitLog) appendFileSync(exitLog, `${JSON.stringify(exit)}\n`)
      // A failed restart is recorded as an exit of its own, or seen as a port that stays closed.
      if (restartOnExit) launch().catch((error) => (output += `\nrestart failed: ${error.message}\n`))
    })

    const deadline = Date.now() + startDeadlineMs
    while (!(await acceptsConnections(listenPort))) {
      if (exited) {
        const reason = /EADDRINUSE/.test(ownOutput)
          ? `port ${listenPort} on 127.0.0.1 is taken`
          : `exited with ${started.exitCode ?? started.signalCode}`
        throw new Error(`Prism ${reason} for ${specPath}:\n${ownOutput.slice(-2000)}`)
      }
      if (Date.now() > deadline) {
        await stopProcess(started)
        throw new Error(
          `Prism did not listen on 127.0.0.1:${listenPort} within ${startDeadlineMs} ms for ${specPath} (PARLEY_MOCK_START_DEADLINE_MS raises it):\n${ownOutput.slice(-2000)}`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    listened = true
  }

  await launch()
  return {
    baseUrl: `http://127.0.0.1:${listenPort}`,
    port: listenPort,
    get pid() {
      return child.pid
    },
    output: () => output,
    exits: () => [...exits],
    answering: () => answersHttp(listenPort),
    close: () => {
      closing = true
      return stopProcess(child)
    },
  }
}

/**
 * The error a crashed Prism printed last (`TypeError: invalid media type`), if any.
 * @param {string} output
 * @returns {string | undefined}
 */
export function stopReason(output) {
  const errors = output.match(/^[A-Za-z]*Error(?: \[[A-Z_]+\])?: .*$/gm)
  return errors?.at(-1)?.slice(0, 200)
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @returns {Promise<void>}
 */
function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return /** @type {Promise<void>} */ (
    new Promise((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 3000)
      child.once('exit', () => {
        clearTimeout(force)
        resolve()
      })
      child.kill('SIGTERM')
    })
  )
}

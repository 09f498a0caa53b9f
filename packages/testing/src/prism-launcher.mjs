// Prism mock servers made from the specs, bound to 127.0.0.1: used by the package tests
// (through a vitest globalSetup), `npm start` and `pnpm mock`. Plain JavaScript so the
// root scripts run it on Node 20 without a TypeScript loader.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { connect, createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { materializeDocument } from '@parley/codegen/spec-source'

const require = createRequire(import.meta.url)
// The CLI the package declares as its `prism` bin (it has no `exports` map to go through).
const prismManifestPath = require.resolve('@stoplight/prism-cli/package.json')
const prismCli = join(dirname(prismManifestPath), require(prismManifestPath).bin.prism)
// Loaded into every Prism process: it exits when its parent goes away (see the file).
const exitWithParent = join(dirname(fileURLToPath(import.meta.url)), 'exit-with-parent.cjs')

/** On a busy 2-core machine a cold Prism start has taken over 30 s; wait much longer. */
export const defaultStartDeadlineMs = Number(process.env.PARLEY_MOCK_START_DEADLINE_MS ?? 240_000)

/**
 * @typedef {object} PrismOptions
 * @property {number} [port] port on 127.0.0.1; a free one is picked when omitted. Rejects when it is taken
 * @property {boolean} [dynamic] Prism's `--dynamic` (answers generated from the schemas instead of the examples)
 * @property {number} [startDeadlineMs] overall deadline for the port to accept connections (default 240 s)
 * @property {(exit: { code: number | null, signal: NodeJS.Signals | null, output: string }) => void} [onExit] called when the Prism process exits, whether or not it was asked to
 */

/**
 * A Prism mock that accepts connections.
 * @typedef {object} RunningMock
 * @property {string} baseUrl
 * @property {number} port
 * @property {number | undefined} pid
 * @property {() => string} output what Prism printed so far
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
 * Starts `prism mock` for one spec as a child process and resolves once its port accepts
 * connections (polled, with one overall deadline). Prism serves the spec's paths at its
 * root, answers with the spec's examples, and validates every request (422/401/400).
 * The child exits when this process exits, even when this one is killed. It mocks what the
 * generator reads: a Swagger 2.0 file converted and the overlay beside the spec applied
 * (Prism reads a file, so a changed document is served from the spec cache).
 *
 * @param {string} specPath
 * @param {PrismOptions} [options]
 * @returns {Promise<RunningMock>}
 */
export async function startPrismMock(
  specPath,
  { port, dynamic = false, startDeadlineMs = defaultStartDeadlineMs, onExit } = {},
) {
  const listenPort = port ?? (await findFreePort())
  if (port !== undefined && !(await isPortFree(port)))
    throw new Error(`Port ${port} on 127.0.0.1 is taken (wanted for the mock of ${specPath})`)
  const { path: servedPath } = await materializeDocument(specPath, { onNote: () => {} })
  const args = [
    '--require',
    exitWithParent,
    prismCli,
    'mock',
    '--host',
    '127.0.0.1',
    '--port',
    String(listenPort),
    '--errors',
    servedPath,
  ]
  if (dynamic) args.push('--dynamic')
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...quietEnvironment },
  })
  let output = ''
  const collect = (/** @type {Buffer} */ chunk) => (output += chunk.toString())
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  let exited = false
  child.once('exit', (code, signal) => {
    exited = true
    onExit?.({ code, signal, output })
  })

  const deadline = Date.now() + startDeadlineMs
  while (!(await acceptsConnections(listenPort))) {
    if (exited) {
      const reason = /EADDRINUSE/.test(output)
        ? `port ${listenPort} on 127.0.0.1 is taken`
        : `exited with ${child.exitCode ?? child.signalCode}`
      throw new Error(`Prism ${reason} for ${specPath}:\n${output.slice(-2000)}`)
    }
    if (Date.now() > deadline) {
      await stopProcess(child)
      throw new Error(
        `Prism did not listen on 127.0.0.1:${listenPort} within ${startDeadlineMs} ms for ${specPath} (PARLEY_MOCK_START_DEADLINE_MS raises it):\n${output.slice(-2000)}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    baseUrl: `http://127.0.0.1:${listenPort}`,
    port: listenPort,
    pid: child.pid,
    output: () => output,
    close: () => stopProcess(child),
  }
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

// Prism mock servers made from the specs, bound to 127.0.0.1, started and stopped by
// the tests themselves (no server needs to be running before `npm test`).
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findFreePort } from './ports.js'

const require = createRequire(import.meta.url)
const prismCli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js')

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

export const specPathOf = (vendorId: string): string => join(repositoryRoot, 'specs', vendorId, 'openapi.yaml')

export interface RunningMock {
  /** Base URL to give a client: Prism serves the spec's paths at its root. */
  readonly baseUrl: string
  readonly port: number
  /** What Prism printed, for failure messages. */
  readonly output: () => string
  close(): Promise<void>
}

export interface PrismOptions {
  port?: number
  /** Answer with examples only (`--dynamic` off) so responses are deterministic. Default true. */
  staticExamples?: boolean
  /** Milliseconds to wait for Prism to listen. */
  startTimeoutMs?: number
}

export async function startPrismMock(specPath: string, options: PrismOptions = {}): Promise<RunningMock> {
  const port = options.port ?? (await findFreePort())
  const args = [prismCli, 'mock', '--host', '127.0.0.1', '--port', String(port), '--errors', specPath]
  if (options.staticExamples === false) args.push('--dynamic')
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SCARF_ANALYTICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitForListening(child, () => output, options.startTimeoutMs ?? 30_000)
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    close: () => stopProcess(child),
  }
}

function waitForListening(child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup()
      child.kill('SIGKILL')
      reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${output()}`))
    }, timeoutMs)
    const onData = () => {
      if (/Prism is listening/.test(output())) {
        cleanup()
        resolve()
      }
    }
    const onExit = (code: number | null) => {
      cleanup()
      reject(new Error(`Prism exited with ${code}:\n${output()}`))
    }
    const cleanup = () => {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      child.off('exit', onExit)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', onExit)
  })
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

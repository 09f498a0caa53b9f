// Prism mock servers made from the specs, bound to 127.0.0.1. Used by `npm start`,
// `pnpm mock` and the tests (through @parley/testing).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { dirname, join } from 'node:path'
import { materializeDocument } from '@parley/codegen/spec-source'
import { quietToolEnvironment, repositoryRoot } from './vendors.mjs'

const require = createRequire(join(repositoryRoot, 'packages', 'testing', 'package.json'))
const prismCli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js')

/** A port free on 127.0.0.1 right now (the OS picks it). */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts `prism mock` for one spec and resolves once it listens.
 * Prism serves the spec's paths at its root (the server's base path is dropped), answers
 * with the spec's examples, and validates every request (422/401/400 on a bad one). It
 * mocks what the generator reads: a Swagger 2.0 file converted and the overlay beside the
 * spec applied (Prism reads a file: a changed document is served from the spec cache).
 */
export async function startPrismMock(specPath, { port, dynamic = false, startTimeoutMs = 30_000 } = {}) {
  const listenPort = port ?? (await findFreePort())
  const { path: servedPath } = await materializeDocument(specPath, { onNote: () => {} })
  const args = [prismCli, 'mock', '--host', '127.0.0.1', '--port', String(listenPort), '--errors', servedPath]
  if (dynamic) args.push('--dynamic')
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...quietToolEnvironment, NO_COLOR: '1', FORCE_COLOR: '0' },
  })
  let output = ''
  const collect = (chunk) => (output += chunk.toString())
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`Prism did not start within ${startTimeoutMs} ms for ${specPath}:\n${output}`))
    }, startTimeoutMs)
    const onData = () => {
      if (output.includes('Prism is listening')) done(resolve)
    }
    const onExit = (code) => done(() => reject(new Error(`Prism exited with ${code} for ${specPath}:\n${output}`)))
    const done = (settle) => {
      clearTimeout(timer)
      child.stdout.off('data', onData)
      child.stderr.off('data', onData)
      child.off('exit', onExit)
      settle()
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', onExit)
  })
  return {
    baseUrl: `http://127.0.0.1:${listenPort}`,
    port: listenPort,
    output: () => output,
    close: () => stopProcess(child),
  }
}

function stopProcess(child) {
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

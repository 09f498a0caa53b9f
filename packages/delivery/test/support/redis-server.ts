// A real redis-server for the tests, started by the tests themselves. Debian's
// redis-server is installed with apt-get where it is missing (CI: a fresh machine with no
// standard input); other tests may hold the dpkg lock, hence the lock timeout.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createConnection, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const redisServerBinary = process.env.REDIS_SERVER_PATH ?? 'redis-server'

function installedVersion(): string | undefined {
  const result = spawnSync(redisServerBinary, ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : undefined
}

function runAsRoot(command: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0
  const [program, programArguments] = asRoot ? [command, args] : ['sudo', ['-n', command, ...args]]
  const result = spawnSync(program, programArguments, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.error || result.status !== 0)
    throw new Error(
      `could not install redis-server (${result.error?.message ?? `exit ${result.status}`}): ` +
        "install Debian's redis-server package or set REDIS_SERVER_PATH",
    )
}

/** The installed redis-server's version line; installs it first where missing. */
export function ensureRedisServer(): string {
  const version = installedVersion()
  if (version) return version
  if (!existsSync('/usr/bin/apt-get')) throw new Error('redis-server is missing and there is no apt-get to install it')
  console.log("redis-server is missing: installing Debian's redis-server package (once per machine)...")
  runAsRoot('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update'])
  runAsRoot('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '--no-upgrade', 'redis-server'])
  const installed = installedVersion()
  if (!installed) throw new Error('apt-get installed redis-server but it does not run')
  return installed
}

/** A port free now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Answers PONG to one PING within a short while, or false. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
    const done = (answer: boolean) => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(1000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
  })
}

export interface RedisServer {
  readonly port: number
  readonly url: string
  /** Stops the server (SIGTERM: with persistence on, it saves first). */
  stop(): Promise<void>
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>
  /** Stops it and removes its data. */
  dispose(): Promise<void>
}

/**
 * Starts a redis-server on a free port. `persistent`: an append-only file synced on every
 * write in its own folder, so that a stop and start keeps what was stored (as a production
 * Redis would); otherwise in memory only.
 */
export async function startRedisServer(options: { persistent?: boolean } = {}): Promise<RedisServer> {
  ensureRedisServer()
  const port = await freePort()
  const directory = mkdtempSync(join(tmpdir(), 'parley-redis-'))
  const persistence = options.persistent
    ? ['--appendonly', 'yes', '--appendfsync', 'always', '--save', '']
    : ['--appendonly', 'no', '--save', '']
  let child: ChildProcess | undefined

  async function start(): Promise<void> {
    const started = spawn(
      redisServerBinary,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', directory, ...persistence],
      { stdio: 'ignore' },
    )
    child = started
    const deadline = Date.now() + 60_000
    while (!(await pings(port))) {
      if (started.exitCode !== null) throw new Error(`redis-server exited with ${started.exitCode}`)
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within 60 s`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  async function stop(): Promise<void> {
    const running = child
    child = undefined
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGTERM')
    await exited
  }

  await start()
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    async dispose() {
      await stop()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}

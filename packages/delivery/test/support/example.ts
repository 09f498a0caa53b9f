// The example server (examples/delivery/server.mjs) run the way a user runs it: `node
// examples/delivery/server.mjs` from the repository root, configured by environment
// variables, one process per instance.
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { WEBHOOK_TOKEN } from './events.js'
import { freePort } from './redis-server.js'

export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url))

export interface Instance {
  readonly pid: number
  readonly url: string
  /** Everything the process printed so far. */
  output(): string
  /** Sends `signal` and resolves with the exit code once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
  readonly exited: Promise<number | null>
}

const running = new Set<ChildProcess>()

/** Starts one instance and resolves once it listens (polling its output, 60 s at most). */
export async function startInstance(env: Record<string, string | undefined>): Promise<Instance> {
  const port = await freePort()
  const child = spawn(process.execPath, ['examples/delivery/server.mjs'], {
    cwd: repositoryRoot,
    env: { ...process.env, BOTPRESS_WEBHOOK_TOKEN: WEBHOOK_TOKEN, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let printed = ''
  child.stdout?.on('data', (chunk) => {
    printed += chunk
  })
  child.stderr?.on('data', (chunk) => {
    printed += chunk
  })
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child)
      resolve(code)
    }),
  )
  const deadline = Date.now() + 60_000
  while (!printed.includes('listening on')) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the example exited before listening:\n${printed}`)
    if (Date.now() > deadline) throw new Error(`the example did not listen within 60 s:\n${printed}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return {
    pid: child.pid as number,
    url: `http://127.0.0.1:${port}/webhooks/botpress-messaging`,
    output: () => printed,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}

/** Kills what a failed test left running (each by its own process id). */
export async function stopAllInstances(): Promise<void> {
  await Promise.all(
    [...running].map((child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      return exited
    }),
  )
}

/** POSTs one webhook delivery; the status, or 0 when the connection failed. */
export async function deliver(instance: Instance, body: unknown): Promise<number> {
  try {
    const response = await fetch(instance.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bp-messaging-webhook-token': WEBHOOK_TOKEN },
      body: JSON.stringify(body),
    })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 0
  }
}

/** Delivers until answered 200, as a vendor does (a 503 or a refused connection is tried again). */
export async function deliverUntilTaken(
  pick: () => Instance,
  body: unknown,
  refusals: { count: number },
  deadlineMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + deadlineMs
  for (let attempt = 0; ; attempt++) {
    const status = await deliver(pick(), body)
    if (status === 200) return
    refusals.count++
    if (Date.now() > deadline) throw new Error(`a delivery was refused until the deadline (last status ${status})`)
    await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 1000)))
  }
}

export interface ProcessedLine {
  readonly eventId: string
  readonly messageId: string
  readonly conversationId: string
  readonly pid: number
}

export function readProcessed(file: string): ProcessedLine[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return []
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ProcessedLine)
}

/** Polls `condition` (every 25 ms) until it holds or `deadlineMs` passes. */
export async function until(condition: () => boolean, what: string, deadlineMs = 120_000): Promise<void> {
  const deadline = Date.now() + deadlineMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

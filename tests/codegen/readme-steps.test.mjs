// The README's "Adding a vendor", run as a user runs it, in a copy of the repository: a
// hand-written spec with a webhook and a vendor's published OpenAPI 3.0 file each go through
// `pnpm new-vendor`, then `pnpm install`, `pnpm build` (turbo: lint, generate, build), the
// command new-vendor printed for its tests, and `pnpm run docs` with the vendor in the
// portal. `npm start` comes up with them in: each one's mock answers from its spec and its
// docs page is in the portal, checked over HTTP, and Ctrl+C stops it all. Then every check of
// `npm test` that runs over all vendors passes with them in: `pnpm lint` (format and lint),
// `pnpm lint:specs`, `pnpm check:generated`, `pnpm test:docs`.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { listVendors } from '@parley/codegen'
import { findFreePortBlock } from '@parley/testing/prism-launcher'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quietToolEnvironment, repositoryRoot } from '../../scripts/lib/vendors.mjs'

const fixtures = join(import.meta.dirname, 'fixtures')
const minutes = (count) => count * 60_000
let root

/**
 * A user's terminal: CI's own variable is left out, as pnpm reads it to install from the
 * lockfile alone (which a new package is not in yet).
 */
const { CI: _ci, ...inheritedEnvironment } = process.env
const userEnvironment = { ...inheritedEnvironment, ...quietToolEnvironment, NO_COLOR: '1', FORCE_COLOR: '0' }

/** Runs a command line in the copy as a user types it; returns its status and output. */
function run(commandLine, cwd = root) {
  const [command, ...args] = commandLine.split(' ')
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: userEnvironment,
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.slice(-20_000) }
}

/** The repository as a fresh clone has it (tracked and new files, nothing ignored), in a scratch folder. */
function copyRepository() {
  const target = mkdtempSync(join(tmpdir(), 'parley-readme-steps-'))
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(repositoryRoot, file))) continue
    mkdirSync(dirname(join(target, file)), { recursive: true })
    cpSync(join(repositoryRoot, file), join(target, file))
  }
  // biome reads .gitignore through git, as in a clone.
  spawnSync('git', ['init', '-q'], { cwd: target })
  return target
}

/**
 * `npm start` in the copy, as a user starts it from a terminal (its own process group, which
 * Ctrl+C signals), on free ports through the `PORT` and `MOCK_PORT` the README documents.
 * Resolves once it says it is up, with `stop()`: SIGINT to the group, then its exit.
 */
async function npmStart() {
  const docsDir = mkdtempSync(join(tmpdir(), 'parley-readme-start-docs-'))
  const environment = {
    ...userEnvironment,
    PORT: String(await findFreePortBlock(1)),
    // A block: the mocks take MOCK_PORT and the ports after it, one per vendor.
    MOCK_PORT: String(await findFreePortBlock(listVendors(root).length)),
    PARLEY_DOCS_DIR: docsDir,
  }
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: environment,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const started = { output: '' }
  child.stdout.on('data', (chunk) => (started.output += chunk))
  child.stderr.on('data', (chunk) => (started.output += chunk))
  const exit = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })))
  let exited
  exit.then((result) => (exited = result))
  started.stop = async () => {
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGINT')
      } catch {
        // the group is gone already
      }
      // The bootstrap gives the group a grace period, then kills what is left; this is a backstop.
      const backstop = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {
          // gone
        }
      }, 60_000)
      await exit
      clearTimeout(backstop)
    }
    rmSync(docsDir, { recursive: true, force: true })
    return exited
  }
  const deadline = Date.now() + minutes(15)
  while (!started.output.includes('Press Ctrl+C to stop.')) {
    if (exited) throw new Error(`npm start exited before it was up (${JSON.stringify(exited)}):\n${started.output}`)
    if (Date.now() > deadline) {
      await started.stop()
      throw new Error(`npm start was not up within 15 minutes:\n${started.output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return started
}

const steps = {}
beforeAll(() => {
  root = copyRepository()
  // A user adds a vendor to a clone the Quick start has installed (`npm start` or `npm test`).
  steps.setUp = run('pnpm install --frozen-lockfile')
  mkdirSync(join(root, 'specs', 'acme-chat'), { recursive: true })
  cpSync(join(fixtures, 'acme-chat.openapi.yaml'), join(root, 'specs', 'acme-chat', 'openapi.yaml'))
  steps.handWritten = run('pnpm new-vendor acme-chat')
  steps.published = run(
    `pnpm new-vendor relay-sms --published ${join(fixtures, 'published-3.0.yaml')} --overlay ${join(fixtures, 'published-3.0.overlay.yaml')}`,
  )
  steps.install = run('pnpm install')
  steps.build = run('pnpm build')
}, minutes(30))

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
}, minutes(5))

describe("the README's steps for a new vendor", () => {
  it('pnpm new-vendor scaffolds both and prints the next step', () => {
    expect(steps.setUp.status, steps.setUp.output).toBe(0)
    for (const step of [steps.handWritten, steps.published]) expect(step.status, step.output).toBe(0)
    expect(steps.handWritten.output).toContain(
      'Next: pnpm install && pnpm build && pnpm --filter @parley/acme-chat test',
    )
  })

  it('pnpm install and pnpm build pass with the new packages in', () => {
    expect(steps.install.status, steps.install.output).toBe(0)
    expect(steps.build.status, steps.build.output).toBe(0)
    for (const id of ['acme-chat', 'relay-sms'])
      expect(existsSync(join(root, 'packages', id, 'dist', 'index.d.ts')), `${id} was not built`).toBe(true)
  })

  it.each(['acme-chat', 'relay-sms'])(
    'the printed test command passes for %s',
    (id) => {
      const tests = run(`pnpm --filter @parley/${id} test`)
      expect(tests.status, tests.output).toBe(0)
      expect(tests.output).toMatch(/Tests\s+\d+ passed/)
      if (id === 'acme-chat') expect(tests.output).toContain('webhooks.test.ts')
    },
    minutes(10),
  )

  it(
    'pnpm run docs writes their pages and their portal cards',
    () => {
      const docs = run('pnpm run docs')
      expect(docs.status, docs.output).toBe(0)
      const index = readFileSync(join(root, 'docs-dist', 'index.html'), 'utf8')
      for (const id of ['acme-chat', 'relay-sms']) {
        expect(existsSync(join(root, 'docs-dist', `${id}.html`))).toBe(true)
        expect(index).toContain(`@parley/${id}`)
      }
      expect(readFileSync(join(root, 'docs-dist', 'acme-chat.html'), 'utf8')).toContain('Acme Chat API')
    },
    minutes(10),
  )

  it(
    'npm start serves their mocks and their docs pages, and Ctrl+C stops it',
    async () => {
      const started = await npmStart()
      try {
        const { output } = started
        const portalUrl = output.match(/API reference portal\s+(\S+)/)?.[1]
        expect(portalUrl, output).toBeDefined()
        const listing = (id) => output.match(new RegExp(`^\\s+${id}\\s+mock (\\S+)\\s+docs (\\S+)$`, 'm'))
        for (const id of ['acme-chat', 'relay-sms']) {
          expect(listing(id), `npm start does not list ${id}:\n${output}`).not.toBeNull()
          expect(output).toContain(`${id}: no demo conversation`)
        }
        // The four vendors' demo still runs beside them.
        expect(output).toContain('Press Ctrl+C to stop.')
        expect(output).not.toMatch(/^\s+failed: /m)

        const portal = await (await fetch(portalUrl)).text()
        for (const id of ['acme-chat', 'relay-sms']) {
          const [, mockUrl, docsUrl] = listing(id)
          expect(portal).toContain(`@parley/${id}`)
          expect(portal).toContain(mockUrl)
          const docs = await fetch(docsUrl)
          expect(docs.status, docsUrl).toBe(200)
          expect(await docs.text()).toContain(id === 'acme-chat' ? 'Acme Chat API' : 'Relay SMS API')
        }

        // Each mock answers from its own spec: acme-chat with its example, relay-sms (a published
        // file without examples, its overlay applied) with a body generated from its schema.
        const acme = await fetch(`${listing('acme-chat')[1]}/conversations/conv-1/messages`, {
          headers: { 'x-acme-key': 'demo' },
        })
        expect(acme.status).toBe(200)
        expect(await acme.json()).toEqual([{ id: 'msg-1', conversationId: 'conv-1', text: 'Hello' }])
        expect((await fetch(`${listing('acme-chat')[1]}/conversations/conv-1/messages`)).status).toBe(401)
        const relay = await fetch(`${listing('relay-sms')[1]}/Accounts/AC${'0'.repeat(32)}`, {
          headers: { authorization: `Basic ${Buffer.from('AC1:secret').toString('base64')}` },
        })
        expect(relay.status).toBe(200)
        expect(await relay.json()).toBeTypeOf('object')

        const stopped = await started.stop()
        expect(stopped.code, started.output).toBe(0)
        expect(started.output).toMatch(/npm start: stopped \(SIGINT\); nothing it started is left running\./)
        await expect(fetch(portalUrl)).rejects.toThrow()
        await expect(fetch(listing('acme-chat')[1])).rejects.toThrow()
      } finally {
        await started.stop()
      }
    },
    minutes(20),
  )

  it.each([['pnpm lint'], ['pnpm lint:specs'], ['pnpm check:generated'], ['pnpm test:docs']])(
    '%s passes with them in',
    (command) => {
      const check = run(command)
      expect(check.status, check.output).toBe(0)
    },
    minutes(15),
  )
})

// The vendor packages in every runtime they promise besides Node 20: workerd (through
// miniflare), Bun and Deno, and Node 22 and 24 (the npm package `node`). One bundle of
// probe.mjs runs in each: one call per vendor through the facade to its Prism mock on
// 127.0.0.1, one webhook `Request` per vendor that has webhooks (Avaamo has none), one
// server-sent event stream from a local server (a dropped connection opened again), and one
// call seen by a logger at `debug` and by hooks (one adding a header).
// Needs the packages built (`pnpm build`); the runtimes come from npm through npx.
import { execFile } from 'node:child_process'
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startPrismMock } from '@parley/testing/prism-launcher'
import * as esbuild from 'esbuild'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const run = promisify(execFile)
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
const vendors = ['botpress-messaging', 'khoros-flow', 'mehery-xms', 'avaamo']
// Ids the specs' examples use, so each mock accepts the call.
const conversations = {
  'botpress-messaging': '9b3d5e7a-1c2f-4a6b-8d9e-0f1a2b3c4d5e',
  'khoros-flow': 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89',
  'mehery-xms': '1234567',
  avaamo: '1faa40c8253e65aa02bfd02fd8643d35',
}
const secret = 'runtime-probe-secret'
// The webhook each vendor's spec documents first for a message, with its own example.
const webhookCases = [
  {
    vendor: 'botpress-messaging',
    event: 'message.new',
    url: 'http://127.0.0.1/hook',
    headers: { 'x-bp-messaging-webhook-token': secret },
  },
  { vendor: 'khoros-flow', event: 'message', url: `http://127.0.0.1/hook?secret=${secret}`, headers: {} },
  {
    vendor: 'mehery-xms',
    event: 'message/receive',
    url: 'http://127.0.0.1/hook/message/receive',
    headers: { 'x-verify-token': secret },
  },
]
// A cold runtime download plus a busy machine: generous, and polled by the tools themselves.
const runtimeTimeoutMs = 300_000

function specExample(vendor, event) {
  const spec = parse(readFileSync(join(repositoryRoot, 'specs', vendor, 'openapi.yaml'), 'utf8'))
  const resolve = (node) =>
    node?.$ref
      ? resolve(
          node.$ref
            .slice(2)
            .split('/')
            .reduce((at, key) => at[key.replaceAll('~1', '/')], spec),
        )
      : node
  const media = resolve(resolve(spec.webhooks[event]).post.requestBody).content['application/json']
  return media.example ?? resolve(Object.values(media.examples)[0]).value
}

let workDir
let bundlePath
let input
const mocks = []
let eventServer

/**
 * The event stream every runtime reads: a connection without `Last-Event-ID` gets the first
 * event and is dropped; the reconnection (`Last-Event-ID: 1`) gets the last event and the
 * end of the stream. Without the probe's key the answer is a 401 (a typed error there).
 */
function startEventServer() {
  const server = createServer((request, response) => {
    if (request.headers['x-api-key'] !== 'probe') return response.writeHead(401).end()
    response.writeHead(200, { 'content-type': 'text/event-stream' })
    if (request.headers['last-event-id'] === '1') return response.end('id: 2\ndata: {"n":2}\n\n')
    response.write('retry: 10\nid: 1\ndata: {"n":1}\n\n')
    setTimeout(() => request.socket.destroy(), 50)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'parley-runtimes-'))
  eventServer = await startEventServer()
  const started = await Promise.all(
    vendors.map((vendor) => startPrismMock(join(repositoryRoot, 'specs', vendor, 'openapi.yaml'))),
  )
  mocks.push(...started)
  input = {
    mocks: Object.fromEntries(vendors.map((vendor, index) => [vendor, started[index].baseUrl])),
    conversations,
    webhooks: webhookCases.map(({ vendor, event, url, headers }) => ({
      vendor,
      url,
      headers,
      payload: specExample(vendor, event),
    })),
    eventsUrl: `http://127.0.0.1:${eventServer.address().port}`,
  }
  // Resolved from the facade's folder, where the workspace links the built packages.
  const result = await esbuild.build({
    stdin: {
      contents: readFileSync(join(repositoryRoot, 'tests', 'runtimes', 'probe.mjs'), 'utf8'),
      resolveDir: join(repositoryRoot, 'packages', 'messaging'),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  })
  bundlePath = join(workDir, 'probe.bundle.mjs')
  writeFileSync(bundlePath, result.outputFiles[0].text)
}, runtimeTimeoutMs)
afterAll(async () => {
  await Promise.allSettled(mocks.map((mock) => mock.close()))
  eventServer?.closeAllConnections()
  await new Promise((resolve) => (eventServer ? eventServer.close(resolve) : resolve()))
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

function expectEverythingWorked(result) {
  expect(result.observed, 'logger and hooks').toEqual({
    lines: ['debug parley createMessage POST http://127.0.0.1:PORT/api/v1/messages → 201 in N ms, attempt 1'],
    seen: ['request createMessage 1', 'response 201'],
    secretLogged: false,
  })
  expect(result.events, 'server-sent events').toEqual({ data: [{ n: 1 }, { n: 2 }] })
  for (const vendor of vendors) expect(result.calls[vendor], `${vendor} call`).toEqual({ ok: true })
  for (const { vendor } of webhookCases) {
    expect(result.hooks[vendor]?.status, `${vendor} webhook: ${JSON.stringify(result.hooks[vendor])}`).toBe(200)
    expect(result.hooks[vendor].events.length, `${vendor} webhook events`).toBeGreaterThan(0)
    expect(result.hooks[vendor].events).not.toContain('unknown')
  }
}

/** A script for a command-line runtime: runs the probe, prints the result as JSON. */
function cliScript() {
  const path = join(workDir, 'cli.mjs')
  writeFileSync(
    path,
    `import { probe } from './probe.bundle.mjs'\nconsole.log(JSON.stringify(await probe(${JSON.stringify(input)})))\n`,
  )
  return path
}
async function runCli(command, args) {
  const { stdout } = await run(command, args, {
    cwd: workDir,
    timeout: runtimeTimeoutMs,
    maxBuffer: 10 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
  })
  return JSON.parse(stdout.trim().split('\n').at(-1))
}

describe('one call and one webhook per vendor, in each runtime', () => {
  it(
    'workerd (miniflare)',
    async () => {
      const worker = `${readFileSync(bundlePath, 'utf8')}\nexport default { async fetch(request) { return Response.json(await probe(await request.json())) } }\n`
      const miniflare = new Miniflare({ modules: true, script: worker, compatibilityDate: '2026-04-01' })
      try {
        const response = await miniflare.dispatchFetch('http://localhost/probe', {
          method: 'POST',
          body: JSON.stringify(input),
        })
        expectEverythingWorked(await response.json())
      } finally {
        await miniflare.dispose()
      }
    },
    runtimeTimeoutMs,
  )

  it(
    'Bun',
    async () => {
      expectEverythingWorked(await runCli('npx', ['--yes', 'bun@1.4.5', cliScript()]))
    },
    runtimeTimeoutMs,
  )

  it(
    'Deno',
    async () => {
      expectEverythingWorked(
        await runCli('npx', ['--yes', 'deno@2.9.6', 'run', '--allow-net', '--allow-env', '--allow-read', cliScript()]),
      )
    },
    runtimeTimeoutMs,
  )

  it.each(['22', '24'])(
    'Node %s',
    async (major) => {
      expectEverythingWorked(await runCli('npx', ['--yes', '-p', `node@${major}`, 'node', cliScript()]))
    },
    runtimeTimeoutMs,
  )
})

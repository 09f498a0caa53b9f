// A local Verdaccio for the release round trip (tests/packages/registry.test.mjs), served
// from the calling process on 127.0.0.1 with the config of verdaccio.yaml beside this file
// and its storage in a temporary folder; and the environment `changeset publish` needs to
// publish to it.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { findFreePort } from '@parley/testing/prism-launcher'
import { runServer } from 'verdaccio'
import { repositoryRoot } from '../lib/vendors.mjs'
import { cleanEnvironment } from './commands.mjs'

// A loaded 2-core machine may take long to answer the first request.
const readyDeadlineMs = 180_000
const pollIntervalMs = 250

/**
 * A Verdaccio serving on 127.0.0.1.
 * @typedef {{ url: string, port: number, close: () => Promise<void> }} LocalRegistry
 */

/**
 * Starts Verdaccio with its config and storage in `workDir`; resolves once it answers its ping.
 * @param {string} workDir
 * @returns {Promise<LocalRegistry>}
 */
export async function startRegistry(workDir) {
  copyFileSync(join(repositoryRoot, 'scripts', 'release', 'verdaccio.yaml'), join(workDir, 'config.yaml'))
  const port = await findFreePort()
  const app = await runServer(join(workDir, 'config.yaml'))
  /** @type {import('node:http').Server} */
  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening))
    listening.once('error', reject)
  })
  const url = `http://127.0.0.1:${port}/`
  const close = () => {
    server.closeAllConnections?.()
    return /** @type {Promise<void>} */ (new Promise((resolve) => server.close(() => resolve())))
  }
  try {
    await waitForPing(url)
  } catch (error) {
    await close()
    throw error
  }
  return { url, port, close }
}

/** @param {string} url */
async function waitForPing(url) {
  const deadline = Date.now() + readyDeadlineMs
  while (!(await fetch(`${url}-/ping`).catch(() => undefined))?.ok) {
    if (Date.now() > deadline) throw new Error(`Verdaccio on ${url} did not answer within ${readyDeadlineMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, pollIntervalMs))
  }
}

/**
 * Creates the registry's one user (the npm login endpoint) and returns its token.
 * @param {Pick<LocalRegistry, 'url'>} registry
 */
export async function createPublisher(registry) {
  const name = 'parley-release'
  const response = await fetch(`${registry.url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `local-${process.pid}-${Date.now()}`, type: 'user', roles: [] }),
  })
  const body = await response.json()
  if (!response.ok || !body.token)
    throw new Error(`could not create the registry user: ${response.status} ${JSON.stringify(body)}`)
  return body.token
}

/**
 * The environment for `changeset publish` to the registry as `token`'s user: only the
 * @parley scope goes there (npx still fetches pnpm as usual), and the `pnpm` that
 * changesets calls is the repository's pinned one, run through npx.
 *
 * @param {string} workDir
 * @param {Pick<LocalRegistry, 'url' | 'port'>} registry
 * @param {string} token
 */
export function publishEnvironment(workDir, registry, token) {
  const npmrc = join(workDir, 'publisher.npmrc')
  writeFileSync(npmrc, `@parley:registry=${registry.url}\n//127.0.0.1:${registry.port}/:_authToken=${token}\n`)
  const binDir = join(workDir, 'bin')
  mkdirSync(binDir, { recursive: true })
  const { packageManager } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'))
  writeFileSync(join(binDir, 'pnpm'), `#!/bin/sh\nexec npx --yes ${packageManager} "$@"\n`)
  chmodSync(join(binDir, 'pnpm'), 0o755)
  return cleanEnvironment({
    PATH: `${binDir}:${process.env.PATH}`,
    npm_config_userconfig: npmrc,
    'npm_config_@parley:registry': registry.url,
  })
}

#!/usr/bin/env node
// `npm start` and `npm test` on a machine that has only Node 20+ and npm: fetch the
// pinned pnpm through npx (no global install, no corepack), install the workspace from
// the lockfile, then run the pnpm script named on the command line.
//
//   node scripts/bootstrap.mjs <script> [args...]
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { constants } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// No imports from the workspace: nothing is installed yet when this runs.
const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const quietToolEnvironment = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  TURBO_TELEMETRY_DISABLED: '1',
  SCARF_ANALYTICS: 'false',
  DO_NOT_TRACK: '1',
}

const [script, ...scriptArguments] = process.argv.slice(2)
if (!script) throw new Error('usage: node scripts/bootstrap.mjs <pnpm script> [args...]')

const { packageManager } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8'))
const environment = { ...process.env, ...quietToolEnvironment, CI: process.env.CI ?? '' }
// npm exports its own settings to scripts; pnpm would read some of them as its own.
for (const name of Object.keys(environment)) if (name.startsWith('npm_config_')) delete environment[name]
// No update notices from npm or pnpm: the versions are pinned on purpose.
environment.npm_config_update_notifier = 'false'

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
function pnpm(...pnpmArguments) {
  const result = spawnSync(npx, ['--yes', packageManager, ...pnpmArguments], {
    cwd: repositoryRoot,
    stdio: 'inherit',
    env: environment,
  })
  if (result.error) throw result.error
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// The script (`npm start` stays up) runs as a child that gets every stop signal this
// process gets, so a SIGTERM to this process alone leaves nothing running.
function pnpmUntilStopped(...pnpmArguments) {
  const child = spawn(npx, ['--yes', packageManager, ...pnpmArguments], {
    cwd: repositoryRoot,
    stdio: 'inherit',
    env: environment,
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    throw error
  })
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)))
}

const lockfile = join(repositoryRoot, 'pnpm-lock.yaml')
pnpm('install', ...(existsSync(lockfile) ? ['--frozen-lockfile'] : []), '--reporter=append-only')
pnpmUntilStopped('run', script, ...scriptArguments)

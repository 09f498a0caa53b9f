#!/usr/bin/env node
// Makes sure Debian's Chromium is installed for the browser test (`pnpm test:browser`).
// Playwright's own browser download does not work here, so the test drives the system
// Chromium; on a fresh machine (CI: no standard input) it is installed with apt-get, once.
//
//   node tests/browser/ensure-chromium.mjs      exits 0 when $CHROMIUM_PATH or /usr/bin/chromium runs
// (also the globalSetup of the vitest browser project: tests/browser/global-setup.mjs)
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function chromiumVersion() {
  if (!existsSync(chromiumPath)) return undefined
  const result = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : undefined
}

/**
 * Runs a command as root (through `sudo -n` when this is not root); throws when it fails.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const asRoot = process.getuid?.() === 0
  const [program, programArguments] = asRoot ? [command, args] : ['sudo', ['-n', command, ...args]]
  console.log(`$ ${[program, ...programArguments].join(' ')}`)
  const result = spawnSync(program, programArguments, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.error || result.status !== 0) {
    throw new Error(
      `Could not install Chromium (${result.error?.message ?? `exit ${result.status}`}). Install Debian's chromium package ` +
        `(apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    )
  }
}

export function ensureChromium() {
  const installed = chromiumVersion()
  if (installed) return installed
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${chromiumPath} does not run`)
  if (!existsSync('/usr/bin/apt-get'))
    throw new Error(
      `${chromiumPath} is missing and there is no apt-get to install it: install Chromium or set CHROMIUM_PATH`,
    )
  console.log(`${chromiumPath} is missing: installing Debian's chromium package (once per machine)...`)
  run('apt-get', ['update'])
  run('apt-get', ['install', '-y', '--no-upgrade', 'chromium'])
  const version = chromiumVersion()
  if (!version) throw new Error(`apt-get installed chromium but ${chromiumPath} does not run`)
  return version
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (isMain) {
  try {
    console.log(`browser: ${ensureChromium()} at ${chromiumPath}`)
  } catch (error) {
    console.error(`browser: ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
}

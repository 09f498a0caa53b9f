// Child processes for the repository-level tests (tests/packages/, tests/node-versions/, tests/docs/),
// and the environment a user's shell would have. Asynchronous on purpose: the registry test serves Verdaccio from the
// test process, which a blocking call would freeze.
import { spawn } from 'node:child_process'
import { repositoryRoot } from '../lib/vendors.mjs'

/**
 * Runs `command ...args` to its end; resolves with its exit code and combined output (a
 * failing command is a result to assert on, not an exception).
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<{ commandLine: string, cwd: string, code: number | NodeJS.Signals | null, output: string }>}
 */
export function run(command, args, { cwd = repositoryRoot, env = commandEnvironment() } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) =>
      resolve({ commandLine: [command, ...args].join(' '), cwd, code: code ?? signal, output }),
    )
  })
}

/** `npm install` of `specs` in `cwd`: quiet, no audit, cached packages preferred. */
export const npmInstall = (/** @type {string[]} */ specs, /** @type {Parameters<typeof run>[2]} */ options) =>
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], options)

/**
 * This process's environment without what the test runner added: pnpm's bin shim for
 * vitest sets NODE_PATH to the workspace's hoisted packages, through which a consumer's
 * `require` would find packages it never installed; vitest adds its VITEST* flags.
 */
export function commandEnvironment() {
  const environment = { ...process.env }
  for (const name of Object.keys(environment))
    if (name === 'NODE_PATH' || /^VITEST(_|$)/.test(name)) delete environment[name]
  return environment
}

/**
 * The environment a user's shell would have: none of the settings npm or pnpm export to scripts.
 * @param {Record<string, string>} [extra]
 * @returns {NodeJS.ProcessEnv}
 */
export function cleanEnvironment(extra = {}) {
  const environment = commandEnvironment()
  for (const name of Object.keys(environment))
    if (/^npm_(config|package|lifecycle)_/i.test(name) || name === 'PNPM_SCRIPT_SRC_DIR') delete environment[name]
  // Applied after the clean-up: `extra` may itself set npm_config_ variables.
  return { ...environment, ...extra }
}

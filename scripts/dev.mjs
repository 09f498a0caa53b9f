#!/usr/bin/env node
// `pnpm dev`: the portal on 127.0.0.1:$PORT (default 4000) with live reload, rebuilt as you
// edit the specs. A save under specs/<vendor>/ lints that vendor, regenerates only its
// `src/generated/`, rebuilds only its package (tsc), rebuilds its Redoc page and the index,
// then reloads the open pages. A failing step is printed plainly and shown on the open
// pages as a banner, and the last good pages stay served until the spec is fixed.
//
//   pnpm dev                  (PORT=4010 pnpm dev for another port)
import { spawn } from 'node:child_process'
import { watch } from 'node:fs'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { buildVendorPage, writePortalIndex } from './docs.mjs'
import { listVendors, quietToolEnvironment, repositoryRoot } from './lib/vendors.mjs'
import { startPortalServer } from './portal/server.mjs'

const port = Number(process.env.PORT ?? 4000)
const docsDir = join(repositoryRoot, 'docs-dist')
const specsDir = join(repositoryRoot, 'specs')
/** Editors write a file in several events (truncate, write, rename): wait for quiet. */
const debounceMs = 150
const require = createRequire(import.meta.url)
const tscBin = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')

const seconds = (/** @type {number} */ milliseconds) => `${(milliseconds / 1000).toFixed(1)} s`
const time = () => new Date().toLocaleTimeString('en-GB')
// Redocly prints a Node 20 notice box on every run; it is noise next to a lint error.
const withoutNoticeBox = (/** @type {string} */ text) =>
  text
    .split('\n')
    .filter((line) => !/^\s*[\u2500-\u257f]/.test(line))
    .filter((line) => !line.includes('--generate-ignore-file'))
    .join('\n')
    .replace(/❌ ?/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
const withoutColors = (/** @type {string} */ text) => stripVTControlCharacters(text)

/** A step that failed, with what it printed (shown on the pages). */
class StepError extends Error {
  /**
   * @param {string} step
   * @param {string} output
   */
  constructor(step, output) {
    super(`${step} failed`)
    this.step = step
    this.output = output
  }
}

/**
 * @param {string} step its name in messages
 * @param {string[]} args node's arguments
 * @returns {Promise<string>} what it printed
 */
function runStep(step, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repositoryRoot,
      env: { ...process.env, ...quietToolEnvironment, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => reject(new StepError(step, error.message)))
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new StepError(step, withoutNoticeBox(withoutColors(output)))),
    )
  })
}

/**
 * lint, then generate -> build beside the docs page (the page needs only the spec), for
 * one vendor; returns the time of each step. The page is built aside and moved in only
 * when every step passed, so a failure leaves the last good page served.
 *
 * @param {import('@parley/codegen').Vendor} vendor
 * @returns {Promise<string[]>}
 */
async function rebuildVendor(vendor) {
  /** @type {string[]} */
  const timings = []
  /** @type {(name: string, work: () => Promise<unknown>) => Promise<void>} */
  const timed = async (name, work) => {
    const started = performance.now()
    await work()
    timings.push(`${name} ${seconds(performance.now() - started)}`)
  }
  await timed('lint', () => runStep('lint', [join(repositoryRoot, 'scripts', 'lint-specs.mjs'), vendor.id]))
  const stagingDir = join(docsDir, '.staging', vendor.id)
  rmSync(stagingDir, { recursive: true, force: true })
  mkdirSync(stagingDir, { recursive: true })
  try {
    const results = await Promise.allSettled([
      (async () => {
        await timed('generate', () => runStep('generate', [join(repositoryRoot, 'scripts', 'generate.mjs'), vendor.id]))
        await timed('build', () =>
          runStep('build (tsc)', [tscBin, '-p', join(vendor.packageDir, 'tsconfig.build.json')]),
        )
      })(),
      timed('docs', () =>
        buildVendorPage(vendor, stagingDir).catch((error) => {
          throw new StepError(
            'docs',
            withoutNoticeBox(withoutColors(error instanceof Error ? error.message : String(error))),
          )
        }),
      ),
    ])
    const failure = results.find((result) => result.status === 'rejected')
    if (failure) throw failure.reason
    renameSync(join(stagingDir, `${vendor.id}.html`), join(docsDir, `${vendor.id}.html`))
    await writePortalIndex(docsDir)
  } finally {
    rmSync(stagingDir, { recursive: true, force: true })
  }
  return timings
}

const unbuilt = ['runtime', ...listVendors().map((vendor) => vendor.id)].filter(
  (id) => !existsSync(join(repositoryRoot, 'packages', id, 'dist')),
)
if (unbuilt.length > 0)
  console.warn(
    `Not built yet: ${unbuilt.join(', ')}. Run \`pnpm build\` once so a spec change can rebuild its package.\n`,
  )

mkdirSync(docsDir, { recursive: true })
console.log('Building the API reference...')
const startupStarted = performance.now()
await Promise.all(listVendors().map((vendor) => buildVendorPage(vendor, docsDir)))
await writePortalIndex(docsDir)
const portal = await startPortalServer({ directory: docsDir, port, liveReload: true })
console.log(
  `\nParley dev portal: ${portal.url}  (built in ${seconds(performance.now() - startupStarted)}, live reload on)`,
)
console.log(
  `Watching ${relative(repositoryRoot, specsDir)}/: a saved spec is linted, regenerated, rebuilt and its page reloaded. Ctrl+C stops.\n`,
)

/**
 * Vendors waiting for a rebuild, with the time of the first change that is not built yet.
 * @type {Map<string, { vendor: import('@parley/codegen').Vendor, firstChange: number, paths: Set<string> }>}
 */
const pending = new Map()
/**
 * Vendors whose last rebuild failed, with the error shown on the pages.
 * @type {Map<string, { title: string, message: string }>}
 */
const failing = new Map()
/** @type {NodeJS.Timeout | undefined} */
let debounceTimer
let building = false

/** @param {string} changedPath relative to specs/ */
function vendorOfPath(changedPath) {
  const [folder] = changedPath.split(sep)
  return listVendors().find((vendor) => relative(specsDir, dirname(vendor.specPath)).split(sep)[0] === folder)
}

/** @param {string | null | undefined} changedPath relative to specs/ */
function onChange(changedPath) {
  if (!changedPath) return
  const vendor = vendorOfPath(changedPath)
  if (!vendor) return
  const change = pending.get(vendor.id) ?? { vendor, firstChange: performance.now(), paths: new Set() }
  pending.set(vendor.id, change)
  change.paths.add(changedPath)
  clearTimeout(debounceTimer)
  debounceTimer = setTimeout(drain, debounceMs)
}

async function drain() {
  if (building) return
  building = true
  try {
    while (pending.size > 0) {
      const [id, change] = /** @type {[string, NonNullable<ReturnType<typeof pending.get>>]} */ (
        pending.entries().next().value
      )
      pending.delete(id)
      const { vendor, firstChange, paths } = change
      console.log(
        `[${time()}] ${[...paths].map((path) => `specs/${path}`).join(', ')} changed: rebuilding ${vendor.id}`,
      )
      try {
        const timings = await rebuildVendor(vendor)
        failing.delete(vendor.id)
        // Another vendor may still be broken: its banner comes back after the reload.
        portal.reload()
        for (const [, shown] of failing) portal.showError(shown.title, shown.message)
        console.log(
          `[${time()}] ${vendor.id}: ${timings.join(', ')}; ${seconds(performance.now() - firstChange)} from save to reloaded pages`,
        )
      } catch (error) {
        if (!(error instanceof StepError)) throw error
        const title = `${vendor.id}: ${error.step} failed`
        failing.set(vendor.id, { title, message: error.output })
        portal.showError(title, error.output)
        console.error(`\n[${time()}] ${title}; the portal keeps serving the last good build.\n\n${error.output}\n`)
      }
    }
  } finally {
    building = false
  }
}

function watchSpecs() {
  try {
    // Recursive watching works on Linux from Node 20 (and natively on macOS and Windows).
    return [watch(specsDir, { recursive: true }, (_event, filename) => onChange(filename && String(filename)))]
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw error
    // Without recursion: one watcher per vendor folder (split specs one level deep).
    return listVendors().map((vendor) => {
      const folder = relative(specsDir, dirname(vendor.specPath))
      return watch(dirname(vendor.specPath), (_event, filename) => filename && onChange(join(folder, String(filename))))
    })
  }
}

const watchers = watchSpecs()
let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  for (const watcher of watchers) watcher.close()
  clearTimeout(debounceTimer)
  await portal.close()
  rmSync(join(docsDir, '.specs'), { recursive: true, force: true })
  rmSync(join(docsDir, '.staging'), { recursive: true, force: true })
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

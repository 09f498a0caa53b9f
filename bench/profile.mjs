#!/usr/bin/env node
// Where a contender's time goes over the stubbed fetch: runs its call in a loop under
// `node --cpu-prof` (in a child process) and prints self time by function and by file.
//
//   node bench/profile.mjs [contender] [get|post] [calls]
//   node bench/profile.mjs Parley get 200000
//
// The profile itself is kept in bench/.peers/profiles/ for Chrome DevTools or speedscope.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { benchDir } from './contenders.mjs'

const isEntry = import.meta.url === pathToFileURL(process.argv[1] ?? '').href
const [contender = 'Parley', kind = 'get', calls = '200000'] = process.argv.slice(2)

if (!isEntry) {
  // Imported for `summarize`.
} else if (process.env.PARLEY_PROFILE_CHILD) {
  const { createStubbedContenders } = await import('./stubbed-fetch.bench.mjs')
  const call = (await createStubbedContenders())[contender][kind]
  for (let index = 0; index < 20_000; index++) await call()
  const total = Number(calls)
  const started = performance.now()
  for (let index = 0; index < total; index++) await call()
  console.log(
    `${contender} ${kind}: ${Math.round(total / ((performance.now() - started) / 1000))} calls/s under the profiler`,
  )
} else {
  const profileDir = join(benchDir, '.peers', 'profiles', `${contender.replace(/\W+/g, '-')}-${kind}`)
  rmSync(profileDir, { recursive: true, force: true })
  mkdirSync(profileDir, { recursive: true })
  execFileSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', profileDir, fileURLToPath(import.meta.url), contender, kind, calls],
    {
      env: { ...process.env, PARLEY_PROFILE_CHILD: '1' },
      stdio: 'inherit',
    },
  )
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))
  const report = summarize(JSON.parse(readFileSync(join(profileDir, file), 'utf8')))
  console.log(`\nself time, top functions (${join(relative(process.cwd(), profileDir), file)}):`)
  for (const row of report.functions.slice(0, 25)) console.log(`${row.share.padStart(6)}  ${row.name}`)
  console.log('\nself time by file:')
  for (const row of report.files.slice(0, 15)) console.log(`${row.share.padStart(6)}  ${row.name}`)
}

/** Self time per function (name, file, line) and per file, as shares of the sampled time. */
export function summarize(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const selfTime = new Map()
  // timeDeltas[i] is the time elapsed before sample i.
  for (const [index, id] of profile.samples.entries())
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0))
  const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0)
  const byFunction = new Map()
  const byFile = new Map()
  for (const [id, time] of selfTime) {
    const { callFrame } = nodes.get(id)
    const file = shortFile(callFrame.url)
    const name =
      `${callFrame.functionName || '(anonymous)'} ${file ? `${file}:${callFrame.lineNumber + 1}` : ''}`.trim()
    byFunction.set(name, (byFunction.get(name) ?? 0) + time)
    const fileKey = file || callFrame.functionName
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + time)
  }
  const rows = (map) =>
    [...map]
      .sort((left, right) => right[1] - left[1])
      .map(([name, time]) => ({ name, share: `${((100 * time) / total).toFixed(1)}%`, fraction: time / total }))
  return { functions: rows(byFunction), files: rows(byFile) }
}

function shortFile(url) {
  if (!url) return ''
  const path = url.replace(/^file:\/\//, '')
  const packages = path.match(/packages\/([^/]+\/(?:dist|src)\/.+)$/)
  if (packages) return packages[1]
  const nodeModules = path.lastIndexOf('node_modules/')
  if (nodeModules >= 0) return path.slice(nodeModules + 'node_modules/'.length)
  if (path.startsWith(benchDir)) return `bench/${relative(benchDir, path)}`
  return path
}

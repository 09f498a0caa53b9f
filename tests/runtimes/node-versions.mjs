#!/usr/bin/env node
// `pnpm test:node-versions`: the package tests of the runtime, one vendor and the facade
// again on Node 22 and 24 (from the npm package `node`, through npx), after the Node 20
// run of `turbo run test`. Kept to three packages to stay inside the CI time budget.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url))
const vitest = join(repositoryRoot, 'node_modules', 'vitest', 'vitest.mjs')
const packages = ['runtime', 'avaamo', 'messaging']
const majors = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['22', '24']

const failures = []
for (const major of majors) {
  for (const name of packages) {
    console.log(`\n== Node ${major}: packages/${name}`)
    const result = spawnSync('npx', ['--yes', '-p', `node@${major}`, 'node', vitest, 'run'], {
      cwd: join(repositoryRoot, 'packages', name),
      stdio: 'inherit',
    })
    if (result.status !== 0) failures.push(`Node ${major} ${name}`)
  }
}
if (failures.length > 0) {
  console.error(`\nFailed: ${failures.join(', ')}`)
  process.exitCode = 1
} else console.log(`\nPackage tests passed on Node ${majors.join(' and ')} (${packages.join(', ')}).`)

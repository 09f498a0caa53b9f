#!/usr/bin/env node
// Lints every spec of redocly.yaml (or the vendors named) with the repository's rules.
// Any error fails the pipeline before generation runs.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { findVendor, listVendors, quietToolEnvironment, repositoryRoot } from './lib/vendors.mjs'

const requestedIds = process.argv.slice(2)
const vendorIds = requestedIds.length > 0 ? requestedIds.map((id) => findVendor(id).id) : listVendors().map((vendor) => vendor.id)
const require = createRequire(import.meta.url)
const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js')
const result = spawnSync(process.execPath, [redoclyBin, 'lint', '--format=stylish', ...vendorIds], {
  cwd: repositoryRoot,
  stdio: 'inherit',
  env: { ...process.env, ...quietToolEnvironment },
})
process.exitCode = result.status ?? 1

#!/usr/bin/env node
// Writes capabilities.json (the matrix the docs portal shows) from the adapters
// themselves. `test/capabilities.test.ts` fails when the committed file is stale.
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const { ALL_CAPABILITIES } = await import(join(packageDir, 'dist', 'index.js'))
const { describeCapabilities } = await import(join(packageDir, 'dist', 'capability-matrix.js'))
const matrix = await describeCapabilities()
writeFileSync(
  join(packageDir, 'capabilities.json'),
  `${JSON.stringify({ operations: ALL_CAPABILITIES, vendors: matrix }, null, 2)}\n`,
)
console.log('wrote capabilities.json')

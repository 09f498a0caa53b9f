#!/usr/bin/env node
// Writes capabilities.json (the matrix and content table the docs portal shows) and the
// README's content table from the adapters themselves. `test/capabilities.test.ts` fails
// when either committed copy is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const { describeCapabilities, contentTableMarkdown, withContentTable } = await import(
  join(packageDir, 'dist', 'capability-matrix.js')
)
const matrix = await describeCapabilities()
writeFileSync(join(packageDir, 'capabilities.json'), `${JSON.stringify(matrix, null, 2)}\n`)
const readmePath = join(packageDir, 'README.md')
writeFileSync(readmePath, withContentTable(readFileSync(readmePath, 'utf8'), contentTableMarkdown(matrix)))
console.log('wrote capabilities.json and the README content table')

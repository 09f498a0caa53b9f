#!/usr/bin/env node
// Regenerates `packages/<vendor>/src/generated/` for every vendor of redocly.yaml, in one
// process, with @parley/codegen's `generate()` (see packages/codegen).
//
//   node scripts/generate.mjs                 all vendors
//   node scripts/generate.mjs khoros-flow     one vendor
//   node scripts/generate.mjs --out <dir>     write to <dir>/<vendor>/
import { parseArgs } from 'node:util'
import { generate } from '@parley/codegen'
import { repositoryRoot } from './lib/vendors.mjs'

const { values: flags, positionals: vendorIds } = parseArgs({
  options: { out: { type: 'string' } },
  allowPositionals: true,
})
const { vendors, seconds } = await generate({ root: repositoryRoot, vendorIds, outDir: flags.out })
if (!flags.out) console.log(`generated ${vendors.join(', ')} in ${seconds.toFixed(2)} s`)

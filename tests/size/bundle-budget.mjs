#!/usr/bin/env node
// The size budget (issue #9): a one-operation browser bundle and the facade with one
// adapter must not grow past their budgets. Sizes are deterministic for a given esbuild
// and Node, so this is a test, not a benchmark. Needs the packages built (`pnpm build`).
import { measureFirstLoad, parleyBundles } from '../../scripts/lib/bundle-size.mjs'

let failed = false
for (const [name, { program, budget, oneFile }] of Object.entries(parleyBundles)) {
  const size = await measureFirstLoad(program, undefined, { oneFile })
  const verdict = size.gzip <= budget ? 'ok  ' : 'OVER'
  if (size.gzip > budget) failed = true
  if (size.nodeOnly.length) {
    failed = true
    console.log(`NODE ${name}: Node-only modules in a browser bundle: ${size.nodeOnly.join(', ')}`)
  }
  console.log(`${verdict} ${name}: ${size.gzip.toLocaleString('en-US')} B gzip (budget ${budget.toLocaleString('en-US')} B; ${size.minified.toLocaleString('en-US')} B minified in ${size.chunks} chunk(s))`)
  if (size.gzip > budget) {
    console.log('     largest modules (minified bytes):')
    for (const [module, bytes] of Object.entries(size.modules).slice(0, 8)) console.log(`       ${String(bytes).padStart(6)}  ${module}`)
  }
}
if (failed) {
  console.error('\nA bundle grew past its budget: find the bytes above (or run `pnpm bench`), or raise the budget in scripts/lib/bundle-size.mjs with the reason.')
  process.exit(1)
}

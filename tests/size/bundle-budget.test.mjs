// The size budget (issues #9 and #20): a one-operation browser bundle, the client factory
// and the facade with one adapter must not grow past their budgets, split or in one file. Sizes are deterministic for a given esbuild
// and Node, so this is a test, not a benchmark. Needs the packages built (`pnpm build`).
// The bundles and their budgets are in scripts/lib/bundle-size.mjs.
import { describe, expect, it } from 'vitest'
import { measureFirstLoad, parleyBundles } from '../../scripts/lib/bundle-size.mjs'

// Each program as an application bundler splits it and as one file (IIFE builds, one-file
// Worker bundles): a lazy import keeps the split first load small and inlines into one file,
// so each has its own budget.
const cases = Object.entries(parleyBundles).flatMap(([name, { program, budget, oneFileBudget }]) => [
  [`${name}, split`, { program, budget, oneFile: false }],
  [`${name}, one file`, { program, budget: oneFileBudget, oneFile: true }],
])

describe('bundle size budgets', () => {
  it.each(cases)('%s stays within its gzip budget', async (name, { program, budget, oneFile }) => {
    const size = await measureFirstLoad(program, undefined, { oneFile })
    const verdict = size.gzip <= budget ? 'ok  ' : 'OVER'
    console.log(
      `${verdict} ${name}: ${size.gzip.toLocaleString('en-US')} B gzip (budget ${budget.toLocaleString('en-US')} B; ${size.minified.toLocaleString('en-US')} B minified in ${size.chunks} chunk(s))`,
    )
    const largest = Object.entries(size.modules)
      .slice(0, 8)
      .map(([module, bytes]) => `       ${String(bytes).padStart(6)}  ${module}`)
      .join('\n')
    expect(
      size.nodeOnly,
      `${name}: Node-only modules in a browser bundle (the Node transport must stay behind the \`node\` condition)`,
    ).toEqual([])
    expect(
      size.gzip,
      `${name} grew past its budget: find the bytes (or run \`pnpm bench\`), or raise the budget in scripts/lib/bundle-size.mjs with the reason.\n     largest modules (minified bytes):\n${largest}`,
    ).toBeLessThanOrEqual(budget)
  })
})

// Scale (issue 17): a synthetic spec of 250 operations (tests/codegen/specs.mjs) through the
// generator, a declaration build with tsc, and an application type-checked against the built
// package, in a scratch workspace. Median of `rounds` runs; the first run warms the disk cache.
//
//   node bench/scale.bench.mjs            250 operations, 3 rounds
//   node bench/scale.bench.mjs --json
import { rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { manyConsumer, manyOperationsSpec } from '../tests/codegen/specs.mjs'
import { buildPackage, generatedWorkspace, typeCheckConsumer } from '../tests/codegen/workspace.mjs'
import { median } from './measure.mjs'

export function runScale({ operations = 250, rounds = 3 } = {}) {
  const samples = { generate: [], build: [], typeCheck: [] }
  for (let round = 0; round <= rounds; round++) {
    const workspace = generatedWorkspace('parley-scale-bench-', [{ id: 'many', spec: manyOperationsSpec(operations) }])
    try {
      const build = buildPackage(workspace.packageDir('many'))
      const typeCheck = typeCheckConsumer(workspace.packageDir('many'), manyConsumer)
      if (round === 0) continue
      samples.generate.push(workspace.generateSeconds)
      samples.build.push(build)
      samples.typeCheck.push(typeCheck)
    } finally {
      rmSync(workspace.root, { recursive: true, force: true })
    }
  }
  return {
    operations,
    rounds,
    generateSeconds: median(samples.generate),
    buildSeconds: median(samples.build),
    typeCheckSeconds: median(samples.typeCheck),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, rounds: { type: 'string' } } })
  const result = runScale({ rounds: values.rounds ? Number(values.rounds) : 3 })
  if (values.json) console.log(JSON.stringify(result, null, 2))
  else {
    console.log(`${result.operations} operations, median of ${result.rounds} runs (node process wall time each):`)
    console.log(`  generate (node scripts/generate.mjs) ${result.generateSeconds.toFixed(2)} s`)
    console.log(`  build (tsc declarations)            ${result.buildSeconds.toFixed(2)} s`)
    console.log(`  consumer type-check (tsc --noEmit)  ${result.typeCheckSeconds.toFixed(2)} s`)
  }
}

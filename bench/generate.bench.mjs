// Regenerating every vendor: one process, all four specs (target: at most 2 s wall).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { benchDir } from './contenders.mjs'
import { median } from './measure.mjs'

export function runGenerate({ rounds = 5 } = {}) {
  const output = mkdtempSync(join(tmpdir(), 'parley-generate-bench-'))
  const wallTimes = []
  try {
    for (let round = 0; round < rounds; round++) {
      const started = performance.now()
      execFileSync(process.execPath, [join(benchDir, '..', 'scripts', 'generate.mjs'), '--out', output], { stdio: 'ignore' })
      wallTimes.push(performance.now() - started)
    }
  } finally {
    rmSync(output, { recursive: true, force: true })
  }
  return { medianSeconds: median(wallTimes) / 1000, rounds }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(runGenerate(), null, 2))

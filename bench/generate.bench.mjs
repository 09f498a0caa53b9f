// Regenerating every vendor (issue #9): one process, all four specs, at most 2 s wall,
// measured as `node scripts/generate.mjs` run from the repository root; and the same
// generator over synthetic workspaces of 4 to 40 vendors (the four specs copied under new
// names) to show that the time grows linearly: seconds per vendor count, a least-squares
// line and its R². Every run really regenerates (no change detection exists to skip work);
// output goes to temporary folders, so the committed `src/generated/` is never touched.
// A warm-up run comes first, so the figures are for a warm disk cache. The generator is
// @parley/codegen as published in the workspace: no bundle, no code cache, no shortcut.
//
//   node bench/generate.bench.mjs             the four vendors, then the curve
//   node bench/generate.bench.mjs --no-curve  the four vendors only
//   node bench/generate.bench.mjs --json      the same, as JSON
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createScratchWorkspace } from '../scripts/lib/scratch-workspace.mjs'
import { benchDir } from './contenders.mjs'
import { median } from './measure.mjs'

const repositoryRoot = join(benchDir, '..')
const targetSeconds = 2
const hasHyperfine = () => spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status === 0
const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`

/** Median wall time of `node scripts/generate.mjs --out <dir>` run in `root`, with hyperfine when it is installed. */
function timeGenerator(root, output, rounds) {
  const outputDir = join(output, 'out')
  if (hasHyperfine()) {
    const report = join(output, 'hyperfine.json')
    const command = `${quote(process.execPath)} scripts/generate.mjs --out ${quote(outputDir)}`
    execFileSync(
      'hyperfine',
      ['--warmup', '1', '--runs', String(rounds), '--export-json', report, '--style', 'none', command],
      { cwd: root, stdio: 'ignore' },
    )
    const [result] = JSON.parse(readFileSync(report, 'utf8')).results
    return { seconds: result.median, runs: result.times.length, tool: 'hyperfine' }
  }
  const wallTimes = []
  for (let round = 0; round < rounds + 1; round++) {
    const started = performance.now()
    execFileSync(process.execPath, ['scripts/generate.mjs', '--out', outputDir], { cwd: root, stdio: 'ignore' })
    if (round > 0) wallTimes.push((performance.now() - started) / 1000)
  }
  return { seconds: median(wallTimes), runs: rounds, tool: 'repeated runs' }
}

/** The four vendors of the repository, median of `rounds` runs after one warm-up. */
export function runGenerate({ rounds = 7 } = {}) {
  const output = mkdtempSync(join(tmpdir(), 'parley-generate-bench-'))
  try {
    return { ...timeGenerator(repositoryRoot, output, rounds), targetSeconds }
  } finally {
    rmSync(output, { recursive: true, force: true })
  }
}

/** A scratch workspace with `count` vendors: the four specs, then copies under new names. */
function syntheticWorkspace(count) {
  const vendors = ['botpress-messaging', 'khoros-flow', 'mehery-xms', 'avaamo']
  const specs = Array.from({ length: count }, (_, index) => {
    const source = vendors[index % vendors.length]
    return {
      id: index < vendors.length ? source : `${source}-copy-${index}`,
      copyFrom: join(repositoryRoot, 'specs', source),
    }
  })
  return createScratchWorkspace(`parley-${count}-vendors-`, specs)
}

/** Wall time against vendor count, with a least-squares line (seconds = intercept + slope * vendors) and its R². */
export function runGenerateCurve({ counts = [4, 8, 16, 24, 32, 40], rounds = 3 } = {}) {
  const points = []
  for (const count of counts) {
    const root = syntheticWorkspace(count)
    try {
      const { seconds } = timeGenerator(root, root, rounds)
      points.push({ vendors: count, seconds, secondsPerVendor: seconds / count })
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  }
  const meanX = points.reduce((sum, point) => sum + point.vendors, 0) / points.length
  const meanY = points.reduce((sum, point) => sum + point.seconds, 0) / points.length
  const covariance = points.reduce((sum, point) => sum + (point.vendors - meanX) * (point.seconds - meanY), 0)
  const variance = points.reduce((sum, point) => sum + (point.vendors - meanX) ** 2, 0)
  const slope = covariance / variance
  const intercept = meanY - slope * meanX
  const residual = points.reduce((sum, point) => sum + (point.seconds - intercept - slope * point.vendors) ** 2, 0)
  const total = points.reduce((sum, point) => sum + (point.seconds - meanY) ** 2, 0)
  return {
    points,
    slopeSecondsPerVendor: slope,
    interceptSeconds: intercept,
    rSquared: 1 - residual / total,
    runsPerPoint: rounds,
  }
}

function printFourVendors(result) {
  const verdict = result.seconds <= result.targetSeconds ? 'meets' : 'misses'
  console.log(
    `four vendors, one process: ${result.seconds.toFixed(2)} s wall (median of ${result.runs}, ${result.tool}); ${verdict} the ${result.targetSeconds} s target`,
  )
}

function printCurve(curve) {
  console.log(`\nvendors  seconds  s/vendor  fitted   (median of ${curve.runsPerPoint} runs per point)`)
  for (const point of curve.points) {
    const fitted = curve.interceptSeconds + curve.slopeSecondsPerVendor * point.vendors
    console.log(
      `${String(point.vendors).padStart(7)}  ${point.seconds.toFixed(2).padStart(7)}  ${point.secondsPerVendor.toFixed(3).padStart(8)}  ${fitted.toFixed(2).padStart(6)}`,
    )
  }
  console.log(
    `fit: seconds = ${curve.interceptSeconds.toFixed(2)} + ${curve.slopeSecondsPerVendor.toFixed(3)} x vendors, R² = ${curve.rSquared.toFixed(4)}`,
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const asJson = process.argv.includes('--json')
  const fourVendors = runGenerate()
  if (!asJson) printFourVendors(fourVendors)
  const curve = process.argv.includes('--no-curve') ? undefined : runGenerateCurve()
  if (asJson) console.log(JSON.stringify({ fourVendors, curve }, null, 2))
  else if (curve) printCurve(curve)
}

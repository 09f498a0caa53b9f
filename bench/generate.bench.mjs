// Regenerating every vendor: one process, all four specs (target: at most 2 s wall), and
// the same generator over synthetic workspaces of 4 to 40 vendors (the four specs copied
// under new names) to show how the time grows. Output goes to temporary folders: the
// committed `src/generated/` is never touched.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { benchDir } from './contenders.mjs'
import { median } from './measure.mjs'

const repositoryRoot = join(benchDir, '..')
const hasHyperfine = () => spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status === 0
const quote = (text) => `'${text.replaceAll("'", "'\\''")}'`

/** Median wall time of `node <script> --out <dir>`, with hyperfine when it is installed. */
function timeGenerator(script, output, rounds) {
  if (hasHyperfine()) {
    const report = join(output, 'hyperfine.json')
    execFileSync('hyperfine', ['--warmup', '1', '--runs', String(rounds), '--export-json', report, '--style', 'none', `${quote(process.execPath)} ${quote(script)} --out ${quote(join(output, 'out'))}`], { stdio: 'ignore' })
    const [result] = JSON.parse(readFileSync(report, 'utf8')).results
    return { seconds: result.median, runs: result.times.length, tool: 'hyperfine' }
  }
  const wallTimes = []
  for (let round = 0; round < rounds + 1; round++) {
    const started = performance.now()
    execFileSync(process.execPath, [script, '--out', join(output, 'out')], { stdio: 'ignore' })
    if (round > 0) wallTimes.push((performance.now() - started) / 1000)
  }
  return { seconds: median(wallTimes), runs: rounds, tool: 'repeated runs' }
}

export function runGenerate({ rounds = 5 } = {}) {
  const output = mkdtempSync(join(tmpdir(), 'parley-generate-bench-'))
  try {
    return timeGenerator(join(repositoryRoot, 'scripts', 'generate.mjs'), output, rounds)
  } finally {
    rmSync(output, { recursive: true, force: true })
  }
}

/** A throw-away workspace with `count` vendors: the repository's scripts and `count` copies of its specs. */
function syntheticWorkspace(count) {
  const root = mkdtempSync(join(tmpdir(), `parley-${count}-vendors-`))
  cpSync(join(repositoryRoot, 'scripts'), join(root, 'scripts'), { recursive: true })
  symlinkSync(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'))
  const vendors = ['botpress-messaging', 'khoros-flow', 'mehery-xms', 'avaamo']
  const apis = []
  for (let index = 0; index < count; index++) {
    const source = vendors[index % vendors.length]
    const id = index < vendors.length ? source : `${source}-copy-${index}`
    cpSync(join(repositoryRoot, 'specs', source), join(root, 'specs', id), { recursive: true })
    apis.push(`  ${id}:\n    root: specs/${id}/openapi.yaml`)
  }
  writeFileSync(join(root, 'redocly.yaml'), `apis:\n${apis.join('\n')}\n`)
  return root
}

/** Wall time against vendor count, with a least-squares line (seconds = intercept + slope * vendors). */
export function runGenerateCurve({ counts = [4, 8, 16, 24, 32, 40], rounds = 1 } = {}) {
  const points = []
  for (const count of counts) {
    const root = syntheticWorkspace(count)
    try {
      points.push({ vendors: count, seconds: timeGenerator(join(root, 'scripts', 'generate.mjs'), root, rounds).seconds })
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
  return { points, slopeSecondsPerVendor: slope, interceptSeconds: intercept, rSquared: 1 - residual / total }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(runGenerate(), null, 2))
  if (process.argv.includes('--curve')) console.log(JSON.stringify(runGenerateCurve(), null, 2))
}

// A no-op run of the whole pipeline (`turbo run lint:specs generate build test` with every
// task cached), wall time of turbo itself: the first run fills the cache, the next ones are
// measured. Started through `pnpm bench`, pnpm is on PATH (turbo needs it to read the
// workspace); `npx -y pnpm ...` would add about 1.6 s of npm start-up that is not turbo's.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { benchDir } from './contenders.mjs'
import { median } from './measure.mjs'

const root = join(benchDir, '..')
const turbo = join(root, 'node_modules', '.bin', 'turbo')
const pipeline = ['run', 'lint:specs', 'generate', 'build', 'test', '--output-logs=none']

export function runNoopTurbo(runs = 5) {
  execFileSync(turbo, pipeline, { cwd: root, stdio: 'ignore' })
  const seconds = []
  let cached = ''
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    const output = execFileSync(turbo, pipeline, { cwd: root, encoding: 'utf8' })
    seconds.push((performance.now() - started) / 1000)
    cached = /Cached:\s+(\d+ cached, \d+ total)/.exec(output)?.[1] ?? cached
  }
  return { seconds: median(seconds), runs, cached }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(runNoopTurbo(), null, 2))

// Calls per second and client CPU time per call when every answer takes 20 ms, as a
// messaging vendor's does (tens to hundreds of ms): the server runs in another process
// (delayed-server.mjs), so `process.cpuUsage()` counts the client's work only. Loopback
// rows (loopback.bench.mjs) show the cost of a call when the network costs nothing; these
// show whether that cost is visible at a realistic latency.
//
//   node delayed.bench.mjs [--delay 20] [--rounds 5]     JSON on stdout
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { benchDir, createNodeContenders } from './contenders.mjs'
import { median } from './measure.mjs'

/** `calls` calls with `concurrency` of them in flight at any time: calls per second and CPU µs per call. */
async function measure(call, calls, concurrency) {
  let started = 0
  const worker = async () => {
    while (started < calls) {
      started++
      await call()
    }
  }
  const cpuBefore = process.cpuUsage()
  const wallBefore = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - wallBefore) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  return { callsPerSecond: calls / seconds, cpuMicrosPerCall: (cpu.user + cpu.system) / calls }
}

function shuffled(items) {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other], copy[index]]
  }
  return copy
}

export async function runDelayed({ delayMs = 20, rounds = 5, concurrency = [1, 32] } = {}) {
  const server = spawn(process.execPath, [join(benchDir, 'delayed-server.mjs'), '--delay', String(delayMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const [firstLine] = await once(server.stdout, 'data')
  const baseUrl = `http://127.0.0.1:${JSON.parse(String(firstLine)).port}`
  const { contenders, close } = createNodeContenders(baseUrl)
  try {
    const rows = {}
    for (const n of concurrency) {
      // About one second per contender and round at 32 in flight, two at one.
      const calls = n === 1 ? 100 : 1600
      for (const kind of ['get', 'post']) {
        const names = Object.keys(contenders)
        for (const name of names) await measure(contenders[name][kind], Math.min(calls, 200), n)
        const samples = Object.fromEntries(names.map((name) => [name, []]))
        for (let round = 0; round < rounds; round++)
          for (const name of shuffled(names)) samples[name].push(await measure(contenders[name][kind], calls, n))
        rows[`${kind} x${n}`] = Object.fromEntries(
          names.map((name) => [
            name,
            {
              callsPerSecond: median(samples[name].map((sample) => sample.callsPerSecond)),
              cpuMicrosPerCall: median(samples[name].map((sample) => sample.cpuMicrosPerCall)),
            },
          ]),
        )
      }
    }
    return { node: process.version, delayMs, rounds, rows }
  } finally {
    close()
    server.stdin.end()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const option = (name, fallback) =>
    process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback
  console.log(
    JSON.stringify(await runDelayed({ delayMs: option('--delay', 20), rounds: option('--rounds', 5) }), null, 2),
  )
}

#!/usr/bin/env node
// `pnpm bench`: every benchmark, one after another (never in parallel: 2 cores), printed
// as the table of bench/README.md, saved to bench/results.json, drawn in bench/chart.svg.
//
//   node run-all.mjs            everything (about 3 minutes)
//   node run-all.mjs --quick    no regeneration curve (about 1 minute)
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cpus } from 'node:os'
import { runBundleBreakdown } from './bundle-breakdown.bench.mjs'
import { runBundleSize } from './bundle-size.bench.mjs'
import { runDelayed } from './delayed.bench.mjs'
import { renderChart } from './chart.mjs'
import { benchDir } from './contenders.mjs'
import { runGenerate, runGenerateCurve } from './generate.bench.mjs'
import { runLoopback, runLoopbackOnNode } from './loopback.bench.mjs'
import { runNoopTurbo } from './noop-turbo.bench.mjs'
import { runScale } from './scale.bench.mjs'
import { runStubbedFetch } from './stubbed-fetch.bench.mjs'
import { runTypecheck } from './typecheck.bench.mjs'

const quick = process.argv.includes('--quick')
const ratio = (value) => value.toFixed(2)
const bytes = (value) => value.toLocaleString('en-US')
const results = { node: process.version, cores: cpus().length, cpu: cpus()[0]?.model, date: new Date().toISOString() }
console.log(`Node ${process.version}, ${results.cores} cores (${results.cpu})\n`)

const step = async (label, run) => {
  const started = performance.now()
  process.stderr.write(`${label}... `)
  const value = await run()
  process.stderr.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`)
  // Saved after every step: a step that fails later loses none of the figures before it.
  writeFileSync(join(benchDir, 'results.partial.json'), `${JSON.stringify({ ...results, [label]: value }, null, 2)}\n`)
  return value
}
results.stubbedFetch = await step('stubbed fetch', () => runStubbedFetch())
results.loopback = await step(`loopback HTTP, Node ${process.version}`, () => runLoopback())
results.loopbackOtherNodes = {}
for (const major of [22, 24])
  results.loopbackOtherNodes[major] = await step(`loopback HTTP, Node ${major}`, () => runLoopbackOnNode(major))
results.delayed = await step('20 ms answers, server in another process', () => runDelayed())
results.bundle = await step('bundle sizes', () => runBundleSize())
results.bundleBreakdown = await step('one-GET bundle with runtime modules taken out', () => runBundleBreakdown())
results.typecheck = await step('consumer type-check', () => runTypecheck())
results.generate = await step('regenerating four vendors', () => runGenerate())
results.noopTurbo = await step('no-op turbo run of the pipeline', () => runNoopTurbo())
if (!quick) results.generateCurve = await step('regeneration curve, 4 to 40 vendors', () => runGenerateCurve())
if (!quick) results.scale = await step('a 250-operation spec: generate, build, consumer type-check', () => runScale())

const names = ['hand-written fetch', 'openapi-fetch 0.17', 'hey-api 0.99 default client', 'Parley']
const rows = [
  [
    'calls/s over a stubbed fetch, GET path+query+header (ratio)',
    ...names.map((name) => ratio(results.stubbedFetch.get[name].ratio)),
    '>= 0.80',
  ],
  [
    'calls/s over a stubbed fetch, POST JSON body (ratio)',
    ...names.map((name) => ratio(results.stubbedFetch.post[name].ratio)),
    '>= 0.80',
  ],
  [
    'one GET operation for the browser, min+gzip, first load (B)',
    ...names.map((name) => bytes(results.bundle[name].gzip)),
    '<= 2,500',
  ],
  ['same, every chunk including lazy ones (B)', ...names.map((name) => bytes(results.bundle[name].allChunksGzip)), ''],
  [
    '`tsc --noEmit` of a consumer, ratio to an untyped consumer',
    '1.00',
    ...names.slice(1).map((name) => ratio(results.typecheck[name].ratio)),
    '<= 1.3',
  ],
]
const table = [
  `| figure | ${names.join(' | ')} | target |`,
  `| --- | ${names.map(() => '---').join(' | ')} | --- |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
]
console.log(table.join('\n'))

// Loopback: every row side by side in one process per Node major, ratios to raw node:http.
const official = 'official @botpress/messaging-client 1.2.1'
const loopbackNames = [
  'hand-written fetch',
  'openapi-fetch 0.17',
  'hey-api 0.99 default client',
  official,
  'Parley, fetch given',
  'Parley',
]
const loopbackTable = [
  `| requests/s over loopback keep-alive, ratio to raw node:http | ${loopbackNames.join(' | ')} | Parley / official | target |`,
  `| --- | ${loopbackNames.map(() => '---').join(' | ')} | --- | --- |`,
]
for (const run of [results.loopback, ...Object.values(results.loopbackOtherNodes)]) {
  for (const [row, figures] of Object.entries(run.rows)) {
    loopbackTable.push(
      `| Node ${run.node}, ${row} | ${loopbackNames.map((name) => ratio(figures[name].ratio)).join(' | ')} | ${ratio(figures.Parley[`ratioTo ${official}`])} | >= 0.85 and >= 1.00 |`,
    )
  }
}
console.log(`\n${loopbackTable.join('\n')}`)

// Answers that take 20 ms, as a vendor's do: calls/s and the client's own CPU time per call.
const delayedNames = ['raw node:http keep-alive', official, 'Parley, fetch given', 'Parley']
const delayedTable = [
  `| ${results.delayed.delayMs} ms answers, Node ${results.delayed.node}: calls/s, client CPU µs per call | ${delayedNames.join(' | ')} |`,
  `| --- | ${delayedNames.map(() => '---').join(' | ')} |`,
]
for (const [row, figures] of Object.entries(results.delayed.rows))
  delayedTable.push(
    `| ${row} | ${delayedNames.map((name) => `${figures[name].callsPerSecond.toFixed(0)} / ${figures[name].cpuMicrosPerCall.toFixed(0)}`).join(' | ')} |`,
  )
console.log(`\n${delayedTable.join('\n')}`)
const bundleNames = ['ky 2.1', 'ofetch 1.5', 'Parley']
console.log(
  `\none GET operation, min+gzip, split / one file (B): ${bundleNames.map((name) => `${name} ${bytes(results.bundle[name].gzip)} / ${bytes(results.bundle[name].oneFileGzip)}`).join('; ')} (target <= 4,000)`,
)
const facade = results.bundle['Parley facade + one adapter']
const deep = names.slice(1).filter((name) => results.typecheck[name].excessivelyDeep)
const failed = names.slice(1).filter((name) => results.typecheck[name].errors)
console.log(
  `\nParley facade + one adapter (avaamo), min+gzip: ${bytes(facade.gzip)} B first load, ${bytes(facade.allChunksGzip)} B every chunk (target <= 6,000)`,
)
const breakdown = results.bundleBreakdown
console.log(
  `one GET operation, first load, min+gzip, with runtime modules taken out (bench/bundle-breakdown.bench.mjs):`,
)
console.log(`  whole: ${bytes(breakdown.whole)} B; lost without each module (its code and what only it imports):`)
for (const { module, buys, gzip } of breakdown.modules) console.log(`    ${module}: ${bytes(gzip)} B  (${buys})`)
console.log(`  the vendor's generated code alone: ${bytes(breakdown.vendorCodeAlone)} B`)
console.log(
  `type-check: "excessively deep" errors: ${deep.length ? deep.join(', ') : 'none'}; consumers with type errors: ${failed.length ? failed.join(', ') : 'none'}`,
)
console.log(
  `regenerating all four vendors, one process: ${results.generate.seconds.toFixed(2)} s wall, median of ${results.generate.runs} (${results.generate.tool}) (target <= 2 s)`,
)
console.log(
  `no-op turbo run of the whole pipeline (lint:specs generate build test, ${results.noopTurbo.cached}): ${results.noopTurbo.seconds.toFixed(2)} s wall, median of ${results.noopTurbo.runs} (target < 1 s)`,
)
if (results.generateCurve) {
  const curve = results.generateCurve
  console.log(
    `regeneration curve: ${curve.points.map((point) => `${point.vendors}: ${point.seconds.toFixed(2)} s`).join(', ')}`,
  )
  console.log(
    `  linear fit ${curve.interceptSeconds.toFixed(2)} s + ${curve.slopeSecondsPerVendor.toFixed(3)} s per vendor, R² ${curve.rSquared.toFixed(3)}`,
  )
}
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(join(benchDir, 'chart.svg'), renderChart(results))
console.log('\nbench/results.json and bench/chart.svg written')

#!/usr/bin/env node
// `pnpm bench`: every benchmark, one after another (never in parallel: 2 cores), printed
// as the table of bench/README.md and saved to bench/results.json.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cpus } from 'node:os'
import { runBundleSize } from './bundle-size.bench.mjs'
import { benchDir } from './contenders.mjs'
import { runGenerate } from './generate.bench.mjs'
import { runLoopback } from './loopback.bench.mjs'
import { runStubbedFetch } from './stubbed-fetch.bench.mjs'
import { runTypecheck } from './typecheck.bench.mjs'

const ratio = (value) => value.toFixed(2)
const results = { node: process.version, cores: cpus().length, date: new Date().toISOString() }
console.log(`Node ${process.version}, ${results.cores} cores\n`)

results.stubbedFetch = await runStubbedFetch()
results.loopback = await runLoopback()
results.bundle = await runBundleSize()
results.typecheck = runTypecheck()
results.generate = runGenerate()

const names = ['hand-written fetch', 'openapi-fetch 0.17', 'hey-api 0.99 default client', 'Parley']
const rows = [
  ['calls/s over a stubbed fetch, GET path+query+header (ratio)', ...names.map((name) => ratio(results.stubbedFetch.get[name].ratio)), '>= 0.80'],
  ['calls/s over a stubbed fetch, POST JSON body (ratio)', ...names.map((name) => ratio(results.stubbedFetch.post[name].ratio)), '>= 0.80'],
  ['requests/s over loopback HTTP keep-alive, GET (ratio)', ...names.map((name) => ratio(results.loopback.get[name].ratio)), '>= 0.90'],
  ['requests/s over loopback HTTP keep-alive, POST (ratio)', ...names.map((name) => ratio(results.loopback.post[name].ratio)), '>= 0.90'],
  ['one GET operation for the browser, min+gzip (B)', ...names.map((name) => String(results.bundle[name].gzip)), '<= 2,500'],
]
console.log(`| figure | ${names.join(' | ')} | target |`)
console.log(`| --- | ${names.map(() => '---').join(' | ')} | --- |`)
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
console.log(`\nfacade + one adapter, min+gzip: ${results.bundle['Parley facade + one adapter'].gzip} B (target <= 6,000)`)
console.log(`tsc --noEmit of a consumer, ratio to untyped: openapi-fetch ${ratio(results.typecheck['openapi-fetch 0.17'].ratio)}, Parley ${ratio(results.typecheck.Parley.ratio)} (target <= 1.3); excessively deep: ${results.typecheck.Parley.excessivelyDeep}`)
console.log(`regenerating all vendors, one process: ${results.generate.medianSeconds.toFixed(2)} s median of ${results.generate.rounds} (target <= 2 s)`)
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)

// bench/chart.svg from bench/results.json: throughput ratios per contender (stubbed fetch and
// loopback, GET and POST, with the targets) and the regeneration curve. Plain SVG, no library.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchDir } from './contenders.mjs'

const colors = {
  'hand-written fetch': '#9e9e9e',
  'openapi-fetch 0.17': '#4e79a7',
  'hey-api 0.99 default client': '#f28e2b',
  'official @botpress/messaging-client 1.2.1': '#e15759',
  'Parley, fetch given': '#a0cf8f',
  Parley: '#59a14f',
}
const escapeXml = (text) =>
  String(text).replace(/[&<>]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character])

/** Bars per group (one per name), a dashed target line per group, a legend; returns the y below it. */
function barChart(parts, { title, names, groups, top, left, barWidth, max = 1.2 }) {
  const groupWidth = names.length * barWidth + 24
  const plotTop = top + 26
  const plotHeight = 200
  const y = (ratio) => plotTop + plotHeight - Math.min(ratio, max) * (plotHeight / max)
  parts.push(`<text x="${left}" y="${top}" font-size="15" font-weight="bold">${escapeXml(title)}</text>`)
  for (let tick = 0; tick <= max + 1e-9; tick += 0.2) {
    parts.push(
      `<line x1="${left}" x2="${left + groups.length * groupWidth + 10}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e0e0e0"/>`,
    )
    parts.push(`<text x="${left - 6}" y="${y(tick) + 4}" font-size="11" text-anchor="end">${tick.toFixed(1)}</text>`)
  }
  groups.forEach(([label, figures, target], groupIndex) => {
    const x0 = left + 14 + groupIndex * groupWidth
    names.forEach((name, index) => {
      const ratio = figures[name]?.ratio ?? 0
      const x = x0 + index * barWidth
      parts.push(
        `<rect x="${x}" y="${y(ratio)}" width="${barWidth - 3}" height="${y(0) - y(ratio)}" fill="${colors[name]}"/>`,
      )
      parts.push(
        `<text x="${x + (barWidth - 3) / 2}" y="${y(ratio) - 4}" font-size="9" text-anchor="middle">${ratio.toFixed(2)}</text>`,
      )
    })
    if (target)
      parts.push(
        `<line x1="${x0 - 5}" x2="${x0 + names.length * barWidth}" y1="${y(target)}" y2="${y(target)}" stroke="#d62728" stroke-dasharray="5,3"/>`,
      )
    for (const [line, text] of String(label).split('\n').entries()) {
      parts.push(
        `<text x="${x0 + (names.length * barWidth) / 2}" y="${y(0) + 15 + line * 13}" font-size="11" text-anchor="middle">${escapeXml(text)}</text>`,
      )
    }
  })
  const legendY = y(0) + 44
  let x = left
  for (const name of names) {
    parts.push(`<rect x="${x}" y="${legendY - 10}" width="12" height="12" fill="${colors[name]}"/>`)
    parts.push(`<text x="${x + 16}" y="${legendY}" font-size="12">${escapeXml(name)}</text>`)
    x += 22 + name.length * 6.6
  }
  parts.push(
    `<line x1="${x}" x2="${x + 14}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="#d62728" stroke-dasharray="5,3"/>`,
  )
  parts.push(`<text x="${x + 18}" y="${legendY}" font-size="12">Parley target</text>`)
  return { bottom: legendY + 20, right: Math.max(x + 110, left + groups.length * groupWidth + 10) }
}

export function renderChart(results) {
  const left = 50
  const parts = []
  const stubbed = barChart(parts, {
    title:
      'Calls per second over a stubbed fetch, ratio to a hand-written fetch call (median of interleaved rounds; higher is better)',
    names: ['hand-written fetch', 'openapi-fetch 0.17', 'hey-api 0.99 default client', 'Parley'],
    groups: [
      ['GET', results.stubbedFetch.get, 0.8],
      ['POST', results.stubbedFetch.post, 0.8],
    ],
    top: 24,
    left,
    barWidth: 30,
  })
  const loopbackRuns = [results.loopback, ...Object.values(results.loopbackOtherNodes ?? {})]
  const loopback = barChart(parts, {
    title: 'Requests per second over loopback HTTP keep-alive, ratio to raw node:http with a keep-alive agent',
    names: ['hand-written fetch', 'official @botpress/messaging-client 1.2.1', 'Parley, fetch given', 'Parley'],
    groups: loopbackRuns.flatMap((run) =>
      Object.entries(run.rows).map(([row, figures]) => [`${run.node.split('.')[0]}\n${row}`, figures, 0.85]),
    ),
    top: stubbed.bottom + 30,
    left,
    barWidth: 17,
    max: 1.6,
  })
  const width = Math.max(900, loopback.right + 20)
  let height = loopback.bottom + 10
  const curve = results.generateCurve
  if (curve) {
    const top = height + 40
    const plotWidth = 520
    const curveHeight = 200
    const maxVendors = Math.max(...curve.points.map((point) => point.vendors))
    const maxSeconds = Math.ceil(Math.max(...curve.points.map((point) => point.seconds)))
    const cx = (vendors) => left + (vendors / maxVendors) * plotWidth
    const cy = (seconds) => top + curveHeight - (seconds / maxSeconds) * curveHeight
    parts.push(
      `<text x="${left}" y="${top - 16}" font-size="15" font-weight="bold">Regenerating N vendors in one process (wall seconds; specs copied under new names; run of 2026-12-01)</text>`,
    )
    for (let tick = 0; tick <= maxSeconds; tick += Math.max(1, Math.ceil(maxSeconds / 6))) {
      parts.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${cy(tick)}" y2="${cy(tick)}" stroke="#e0e0e0"/>`)
      parts.push(`<text x="${left - 6}" y="${cy(tick) + 4}" font-size="11" text-anchor="end">${tick} s</text>`)
    }
    parts.push(
      `<line x1="${cx(0)}" x2="${cx(maxVendors)}" y1="${cy(curve.interceptSeconds)}" y2="${cy(curve.interceptSeconds + curve.slopeSecondsPerVendor * maxVendors)}" stroke="#59a14f" stroke-dasharray="4,3"/>`,
    )
    parts.push(
      `<polyline fill="none" stroke="#59a14f" stroke-width="2" points="${curve.points.map((point) => `${cx(point.vendors)},${cy(point.seconds)}`).join(' ')}"/>`,
    )
    for (const point of curve.points) {
      parts.push(`<circle cx="${cx(point.vendors)}" cy="${cy(point.seconds)}" r="3.5" fill="#59a14f"/>`)
      parts.push(
        `<text x="${cx(point.vendors)}" y="${top + curveHeight + 16}" font-size="11" text-anchor="middle">${point.vendors}</text>`,
      )
    }
    parts.push(
      `<text x="${left + plotWidth / 2}" y="${top + curveHeight + 32}" font-size="12" text-anchor="middle">vendors</text>`,
    )
    parts.push(
      `<text x="${left + plotWidth + 20}" y="${top + 30}" font-size="12">fit: ${curve.interceptSeconds.toFixed(2)} s + ${curve.slopeSecondsPerVendor.toFixed(3)} s per vendor</text>`,
    )
    parts.push(
      `<text x="${left + plotWidth + 20}" y="${top + 48}" font-size="12">R² = ${curve.rSquared.toFixed(3)}</text>`,
    )
    height = top + curveHeight + 50
  }
  parts.push(
    `<text x="${left}" y="${height}" font-size="11" fill="#555">${escapeXml(`Node ${results.node}, ${results.cores} cores, ${results.date.slice(0, 10)}: pnpm bench`)}</text>`,
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 14}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="#fff"/>\n${parts.join('\n')}\n</svg>\n`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync(join(benchDir, 'results.json'), 'utf8'))
  writeFileSync(join(benchDir, 'chart.svg'), renderChart(results))
  console.log('wrote bench/chart.svg')
}

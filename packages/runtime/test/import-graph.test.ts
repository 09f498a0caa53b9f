// The runtime's modules form no import cycle (types included): each step can be read,
// tested and tree-shaken on its own.
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const sourceDir = new URL('../src/', import.meta.url)
const modules = readdirSync(sourceDir).filter((name) => name.endsWith('.ts'))
const importsOf = (name: string): string[] =>
  [...readFileSync(new URL(name, sourceDir), 'utf8').matchAll(/^(?:import|export)[^'"]*from '\.\/([^']+)\.js'/gm)].map(
    (match) => `${match[1]}.ts`,
  )

describe('runtime modules', () => {
  it('import each other without a cycle', () => {
    const cycles: string[] = []
    const visit = (name: string, trail: string[]) => {
      if (trail.includes(name)) return cycles.push([...trail.slice(trail.indexOf(name)), name].join(' -> '))
      for (const next of importsOf(name)) visit(next, [...trail, name])
    }
    for (const name of modules) visit(name, [])
    expect([...new Set(cycles)]).toEqual([])
  })
})

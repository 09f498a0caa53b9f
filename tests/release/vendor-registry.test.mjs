// A vendor is registered once, as an `apis:` entry of redocly.yaml; scripts read that list
// (scripts/lib/vendors.mjs). What cannot derive from it (the facade's adapters and the
// package fields that name them) is checked against it here.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listVendors, repositoryRoot } from '../../scripts/lib/vendors.mjs'

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))
const vendors = listVendors()
const vendorIds = vendors.map((vendor) => vendor.id).sort()
const facadeDir = join(repositoryRoot, 'packages', 'messaging')
const facadeManifest = readJson(join(facadeDir, 'package.json'))
const adapterIds = readdirSync(join(facadeDir, 'src', 'adapters'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort()

describe('the vendor registry (redocly.yaml)', () => {
  it.each(vendors)('$id has its spec and its package', (vendor) => {
    expect(existsSync(vendor.specPath)).toBe(true)
    expect(readJson(join(vendor.packageDir, 'package.json')).name).toBe(vendor.packageName)
  })

  it('every facade adapter is a registered vendor', () => {
    expect(adapterIds.length).toBeGreaterThan(0)
    for (const id of adapterIds) expect(vendorIds).toContain(id)
  })

  it("the facade's subpath exports are its adapters", () => {
    const subpaths = Object.keys(facadeManifest.exports)
      .filter((subpath) => subpath !== '.' && subpath !== './package.json')
      .map((subpath) => subpath.slice(2))
      .sort()
    expect(subpaths).toEqual(adapterIds)
  })

  it('the facade names the package of every adapter, and only those', () => {
    const named = new Set(
      [facadeManifest.dependencies, facadeManifest.peerDependencies]
        .flatMap((dependencies) => Object.keys(dependencies ?? {}))
        .filter((name) => name !== '@parley/runtime' && name.startsWith('@parley/')),
    )
    expect([...named].sort()).toEqual(adapterIds.map((id) => `@parley/${id}`))
  })

  it('the capability table and the capability matrix cover every adapter', () => {
    const capabilities = readJson(join(facadeDir, 'capabilities.json'))
    expect(Object.keys(capabilities.vendors).sort()).toEqual(adapterIds)
    const matrixSource = readFileSync(join(facadeDir, 'src', 'capability-matrix.ts'), 'utf8')
    for (const id of adapterIds) expect(matrixSource).toContain(`./adapters/${id}.js`)
  })
})

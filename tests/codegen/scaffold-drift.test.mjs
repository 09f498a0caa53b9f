// The scaffold is what the four vendors are: each committed vendor's spec goes through
// `new-vendor` again in a scratch workspace, and every file the scaffold writes must equal
// the committed one, except the hand-written extras named below with their reason. A change
// to scripts/templates/vendor-package/ or to a vendor's scaffolded files that is not made on
// both sides fails here.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createScratchWorkspace } from '../../scripts/lib/scratch-workspace.mjs'
import { listVendors, repositoryRoot } from '../../scripts/lib/vendors.mjs'

const templateDir = join(repositoryRoot, 'scripts', 'templates', 'vendor-package')

/** Files a vendor grew beyond its scaffold, by vendor, with why (the rest must be as scaffolded). */
const handWritten = {
  avaamo: {
    'README.md': 'the vendor guide',
    'src/client.ts': "the factory's documentation names the two tokens' operations",
    'src/index.ts': 'exports the paging helper',
    'test/operations.mock.test.ts': "the document's use cases beside the generated sweep",
  },
  'botpress-messaging': {
    'README.md': 'the vendor guide',
    'src/client.ts': "documents the server's base URL and shows examples",
    'src/index.ts': 'exports the webhook handler and payload helper',
    'test/operations.mock.test.ts': 'asserts what each operation answers',
  },
  'khoros-flow': {
    'README.md': 'the vendor guide',
    'src/client.ts': 'types the `sync` overloads',
    'src/index.ts': 'exports the webhook handler, paging and sync types',
    'src/zod.ts': 'checks sync results whole (response-schemas.ts)',
    'test/operations.mock.test.ts': 'asserts what each operation answers',
  },
  'mehery-xms': {
    'README.md': 'the vendor guide',
    'src/client.ts': 'the tenant host options instead of a base URL',
    'src/index.ts': 'exports the webhook handler and tenant helper',
    'test/operations.mock.test.ts': 'asserts what each operation answers',
  },
}
/** package.json fields that are the vendor's prose, not the scaffold's structure. */
const packageProse = ['description', 'keywords']

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

const vendors = listVendors()
let root
const scaffoldOutput = {}

beforeAll(() => {
  root = createScratchWorkspace(
    'parley-scaffold-drift-',
    vendors.map((vendor) => ({ id: vendor.id, copyFrom: dirname(vendor.specPath) })),
    { repositoryRules: true },
  )
  // The rules alone, no vendor: new-vendor adds each one as a user would.
  const redoclyPath = join(root, 'redocly.yaml')
  writeFileSync(redoclyPath, readFileSync(redoclyPath, 'utf8').replace(/^apis:[\s\S]*$/m, 'apis: {}\n'))
  for (const vendor of vendors) {
    const result = spawnSync(process.execPath, ['scripts/new-vendor.mjs', vendor.id, '--no-generate'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    })
    scaffoldOutput[vendor.id] = { status: result.status, output: `${result.stdout}\n${result.stderr}` }
  }
}, 300_000)

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

const templateFiles = filesUnder(templateDir)

describe.each(vendors.map((vendor) => [vendor.id, vendor]))('%s is what the scaffold writes', (id, vendor) => {
  it('scaffolds from its committed spec', () => {
    expect(scaffoldOutput[id].status, scaffoldOutput[id].output).toBe(0)
  })

  it('names only files the scaffold writes as hand-written', () => {
    expect(templateFiles).toEqual(expect.arrayContaining(Object.keys(handWritten[id] ?? {})))
  })

  it.each(templateFiles)('%s', (file) => {
    const committedPath = join(vendor.packageDir, file)
    expect(existsSync(committedPath), `packages/${id}/${file} is missing: the scaffold writes it`).toBe(true)
    if (handWritten[id]?.[file]) return
    const scaffolded = readFileSync(join(root, 'packages', id, file), 'utf8')
    const committed = readFileSync(committedPath, 'utf8')
    if (file === 'package.json') {
      // The vendor's prose is its own, and its extra tests may need more dev dependencies.
      const { devDependencies: committedDev, ...committedRest } = JSON.parse(committed)
      const { devDependencies: scaffoldedDev, ...scaffoldedRest } = JSON.parse(scaffolded)
      for (const field of packageProse) {
        delete committedRest[field]
        delete scaffoldedRest[field]
      }
      expect(committedRest, `packages/${id}/package.json differs from the scaffold's`).toEqual(scaffoldedRest)
      expect(committedDev, `packages/${id}/package.json lacks the scaffold's dev dependencies`).toMatchObject(
        scaffoldedDev,
      )
    } else if (file.endsWith('.json')) {
      expect(JSON.parse(committed), `packages/${id}/${file} differs from the scaffold's`).toEqual(
        JSON.parse(scaffolded),
      )
    } else expect(committed, `packages/${id}/${file} differs from the scaffold's`).toBe(scaffolded)
  })

  it('passes its options to the runtime through createVendorHttpClient, listing none of the common ones', () => {
    const client = readFileSync(join(vendor.packageDir, 'src', 'client.ts'), 'utf8')
    expect(client).toContain('createVendorHttpClient(')
    expect(client).not.toMatch(/\b(timeoutMs|maxRetries|validateResponses|dispatcher)\b/)
  })
})

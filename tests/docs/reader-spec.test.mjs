// The pages' copy of each spec (scripts/lib/reader-spec.mjs): notes about the vendor's
// documents leave the descriptions for the appendix, and nothing else changes.
import { describe, expect, it } from 'vitest'
import { appendixTagName, isProvenance, readerFacingSpec, splitDescription } from '../../scripts/lib/reader-spec.mjs'
import { loadVendorDocument } from '@parley/codegen/spec-source'
import { listVendors } from '../../scripts/lib/vendors.mjs'

/** Every vendor's spec as the pipeline reads it (Swagger 2.0 converted, overlay applied). */
const vendorDocuments = new Map(
  await Promise.all(
    listVendors().map(async (vendor) => [vendor.id, (await loadVendorDocument(vendor, { onNote: () => {} })).document]),
  ),
)

/** Every value under `key` anywhere in the tree, with its path. */
function collect(node, key, path = [], found = []) {
  if (!node || typeof node !== 'object') return found
  for (const [name, value] of Object.entries(node)) {
    if (name === key) found.push([path.concat(name).join('.'), value])
    else if (name !== 'value' && name !== 'example') collect(value, key, path.concat(name), found)
  }
  return found
}

describe.each(listVendors())('the reference page of $id', (vendor) => {
  const spec = vendorDocuments.get(vendor.id)
  const page = readerFacingSpec(spec)
  const decisions = collect(spec, 'x-parley-decision').map(([, text]) => text)
  // A spec with nothing to say about the vendor's documents (a new vendor's, often) has no appendix.
  const appendix = page.tags?.at(-1)?.name === appendixTagName ? page.tags.at(-1) : undefined
  const tagsBeforeAppendix = (appendix ? page.tags.slice(0, -1) : (page.tags ?? [])).map((tag) => tag.name)

  it('ends with the appendix, the last tag, when the spec has decisions', () => {
    if (decisions.length > 0) expect(appendix?.name).toBe(appendixTagName)
    expect(tagsBeforeAppendix).toEqual((spec.tags ?? []).map((tag) => tag.name))
  })

  it('shows no note about the vendor documents outside the appendix', () => {
    const { tags, ...rest } = page
    const shown = [
      ...collect(rest, 'description'),
      ...collect(appendix ? tags.slice(0, -1) : tags, 'description'),
      ...collect(rest, 'summary'),
    ]
    expect(shown.filter(([, text]) => typeof text === 'string' && isProvenance(text))).toEqual([])
  })

  it('lists every x-parley-decision of the spec in the appendix', () => {
    for (const decision of decisions) expect(appendix?.description).toContain(decision)
  })

  it('keeps the overview\'s "Decisions about the vendor documents" in the appendix', () => {
    if (spec.info.description?.includes('## Decisions about the vendor documents'))
      expect(appendix?.description).toContain('## Decisions about the vendor documents')
    expect(page.info.description ?? '').not.toContain('## Decisions')
  })

  it('leaves every example value, operation and schema as the spec has them', () => {
    expect(collect(page, 'value')).toEqual(collect(spec, 'value'))
    expect(Object.keys(page.paths)).toEqual(Object.keys(spec.paths))
    expect(Object.keys(page.components?.schemas ?? {})).toEqual(Object.keys(spec.components?.schemas ?? {}))
    expect(collect(page, 'x-parley-decision')).toEqual(collect(spec, 'x-parley-decision'))
  })

  it('writes server descriptions in plain text (Redoc shows them without Markdown)', () => {
    for (const server of page.servers ?? []) {
      expect(server.description ?? '').not.toMatch(/[`*]/)
      for (const variable of Object.values(server.variables ?? {}))
        expect(variable.description ?? '').not.toMatch(/[`*]/)
    }
  })

  it('gives a union of object schemas the type object (Redoc would label it `any`), and nothing else a type', () => {
    const unions = [...collect(page, 'oneOf'), ...collect(page, 'anyOf')].map(([path]) =>
      path.replace(/\.(oneOf|anyOf)$/, ''),
    )
    const at = (tree, path) => path.split('.').reduce((node, key) => node?.[key], tree)
    const objectUnions = unions.filter((path) => at(page, path).type === 'object' && at(spec, path).type === undefined)
    if (vendor.id === 'botpress-messaging') expect(objectUnions).toContain('components.schemas.MessagePayload')
    for (const path of unions) {
      const [shown, specified] = [at(page, path), at(spec, path)]
      expect((shown.oneOf ?? shown.anyOf).length, path).toBe((specified.oneOf ?? specified.anyOf).length)
      if (specified.type !== undefined) expect(shown.type, path).toEqual(specified.type)
    }
  })
})

describe('splitDescription', () => {
  it('moves the sentences and asides about the documents and keeps the rest', () => {
    const { kept, moved } = splitDescription(
      "Lists the threads. The document's table calls `page` required. Pages start at 1 (the seed document says 0).\n\n- Keep this item.",
    )
    expect(kept).toBe('Lists the threads. Pages start at 1.\n\n- Keep this item.')
    expect(moved).toEqual(['(the seed document says 0)', "The document's table calls `page` required."])
  })
})

describe('splitDescription on lists', () => {
  it('leaves a description without such notes exactly as it is', () => {
    const text = 'Two kinds:\n- text\n- media\n\nThe end.\n'
    expect(splitDescription(text)).toEqual({ kept: text, moved: [] })
  })

  it('moves one list item and keeps the list tight', () => {
    const { kept, moved } = splitDescription(
      "Kinds:\n- text\n- media (the document calls it file)\n- **Slip**: the document's table says `txt`.\n- event",
    )
    expect(kept).toBe('Kinds:\n- text\n- media\n- event')
    expect(moved).toEqual(['(the document calls it file)', "- **Slip**: the document's table says `txt`."])
  })
})

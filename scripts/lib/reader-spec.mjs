// The spec as the reference pages show it to users. The spec itself keeps every decision
// about the vendor's documents (team rule); the pages move that prose, and the notes on
// where the spec comes from, into one appendix at the end of the page, so an operation
// reads as what it does. Nothing is dropped: every moved sentence and every
// `x-parley-decision` is listed in the appendix under the place it came from.

// Named for the reader who needs it: someone comparing this reference with the vendor's
// own documentation. Using the client needs none of it.
export const appendixTagName = "Appendix: for readers of the vendor's own documentation"

/** Prose about the vendor's documents rather than about the API. */
const provenanceMarker =
  /Widdershins|Springfox|seed document|Changed from the document|\bthe document\b|\bdocument's\b|vendor facts|vendor documents?|^Source:|vendor's current reference|\bslips?\b|\b(table|tables|HTTP example|JavaScript example|samples?) (says|say|writes|write|lists|calls|types)\b|\(sic\)|\bwe (model|use|keep|accept|read)\b|\bmodell?ed\b|\bour (example|examples|assumption)\b|not (in|documented in) the document/i

/** `## ` sections of the overview that are about the documents, not the API. */
const provenanceHeading = /decision|vendor doc|provenance|sources?\b/i

/** @typedef {import('@parley/codegen').SpecNode} SpecNode */
/** @typedef {{ text: string, tight: boolean }} MarkdownBlock */

export const isProvenance = (/** @type {string} */ text) => provenanceMarker.test(text.replace(/\s+/g, ' '))

/**
 * Splits Markdown into blocks (paragraphs, list items), keeping fenced code whole.
 * `tight` marks a block that followed the previous one without a blank line (the next
 * item of a list), so that joining them again keeps the list as it was.
 *
 * @param {string} text
 * @returns {MarkdownBlock[]}
 */
function markdownBlocks(text) {
  /** @type {MarkdownBlock[]} */
  const blocks = []
  /** @type {string[]} */
  let current = []
  let tight = false
  let inFence = false
  const flush = (/** @type {boolean} */ nextIsTight) => {
    if (current.length > 0) blocks.push({ text: current.join('\n'), tight })
    current = []
    tight = nextIsTight
  }
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence
    if (!inFence && line.trim() === '') {
      flush(false)
      continue
    }
    // A new list item starts a new block, so one item can move without its neighbours.
    if (!inFence && /^\s*[-*] /.test(line) && current.length > 0) flush(true)
    current.push(line)
  }
  flush(false)
  return blocks
}

const joinBlocks = (/** @type {MarkdownBlock[]} */ blocks) =>
  blocks.map((block, index) => (index === 0 ? '' : block.tight ? '\n' : '\n\n') + block.text).join('')

const sentenceBreak = /(?<=[.!?])\s+(?=[A-Z`*(])/

/**
 * Splits one description into what users read and what goes to the appendix: blocks
 * (or, in plain paragraphs, sentences and parentheticals) that talk about the documents.
 *
 * @param {string} text
 * @returns {{ kept: string, moved: string[] }}
 */
export function splitDescription(text) {
  if (!isProvenance(text)) return { kept: text, moved: [] }
  /** @type {MarkdownBlock[]} */
  const kept = []
  /** @type {string[]} */
  const moved = []
  for (const { text: block, tight } of markdownBlocks(text)) {
    if (!isProvenance(block)) {
      kept.push({ text: block, tight })
      continue
    }
    /** @type {string[]} */
    const parentheticals = []
    const withoutAsides = block.replace(
      /\s*\(([^()]*)\)/g,
      (/** @type {string} */ aside, /** @type {string} */ inner) => {
        if (!isProvenance(inner)) return aside
        parentheticals.push(inner.trim())
        return ''
      },
    )
    // A list item, table, heading or code keeps its shape: only its asides move, or all of it.
    if (/^\s*([-*] |\||#|```|Source:)/.test(block)) {
      if (isProvenance(withoutAsides) || /^\s*Source:/.test(block)) moved.push(block)
      else {
        kept.push({ text: withoutAsides, tight })
        moved.push(...parentheticals.map((aside) => `(${aside})`))
      }
      continue
    }
    const sentences = withoutAsides.replace(/\s*\n\s*/g, ' ').split(sentenceBreak)
    const keptSentences = sentences.filter((sentence) => !isProvenance(sentence))
    const movedSentences = sentences.filter((sentence) => isProvenance(sentence))
    if (keptSentences.length > 0) kept.push({ text: keptSentences.join(' '), tight })
    moved.push(...parentheticals.map((aside) => `(${aside})`), ...movedSentences)
  }
  return { kept: joinBlocks(kept), moved }
}

/** Plain text for places Redoc shows without Markdown (server and variable descriptions). */
export const plainText = (/** @type {unknown} */ text) =>
  String(text)
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*]+)\*/g, '$1$2')

/**
 * Splits the overview: `## ` sections about the documents and provenance paragraphs move.
 * @param {string} text
 * @returns {{ kept: string, moved: string[] }}
 */
function splitOverview(text) {
  const [intro = '', ...sections] = text.split(/^(?=## )/m)
  /** @type {string[]} */
  const kept = []
  /** @type {string[]} */
  const moved = []
  const introParts = splitDescription(intro)
  if (introParts.kept) kept.push(introParts.kept)
  if (introParts.moved.length > 0) moved.push(`## Sources\n\n${introParts.moved.join(' ')}`)
  for (const section of sections) {
    const [heading = ''] = section.split('\n')
    if (provenanceHeading.test(heading)) moved.push(section.trim())
    else {
      const parts = splitDescription(section)
      kept.push(parts.kept)
      if (parts.moved.length > 0) moved.push(`## ${heading.replace(/^##\s*/, '')} (notes)\n\n${parts.moved.join(' ')}`)
    }
  }
  return { kept: kept.join('\n\n'), moved }
}

/** Keys holding example data or values, never prose: left exactly as the spec has them. */
const exampleData = new Set(['example', 'value', 'default', 'const', 'enum', 'x-codeSamples', 'x-parley-decision'])

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/**
 * Where a node sits, as a reader would name it: `sendMessage`, `schema Message.text`.
 * @param {Array<string | number>} path
 * @param {SpecNode} spec
 * @returns {string}
 */
function placeName(path, spec) {
  const [root, ...rest] = path
  if (root === 'components' && rest[0] === 'schemas') {
    const names = rest.slice(1).filter((_key, index, keys) => keys[index - 1] === 'properties' || index === 0)
    return `schema ${names.join('.')}`
  }
  if (root === 'paths' || root === 'webhooks') {
    const methodIndex = rest.findIndex((key) => httpMethods.has(String(key)))
    const operation = methodIndex === -1 ? undefined : spec[root]?.[rest[0] ?? '']?.[rest[methodIndex] ?? '']
    const operationName = String(operation?.operationId ?? rest[0] ?? root)
    const after = rest.slice(methodIndex + 1)
    if (after[0] === 'parameters')
      return `${operationName}, parameter ${operation?.parameters?.[after[1] ?? '']?.name ?? after[1]}`
    if (after[0] === 'requestBody') return `${operationName}, request body`
    if (after[0] === 'responses') return `${operationName}, response ${after[1]}`
    return operationName
  }
  if (root === 'components') return `${String(rest[0]).replace(/s$/, '')} ${rest[1]}`
  if (root === 'tags') return `tag ${spec.tags?.[rest[0] ?? '']?.name ?? rest[0]}`
  return path.join('.')
}

/**
 * The `type` every member of a union has (following local `$ref`s), or undefined.
 * @param {unknown[]} members
 * @param {SpecNode} spec
 * @returns {string | undefined}
 */
function sharedMemberType(members, spec) {
  /** @type {Set<string>} */
  const types = new Set()
  for (const member of members) {
    /** @type {SpecNode | undefined} */
    let schema = /** @type {SpecNode | undefined} */ (member)
    for (let hops = 0; schema?.$ref && hops < 10; hops++) {
      /** @type {string[] | undefined} */
      const path = schema.$ref.startsWith('#/') ? schema.$ref.slice(2).split('/') : undefined
      schema = path?.reduce(
        (/** @type {SpecNode | undefined} */ node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        spec,
      )
    }
    const type = typeof schema?.type === 'string' ? schema.type : schema?.properties ? 'object' : undefined
    if (!type) return undefined
    types.add(type)
  }
  return types.size === 1 ? [...types][0] : undefined
}

/**
 * Redoc labels a union schema without a `type` as `any` (`payload any`). On the page it
 * gets the type all its members share, so it reads `payload object (MessagePayload)` with
 * the members listed below (one of / the discriminator's values).
 *
 * @param {unknown} node
 * @param {SpecNode} spec
 */
function typeUnions(node, spec) {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const item of node) typeUnions(item, spec)
    return
  }
  const schema = /** @type {SpecNode} */ (node)
  const members = schema.oneOf ?? schema.anyOf
  if (Array.isArray(members) && schema.type === undefined) {
    const type = sharedMemberType(members, spec)
    if (type) schema.type = type
  }
  for (const [key, value] of Object.entries(node))
    if (!exampleData.has(key) && key !== 'examples') typeUnions(value, spec)
}

/**
 * A copy of the spec for the pages: provenance prose and decisions moved to a last tag,
 * the appendix (Redoc renders a tag without operations as a section of its own, after
 * the others); server descriptions in plain text; unions typed by their members.
 *
 * @param {SpecNode} spec
 * @returns {SpecNode}
 */
export function readerFacingSpec(spec) {
  const copy = structuredClone(spec)
  /** @type {Map<string, string[]>} */
  const notes = new Map()
  const note = (/** @type {string} */ place, /** @type {string} */ text) =>
    notes.set(place, [...(notes.get(place) ?? []), text])

  /** @type {(value: unknown, path: Array<string | number>) => void} */
  const visit = (value, path) => {
    if (!value || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, index])
      return
    }
    const node = /** @type {SpecNode} */ (value)
    /** @type {string[]} */
    const movedHere = []
    if (typeof node.description === 'string') {
      const { kept, moved } = splitDescription(node.description)
      movedHere.push(...moved)
      if (kept) node.description = kept
      else delete node.description
    }
    if (typeof node.summary === 'string' && path.includes('examples') && isProvenance(node.summary)) {
      const { kept, moved } = splitDescription(node.summary)
      movedHere.push(`Example "${kept || path.at(-1)}": ${moved.join(' ')}`)
      node.summary = kept || 'Example'
    }
    const decision = node['x-parley-decision']
    if (typeof decision === 'string' && !movedHere.some((text) => text.includes(decision)))
      movedHere.push(`Decision: ${decision}`)
    if (movedHere.length > 0) note(placeName(path, copy), movedHere.join(' '))
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== 'object' || exampleData.has(key) || (key === 'examples' && Array.isArray(value))) continue
      visit(value, [...path, key])
    }
  }

  for (const section of ['paths', 'webhooks', 'components']) typeUnions(copy[section], copy)
  const overview = copy.info?.description ? splitOverview(copy.info.description) : { kept: '', moved: [] }
  if (copy.info) copy.info.description = overview.kept
  for (const section of ['paths', 'webhooks', 'components', 'tags']) visit(copy[section], [section])
  // The spec's own extensions (`x-parley-request-id`, ...) may carry a decision too.
  for (const [key, value] of Object.entries(copy.info ?? {}))
    if (key.startsWith('x-') && value && typeof value === 'object') visit(value, ['info', key])
  for (const [index, server] of (copy.servers ?? []).entries()) {
    if (server.description) {
      const { kept, moved } = splitDescription(server.description)
      if (moved.length > 0) note(`server ${index + 1}`, moved.join(' '))
      server.description = plainText(kept)
    }
    for (const variable of /** @type {SpecNode[]} */ (Object.values(server.variables ?? {})))
      if (variable.description) variable.description = plainText(variable.description)
  }

  const noteList = [...notes].map(([place, texts]) => `- **${place}**: ${texts.join(' ')}`).join('\n')
  const appendix = [
    "You do not need this section to use the client. It is for readers who compare this reference with the vendor's own documentation: where that documentation is silent, contradicts itself or slips, and what this reference and the client do there instead.",
    ...overview.moved,
    noteList ? `## Notes by operation and schema\n\n${noteList}` : '',
  ]
    .filter(Boolean)
    .join('\n\n')
  if (overview.moved.length > 0 || noteList)
    copy.tags = [...(copy.tags ?? []), { name: appendixTagName, description: appendix }]
  return copy
}

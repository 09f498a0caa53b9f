// Local JSON Pointers (`#/components/schemas/Thing`) as specs write them in `$ref`s. A
// `$ref` is a URI, so its fragment may be percent-encoded (`~1customers~1%7Baccount%7D` for
// the path `/customers/{account}`): each key is percent-decoded, then `~1` and `~0` unescaped.

/**
 * A node of a parsed spec document: YAML or JSON of any shape, read by key. The specs are
 * linted before the generator reads them, and what it relies on is checked where it is read.
 * @typedef {{ [key: string]: any }} SpecNode
 */

/**
 * One key of a pointer as the document spells it.
 * @param {string} encoded
 */
function pointerKey(encoded) {
  let key = encoded
  try {
    key = decodeURIComponent(encoded)
  } catch {
    // A bare `%` that is no escape: the key is meant as written.
  }
  return key.replaceAll('~1', '/').replaceAll('~0', '~')
}

/** A key as a pointer writes it (`/` and `~` escaped): `#/paths/${escapePointerKey('/messages')}`. */
export const escapePointerKey = (/** @type {string | number} */ key) =>
  String(key).replaceAll('~', '~0').replaceAll('/', '~1')

/**
 * The node `pointer` (`#/a/b`) names in `document`, or undefined.
 * @param {unknown} document
 * @param {string} pointer
 * @returns {unknown}
 */
export function resolvePointer(document, pointer) {
  return pointer
    .slice(2)
    .split('/')
    .reduce(
      (/** @type {unknown} */ node, key) =>
        node !== null && typeof node === 'object' ? /** @type {SpecNode} */ (node)[pointerKey(key)] : undefined,
      document,
    )
}

/**
 * Follows local `$ref`s to the node they point to (at most 20 hops: a cycle stops there). A
 * reference to another file is returned as it is; the caller decides what that means.
 * @param {unknown} document
 * @param {unknown} value a spec node or a reference to one
 * @returns {SpecNode | undefined} undefined when `value` or its target is not an object
 */
export function resolveReference(document, value) {
  let current = value
  for (let depth = 0; isSpecNode(current) && typeof current.$ref === 'string' && depth < 20; depth++) {
    if (!current.$ref.startsWith('#/')) return current
    current = resolvePointer(document, current.$ref)
  }
  return isSpecNode(current) ? current : undefined
}

/**
 * @param {unknown} value
 * @returns {value is SpecNode}
 */
export const isSpecNode = (value) => value !== null && typeof value === 'object'

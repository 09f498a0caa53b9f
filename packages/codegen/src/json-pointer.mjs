// Local JSON Pointers (`#/components/schemas/Thing`) as specs write them in `$ref`s. A
// `$ref` is a URI, so its fragment may be percent-encoded (`~1customers~1%7Baccount%7D` for
// the path `/customers/{account}`): each key is percent-decoded, then `~1` and `~0` unescaped.

/** One key of a pointer as the document spells it. */
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
export const escapePointerKey = (key) => String(key).replaceAll('~', '~0').replaceAll('/', '~1')

/** The node `pointer` (`#/a/b`) names in `document`, or undefined. */
export function resolvePointer(document, pointer) {
  return pointer
    .slice(2)
    .split('/')
    .reduce((node, key) => node?.[pointerKey(key)], document)
}

/**
 * Follows local `$ref`s to the node they point to (at most 20 hops: a cycle stops there). A
 * reference to another file is returned as it is; the caller decides what that means.
 */
export function resolveReference(document, value) {
  let current = value
  for (let depth = 0; current && typeof current.$ref === 'string' && depth < 20; depth++) {
    if (!current.$ref.startsWith('#/')) return current
    current = resolvePointer(document, current.$ref)
  }
  return current
}

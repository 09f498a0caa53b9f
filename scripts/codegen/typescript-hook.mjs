// Module resolve hook (registered by scripts/codegen/tools.mjs): hey-api's ES modules
// `import ts from 'typescript'`. TypeScript is a 9 MB CommonJS file, and importing CommonJS
// from an ES module costs Node 20 two extra passes over it: module-syntax detection
// (typescript's package.json has no "type") and the export-name lexer. Together that is
// about 300 ms, measured, on top of compiling it. Resolving the import to a two-line ES
// module that `require`s the very file Node would have loaded skips both passes and lets
// the CommonJS compile cache (compile-cache.mjs) serve the compile. Only the default
// export is provided: hey-api and openapi-typescript use nothing else (a named import
// would fail loudly at link time, never silently).
import { fileURLToPath } from 'node:url'

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  if (specifier !== 'typescript' || !resolved.url.startsWith('file:')) return resolved
  const filename = JSON.stringify(fileURLToPath(resolved.url))
  const source = `import { createRequire } from 'node:module'\nexport default createRequire(${filename})(${filename})\n`
  return { url: `data:text/javascript,${encodeURIComponent(source)}`, format: 'module', shortCircuit: true }
}

// A V8 code cache for the big CommonJS modules the generators load (typescript.js alone is
// 9 MB, about 160 ms to compile on every run). Node 20 has no `module.enableCompileCache`,
// so this hooks `Module.prototype._compile` the way `v8-compile-cache` does, with three
// differences that the measurements asked for:
//   - only CommonJS under node_modules is cached; anything the hook cannot compile as a
//     CommonJS wrapper (an ES module reached through `require`, which Node 20.19+ loads
//     with require(esm)) goes to Node's own `_compile` untouched;
//   - the cache is written once, at exit, after the run, so it holds every function the
//     generators compiled lazily (printer, factory, parser), not only the top level;
//   - an entry is keyed by a hash of the source, so an upgraded package never meets a
//     stale cache, and a cache V8 rejects (another Node or V8 flags) is rewritten.
// Entries live in node_modules/.cache/parley-codegen/<node version>/ (git-ignored; a fresh
// clone compiles as usual and writes them on its first run). Any failure to read or write
// the cache only costs time. `PARLEY_COMPILE_CACHE=0` turns it off.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import Module from 'node:module'
import { dirname, join, sep } from 'node:path'
import vm from 'node:vm'

const nodeModules = `${sep}node_modules${sep}`

/** @param {string} cacheRoot folder for this cache (one sub-folder per Node version and architecture) */
export function installCompileCache(cacheRoot) {
  if (process.env.PARLEY_COMPILE_CACHE === '0') return
  const cacheDir = join(cacheRoot, `${process.version}-${process.arch}`)
  const originalCompile = Module.prototype._compile
  /** Scripts compiled without a usable cache entry: their cache is written at exit. */
  const toWrite = []

  Module.prototype._compile = function compileWithCache(content, filename, format) {
    // `format` (Node 20.19+) is 'module' when Node already knows the file is an ES module.
    if (!filename.includes(nodeModules) || (format !== undefined && format !== 'commonjs')) return originalCompile.apply(this, arguments)
    const key = createHash('sha1').update(content).digest('hex')
    const entryPath = join(cacheDir, `${key}.bin`)
    let cachedData
    try {
      cachedData = readFileSync(entryPath)
    } catch {}
    let script
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData, importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER })
    } catch (error) {
      // Not a CommonJS body (ESM syntax reached through require): Node decides what it is.
      if (error instanceof SyntaxError) return originalCompile.apply(this, arguments)
      throw error
    }
    if (cachedData === undefined || script.cachedDataRejected) toWrite.push({ script, entryPath })
    const wrapper = script.runInThisContext({ displayErrors: true })
    const module = this
    const require = makeRequire(module)
    return wrapper.call(module.exports, module.exports, require, module, filename, dirname(filename))
  }

  process.once('exit', () => {
    Module.prototype._compile = originalCompile
    if (toWrite.length === 0) return
    try {
      mkdirSync(cacheDir, { recursive: true })
      for (const { script, entryPath } of toWrite) {
        writeFileAtomically(entryPath, script.createCachedData())
      }
    } catch {}
  })
}

/**
 * Writes under a unique name, then renames: turbo runs several generators at once, and a
 * reader must never see half a cache file.
 */
export function writeFileAtomically(path, contents) {
  const partial = `${path}.${process.pid}.tmp`
  writeFileSync(partial, contents)
  renameSync(partial, path)
}

/** What Node passes a CommonJS module as `require` (lib/internal/modules/helpers.js). */
function makeRequire(module) {
  const require = (id) => module.require(id)
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options)
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, module)
  require.main = process.mainModule
  require.extensions = Module._extensions
  require.cache = Module._cache
  return require
}

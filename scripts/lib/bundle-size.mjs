// What a browser page loads to make a call with Parley, bundled as an application bundler
// does (esbuild: ESM, minified, code splitting): the entry chunk and every chunk it imports
// statically, each gzipped on its own (each is a file on the wire). Lazy chunks (zod and
// the response checker, loaded only with `validateResponses`) are reported apart.
// Shared by the size budget (`pnpm test:size`, part of `npm test`) and `pnpm bench`.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** The bench workspace: it depends on every package these programs import. */
export const bundleResolveDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench')

/** The Parley programs the budget holds, with their budgets in gzip bytes (split, and one file). */
export const parleyBundles = {
  'one GET operation (Botpress Messaging getUser, runtime included)': {
    program: `import { getUser, createBotpressMessagingHttpClient } from '@parley/botpress-messaging'\nconst client = createBotpressMessagingHttpClient({ baseUrl: 'https://messaging.example.com', clientId: 'i', clientToken: 't' })\nexport const run = (id) => getUser({ client, path: { id } })`,
    // What is reached, with a little room, so that growth fails `npm test`. The Node
    // transport, the form and multipart encoders, the query styles other than the default,
    // the credential kinds other than a header API key and the observer (loaded with the
    // first observed call) come only with what uses them. The history of these figures and
    // what each step cost are in bench/README.md ("Size budget history").
    budget: 8_580,
    oneFileBudget: 9_420,
  },
  'client factory with every operation (Botpress Messaging)': {
    program: `import { createBotpressMessagingClient } from '@parley/botpress-messaging'\nexport const connect = (options) => createBotpressMessagingClient(options)`,
    // Every operation of the vendor; the zod schemas stay out (the response checker is an
    // import the application makes). Figures: bench/README.md ("Size budget history").
    budget: 9_590,
    oneFileBudget: 10_280,
  },
  'facade (@parley/messaging) with one adapter (avaamo)': {
    program: `import { createMessaging } from '@parley/messaging'\nimport { avaamo } from '@parley/messaging/avaamo'\nexport const chat = (options) => createMessaging(avaamo(options))`,
    // The content model (every kind Avaamo carries, history parsed back into content,
    // limits checked before sending) and the several-vendor bot. Figures: bench/README.md
    // ("Size budget history").
    budget: 11_795,
    oneFileBudget: 12_470,
  },
}

const gzipBytes = (/** @type {Uint8Array} */ contents) => gzipSync(contents, { level: 9 }).length

/**
 * Sizes of what a page loads first for `program`, and where the bytes come from. `plugins`
 * are esbuild plugins (the bench's size breakdown swaps runtime modules for stubs).
 *
 * @param {string} program
 * @param {string} [resolveDir]
 * @param {{ plugins?: import('esbuild').Plugin[], oneFile?: boolean }} [options]
 */
export async function measureFirstLoad(program, resolveDir = bundleResolveDir, { plugins = [], oneFile = false } = {}) {
  const result = await build({
    stdin: { contents: program, resolveDir, loader: 'js' },
    // Chunk names hash paths relative to the working directory: fix it, so every caller
    // (the budget from the root, the bench from bench/) measures the same bytes.
    absWorkingDir: resolveDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: !oneFile,
    outdir: join(resolveDir, '.peers', 'bundle'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  })
  const outputs = result.metafile.outputs
  // The Node transport (undici, node: built-ins) must never reach a browser bundle.
  const nodeOnly = Object.keys(result.metafile.inputs).filter((input) =>
    /(^|\/)(undici|transport-node)|^node:/.test(input),
  )
  const entryPath = Object.keys(outputs).find((path) => path.endsWith('stdin.js'))
  if (entryPath === undefined) throw new Error('esbuild wrote no stdin.js for the program')
  /** @type {Set<string>} */
  const firstLoad = new Set()
  const outputOf = (/** @type {string} */ path) => {
    const output = outputs[path]
    if (!output) throw new Error(`esbuild's metafile has no output ${path}`)
    return output
  }
  const visit = (/** @type {string} */ path) => {
    if (firstLoad.has(path)) return
    firstLoad.add(path)
    for (const imported of outputOf(path).imports) if (imported.kind === 'import-statement') visit(imported.path)
  }
  visit(entryPath)
  const contentsOf = (/** @type {string} */ path) => {
    const file = result.outputFiles.find((candidate) => candidate.path.endsWith(path.replace(/^.*\//, '/')))
    if (!file) throw new Error(`esbuild wrote no file for ${path}`)
    return file.contents
  }
  const firstLoadContents = [...firstLoad].map(contentsOf)
  /** @type {Record<string, number>} */
  const moduleBytes = {}
  for (const path of firstLoad) {
    for (const [input, { bytesInOutput }] of Object.entries(outputOf(path).inputs)) {
      const module = input.replace(/^.*node_modules\//, '').replace(/^\.\.\/packages\//, '')
      if (bytesInOutput > 0) moduleBytes[module] = (moduleBytes[module] ?? 0) + bytesInOutput
    }
  }
  return {
    minified: firstLoadContents.reduce((sum, contents) => sum + contents.length, 0),
    gzip: firstLoadContents.reduce((sum, contents) => sum + gzipBytes(contents), 0),
    chunks: firstLoad.size,
    allChunksGzip: result.outputFiles
      .filter((file) => file.path.endsWith('.js'))
      .reduce((sum, file) => sum + gzipBytes(file.contents), 0),
    modules: Object.fromEntries(Object.entries(moduleBytes).sort((left, right) => right[1] - left[1])),
    nodeOnly,
  }
}

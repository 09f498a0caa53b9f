// One GET operation bundled for the browser (esbuild, minified, ESM, code splitting as an
// application bundler does), gzip size of what the page loads first: the entry chunk and
// the chunks it imports statically.
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import { build } from 'esbuild'
import { benchDir, ensureHeyApiPeer } from './contenders.mjs'

const programs = {
  'hand-written fetch': `export const run = async (id) => { const response = await fetch('https://messaging.example.com/api/v1/users/' + encodeURIComponent(id), { headers: { 'x-bp-messaging-client-id': 'i', 'x-bp-messaging-client-token': 't' } }); if (!response.ok) throw new Error('HTTP ' + response.status); return response.json() }`,
  'openapi-fetch 0.17': `import createClient from 'openapi-fetch'\nconst client = createClient({ baseUrl: 'https://messaging.example.com', headers: { 'x-bp-messaging-client-id': 'i', 'x-bp-messaging-client-token': 't' } })\nexport const run = (id) => client.GET('/api/v1/users/{id}', { params: { path: { id } } })`,
  'hey-api 0.99 default client': () => {
    const peer = ensureHeyApiPeer()
    return `import { getUser } from '${join(peer, 'sdk.gen.js')}'\nimport { client } from '${join(peer, 'client.gen.js')}'\nclient.setConfig({ baseUrl: 'https://messaging.example.com', auth: () => 't' })\nexport const run = (id) => getUser({ path: { id } })`
  },
  Parley: `import { getUser, createBotpressMessagingHttpClient } from '@parley/botpress-messaging'\nconst client = createBotpressMessagingHttpClient({ baseUrl: 'https://messaging.example.com', clientId: 'i', clientToken: 't' })\nexport const run = (id) => getUser({ client, path: { id } })`,
  'Parley facade + one adapter': `import { createMessaging } from '@parley/messaging'\nimport { avaamo } from '@parley/messaging/avaamo'\nexport const chat = (options) => createMessaging(avaamo(options))`,
}

export async function runBundleSize() {
  const sizes = {}
  for (const [name, program] of Object.entries(programs)) {
    const result = await build({
      stdin: { contents: typeof program === 'function' ? program() : program, resolveDir: benchDir, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      splitting: true,
      outdir: join(benchDir, '.peers', 'bundle'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    })
    const gzip = (contents) => gzipSync(contents, { level: 9 }).length
    // What the page loads first: the entry chunk and every chunk it imports statically
    // (shared chunks included); lazy chunks (zod, the validator) only with validateResponses.
    const outputs = result.metafile.outputs
    const entryPath = Object.keys(outputs).find((path) => path.endsWith('stdin.js'))
    const firstLoad = new Set()
    const visit = (path) => {
      if (firstLoad.has(path)) return
      firstLoad.add(path)
      for (const imported of outputs[path].imports) if (imported.kind === 'import-statement') visit(imported.path)
    }
    visit(entryPath)
    const fileOf = (path) => result.outputFiles.find((file) => file.path.endsWith(path.replace(/^.*\//, '/')))
    const firstLoadContents = [...firstLoad].map((path) => fileOf(path).contents)
    // Minified bytes each source module puts into the first load: where the bytes go.
    const moduleBytes = {}
    for (const path of firstLoad) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
        const module = input.replace(/^.*node_modules\//, '').replace(/^\.\.\/packages\//, '')
        if (bytesInOutput > 0) moduleBytes[module] = (moduleBytes[module] ?? 0) + bytesInOutput
      }
    }
    const modules = Object.entries(moduleBytes).sort((left, right) => right[1] - left[1])
    sizes[name] = {
      minified: firstLoadContents.reduce((sum, contents) => sum + contents.length, 0),
      // Each chunk is a separate file on the wire, gzipped on its own.
      gzip: firstLoadContents.reduce((sum, contents) => sum + gzip(contents), 0),
      chunks: firstLoad.size,
      // Lazy chunks (zod, loaded only with validateResponses) included.
      allChunksGzip: result.outputFiles.filter((file) => file.path.endsWith('.js')).reduce((sum, file) => sum + gzip(file.contents), 0),
      modules: Object.fromEntries(modules),
    }
  }
  return sizes
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runBundleSize(), null, 2))

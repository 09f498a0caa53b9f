// One GET operation bundled for the browser (esbuild, minified, ESM, code splitting as an
// application bundler does), gzip size of what the page loads first.
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
      logLevel: 'silent',
    })
    const entry = result.outputFiles.find((file) => file.path.endsWith('stdin.js'))
    sizes[name] = { minified: entry.contents.length, gzip: gzipSync(entry.contents, { level: 9 }).length }
  }
  return sizes
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runBundleSize(), null, 2))

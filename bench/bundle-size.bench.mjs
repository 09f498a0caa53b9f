// One GET operation bundled for the browser (esbuild, minified, ESM, code splitting as an
// application bundler does), gzip size of what the page loads first: the entry chunk and
// the chunks it imports statically. Parley's programs and the measurement are the size
// budget's (scripts/lib/bundle-size.mjs, `pnpm test:size`), so the two never disagree.
import { join } from 'node:path'
import { measureFirstLoad, parleyBundles } from '../scripts/lib/bundle-size.mjs'
import { benchDir, ensureHeyApiPeer } from './contenders.mjs'

const {
  'one GET operation (Botpress Messaging getUser, runtime included)': oneOperation,
  'facade (@parley/messaging) with one adapter (avaamo)': facade,
} = parleyBundles

const programs = {
  'hand-written fetch': `export const run = async (id) => { const response = await fetch('https://messaging.example.com/api/v1/users/' + encodeURIComponent(id), { headers: { 'x-bp-messaging-client-id': 'i', 'x-bp-messaging-client-token': 't' } }); if (!response.ok) throw new Error('HTTP ' + response.status); return response.json() }`,
  'openapi-fetch 0.17': `import createClient from 'openapi-fetch'\nconst client = createClient({ baseUrl: 'https://messaging.example.com', headers: { 'x-bp-messaging-client-id': 'i', 'x-bp-messaging-client-token': 't' } })\nexport const run = (id) => client.GET('/api/v1/users/{id}', { params: { path: { id } } })`,
  'hey-api 0.99 default client': () => {
    const peer = ensureHeyApiPeer()
    return `import { getUser } from '${join(peer, 'sdk.gen.js')}'\nimport { client } from '${join(peer, 'client.gen.js')}'\nclient.setConfig({ baseUrl: 'https://messaging.example.com', auth: () => 't' })\nexport const run = (id) => getUser({ path: { id } })`
  },
  // Fetch wrappers with retries and typed HTTP errors, the same call.
  'ky 2.1': `import ky from 'ky'\nconst api = ky.create({ prefixUrl: 'https://messaging.example.com', headers: { 'x-bp-messaging-client-id': 'i', 'x-bp-messaging-client-token': 't' } })\nexport const run = (id) => api.get('api/v1/users/' + encodeURIComponent(id)).json()`,
  'ofetch 1.5': `import { ofetch } from 'ofetch'\nconst api = ofetch.create({ baseURL: 'https://messaging.example.com', headers: { 'x-bp-messaging-client-id': 'i', 'x-bp-messaging-client-token': 't' } })\nexport const run = (id) => api('/api/v1/users/' + encodeURIComponent(id))`,
  Parley: oneOperation.program,
  'Parley facade + one adapter': facade.program,
}

/** The same programs in one file (IIFE builds, one-file Worker bundles). */
const oneFilePrograms = ['ky 2.1', 'ofetch 1.5', 'Parley']

export async function runBundleSize() {
  const sizes = {}
  for (const [name, program] of Object.entries(programs)) {
    sizes[name] = await measureFirstLoad(typeof program === 'function' ? program() : program, benchDir)
    if (oneFilePrograms.includes(name))
      sizes[name].oneFileGzip = (await measureFirstLoad(program, benchDir, { oneFile: true })).gzip
  }
  return sizes
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runBundleSize(), null, 2))

// `tsc --noEmit` of a small consumer per contender, against an untyped consumer doing the
// same calls with plain fetch: the cost of the types to the people using them.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchDir, ensureHeyApiPeer } from './contenders.mjs'
import { median } from './measure.mjs'

const tsc = join(benchDir, '..', 'node_modules', 'typescript', 'bin', 'tsc')
const consumers = {
  'untyped fetch': `export async function consumer() {\n  const response = await fetch('https://messaging.example.com/api/v1/messages/conversation/c?limit=10', { headers: { 'x-bp-messaging-client-id': 'i' } })\n  const messages: any = await response.json()\n  const created: any = await (await fetch('https://messaging.example.com/api/v1/messages', { method: 'POST', body: JSON.stringify({ conversationId: 'c', payload: { type: 'text', text: 'hi' } }) })).json()\n  return [messages, created]\n}\n`,
  'openapi-fetch 0.17': `import createClient from 'openapi-fetch'\nimport type { paths } from '@parley/botpress-messaging/paths'\nconst client = createClient<paths>({ baseUrl: 'https://messaging.example.com' })\nexport async function consumer() {\n  const messages = await client.GET('/api/v1/messages/conversation/{conversationId}', { params: { path: { conversationId: 'c' }, query: { limit: 10 } } })\n  const created = await client.POST('/api/v1/messages', { body: { conversationId: 'c', payload: { type: 'text', text: 'hi' } } })\n  return [messages.data?.[0]?.id, created.data?.id]\n}\n`,
  // hey-api's output is generated into the consumer's own project, so its sources are checked too.
  'hey-api 0.99 default client': `import { createMessage, listMessages } from '../hey-api-default/sdk.gen.js'\nexport async function consumer() {\n  const messages = await listMessages({ path: { conversationId: 'c' }, query: { limit: 10 }, throwOnError: true })\n  const created = await createMessage({ body: { conversationId: 'c', payload: { type: 'text', text: 'hi' } }, throwOnError: true })\n  return [messages.data[0]?.id, created.data.id]\n}\n`,
  Parley: `import { createBotpressMessagingClient } from '@parley/botpress-messaging'\nconst messaging = createBotpressMessagingClient({ clientId: 'i', clientToken: 't' })\nexport async function consumer() {\n  const messages = await messaging.listMessages({ path: { conversationId: 'c' }, query: { limit: 10 } })\n  const created = await messaging.createMessage({ body: { conversationId: 'c', payload: { type: 'text', text: 'hi' } } })\n  return [messages[0]?.id, created.id]\n}\n`,
}

export function runTypecheck({ rounds = 5 } = {}) {
  ensureHeyApiPeer()
  const workDir = join(benchDir, '.peers', 'typecheck')
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const timings = Object.fromEntries(Object.keys(consumers).map((name) => [name, []]))
  const errors = {}
  Object.values(consumers).forEach((source, index) => {
    writeFileSync(join(workDir, `consumer${index}.ts`), source)
    writeFileSync(
      join(workDir, `tsconfig${index}.json`),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          types: [],
          skipLibCheck: true,
        },
        files: [`consumer${index}.ts`],
      }),
    )
  })
  // bench/ resolves the packages through its own node_modules.
  writeFileSync(join(workDir, 'package.json'), JSON.stringify({ type: 'module' }))
  for (let round = 0; round < rounds; round++) {
    Object.keys(consumers).forEach((name, index) => {
      const started = performance.now()
      try {
        execFileSync(process.execPath, [tsc, '-p', join(workDir, `tsconfig${index}.json`)], {
          cwd: benchDir,
          stdio: 'pipe',
          encoding: 'utf8',
        })
      } catch (error) {
        errors[name] = String(error.stdout)
      }
      timings[name].push(performance.now() - started)
    })
  }
  const baseline = median(timings['untyped fetch'])
  return Object.fromEntries(
    Object.keys(consumers).map((name) => [
      name,
      {
        ratio: median(timings[name]) / baseline,
        milliseconds: median(timings[name]),
        excessivelyDeep: /excessively deep/.test(errors[name] ?? ''),
        errors: errors[name],
      },
    ]),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(runTypecheck(), null, 2))

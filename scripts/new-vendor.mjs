#!/usr/bin/env node
// Adds a vendor. It checks the spec first (format, references, lint with the rules the
// vendor's redocly.yaml entry will carry) and writes nothing when a check fails; then it
// adds the `apis:` entry to redocly.yaml, writes packages/<id>/ from the real files of
// scripts/templates/vendor-package/ (what the four vendors are: package.json, configs, a
// client factory over @parley/runtime's createVendorHttpClient, subpaths, a README, a test
// that calls every operation of the spec against its Prism mock), a changeset, and
// generates the code. A failed generation takes back everything written.
//
//   node scripts/new-vendor.mjs <id>                       after writing specs/<id>/openapi.yaml
//   node scripts/new-vendor.mjs <id> --published <file>    a vendor's own OpenAPI file (YAML or JSON),
//        copied byte for byte to specs/<id>/, with specs/<id>/overlay.yaml for the fixes
//   --overlay <file>   the overlay to start with (instead of an empty one), e.g. the fixes the checks asked for
//   --no-generate      scaffold only (run `pnpm generate <id>` later)
//   --force            rewrite an existing package's files
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { extname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'
import { apiEntry, apiEntryYaml, findAdmissionProblems } from './lib/admit-spec.mjs'
import {
  credentialOptionName,
  pascalName,
  planCredentialOptions,
  relativeServerUrl,
  webhookHeaderToken,
} from '@parley/codegen'
import { loadDocument, overlayFileName } from '@parley/codegen/spec-source'
import { listVendors, repositoryRoot } from './lib/vendors.mjs'

const usage =
  'usage: pnpm new-vendor <id> [--published <file>] [--overlay <file>] [--no-generate] [--force]   (id: kebab-case, e.g. acme-chat)'
let parsed
try {
  parsed = parseArgs({
    options: {
      force: { type: 'boolean' },
      published: { type: 'string' },
      overlay: { type: 'string' },
      'no-generate': { type: 'boolean' },
    },
    allowPositionals: true,
  })
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n${usage}`)
  process.exit(1)
}
const { values: flags, positionals } = parsed
const [idArgument] = positionals
if (!idArgument || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(idArgument) || positionals.length > 1) {
  console.error(`${usage}\nWithout --published, write specs/<id>/openapi.yaml first (see specs/CONVENTIONS.md).`)
  process.exit(1)
}
const id = idArgument
const publishedFlag = flags.published
const publishedSource =
  publishedFlag !== undefined ? resolve(process.env.INIT_CWD ?? process.cwd(), publishedFlag) : undefined
const published = publishedSource !== undefined
const overlaySource =
  flags.overlay !== undefined ? resolve(process.env.INIT_CWD ?? process.cwd(), flags.overlay) : undefined
const specExtension = publishedSource !== undefined ? extname(publishedSource).toLowerCase() : '.yaml'
const specRelativePath = `specs/${id}/openapi${['.json', '.yml', '.yaml'].includes(specExtension) ? specExtension : '.yaml'}`
const specPath = join(repositoryRoot, specRelativePath)
const overlayRelativePath = `specs/${id}/${overlayFileName}`
const packageDir = join(repositoryRoot, 'packages', id)
const vendorName = pascalName(id)
/** The package a vendor starts from, and the overlay and changeset files beside it: real files, `__TOKEN__`s filled in. */
const templatesDir = join(import.meta.dirname, 'templates')
const packageTemplateDir = join(templatesDir, 'vendor-package')

/**
 * Every file under `dir`, as paths relative to it.
 * @param {string} dir
 */
function templateFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/** The values of the templates' `__TOKEN__`s; those that come from the spec are added once it is read. */
/** @type {Record<string, string>} */
const templateValues = { __ID__: id, __NAME__: vendorName, __SPEC_PATH__: specRelativePath }

/**
 * A template's text with this vendor's values.
 * @param {string} text
 */
function fillTemplate(text) {
  return text.replace(/__[A-Z_]+__/g, (token) => {
    if (!(token in templateValues)) throw new Error(`new-vendor: no value for the template token ${token}`)
    return /** @type {string} */ (templateValues[token])
  })
}

/**
 * Formats the written TypeScript as `biome ci` requires (filled-in names change line
 * lengths), with the workspace's own biome.jsonc.
 *
 * @param {string[]} paths
 */
function formatScaffold(paths) {
  const sources = paths.filter((path) => /\.(ts|mjs|js)$/.test(path))
  if (sources.length === 0) return
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome')
  execFileSync(
    process.execPath,
    [biome, 'format', '--write', '--vcs-enabled=false', `--config-path=${repositoryRoot}`, ...sources],
    { cwd: repositoryRoot, stdio: 'pipe' },
  )
}

/**
 * Everything that stops the scaffold, found before anything is written.
 * @returns {Promise<{ problems: import('./lib/admit-spec.mjs').AdmissionProblem[], warnings: string[], notes: string[] }>}
 */
async function checkCandidate() {
  /** @type {import('./lib/admit-spec.mjs').AdmissionProblem[]} */
  const problems = []
  const known = listVendors().some((vendor) => vendor.id === id)
  if (known)
    problems.push({
      where: 'redocly.yaml',
      message: `${id} is already an \`apis:\` entry`,
      fix: 'pick another id, or remove the entry (and its package) first',
    })
  if (publishedSource !== undefined) {
    if (!existsSync(publishedSource))
      problems.push({
        where: String(flags.published),
        message: 'no such file',
        fix: "give the path of the vendor's OpenAPI file (YAML or JSON)",
      })
    else if (!['.json', '.yaml', '.yml'].includes(specExtension))
      problems.push({
        where: String(flags.published),
        message: `unknown extension "${specExtension || '(none)'}"`,
        fix: 'name the file .json, .yaml or .yml after its format (the content is copied unchanged)',
      })
    if (existsSync(join(repositoryRoot, 'specs', id)) && !known)
      problems.push({
        where: `specs/${id}/`,
        message: 'already exists',
        fix: `move it away: --published copies the vendor's file into a new specs/${id}/`,
      })
  } else if (!existsSync(specPath)) {
    problems.push({
      where: specRelativePath,
      message: 'does not exist',
      fix: "write the spec first (see specs/CONVENTIONS.md), or pass the vendor's own file with --published <file>",
    })
  }
  if (overlaySource && !existsSync(overlaySource))
    problems.push({
      where: String(flags.overlay),
      message: 'no such file',
      fix: 'give the path of an OpenAPI Overlay 1.0 file',
    })
  if (existsSync(packageDir) && !flags.force && !known)
    problems.push({
      where: `packages/${id}/`,
      message: 'already exists',
      fix: 'pick another id, or pass --force to rewrite its files',
    })
  if (problems.length > 0) return { problems, warnings: [], notes: [] }
  return findAdmissionProblems({
    id,
    specPath: publishedSource ?? specPath,
    overlayPath: overlaySource,
    published,
    specRoot: specRelativePath,
  })
}

const { problems, warnings, notes } = await checkCandidate()
for (const note of notes) console.error(note)
for (const warning of warnings) console.error(`warning: ${warning}`)
if (problems.length > 0) {
  console.error(`\nnew-vendor ${id}: ${problems.length} problem(s); nothing was written.\n`)
  for (const problem of problems) console.error(`- ${problem.where}: ${problem.message}\n  fix: ${problem.fix}`)
  process.exit(1)
}

/**
 * What this run wrote, so a failed generation can take it all back.
 * @type {Array<{ path: string, createdDir: string | undefined, previous: Buffer | undefined }>}
 */
const written = []
/** @param {string} path */
function recordWrite(path) {
  const createdDir = mkdirSync(join(path, '..'), { recursive: true })
  written.push({ path, createdDir, previous: existsSync(path) ? readFileSync(path) : undefined })
}
/**
 * @param {string} path
 * @param {string} text
 */
function writeTracked(path, text) {
  recordWrite(path)
  writeFileSync(path, text)
}
function takeBackWrites() {
  for (const { path, createdDir, previous } of written.reverse()) {
    if (previous !== undefined) writeFileSync(path, previous)
    else if (existsSync(path)) unlinkSync(path)
    if (createdDir) rmSync(createdDir, { recursive: true, force: true })
  }
  rmSync(join(packageDir, 'src', 'generated'), { recursive: true, force: true })
}

if (publishedSource !== undefined) {
  recordWrite(specPath)
  copyFileSync(publishedSource, specPath)
  console.log(`copied ${flags.published} to ${specRelativePath} (unchanged)`)
}
if (published || overlaySource) {
  const overlayPath = join(repositoryRoot, overlayRelativePath)
  if (overlaySource) {
    recordWrite(overlayPath)
    copyFileSync(overlaySource, overlayPath)
  } else writeTracked(overlayPath, fillTemplate(readFileSync(join(templatesDir, 'overlay.yaml'), 'utf8')))
  console.log(`wrote ${overlayRelativePath}`)
}

const redoclyPath = join(repositoryRoot, 'redocly.yaml')
if (!listVendors().some((vendor) => vendor.id === id)) {
  const redocly = readFileSync(redoclyPath, 'utf8')
  const entry = apiEntry({ root: specRelativePath, published, rootConfig: parse(redocly) ?? {} })
  // An empty `apis: {}` (a fresh workspace) becomes a mapping the entry can be appended to.
  writeTracked(
    redoclyPath,
    `${redocly.replace(/^apis:\s*\{\s*\}\s*$/m, 'apis:').trimEnd()}\n${apiEntryYaml(id, entry)}\n`,
  )
  console.log(`redocly.yaml: added apis entry ${id}${published ? ' (published: structural rules only)' : ''}`)
}

const { document: spec } = await loadDocument(specPath, {
  overlayPath: existsSync(join(repositoryRoot, overlayRelativePath))
    ? join(repositoryRoot, overlayRelativePath)
    : undefined,
  onNote: () => {},
})
const title =
  typeof spec.info?.title === 'string' && spec.info.title.trim() !== '' ? spec.info.title.trim() : vendorName
/** The factory's credential options, as the generator names them (operations.gen.ts `credentialOptions`). */
const { table: credentialTable } = planCredentialOptions(spec, credentialOptionName)
/** Values the scaffolded mock test passes: a ready token for OAuth2, so no token endpoint is called. */
const mockCredentialEntries = Object.values(credentialTable).flatMap((entry) =>
  entry.kind === 'secret'
    ? [[entry.option, `mock-${entry.option}`]]
    : entry.kind === 'basic'
      ? [
          [entry.username, 'mock-user'],
          [entry.password, 'mock-password'],
        ]
      : [[entry.token, `mock-${entry.token}`]],
)
/** What the README shows: each credential from an environment variable. */
const readmeCredentialOptions = Object.values(credentialTable).flatMap((entry) =>
  entry.kind === 'secret'
    ? [entry.option]
    : entry.kind === 'basic'
      ? [entry.username, entry.password]
      : [entry.clientId, entry.clientSecret],
)
const environmentName = (/** @type {string} */ option) => option.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()
/** The spec's webhooks get the generated handler (webhooks.gen.ts), exported and tested. */
const webhookNames = Object.keys(spec.webhooks ?? {})
const webhookToken = webhookNames.length > 0 ? webhookHeaderToken(spec) : undefined
const webhookTest = webhookToken
  ? {
      option: `{ ${webhookToken.option}: 'mock-webhook-token' }`,
      headers: `{ '${webhookToken.header}': 'mock-webhook-token' }`,
    }
  : {
      option: "{ verify: (request: Request) => request.headers.get('x-test-secret') === 'mock-secret' }",
      headers: "{ 'x-test-secret': 'mock-secret' }",
    }
Object.assign(templateValues, {
  __WEBHOOK_EXPORTS__:
    webhookNames.length > 0
      ? `// The webhook handler generated from the spec's \`webhooks\`.\nexport * from './generated/webhooks.gen.js'\nexport type { WebhookContext, WebhookResult } from '@parley/runtime'`
      : '',
  __WEBHOOK_README__:
    webhookNames.length > 0
      ? `
The spec's webhooks (${webhookNames.map((name) => `\`${name}\``).join(', ')}) are received by
\`create${vendorName}WebhookHandler({ ${webhookToken ? `${webhookToken.option}, ` : 'verify, '}on })\`, a Fetch API handler
\`(request: Request) => Promise<Response>\` with a typed handler per event. ${
          webhookToken
            ? `\`${webhookToken.option}\` is the token the vendor sends in \`${webhookToken.header}\`.`
            : '`verify(request)` is yours to write: the spec declares no verification (throw or return `false` to refuse a call).'
        } Without it the handler is refused
when made, unless \`insecureSkipVerification: true\` says every call is to be accepted.
`
      : '',
  __WEBHOOK_VERIFY_OPTION__: webhookTest.option,
  __WEBHOOK_VERIFY_HEADERS__: webhookTest.headers,
  __TITLE__: title.replaceAll('*/', '*\\/'),
  __DESCRIPTION__: JSON.stringify(`Typed client for the ${title}, generated from its OpenAPI spec.`).slice(1, -1),
  __PUBLISHED_NOTE__: published
    ? `, the vendor's own file as published; Parley's fixes to it are the actions of [\`${overlayRelativePath}\`](../../${overlayRelativePath})`
    : '',
  __BASE_URL_README__: baseUrlReadme(relativeServerUrl(spec)),
  __MOCK_CREDENTIALS__: mockCredentialEntries.map(([option, value]) => `${option}: '${value}'`).join(', '),
  __README_CREDENTIALS__: readmeCredentialOptions
    .map((option) => `${option}: process.env.${environmentName(option)}`)
    .join(', '),
})

/**
 * Where the spec's server URL is relative (or missing), the README says that `baseUrl` is
 * needed and what it is; empty for an absolute server.
 * @param {string | undefined} serverUrl
 */
function baseUrlReadme(serverUrl) {
  if (serverUrl === undefined) return ''
  return `
The spec gives only a relative server URL (\`${serverUrl}\`), so there is no default host:
pass \`baseUrl\`, the API's full URL that the spec's paths are appended to, as given (for
\`/v2\` on \`api.example.com\`, \`baseUrl: 'https://api.example.com/v2'\`; the spec's path is not
added to it). A call without it is refused with a \`ConfigurationError\` before anything is sent.
`
}

/**
 * Writes a file unless it exists (the package's own edits win unless --force).
 * @param {string} relativePath
 * @param {string} text
 */
function scaffold(relativePath, text) {
  const path = join(packageDir, relativePath)
  if (existsSync(path) && !flags.force) return false
  writeTracked(path, text)
  console.log(`wrote packages/${id}/${relativePath}`)
  return true
}

const scaffolded = []
const templateDirs = [packageTemplateDir, ...(webhookNames.length > 0 ? [join(templatesDir, 'webhooks')] : [])]
for (const templateDir of templateDirs)
  for (const relativePath of templateFiles(templateDir))
    if (scaffold(relativePath, fillTemplate(readFileSync(join(templateDir, relativePath), 'utf8'))))
      scaffolded.push(join(packageDir, relativePath))
formatScaffold(scaffolded)

const changesetPath = join(repositoryRoot, '.changeset', `add-${id}.md`)
if (!existsSync(changesetPath)) {
  writeTracked(changesetPath, fillTemplate(readFileSync(join(templatesDir, 'changeset.md'), 'utf8')))
  console.log(`wrote .changeset/add-${id}.md`)
}

// What the README's steps run next: install links the package, turbo's build lints,
// generates and builds every package (this one included), then the package's own tests.
const nextSteps = `pnpm install && pnpm build && pnpm --filter @parley/${id} test`
if (flags['no-generate']) {
  console.log(`\nNext: ${nextSteps}`)
} else {
  try {
    execFileSync(process.execPath, [join(repositoryRoot, 'scripts', 'generate.mjs'), id], {
      stdio: 'inherit',
      cwd: repositoryRoot,
    })
  } catch {
    takeBackWrites()
    console.error(`\nnew-vendor ${id}: generation failed (above); everything this run wrote was taken back.`)
    process.exit(1)
  }
  console.log(`\nNext: ${nextSteps}`)
}

// What `pnpm new-vendor` checks before it writes anything: the file reads as OpenAPI 3.0/3.1
// or Swagger 2.0, keeps no `$ref` outside itself, and lints clean with the rules its
// redocly.yaml entry will carry (structural only for a vendor's published file, the strict
// authoring rules for a hand-written spec). Every problem comes with its fix.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parse, stringify } from 'yaml'
import { materializeDocument, materializedSpecsDir, parseDocumentText } from '@parley/codegen/spec-source'
import { quietToolEnvironment, repositoryRoot } from './vendors.mjs'

/**
 * A reason the spec cannot be admitted, with what to do about it.
 * @typedef {object} AdmissionProblem
 * @property {string} where the file, with its line or the JSONPath of the node
 * @property {string} message
 * @property {string} fix what to do about it (for a published file: the overlay action to write)
 */

/**
 * A vendor's entry under redocly.yaml's `apis:`.
 * @typedef {{ root: string, 'x-parley-published'?: true, extends?: string[], rules?: Record<string, string> }} ApiEntry
 */

/**
 * One problem of `redocly lint --format=json`.
 * @typedef {{ ruleId: string, message: string, severity?: string, location?: Array<{ pointer?: string, start?: { line?: number } }> }} LintProblem
 */

/**
 * What a thrown value says.
 * @param {unknown} error
 */
const errorMessage = (error) => (error instanceof Error ? error.message : String(error))

/** Redocly's ruleset of structural correctness, for files the vendor owns. */
export const publishedRuleset = 'spec'

/**
 * The `apis:` entry of a vendor. A published one lints with `spec` only: per-API `extends`
 * replaces the built-in rules, but the configurable `rule/...` assertions of the root still
 * apply, so each is turned off by name. A `$ref` with siblings and `nullable` without a
 * `type` (both common in published 3.0 files, both taken by the generator) are warnings.
 *
 * @param {{ root: string, published: boolean, rootConfig: { rules?: Record<string, unknown> } }} options
 * @returns {ApiEntry}
 */
export function apiEntry({ root, published, rootConfig }) {
  if (!published) return { root }
  const assertions = Object.keys(rootConfig.rules ?? {}).filter((name) => name.startsWith('rule/'))
  return {
    root,
    'x-parley-published': true,
    extends: [publishedRuleset],
    rules: {
      'spec-ref-siblings': 'warn',
      'nullable-type-sibling': 'warn',
      ...Object.fromEntries(assertions.map((name) => [name, 'off'])),
    },
  }
}

/**
 * The YAML lines appended to redocly.yaml for that entry (the file's comments stay).
 * @param {string} id
 * @param {ApiEntry} entry
 * @returns {string}
 */
export function apiEntryYaml(id, entry) {
  const body = stringify({ [id]: entry })
    .trimEnd()
    .split('\n')
  const comment = entry['x-parley-published']
    ? [
        `  # ${id}: the vendor's published file, kept byte for byte; structural rules only. Fixes go in ${dirname(entry.root)}/overlay.yaml.`,
      ]
    : []
  return [...comment, ...body.map((line) => `  ${line}`)].join('\n')
}

/**
 * `#/paths/~1messages/get` as the JSONPath an overlay action targets: `$.paths['/messages'].get`.
 * @param {string} pointer
 * @returns {string}
 */
export function pointerToJsonPath(pointer) {
  const segments = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
  return segments
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce(
      (path, key) =>
        /^\d+$/.test(key)
          ? `${path}[${key}]`
          : /^[A-Za-z_$][\w$]*$/.test(key)
            ? `${path}.${key}`
            : `${path}['${key.replaceAll("'", "\\'")}']`,
      '$',
    )
}

/**
 * Every `$ref` that leaves the file (only the one file is copied, so these cannot resolve).
 * @param {unknown} node
 * @param {string} [pointer]
 * @param {Array<{ pointer: string, ref: string }>} [found]
 */
function externalReferences(node, pointer = '#', found = []) {
  if (node === null || typeof node !== 'object') return found
  if ('$ref' in node && typeof node.$ref === 'string' && !node.$ref.startsWith('#'))
    found.push({ pointer, ref: node.$ref })
  for (const [key, value] of Object.entries(node))
    externalReferences(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, found)
  return found
}

/**
 * Fixes for the rules a hand-written spec most often breaks (specs/CONVENTIONS.md).
 * @type {Record<string, string>}
 */
const authoringFixes = {
  'operation-operationId': 'add a camelCase `operationId`: it names the SDK method',
  'operation-operationId-unique': 'rename one of the operations: each operationId names one method',
  'operation-summary': 'add a one-line `summary`',
  'rule/operation-has-tags': 'add `tags:` with a tag defined under the top-level `tags`',
  'rule/media-type-has-examples':
    'add an `example` (or `examples`) beside the schema: the docs and the mock answer with it',
  'operation-4xx-response': 'describe at least one 4xx response the vendor sends',
  'no-unused-components': 'remove the component or reference it',
  'security-defined': 'give the operation (or the root) a `security` requirement',
  'tag-description': 'add a `description` to the tag',
}

/**
 * @param {{ id: string, specPath: string, overlayPath?: string, published: boolean, specRoot: string }} candidate
 *   `specRoot` is the path the redocly.yaml entry will name (relative to the repository)
 * @returns {Promise<{ problems: AdmissionProblem[], warnings: string[], notes: string[] }>}
 */
export async function findAdmissionProblems({ id, specPath, overlayPath, published, specRoot }) {
  /** @type {AdmissionProblem[]} */
  const problems = []
  /** @type {string[]} */
  const notes = []
  const overlayAdvice = (/** @type {string} */ jsonPath) =>
    `add an action to an overlay file (\`target: "${jsonPath}"\` with \`update:\` or \`remove: true\`) and rerun with \`--overlay <file>\`; the vendor's file stays as published`
  let original
  try {
    original = parseDocumentText(readFileSync(specPath, 'utf8'), specPath)
  } catch (error) {
    problems.push({
      where: specPath,
      message: errorMessage(error),
      fix: "pass the vendor's OpenAPI file itself (YAML or JSON, as downloaded)",
    })
    return { problems, warnings: [], notes }
  }
  let materialized
  try {
    materialized = await materializeDocument(specPath, { overlayPath, onNote: (line) => notes.push(line) })
  } catch (thrown) {
    const error = { message: errorMessage(thrown) }
    const fix = error.message.includes('Overlay')
      ? 'make the overlay an OpenAPI Overlay 1.0 document (`overlay: 1.0.0`, `info`, `actions`)'
      : error.message.includes('not OpenAPI 3.0/3.1 or Swagger 2.0')
        ? 'Parley takes OpenAPI 3.0, 3.1 or Swagger 2.0: ask the vendor for one of those, or convert the document first'
        : 'check the file reads as the vendor published it'
    problems.push({
      where: overlayPath && error.message.startsWith(overlayPath) ? overlayPath : specPath,
      message: error.message,
      fix,
    })
    return { problems, warnings: [], notes }
  }
  for (const { pointer, ref } of externalReferences(original)) {
    problems.push({
      where: `${specPath} ${pointer}`,
      message: `$ref ${ref} points outside the file; only this one file is copied`,
      fix: "bundle the vendor's files into one first (`pnpm exec redocly bundle <file> --output <id>.yaml`) and pass the bundle",
    })
  }

  const rootConfig = parse(readFileSync(join(repositoryRoot, 'redocly.yaml'), 'utf8')) ?? {}
  const { problems: lintProblems, warnings } = lint({
    id,
    rootConfig,
    entry: apiEntry({ root: materialized.path, published, rootConfig }),
  })
  for (const problem of lintProblems) {
    const pointer = problem.location?.[0]?.pointer ?? '#'
    const jsonPath = pointerToJsonPath(pointer)
    problems.push({
      where: materialized.loaded.changed
        ? `${specRoot} ${jsonPath}`
        : `${specRoot}:${problem.location?.[0]?.start?.line ?? '?'} ${jsonPath}`,
      message: `${problem.message} (${problem.ruleId})`,
      fix: published
        ? overlayAdvice(jsonPath)
        : (authoringFixes[problem.ruleId] ?? `edit ${specRoot} at ${jsonPath}; see specs/CONVENTIONS.md`),
    })
  }
  return { problems, warnings, notes }
}

/**
 * `redocly lint --format=json` with a config holding the candidate entry; errors and warnings.
 * @param {{ id: string, rootConfig: Record<string, unknown>, entry: ApiEntry }} candidate
 * @returns {{ problems: LintProblem[], warnings: string[] }}
 */
function lint({ id, rootConfig, entry }) {
  const config = { ...rootConfig, apis: { [id]: entry } }
  const text = stringify(config)
  const configPath = join(
    materializedSpecsDir(),
    `admit-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.yaml`,
  )
  mkdirSync(materializedSpecsDir(), { recursive: true })
  writeFileSync(configPath, text)
  const require = createRequire(import.meta.url)
  const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js')
  const result = spawnSync(
    process.execPath,
    [redoclyBin, 'lint', '--format=json', '--max-problems=10000', `--config=${configPath}`, id],
    {
      cwd: repositoryRoot,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ...quietToolEnvironment },
    },
  )
  /** @type {{ problems: LintProblem[] }} */
  let report
  try {
    report = JSON.parse(result.stdout)
  } catch {
    const stderr = result.stderr
      .split('\n')
      .filter((line) => !/[║╔╚]/.test(line))
      .join('\n')
      .trim()
    return {
      problems: [
        { ruleId: 'redocly', message: `Redocly could not lint the document: ${stderr || result.stdout}`, location: [] },
      ],
      warnings: [],
    }
  }
  return {
    problems: report.problems.filter((problem) => problem.severity === 'error'),
    warnings: report.problems
      .filter((problem) => problem.severity !== 'error')
      .map(
        (problem) =>
          `${pointerToJsonPath(problem.location?.[0]?.pointer ?? '#')}: ${problem.message} (${problem.ruleId})`,
      ),
  }
}

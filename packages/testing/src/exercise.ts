// Calls every operation of a spec through a generated client, with arguments taken from
// the spec's own examples (the same arguments the docs' code samples show) and, where the
// spec has none, values sampled from the schema. Against a Prism mock this proves each
// operation is well-formed on the wire and typed end to end. Every operation is called and
// every failure is reported together, so a large spec is fixed in one run.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { findWorkspaceRoot, listVendors } from '@parley/codegen'
import { expect } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { loadDocument, overlayPathFor, strictAboutSpecProblems } from '@parley/codegen/spec-source'
import { type MockExit, type MockWatch, prismMockWatch } from './prism.js'
import { defaultStartDeadlineMs } from './prism-launcher.mjs'
import { type SpecNode, exampleArguments, exampleOf, listOperations, resolveReference } from './spec-examples.mjs'
import {
  type SpecProblem,
  answersWithoutSuccess,
  exampleToAddFor,
  findSpecProblems,
  formBodyErrors,
  jsonPathOf,
  overlayActionYaml,
  schemaFitsFor,
  specProblemKinds,
  successAnswerToAddFor,
  textAnswersToFixFor,
} from './spec-problems.mjs'

export interface ExerciseOptions {
  /** A `create<Vendor>Client(...)` result: one method per operation. */
  client: object
  specPath: string
  /** The generated operation table (which operations exist, and each SDK method's name). */
  operations: Readonly<Record<string, { id: string; name?: string }>>
  /** Per-operation overrides of the arguments built from examples, by operationId. */
  overrides?: Readonly<Record<string, Record<string, unknown>>>
  /**
   * The mock, watched for crashes (default: the run's mock of this spec's vendor, when its
   * globalSetup started one). A call during which it stopped is judged as such, and the
   * sweep waits for the restarted mock before the next call.
   */
  mock?: MockWatch
}

export interface ExerciseResult {
  readonly operationId: string
  /** The client method that was called. */
  readonly name: string
  readonly options: Record<string, unknown>
  readonly data: unknown
}

/** Calls every operation and throws one error listing every failure, whatever its cause. */
export async function exerciseEveryOperation(options: ExerciseOptions): Promise<ExerciseResult[]> {
  const { results, failures } = await callEveryOperation(options)
  if (failures.length > 0)
    throw new Error(
      `${failures.length} of ${failures.length + results.length} operations failed:\n  ${failures.map((failure) => failure.text).join('\n  ')}`,
    )
  return results
}

/** One operation that did not pass, before it is judged the SDK's or the spec's. */
interface CallFailure {
  readonly key: string
  readonly operationId: string
  readonly label: string
  readonly error?: unknown
  readonly text: string
  /** The mock stopped during this call (it crashed, and was started again). */
  readonly mockExit?: MockExit
  /** The refused request's body as the SDK sent it, decoded (multipart only), from a recorded replay. */
  readonly sent?: SentBody
  /** Each request of the recorded replay and its answer, redirects followed included. */
  readonly exchanges?: Exchange[]
}

/** One request of a recorded replay: what was asked, what Prism answered, and whether it found the request invalid. */
interface Exchange {
  readonly method: string
  readonly url: string
  readonly status: number
  readonly refused: boolean
}

/** A request body as it went on the wire, decoded for validation against the spec. */
interface SentBody {
  readonly mediaType: string
  readonly value: unknown
}

async function callEveryOperation(
  options: ExerciseOptions,
): Promise<{ spec: SpecNode; results: ExerciseResult[]; failures: CallFailure[] }> {
  // The document the mock serves: Swagger 2.0 converted, the vendor's overlay applied.
  const { document: spec } = await loadDocument(options.specPath, {
    overlayPath: overlayPathFor(options.specPath),
    onNote: () => {},
  })
  const results: ExerciseResult[] = []
  const failures: CallFailure[] = []
  const methods = options.client as Record<string, ((options: unknown) => Promise<unknown>) | undefined>
  const mock = options.mock ?? watchOfRunMock(options.specPath)
  // Sampled values are checked against the spec, so a `oneOf` gets one that fits exactly one alternative.
  const fits = schemaFitsFor(spec)
  for (const entry of listOperations(spec)) {
    const info = options.operations[entry.key]
    if (!info) continue
    const name = info.name ?? info.id
    const label = `${name} (${entry.method.toUpperCase()} ${entry.url})`
    const failure = (text: string, error?: unknown, mockExit?: MockExit) =>
      failures.push({ key: entry.key, operationId: info.id, label, error, text: `${label}${text}`, mockExit })
    const call = methods[name]
    if (typeof call !== 'function') {
      failure(`: the client has no method \`${name}\``)
      continue
    }
    let callOptions: Record<string, unknown>
    try {
      callOptions = { ...exampleArguments(spec, entry, { sampleMissing: true, fits }), ...options.overrides?.[info.id] }
    } catch (error) {
      failure(`: no arguments could be built: ${(error as Error).message}`, error)
      continue
    }
    const exitsBefore = mock?.exits().length ?? 0
    try {
      results.push({ operationId: info.id, name, options: callOptions, data: await call(callOptions) })
    } catch (error) {
      const mockExit = mock && isUnanswered(error) ? await exitDuringCall(mock, exitsBefore) : undefined
      if (mockExit) {
        failure(` stopped the mock: ${mockExit.reason} (${String(error)})`, error, mockExit)
        continue
      }
      const body = JSON.stringify((error as { body?: unknown }).body ?? '')
      const violations = requestViolationsInHeader((error as { headers?: unknown }).headers) ?? []
      const said = violations.map((violation) => `${violation.location.join('.')} ${violation.message}`).join('; ')
      const text = ` failed against the mock: ${String(error)} ${body}${said ? ` (the mock's violations: ${said})` : ''}`
      const status = (error as { status?: unknown }).status
      // A refused body is checked as sent; a path the mock does not know may be where a redirect led.
      const replayed =
        ((status === 400 || status === 422) && callOptions.body !== undefined) ||
        (status === 404 && prismErrorCode((error as { body?: unknown }).body) === 'NO_PATH_MATCHED_ERROR')
          ? await replayRecording(call, callOptions)
          : undefined
      failures.push({ key: entry.key, operationId: info.id, label, error, text: `${label}${text}`, ...replayed })
    }
  }
  return { spec, results, failures }
}

/** The run's mock of the vendor whose spec this is, if a globalSetup started one. */
function watchOfRunMock(specPath: string): MockWatch | undefined {
  const vendor = vendorOfSpec(specPath)
  try {
    return vendor.id ? prismMockWatch(vendor.id) : undefined
  } catch {
    return undefined
  }
}

/** A call that got no answer at all: the connection was refused, cut or timed out. */
const isUnanswered = (error: unknown) =>
  ['ConnectionError', 'TimeoutError'].includes((error as { name?: string })?.name ?? '') ||
  /ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET|socket hang up|fetch failed/.test(String(error))

/**
 * Whether the mock stopped during a call that got no answer: its owner records the exit and
 * starts it again, so this waits (with the mock's own start deadline) until either an exit
 * is recorded or the mock is found answering without one (then it was fine), and after an
 * exit until the restarted mock answers, for the calls after it.
 */
async function exitDuringCall(mock: MockWatch, exitsBefore: number): Promise<MockExit | undefined> {
  const deadline = Date.now() + defaultStartDeadlineMs
  const pause = () => new Promise((resolve) => setTimeout(resolve, 250))
  for (;;) {
    const exit = mock.exits()[exitsBefore]
    if (exit) {
      while (exit.restarting && !(await mock.answering()) && Date.now() < deadline) await pause()
      return exit
    }
    if (await mock.answering()) return mock.exits()[exitsBefore]
    if (Date.now() > deadline)
      return {
        at: new Date().toISOString(),
        code: null,
        signal: null,
        reason: 'the mock stopped answering, and no exit of it was recorded',
        restarting: false,
      }
    await pause()
  }
}

/**
 * The same call sent again through a `fetch` that records it (a per-call option of the
 * runtime, which follows redirects by hand, so each hop goes through it): each request with
 * its answer, and the first multipart body decoded, to be checked as it went on the wire.
 * Nothing is recorded when the client does not take the option.
 */
async function replayRecording(
  call: (options: unknown) => Promise<unknown>,
  callOptions: Record<string, unknown>,
): Promise<{ sent?: SentBody; exchanges: Exchange[] }> {
  let sent: SentBody | undefined
  const exchanges: Exchange[] = []
  const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    const mediaType = request.headers.get('content-type') ?? ''
    if (!sent && /^multipart\/form-data/i.test(mediaType)) {
      const bytes = await request.clone().arrayBuffer()
      sent = { mediaType, value: await multipartFields(bytes, mediaType) }
    }
    const response = await fetch(request)
    const violations = requestViolationsInHeader(Object.fromEntries(response.headers))
    exchanges.push({
      method: request.method,
      url: request.url,
      status: response.status,
      refused: (violations?.length ?? 0) > 0,
    })
    return response
  }
  try {
    await call({ ...callOptions, fetch: recordingFetch })
  } catch {}
  return { sent, exchanges }
}

/**
 * Multipart bytes read as OpenAPI says a part is encoded: a JSON part (`application/json`,
 * `+json`) as its value, another file part as its text, a field as its text; a name given
 * several times as the array of its parts.
 */
async function multipartFields(bytes: ArrayBuffer, mediaType: string): Promise<Record<string, unknown>> {
  const form = await new Response(bytes, { headers: { 'content-type': mediaType } }).formData()
  const fields: Record<string, unknown[]> = {}
  for (const [name, part] of form.entries()) {
    let value: unknown = part
    if (typeof part !== 'string') {
      const text = await part.text()
      value = /[/+]json\b/i.test(part.type) ? JSON.parse(text) : text
    }
    const values = fields[name] ?? []
    values.push(value)
    fields[name] = values
  }
  return Object.fromEntries(
    Object.entries(fields).map(([name, values]) => [name, values.length === 1 ? values[0] : values]),
  )
}

/** An operation that failed because of the SDK (or the tests' own sample), by cause. */
export interface SdkProblem {
  readonly operationId: string
  readonly label: string
  /** What went wrong on the wire, without names: `the mock refused the request (query)`. */
  readonly cause: string
  readonly detail: string
}

/** A spec problem as the operation tests report it: found statically, or by the mock's answer. */
export interface ReportedSpecProblem extends SpecProblem {
  /** The operations that failed because of it (it may be listed while every call passed). */
  readonly failedOperations: string[]
}

export interface OperationsReport {
  /** Whether spec problems fail the run (`strictAboutSpecProblems`: hand-written specs always). */
  readonly strict: boolean
  /** Every operation of the table, each exactly once. */
  readonly outcomes: ReadonlyArray<{ operationId: string; verdict: 'passed' | 'sdk problem' | 'spec problem' }>
  readonly passed: ExerciseResult[]
  readonly sdkProblems: SdkProblem[]
  readonly specProblems: ReportedSpecProblem[]
  /** Examples whose schema Ajv could not compile (not counted as problems either way). */
  readonly uncheckedExamples: number
  /** What fails the run: every SDK problem, and the spec problems when strict. Empty: green. */
  readonly failures: string[]
  /** The report as the test prints it, each spec problem with its ready-to-paste overlay action. */
  readonly text: string
}

export interface CheckOptions extends ExerciseOptions {
  /** Overrides the vendor's setting (see `strictAboutSpecProblems`); the classifier's own tests use it. */
  strict?: boolean
}

/**
 * Calls every operation against the spec's mock and says whose fault each failure is: the
 * SDK's (wrong method, path, query, headers, body or content type on the wire; an answer
 * that does not parse) or the vendor file's (an example its own schema refuses; an answer
 * the mock cannot give). Spec problems come with the overlay action that fixes them and fail
 * the run only when strict. With `PARLEY_OPERATIONS_REPORT=<file>` the report is also
 * written there as JSON (the corpus bench reads it).
 */
export async function checkEveryOperation(options: CheckOptions): Promise<OperationsReport> {
  const { spec, results, failures } = await callEveryOperation(options)
  const strict = options.strict ?? strictAboutSpecProblems(vendorOfSpec(options.specPath))
  const found = findSpecProblems(spec)
  const specProblems = new Map<string, ReportedSpecProblem>(
    found.problems.map((problem) => [problem.action.target, { ...problem, failedOperations: [] }]),
  )
  const sdkProblems: SdkProblem[] = []
  const verdicts = new Map<string, 'passed' | 'sdk problem' | 'spec problem'>(
    results.map((result) => [result.operationId, 'passed']),
  )
  for (const failure of failures) {
    const judged = judgeFailure(spec, failure, found.problems)
    if (judged.kind === 'sdk') {
      sdkProblems.push({
        operationId: failure.operationId,
        label: failure.label,
        cause: judged.cause,
        detail: failure.text,
      })
      verdicts.set(failure.operationId, 'sdk problem')
      continue
    }
    verdicts.set(failure.operationId, 'spec problem')
    for (const problem of judged.problems) {
      const reported = specProblems.get(problem.action.target) ?? { ...problem, failedOperations: [] }
      if (!reported.operations.includes(failure.key)) reported.operations.push(failure.key)
      reported.failedOperations.push(failure.operationId)
      specProblems.set(problem.action.target, reported)
    }
  }
  const outcomes = Object.values(options.operations).map((operation) => ({
    operationId: operation.id,
    verdict: verdicts.get(operation.id) ?? ('sdk problem' as const),
  }))
  for (const outcome of outcomes)
    if (!verdicts.has(outcome.operationId))
      sdkProblems.push({
        operationId: outcome.operationId,
        label: outcome.operationId,
        cause: 'the operation table names an operation the spec does not have',
        detail: `${outcome.operationId}: in the generated table but not among the spec's operations`,
      })
  const listedSpecProblems = [...specProblems.values()]
  const failing = [
    ...sdkProblems.map((problem) => `SDK problem: ${problem.detail}`),
    ...(strict ? listedSpecProblems.map((problem) => `spec problem: ${problem.message}`) : []),
  ]
  const report = {
    strict,
    outcomes,
    passed: results,
    sdkProblems,
    specProblems: listedSpecProblems,
    uncheckedExamples: found.unchecked,
    failures: failing,
    text: '',
  }
  return withTextWritten(report)
}

/** The report with its printed text, also written as JSON where `PARLEY_OPERATIONS_REPORT` says. */
function withTextWritten(report: Omit<OperationsReport, 'text'>): OperationsReport {
  const withText = { ...report, text: formatOperationsReport(report) }
  const reportFile = process.env.PARLEY_OPERATIONS_REPORT
  if (reportFile) writeFileSync(reportFile, `${JSON.stringify({ ...withText, passed: undefined }, null, 2)}\n`)
  return withText
}

/** What a package's operations test loads: its client made for the mock, and its operation table. */
export interface LoadedPackage {
  client: object
  operations: ExerciseOptions['operations']
}

export interface CheckPackageOptions {
  specPath: string
  /** Imports the package and makes its client (a dynamic `import()`, so a package that throws as it loads is judged too). */
  load: () => Promise<LoadedPackage>
  strict?: boolean
}

/**
 * `checkEveryOperation` for a package loaded by `load`. When the package does not load or
 * its client cannot be made (a generated module that throws on import), every operation of
 * the spec is an SDK problem naming the error: the run still gives one verdict per operation
 * and writes its report, instead of a test file that fails with none.
 */
export async function checkEveryOperationOf(
  options: CheckPackageOptions,
): Promise<{ report: OperationsReport; operations: ExerciseOptions['operations'] }> {
  let loaded: LoadedPackage
  try {
    loaded = await options.load()
  } catch (error) {
    return packageDidNotLoad(options, error)
  }
  const report = await checkEveryOperation({ ...options, ...loaded })
  return { report, operations: loaded.operations }
}

async function packageDidNotLoad(
  options: CheckPackageOptions,
  error: unknown,
): Promise<{ report: OperationsReport; operations: ExerciseOptions['operations'] }> {
  const { document: spec } = await loadDocument(options.specPath, {
    overlayPath: overlayPathFor(options.specPath),
    onNote: () => {},
  })
  const entries = listOperations(spec)
  const operations = Object.fromEntries(
    entries.map((entry) => [entry.key, { id: entry.operationId ?? entry.name, name: entry.name }]),
  )
  const why = `${(error as Error)?.name ?? 'Error'}: ${(error as Error)?.message ?? String(error)}`
  const sdkProblems = entries.map((entry) => {
    const label = `${entry.name} (${entry.method.toUpperCase()} ${entry.url})`
    return {
      operationId: operations[entry.key]?.id ?? entry.name,
      label,
      cause: 'the package does not load, or its client cannot be made',
      detail: `${label}: not called: ${why}`,
    }
  })
  const report = withTextWritten({
    strict: options.strict ?? strictAboutSpecProblems(vendorOfSpec(options.specPath)),
    outcomes: sdkProblems.map((problem) => ({ operationId: problem.operationId, verdict: 'sdk problem' as const })),
    passed: [],
    sdkProblems,
    specProblems: [],
    uncheckedExamples: 0,
    failures: sdkProblems.map((problem) => `SDK problem: ${problem.detail}`),
  })
  return { report, operations }
}

/** The vendor of redocly.yaml whose spec this is (a spec outside the workspace counts as hand-written). */
function vendorOfSpec(specPath: string): { specPath: string; id?: string; published?: boolean } {
  try {
    return (
      listVendors(findWorkspaceRoot(dirname(specPath))).find((vendor) => vendor.specPath === specPath) ?? { specPath }
    )
  } catch {
    return { specPath }
  }
}

/** A Prism problem answer: `https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY` -> `UNPROCESSABLE_ENTITY`. */
const prismErrorCode = (body: unknown): string | undefined =>
  typeof (body as { type?: unknown })?.type === 'string'
    ? /#([A-Z_]+)$/.exec((body as { type: string }).type)?.[1]
    : undefined

/** Where Prism's validation found each problem: `[["query", "limit"], ["response", "body"]]`. */
const violationLocations = (body: unknown): string[][] =>
  Array.isArray((body as { validation?: unknown })?.validation)
    ? (body as { validation: { location?: unknown }[] }).validation.map((item) =>
        Array.isArray(item.location) ? item.location.map(String) : [],
      )
    : []

/** One of Prism's findings about a request: where (`["body", "media"]`) and what. */
interface Violation {
  readonly location: string[]
  readonly message: string
}

/**
 * The request violations Prism found, from the `sl-violations` header it adds to every answer
 * to a request it validated with errors (also when it answers the spec's own 4xx, whose body
 * says nothing of them): each one's location without the `request` prefix (`["query", "limit"]`).
 * Undefined when the answer's headers are not known; a header Prism cut short counts as a refusal.
 */
function requestViolationsInHeader(headers: unknown): Violation[] | undefined {
  if (!headers || typeof headers !== 'object') return undefined
  const value = (headers as Record<string, unknown>)['sl-violations']
  if (typeof value !== 'string') return []
  const cutShort = [{ location: ['request'], message: 'violations cut short' }]
  let violations: unknown
  try {
    violations = JSON.parse(value)
  } catch {
    return cutShort
  }
  return Array.isArray(violations)
    ? violations
        .filter(
          (item: { location?: unknown; severity?: unknown }) =>
            Array.isArray(item?.location) && item.location[0] === 'request' && item.severity === 'Error',
        )
        .map((item: { location: unknown[]; message?: unknown }) => ({
          location: item.location.slice(1).map(String),
          message: String(item.message ?? ''),
        }))
    : cutShort
}

/** The violations of Prism's own 422 problem body, with their messages. */
const validationOf = (body: unknown): Violation[] =>
  Array.isArray((body as { validation?: unknown })?.validation)
    ? (body as { validation: { location?: unknown; message?: unknown }[] }).validation.map((item) => ({
        location: Array.isArray(item.location) ? item.location.map(String) : [],
        message: String(item.message ?? ''),
      }))
    : []

/** Whether Prism's finding is about parameter `name` in `place` (by its location, or its message for a missing one). */
function namesParameter(finding: Violation, place: string | undefined, name: string): boolean {
  if (finding.location[0] !== place) return false
  if (finding.location[1]?.toLowerCase() === name.toLowerCase()) return true
  return finding.message.toLowerCase().includes(`'${name.toLowerCase()}'`)
}

/** Prism's own words for "I cannot answer from this spec" (HTTP 500 problem types and messages). */
const mockCannotAnswerCodes = new Set(['SCHEMA_TOO_COMPLEX', 'NO_RESPONSE_DEFINED', 'UNRESOLVABLE_REFERENCE'])

type Judgement = { kind: 'sdk'; cause: string } | { kind: 'spec'; problems: SpecProblem[] }

/** Whose fault one failed call is. */
function judgeFailure(spec: SpecNode, failure: CallFailure, known: SpecProblem[]): Judgement {
  const ofOperation = known.filter((problem) => problem.operations.includes(failure.key))
  const onRequest = ofOperation.filter((problem) => problem.side === 'request')
  const onResponse = ofOperation.filter((problem) => problem.side === 'response')
  const error = failure.error as { name?: string; status?: number; body?: unknown; message?: string } | undefined
  const sdk = (cause: string): Judgement => ({ kind: 'sdk', cause })
  const spec_ = (problems: SpecProblem[]): Judgement => ({ kind: 'spec', problems })
  const cannotAnswer = (why: string): Judgement =>
    spec_([
      {
        kind: specProblemKinds.mockCannotAnswer,
        side: 'response',
        location: 'body',
        message: `${failure.label}: the mock cannot answer: ${why}`,
        operations: [failure.key],
        action: exampleToAddFor(spec, failure.key) ?? {
          target: jsonPathOf([{ key: 'paths' }, { key: failure.key.split(' ').slice(1).join(' ') }]),
          description: `The operation needs a 2xx answer with an example the mock can serve (${why})`,
          update: {},
        },
      },
    ])
  if (!error) return sdk(failure.text.replace(/^[^:]*: /, ''))
  if (failure.mockExit) {
    // The mock fails on a content key that is not a media type when it picks an answer; a
    // crash with that reason during an operation whose spec has one is the spec's doing.
    const unreadable = ofOperation.filter((problem) => problem.kind === specProblemKinds.notAMediaType)
    return unreadable.length > 0 && /media type/i.test(failure.mockExit.reason)
      ? spec_(unreadable)
      : sdk(`the mock stopped answering (${failure.mockExit.reason.replace(/\d+/g, 'N')})`)
  }
  if (error.message?.includes('no arguments could be built') || failure.text.includes('no arguments could be built'))
    return /\$ref/.test(failure.text)
      ? spec_(ofOperation.length > 0 ? ofOperation : [])
      : sdk('the tests could not build arguments from the spec')
  switch (error.name) {
    case 'RequestValidationError':
    case 'MissingCredentialError':
      return onRequest.length > 0 ? spec_(onRequest) : sdk('the client refused the call before sending it')
    case 'ResponseParseError':
    case 'ResponseValidationError':
      return onResponse.length > 0 ? spec_(onResponse) : sdk('the answer does not parse')
    case 'ConnectionError':
    case 'TimeoutError':
      return sdk(`no answer (${error.name})`)
  }
  if (typeof error.status !== 'number') return sdk(`the call threw ${error.name ?? 'an error'}`)
  const code = prismErrorCode(error.body)
  const headerViolations = requestViolationsInHeader((error as { headers?: unknown }).headers)?.map(
    (violation) => violation.location,
  )
  const inBody = violationLocations(error.body)
  // The spec's own 4xx says nothing of where; Prism's header does.
  const locations = inBody.length > 0 ? inBody : (headerViolations ?? [])
  // Prism validated the request and found nothing wrong: known from its header, or (a redirect
  // error carries no headers) from a redirect, which Prism never answers a refused request.
  const requestFoundValid =
    headerViolations !== undefined ? headerViolations.length === 0 : error.status >= 300 && error.status < 400
  const declared = answersWithoutSuccess(spec, failure.key)
  // Not one of Prism's own problems (a path it does not know is its 404 whatever the spec lists).
  if (declared && requestFoundValid && !code && String(error.status) === declared[0])
    return spec_([
      {
        kind: specProblemKinds.noSuccessAnswer,
        side: 'response',
        location: 'status',
        message: `${failure.label}: the spec declares no success answer (only ${declared.join(', ')}), so the mock answers its first, ${error.status}, to a request it found valid`,
        operations: [failure.key],
        action: successAnswerToAddFor(failure.key),
      },
    ])
  // The operation's only answers are redirects: the mock answered the first with a Location
  // it made up (nothing in the spec gives one), and the client, following it, reached a path
  // the spec does not have. The replay shows the first answer and that Prism found the request valid.
  const [first, ...followed] = failure.exchanges ?? []
  if (
    declared &&
    code === 'NO_PATH_MATCHED_ERROR' &&
    first &&
    !first.refused &&
    followed.length > 0 &&
    String(first.status) === declared[0]
  )
    return spec_([
      {
        kind: specProblemKinds.noSuccessAnswer,
        side: 'response',
        location: 'status',
        message: `${failure.label}: the spec declares no success answer (only ${declared.join(', ')}), so the mock answers its first, ${first.status}, to a request it found valid, with a Location it made up; followed, it leads to a path the spec does not have`,
        operations: [failure.key],
        action: successAnswerToAddFor(failure.key),
      },
    ])
  if (code === 'NO_COMPLEX_OBJECT_TEXT' && requestFoundValid) {
    const actions = textAnswersToFixFor(spec, failure.key)
    if (actions.length > 0)
      return spec_(
        actions.map((action) => ({
          kind: specProblemKinds.textAnswerNotText,
          side: 'response' as const,
          location: 'body',
          message: `${failure.label}: its success answer is only text, but its schema is not a string, so the mock cannot write it (Prism's NO_COMPLEX_OBJECT_TEXT)`,
          operations: [failure.key],
          action,
        })),
      )
  }
  if (error.status >= 500 && locations.length > 0 && locations.every((location) => location[0] === 'response'))
    return onResponse.length > 0
      ? spec_(onResponse)
      : cannotAnswer("the answer it built from the schema breaks the schema (Prism's --errors)")
  if (code && mockCannotAnswerCodes.has(code)) return cannotAnswer(code)
  if (error.status >= 500 && /serializer|Cannot find|circular|\$ref/i.test(JSON.stringify(error.body ?? '')))
    return cannotAnswer(JSON.stringify(error.body).slice(0, 160))
  if (error.status === 422 || error.status === 400) {
    const requestPlaces = locations.filter((location) => location[0] !== 'response')
    const findings = [
      ...validationOf(error.body).filter((violation) => violation.location[0] !== 'response'),
      ...(inBody.length === 0 ? (requestViolationsInHeader((error as { headers?: unknown }).headers) ?? []) : []),
    ]
    // A problem of one parameter (an enum its type refuses, an array of objects in a query)
    // explains the refusal only where the mock names that parameter; an enum inside a body
    // schema says nothing of what was sent, so it explains none.
    const explains = (problem: SpecProblem): boolean =>
      problem.parameter === undefined
        ? problem.kind !== specProblemKinds.enumBreaksSchema
        : findings.some((finding) => namesParameter(finding, problem.location, problem.parameter as string))
    const explainers = onRequest.filter(explains)
    const explained = requestPlaces.every((location) => explainers.some((problem) => problem.location === location[0]))
    // Refused where an example the call carried breaks its schema, or (Prism answering the
    // spec's own 4xx says not where) refused while it carried one: the spec's doing.
    if (explainers.length > 0 && (requestPlaces.length === 0 || explained)) return spec_(explainers)
    const unread = mockCannotRead(spec, failure, requestPlaces)
    if (unread) return spec_([unread])
    const where = [...new Set(requestPlaces.map((location) => location[0]))].join(', ')
    // A value that fits several alternatives of a `oneOf` (open objects overlap) is refused
    // although it fits the one it was made from; a value fitting exactly one may still exist,
    // so it is not put on the spec's side, only said.
    const messages = findings.map((finding) => finding.message)
    const overlap =
      messages.length > 0 && messages.every((message) => /must match exactly one schema in oneOf/.test(message))
        ? ': the value sent fits more than one oneOf alternative'
        : ''
    // With a 4xx of its own in the spec, Prism answers that example and says not where.
    return sdk(
      where
        ? `the mock refused the request (${where})${overlap}`
        : `the mock refused the request with the spec's own ${error.status}, not saying where`,
    )
  }
  if (error.status === 401 || error.status === 403) return sdk('the credentials were not sent as the spec says')
  if (error.status === 404) return sdk('no such path in the spec (wrong URL)')
  if (error.status === 405) return sdk('no such method for the path')
  if (error.status === 406) return sdk('the Accept header names no media type the operation answers')
  if (error.status === 415) return sdk('the content type is not one the operation takes')
  return code ? sdk(`the mock answered ${error.status} (${code})`) : sdk(`the mock answered ${error.status}`)
}

/**
 * The `timeoutMs` a sweep's client gives each call: Prism builds some answers from a large
 * schema slowly, and on a busy 2-core machine one such answer takes minutes (the runtime's
 * default suits a vendor's host, not a loaded mock). A call that hangs still fails, later.
 */
export const mockCallTimeoutMs = 600_000

/** What one call of a sweep may take on a busy 2-core machine, its answer validated and judged. */
const sweepSecondsPerOperation = 5

/**
 * The deadline of a test that runs `checkEveryOperation` on a spec: the calls go one after
 * another, so a fixed test timeout that suits a few operations fails a vendor's file of
 * hundreds; it outlasts one slow call, so that call still gets its verdict. Read from the
 * file as written (Swagger 2.0 lays out its operations the same way), as a test's options
 * are made before the package loads. Pass it as the test's `timeout`.
 */
export function sweepTimeoutMs(specPath: string): number {
  return mockCallTimeoutMs + countOperationsIn(specPath) * sweepSecondsPerOperation * 1000
}

const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

function countOperationsIn(specPath: string): number {
  const text = readFileSync(specPath, 'utf8')
  const document = (text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text)) as SpecNode
  return Object.values(document?.paths ?? {}).reduce(
    (count: number, item) => count + Object.keys(item ?? {}).filter((key) => httpMethods.has(key)).length,
    0,
  )
}

/**
 * A multipart body the mock refused although, as sent and decoded as OpenAPI encodes it
 * (an object field a JSON part, an array repeated parts), it conforms to the operation's
 * schema by the same validator: Prism reads every part as text, so an object or an array of
 * objects never passes. Only when every violation the mock names is in the body.
 */
function mockCannotRead(spec: SpecNode, failure: CallFailure, requestPlaces: string[][]): SpecProblem | undefined {
  if (!failure.sent || requestPlaces.length === 0 || requestPlaces.some((location) => location[0] !== 'body'))
    return undefined
  const errors = formBodyErrors(spec, failure.key, failure.sent.mediaType, failure.sent.value)
  if (errors !== undefined) return undefined
  const [method = '', ...urlParts] = failure.key.split(' ')
  const mediaType = failure.sent.mediaType.split(';')[0] ?? ''
  return {
    kind: specProblemKinds.mockCannotRead,
    side: 'request',
    location: 'body',
    message: `${failure.label}: the mock refused a ${mediaType} body that conforms to the spec as sent (checked part by part); Prism reads every part as text, so object and array fields never pass`,
    operations: [failure.key],
    action: {
      target: jsonPathOf([
        { key: 'paths' },
        { key: urlParts.join(' ') },
        { key: method.toLowerCase() },
        { key: 'requestBody' },
        { key: 'content' },
        { key: mediaType },
      ]),
      description:
        'Nothing to change in the spec: the request conforms. The mock cannot check it; exercise this operation against a server that reads multipart parts by their content type',
      update: {},
    },
  }
}

/** The report as the generated tests print it. */
/**
 * What an operations test asserts of the sweep, printed first so a reader sees every verdict:
 * each operation of the table judged once, and nothing failing (an SDK problem always; a spec
 * problem only when strict).
 */
export function expectEveryOperationJudged(report: OperationsReport, operations: ExerciseOptions['operations']): void {
  console.info(report.text)
  expect(report.outcomes.map((outcome) => outcome.operationId).sort()).toEqual(
    Object.values(operations)
      .map((operation) => operation.id)
      .sort(),
  )
  expect(report.failures, report.text).toEqual([])
}

export function formatOperationsReport(report: Omit<OperationsReport, 'text'>): string {
  const count = (verdict: string) => report.outcomes.filter((outcome) => outcome.verdict === verdict).length
  const lines = [
    `${report.outcomes.length} operations: ${count('passed')} passed, ${count('sdk problem')} SDK problem(s), ${count('spec problem')} failed because of the spec; ${report.specProblems.length} spec problem(s) listed (${report.strict ? 'strict: they fail the run' : 'not strict: listed, not failing; `x-parley-strict: true` in the overlay makes them fail'})`,
  ]
  if (report.uncheckedExamples > 0)
    lines.push(`${report.uncheckedExamples} example(s) not checked: their schema does not compile`)
  for (const problem of report.sdkProblems) lines.push(`SDK problem: ${problem.cause}: ${problem.detail}`)
  if (report.specProblems.length > 0) {
    lines.push(
      'spec problems, each with the overlay action that fixes it (under `actions:` in specs/<id>/overlay.yaml):',
    )
    for (const problem of report.specProblems) {
      lines.push(`- ${problem.kind}: ${problem.message} (${problem.operations.length} operation(s))`)
      lines.push(overlayActionYaml(problem.action).replace(/^/gm, '    '))
    }
  }
  return lines.join('\n')
}

/**
 * The body each operation answers first in the spec (its lowest 2xx, JSON before other media
 * types), by SDK function name: what a generated mock handler answers by default.
 */
export async function answerExamples(specPath: string): Promise<Record<string, unknown>> {
  const { document: spec } = await loadDocument(specPath, { overlayPath: overlayPathFor(specPath), onNote: () => {} })
  const examples: Record<string, unknown> = {}
  for (const entry of listOperations(spec)) {
    const status = Object.keys(entry.operation.responses ?? {})
      .filter((code) => code.startsWith('2'))
      .sort()[0]
    const content = status ? resolveReference(spec, entry.operation.responses[status])?.content : undefined
    const mediaType = Object.keys(content ?? {}).find((type) => type.includes('json')) ?? Object.keys(content ?? {})[0]
    examples[entry.name] = mediaType ? exampleOf(spec, content[mediaType]) : undefined
  }
  return examples
}

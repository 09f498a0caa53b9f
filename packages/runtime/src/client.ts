/**
 * The HTTP core every generated SDK calls (`createClient` is what `client.gen.ts` imports).
 * A call is four named steps sharing one context, each in its own module with its own test:
 *
 * 0. `CallContext` (call-context.ts): made once per call and handed to every step: the
 *    call's name, its operation, its secrets and how to scrub them, `refuse`;
 * 1. `prepareRequest` (prepare.ts): check, authorize, encode the body, build the URL;
 * 2. `attemptRequest` (attempt.ts): one attempt under its timeout, redirects by hand;
 * 3. `successData` / `withResponse` / `errorForAnswer` (classify.ts): what the answer means;
 * 4. `retryDelay` + `sleep` (retry.ts): whether and when to try again.
 *
 * Every step is plain code a maintainer can follow: machinery that only a loopback
 * benchmark would justify stays out (bench/README.md records what each mechanism bought).
 */
import { type Answer, attemptRequest } from './attempt.js'
import { CallContext, type CallSource, secretValues, startCall } from './call-context.js'
import { type Answered, errorForAnswer, requestIdOf, successData, withResponse } from './classify.js'
import type {
  Client,
  ClientMetadata,
  ClientOptions,
  Config,
  HttpMethod,
  ResponsePromise,
  WithResponse,
} from './client-types.js'
import type { LogLevel } from './hooks.js'
import { checkConfig } from './config-checks.js'
import { ConnectionError, TimeoutError } from './errors.js'
import { type AnyRequestOptions, checkedQuerySerializer, prepareRequest } from './prepare.js'
import { retryDelay, sleep } from './retry.js'
import { compileTemplate, requestUrl } from './serialize.js'
import type { CallObserver } from './observe.js'
import { asResponse } from './transport.js'
import { environmentLogLevel } from '#transport'

/** hey-api's `client.gen.ts` calls this with the spec's defaults; the config is used as given. */
export function createConfig<T extends ClientOptions = ClientOptions>(
  override: Config<Omit<ClientOptions, keyof T> & T> = {},
): Config<Omit<ClientOptions, keyof T> & T> {
  return override
}

/** What one client keeps between calls: what each call starts from, and `PARLEY_LOG` on Node. */
interface ClientState extends CallSource {
  /** `PARLEY_LOG` on Node, read once per client. */
  readonly environmentLogLevel: LogLevel | undefined
}

/**
 * A client: `config` is the user's settings (what `setConfig` changes); `metadata`, what a
 * vendor package knows from its spec (`createSdkClient` passes it; hey-api's `client.gen.ts`
 * passes none).
 */
export function createClient(initialConfig: Config = {}, metadata: ClientMetadata = {}): Client {
  checkConfig(initialConfig, metadata.credentialOptionNames)
  const state: ClientState = {
    config: { ...initialConfig },
    metadata,
    secrets: secretValues(initialConfig.credentials),
    environmentLogLevel: environmentLogLevel(),
  }
  const eventStreams: Partial<Client['sse']> = {}
  const client: Partial<Client> & Pick<Client, 'sse'> = {
    request: (options) => call(state, options, (options.method ?? 'GET').toUpperCase()),
    buildUrl: (options) =>
      requestUrl(
        options.baseUrl ?? state.config.baseUrl ?? '',
        compileTemplate(options.url),
        options.path as Record<string, unknown>,
        options.query as Record<string, unknown>,
        checkedQuerySerializer(
          new CallContext('GET', options.url, undefined, state.config, metadata, []),
          options.querySerializer,
        ),
      ),
    getConfig: () => state.config,
    setConfig: (update) => {
      checkConfig(update, metadata.credentialOptionNames)
      state.config = { ...state.config, ...update }
      state.secrets = secretValues(state.config.credentials)
      return state.config
    },
    sse: eventStreams as Client['sse'],
  }
  // `client.get(...)`, `client.post(...)`, ...: hey-api's method per HTTP method, and the same under `sse`.
  for (const method of httpMethods) {
    const name = method.toLowerCase() as HttpMethod
    client[name] = ((options: AnyRequestOptions) => call(state, options, method)) as Client[HttpMethod]
    eventStreams[name] = ((options: AnyRequestOptions) =>
      openEventStream(state, options, method)) as Client['sse'][HttpMethod]
  }
  return client as Client
}

const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const

/**
 * An event-stream call: each connection is a call through every step (`send`), read by the
 * `serverSentEvents` the call passes, so the parser is only in bundles that use it.
 */
async function openEventStream(state: ClientState, options: AnyRequestOptions, method: string) {
  const read = options.serverSentEvents
  if (typeof read !== 'function')
    return startCall(state, options, method).refuse(
      'serverSentEvents',
      'pass `serverSentEvents` (from @parley/runtime) to read the event stream',
    )
  return read((connection) => call(state, { ...options, ...connection }, method) as never, options)
}

/**
 * A call as the caller gets it: the result in its response style, and `withResponse()` for
 * the body with status, headers and request id from the same answer.
 */
function call(state: ClientState, options: AnyRequestOptions, method: string): ResponsePromise<never, never> {
  const answered = send(state, options, method)
  const { metadata } = state
  const result = answered.then(
    (options.responseStyle ?? state.config.responseStyle) === 'data'
      ? (outcome) => outcome.data
      : (outcome) => withResponse(outcome, metadata),
  ) as ResponsePromise<never, never>
  result.withResponse = () => {
    // The caller reads the outcome here: the body-only promise must not report its failure again.
    result.catch(ignore)
    return answered.then((outcome) => withResponse(outcome, metadata) as WithResponse<never>)
  }
  return result
}

const ignore = (): void => {}

/** What the observer reports of an answer besides its status: the request id, and the answer as a `Response`. */
const answerDetails = (answer: Answer, call: CallContext): [string | undefined, () => Response] => [
  requestIdOf(answer.response, call.metadata),
  () => asResponse(answer.response, answer.content),
]

/**
 * One call: prepare, then attempt until an answer is final or the retry policy says stop.
 * An observer (logger, hooks) is made only when something observes the call.
 */
async function send(state: ClientState, options: AnyRequestOptions, method: string): Promise<Answered> {
  const call = startCall(state, options, method)
  const { config, environmentLogLevel } = state
  const logLevel = options.logLevel ?? config.logLevel ?? environmentLogLevel
  // The observer's code (log lines, hook events) loads with the first observed call, so a
  // bundle split by its bundler leaves it out of what every page loads first.
  const observation =
    (logLevel && logLevel !== 'off') || config.hooks || options.hooks ? await import('./observe.js') : undefined
  const observing = observation?.observerSettings(config, options, environmentLogLevel)
  let observer: CallObserver | undefined
  try {
    const prepared = await prepareRequest(call, options)
    if (observing) observer = observation?.observeCall(call, observing, prepared.url)
    for (let retryNumber = 0; ; retryNumber++) {
      const attempt = observer
        ? { ...prepared, headers: await observer.attemptStarted(retryNumber + 1, prepared.headers) }
        : prepared
      let answer: Answer
      try {
        answer = await attemptRequest(attempt, call)
      } catch (error) {
        const failedToConnect = error instanceof ConnectionError || error instanceof TimeoutError
        const delay = failedToConnect
          ? retryDelay({ neverSent: (error as ConnectionError).neverSent === true }, retryNumber, prepared.retry)
          : undefined
        if (delay === undefined) throw error
        await observer?.attemptFailed(error, delay)
        await sleep(delay, prepared.signal)
        continue
      }
      if (answer.response.ok) {
        const data = await successData(answer, call)
        await observer?.answered(answer, ...answerDetails(answer, call))
        return { data, answer }
      }
      const delay = retryDelay(answer, retryNumber, prepared.retry)
      await observer?.answered(answer, ...answerDetails(answer, call), delay)
      if (delay === undefined) throw errorForAnswer(answer, call)
      await sleep(delay, prepared.signal)
    }
  } catch (error) {
    // A refusal before anything was sent is reported too (no attempt, no URL yet).
    if (observing) await (observer ?? observation?.observeCall(call, observing, call.url))?.callFailed(error)
    throw error
  }
}

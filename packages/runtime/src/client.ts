/**
 * The HTTP core every generated SDK calls (`createClient` is what `client.gen.ts` imports).
 * A call is four named steps sharing one context, each in its own module with its own test:
 *
 * 0. `CallContext` (call-context.ts): made once per call and handed to every step: the
 *    call's name, its operation, its secrets and how to scrub them, `refuse`;
 * 1. `prepareRequest` (prepare.ts): check, authorize, encode the body, build the URL;
 * 2. `attemptRequest` (attempt.ts): one attempt under its timeout, redirects by hand;
 * 3. `successResult` / `errorForAnswer` (classify.ts): what the answer means;
 * 4. `retryDelay` + `sleep` (retry.ts): whether and when to try again.
 *
 * Every step is plain code a maintainer can follow: machinery that only a loopback
 * benchmark would justify stays out (bench/README.md records what each mechanism bought).
 */
import { type Answer, attemptRequest } from './attempt.js'
import { CallContext, type ClientState, secretValues, startCall } from './call-context.js'
import { errorForAnswer, successResult } from './classify.js'
import type { Client, ClientMetadata, ClientOptions, Config, HttpMethod } from './client-types.js'
import { checkConfig } from './config-checks.js'
import { ConnectionError, TimeoutError } from './errors.js'
import { type AnyRequestOptions, checkedQuerySerializer, prepareRequest } from './prepare.js'
import { retryDelay, sleep } from './retry.js'
import { compileTemplate, requestUrl } from './serialize.js'

/** hey-api's `client.gen.ts` calls this with the spec's defaults; the config is used as given. */
export function createConfig<T extends ClientOptions = ClientOptions>(
  override: Config<Omit<ClientOptions, keyof T> & T> = {},
): Config<Omit<ClientOptions, keyof T> & T> {
  return override
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
  }
  const eventStreams: Partial<Client['sse']> = {}
  const client: Partial<Client> & Pick<Client, 'sse'> = {
    request: (options) => send(state, options, (options.method ?? 'GET').toUpperCase()),
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
    client[name] = ((options: AnyRequestOptions) => send(state, options, method)) as Client[HttpMethod]
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
  return read((connection) => send(state, { ...options, ...connection }, method), options)
}

/** One call: prepare, then attempt until an answer is final or the retry policy says stop. */
async function send(state: ClientState, options: AnyRequestOptions, method: string): Promise<never> {
  const call = startCall(state, options, method)
  const prepared = await prepareRequest(call, options)
  for (let retryNumber = 0; ; retryNumber++) {
    let answer: Answer
    try {
      answer = await attemptRequest(prepared, call)
    } catch (error) {
      const failedToConnect = error instanceof ConnectionError || error instanceof TimeoutError
      const delay = failedToConnect
        ? retryDelay({ neverSent: (error as ConnectionError).neverSent === true }, retryNumber, prepared.retry)
        : undefined
      if (delay === undefined) throw error
      await sleep(delay, prepared.signal)
      continue
    }
    if (answer.response.ok)
      return (await successResult(answer, call, options.responseStyle ?? call.config.responseStyle)) as never
    const delay = retryDelay(answer, retryNumber, prepared.retry)
    if (delay === undefined) throw errorForAnswer(answer, call)
    await sleep(delay, prepared.signal)
  }
}

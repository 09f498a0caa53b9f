// Loaded into each README sample the readmes test runs (`node --import`): the hosts the
// samples name (a vendor's default, `messaging.example.com`, ...) are served by local mock
// servers instead. The samples run with the `worker` import condition, so the runtime
// sends through `globalThis.fetch`, which this replaces with one that rewrites the URL's
// start to the mock's origin, sends the request there, and refuses any other host: a
// sample never reaches the network.
//
// PARLEY_SAMPLE_ROUTES: JSON list of `{ pattern, target, examplesByQuery? }`, `pattern` a
// regular expression matching the start of a URL (what the vendor's server URL adds to the
// spec's paths). Prism answers an operation's first example and cannot see the query;
// `examplesByQuery: { 'sync=true': 'sync' }` asks it (`Prefer: example=sync`) for the
// example the spec gives for that query (Khoros Flow's sync mode).
/** @typedef {{ pattern: RegExp, target: string, examplesByQuery: Array<{ parameter: URLSearchParams, example: string }> }} SampleRoute */

/** @type {Array<{ pattern: string, target: string, examplesByQuery?: Record<string, string> }>} */
const routeSettings = JSON.parse(process.env.PARLEY_SAMPLE_ROUTES ?? '[]')
/** @type {SampleRoute[]} */
const routes = routeSettings.map(({ pattern, target, examplesByQuery }) => ({
  pattern: new RegExp(`^${pattern}`),
  target,
  examplesByQuery: Object.entries(examplesByQuery ?? {}).map(([query, example]) => ({
    parameter: new URLSearchParams(query),
    example,
  })),
}))

/**
 * @param {SampleRoute} route
 * @param {string} url
 */
function preferredExample(route, url) {
  const query = new URL(url).searchParams
  return route.examplesByQuery.find(({ parameter }) =>
    [...parameter].every(([name, value]) => query.get(name) === value),
  )?.example
}
const realFetch = globalThis.fetch

/** @type {typeof fetch} */
globalThis.fetch = async function fetchFromMocks(input, init) {
  const request = new Request(input, init)
  const route = routes.find(({ pattern }) => pattern.test(request.url))
  if (!route) throw new TypeError(`a README sample asked for ${request.url}, which no local mock serves`)
  const url = request.url.replace(route.pattern, route.target)
  const forwarded = new Request(url, request)
  const example = preferredExample(route, request.url)
  if (example) forwarded.headers.set('prefer', `example=${example}`)
  return realFetch(forwarded)
}

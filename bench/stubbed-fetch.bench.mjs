// Calls per second over a stubbed fetch (no I/O): what each client costs on its own.
import { conversationId, createContenders, messageBody } from './contenders.mjs'
import { compareThroughput } from './measure.mjs'

const listBody = JSON.stringify([
  {
    id: 'm1',
    conversationId,
    authorId: null,
    sentOn: '2026-11-01T10:00:00.000Z',
    payload: { type: 'text', text: 'hi' },
  },
])
const createdBody = JSON.stringify({ id: 'm2', ...messageBody, sentOn: '2026-11-01T10:00:00.000Z' })

/** A fetch that answers at once; a fresh Response per call (bodies are read once) for every contender alike. */
export const stubFetch = async (input, init) => {
  const method = init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')
  return new Response(method === 'POST' ? createdBody : listBody, {
    status: method === 'POST' ? 201 : 200,
    headers: { 'content-type': 'application/json' },
  })
}

/** Every contender over the stub (also what bench/profile.mjs runs). */
export const createStubbedContenders = () => createContenders('http://bench.invalid', stubFetch)

export async function runStubbedFetch(options = {}) {
  const contenders = await createStubbedContenders()
  const results = {}
  for (const kind of ['get', 'post']) {
    results[kind] = await compareThroughput(
      Object.fromEntries(Object.entries(contenders).map(([name, calls]) => [name, calls[kind]])),
      { baseline: 'hand-written fetch', ...options },
    )
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runStubbedFetch(), null, 2))

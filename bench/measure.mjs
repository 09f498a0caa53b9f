// Interleaved rounds and medians: absolute numbers drift on a shared machine, so every
// figure is a ratio to the hand-written baseline taken within the same round.
export const median = (values) => {
  const sorted = [...values].sort((left, right) => left - right)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function shuffled(items) {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(Math.random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other], copy[index]]
  }
  return copy
}

/** Calls per second of `call`, run `iterations` times one after another. */
async function callsPerSecond(call, iterations) {
  const started = performance.now()
  for (let index = 0; index < iterations; index++) await call()
  return iterations / ((performance.now() - started) / 1000)
}

/**
 * For each round, every contender runs once in a random order; returns the median over
 * rounds of each contender's ratio to `baseline` in that round.
 */
export async function compareThroughput(
  contenders,
  { baseline, rounds = 9, iterations = 4000, warmup = 1000, pairs = [] },
) {
  const names = Object.keys(contenders)
  for (const name of names) await callsPerSecond(contenders[name], warmup)
  const ratios = Object.fromEntries(names.map((name) => [name, []]))
  const rates = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const roundRates = {}
    for (const name of shuffled(names)) roundRates[name] = await callsPerSecond(contenders[name], iterations)
    for (const name of names) {
      ratios[name].push(roundRates[name] / roundRates[baseline])
      rates[name].push(roundRates[name])
    }
  }
  const result = Object.fromEntries(
    names.map((name) => [name, { ratio: median(ratios[name]), callsPerSecond: median(rates[name]) }]),
  )
  // `[a, b]`: the median over rounds of a's rate over b's in the same round.
  for (const [name, other] of pairs)
    result[name][`ratioTo ${other}`] = median(rates[name].map((rate, round) => rate / rates[other][round]))
  return result
}

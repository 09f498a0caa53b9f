// The Prism mock server as the launcher runs it: Prism's own HTTP server over the spec's
// operations, through the packages' exported entry points, without the CLI around them.
// The CLI (5.16) prints an example URL per operation at start and, to build it, rewrites
// each form query parameter's name in place with `encodeURI`: `filter[tag]` becomes
// `filter%5Btag%5D`, so a required parameter so named is never found and every request
// is refused (Prism issues 2017 and 2443). Its other work (file watching, pretty logs) is
// not needed here.
//
//   node prism-server.cjs <document> <host> <port> [--dynamic]
const { createLogger } = require('@stoplight/prism-core')
const { getHttpOperationsFromSpec } = require('@stoplight/prism-http')
const { createServer } = require('@stoplight/prism-http-server')

async function main() {
  const [document, host, port, ...flags] = process.argv.slice(2)
  if (!document || !host || !port) throw new Error('usage: prism-server.cjs <document> <host> <port> [--dynamic]')
  const operations = await getHttpOperationsFromSpec(document)
  if (operations.length === 0) throw new Error(`No operations found in ${document}`)
  // Warnings and errors only (one JSON line each): the launcher keeps the output for its messages.
  const logger = createLogger('PRISM', { level: 'warn' }, process.stderr)
  const server = createServer(operations, {
    cors: true,
    components: { logger },
    config: {
      isProxy: false,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      // The CLI's `--errors`: a request or answer that breaks the spec gets an error answer.
      errors: true,
      upstreamProxy: undefined,
      mock: { dynamic: flags.includes('--dynamic'), ignoreExamples: false, seed: null },
    },
  })
  const address = await server.listen(Number(port), host)
  process.stdout.write(`Prism is listening on ${address}\n`)
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`)
  process.exit(1)
})

// A small static server for the portal on 127.0.0.1, with a Server-Sent Events endpoint
// (`/__reload`) that `pnpm dev` uses to reload open pages after a rebuild.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const contentTypes = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.css': 'text/css', '.js': 'text/javascript' }

export async function startPortalServer({ directory, port = 4000, host = '127.0.0.1' }) {
  const reloadClients = new Set()
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === '/__reload') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
      response.write(': connected\n\n')
      reloadClients.add(response)
      request.on('close', () => reloadClients.delete(response))
      return
    }
    const relativePath = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)
    const filePath = normalize(join(directory, relativePath))
    if (!filePath.startsWith(normalize(directory) + sep)) {
      response.writeHead(403).end('forbidden')
      return
    }
    try {
      const body = await readFile(filePath)
      response.writeHead(200, { 'content-type': contentTypes[extname(filePath)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
      response.end(body)
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const { port: listeningPort } = server.address()
  return {
    url: `http://${host}:${listeningPort}/`,
    port: listeningPort,
    /** Tells every open page to reload. */
    reload() {
      for (const client of reloadClients) client.write('event: reload\ndata: {}\n\n')
    },
    close() {
      for (const client of reloadClients) client.end()
      server.closeAllConnections?.()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

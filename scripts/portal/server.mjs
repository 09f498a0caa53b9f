// A small static server for the portal on 127.0.0.1, with a Server-Sent Events endpoint
// (`/__reload`) that `pnpm dev` uses to reload open pages after a rebuild and to show a
// failed build (a lint error, say) on top of the last good pages.
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

/** @type {Record<string, string>} */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.js': 'text/javascript',
}

/**
 * Added to every HTML page when `liveReload` is on (the Redoc pages as well as the index):
 * reloads on `reload`, shows a banner with the error text on `build-error` while the page
 * underneath stays the last good build, and removes it on `build-ok`.
 */
export const liveReloadScript = `<script data-parley-live-reload>(() => {
  const events = new EventSource('/__reload')
  events.addEventListener('reload', () => location.reload())
  const banner = () => document.getElementById('parley-build-error')
  events.addEventListener('build-error', (event) => {
    const { title, message } = JSON.parse(event.data)
    let element = banner()
    if (!element) {
      element = document.createElement('div')
      element.id = 'parley-build-error'
      element.setAttribute('role', 'alert')
      element.style.cssText = 'position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:0.75rem 1rem;background:#2b0a0a;color:#ffd7d7;font:13px/1.4 ui-monospace,monospace;border-top:3px solid #e5484d'
      document.body.append(element)
    }
    element.innerHTML = ''
    const heading = document.createElement('strong')
    heading.textContent = title + ' (showing the last good build)'
    const details = document.createElement('pre')
    details.style.cssText = 'white-space:pre-wrap;margin:0.5rem 0 0'
    details.textContent = message
    element.append(heading, details)
  })
  events.addEventListener('build-ok', () => banner()?.remove())
})()</script>`

/**
 * Serves `directory` on `host:port`; with `liveReload`, pages reload when told and show a failed build.
 * @param {{ directory: string, port?: number, host?: string, liveReload?: boolean }} options
 */
export async function startPortalServer({ directory, port = 4000, host = '127.0.0.1', liveReload = false }) {
  /** @type {Set<import('node:http').ServerResponse>} */
  const reloadClients = new Set()
  /**
   * The last failed build, replayed to pages opened while it stands.
   * @type {{ title: string, message: string } | undefined}
   */
  let currentError
  /** @type {(client: import('node:http').ServerResponse, event: string, data: unknown) => boolean} */
  const send = (client, event, data) => client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === '/__reload') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
      })
      response.write(': connected\n\n')
      if (currentError) send(response, 'build-error', currentError)
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
      /** @type {Buffer | string} */
      let body = await readFile(filePath)
      const type = contentTypes[extname(filePath)] ?? 'application/octet-stream'
      if (liveReload && type.startsWith('text/html')) {
        const html = body.toString('utf8')
        if (!html.includes('data-parley-live-reload') && !html.includes("new EventSource('/__reload')")) {
          const closingBody = html.lastIndexOf('</body>')
          body =
            closingBody === -1
              ? html + liveReloadScript
              : html.slice(0, closingBody) + liveReloadScript + html.slice(closingBody)
        }
      }
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
      response.end(body)
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(undefined))
  })
  const { port: listeningPort } = /** @type {import('node:net').AddressInfo} */ (server.address())
  return {
    url: `http://${host}:${listeningPort}/`,
    port: listeningPort,
    /** Tells every open page to reload (and clears a shown build error). */
    reload() {
      currentError = undefined
      for (const client of reloadClients) send(client, 'reload', {})
    },
    /** Shows a failed build on every open page; the pages underneath stay as they were. */
    /**
     * @param {string} title
     * @param {string} message
     */
    showError(title, message) {
      currentError = { title, message }
      for (const client of reloadClients) send(client, 'build-error', currentError)
    },
    /** Removes a shown build error without reloading (the fix needed no new output). */
    clearError() {
      if (!currentError) return
      currentError = undefined
      for (const client of reloadClients) send(client, 'build-ok', {})
    },
    close() {
      for (const client of reloadClients) client.end()
      server.closeAllConnections?.()
      return /** @type {Promise<void>} */ (new Promise((resolve) => server.close(() => resolve())))
    },
  }
}

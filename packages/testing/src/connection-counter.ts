// A server on 127.0.0.1 that answers nothing useful and counts every connection made to it:
// point a client's `baseUrl` here while a mock (MSW, nock, undici's MockAgent) intercepts
// the calls, and a count of zero proves that no call reached the network.
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ConnectionCounter {
  readonly baseUrl: string
  /** Connections opened to this server so far. */
  connections(): number
  close(): Promise<void>
}

export async function startConnectionCounter(): Promise<ConnectionCounter> {
  let opened = 0
  const server: Server = createServer((_request, response) => response.writeHead(599).end('not mocked'))
  server.on('connection', () => {
    opened++
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => opened,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * The transport wherever there is no Node (browsers, Workers, Deno, Bun): the global
 * `fetch`, looked up per call so a `fetch` installed later is the one used.
 */
import type { Transport } from './transport.js'

export const defaultTransport: Transport = (url, { method, headers, body, signal, redirect, duplex }) =>
  fetch(url, { method, headers, body, signal, redirect, duplex } as RequestInit)

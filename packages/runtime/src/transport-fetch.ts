/**
 * The transport wherever there is no Node (browsers, Workers, Deno, Bun): the global
 * `fetch`, looked up per call so a `fetch` installed later is the one used. `dispatcher`
 * and `proxy` are Node's: here they are neither used nor checked.
 */
import type { LogLevel } from './hooks.js'
import type { Transport } from './transport.js'

export const defaultTransport: Transport = (url, exchange) => fetch(url, exchange as RequestInit)

export const checkConnection = (_config: object): void => {}

/** Browsers give no code for a failed fetch (nothing tells a refused connection apart). */
export const failureCode = (_error: unknown): string | undefined => undefined
export const neverSentCodes: ReadonlyArray<string> = []

/** `PARLEY_LOG` is read on Node only. */
export const environmentLogLevel = (): LogLevel | undefined => undefined

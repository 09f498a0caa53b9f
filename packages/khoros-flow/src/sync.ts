/**
 * Flow's sync mode, typed. An operation with a `sync` query parameter answers
 * `{ status: "ok" }` at once and POSTs its result to your webhook, unless `sync=true`
 * asks for the result in the response. These overloads let TypeScript follow the
 * `sync` literal: `{ query: { sync: true } }` resolves the result type, `sync` absent or
 * `false` resolves `Accepted`. Each keeps `withResponse()`, typed the same way.
 */
import type { ResponsePromise } from '@parley/runtime'
import type { BoundSdk } from '@parley/runtime/internal'
import type { Accepted } from './generated/types.gen.js'
import type * as sdk from './generated/sdk.gen.js'

type GeneratedOperations = BoundSdk<typeof sdk>

// biome-ignore lint/suspicious/noExplicitAny: matches any SDK function's signature, whatever its generics
type OptionsOf<TOperation> = TOperation extends (options: infer Options, ...rest: any[]) => unknown ? Options : never
// biome-ignore lint/suspicious/noExplicitAny: matches any SDK function's signature, whatever its generics
type ResultOf<TOperation> = TOperation extends (...args: any[]) => Promise<infer Result> ? Result : never

// Operations without query parameters have `query?: never`, and `never` extends every
// object type: rule it out first, or they would all get the sync overloads (and an
// operation such as generateThreadId would resolve `Accepted` instead of its result).
type HasSyncQuery<TOptions> = TOptions extends { query?: infer Query }
  ? [NonNullable<Query>] extends [never]
    ? false
    : NonNullable<Query> extends { sync?: boolean }
      ? true
      : false
  : false

/** The synchronous result: every union member but the bare `{ status: "ok" }`. */
export type SyncResult<TResult> = TResult extends Accepted
  ? Exclude<keyof TResult, 'status'> extends never
    ? never
    : TResult
  : TResult

/** Operations that take `sync`. */
export type SyncOperationName = {
  [Name in keyof GeneratedOperations]: HasSyncQuery<NonNullable<OptionsOf<GeneratedOperations[Name]>>> extends true
    ? Name
    : never
}[keyof GeneratedOperations]

type SyncQuery<TOptions, TSync extends boolean | undefined> = TOptions extends { query?: infer Query }
  ? Omit<NonNullable<Query>, 'sync'> & { sync: TSync }
  : never

/** Options stay optional exactly where the generated function has them optional. */
type ArgumentsLike<TOperation, TOptions> =
  undefined extends OptionsOf<TOperation> ? [options?: TOptions] : [options: TOptions]

export interface SyncOverloads<TOperation> {
  /** Sync mode: the result in the response. */
  (
    options: Omit<NonNullable<OptionsOf<TOperation>>, 'query'> & {
      query: SyncQuery<NonNullable<OptionsOf<TOperation>>, true>
    },
  ): ResponsePromise<SyncResult<ResultOf<TOperation>>, SyncResult<ResultOf<TOperation>>>
  /** Async mode: `{ status: "ok" }` now, the result later as a webhook call. */
  (
    ...args: ArgumentsLike<
      TOperation,
      Omit<NonNullable<OptionsOf<TOperation>>, 'query'> & {
        query?: SyncQuery<NonNullable<OptionsOf<TOperation>>, false | undefined>
      }
    >
  ): ResponsePromise<Accepted, Accepted>
  /** `sync` not known at compile time. */
  (
    ...args: ArgumentsLike<TOperation, NonNullable<OptionsOf<TOperation>>>
  ): ResponsePromise<ResultOf<TOperation>, ResultOf<TOperation>>
}

/** The bound operations, with sync-mode overloads on the ones that take `sync`. */
export type WithSyncOverloads<TOperations extends Record<SyncOperationName, unknown>> = Omit<
  TOperations,
  SyncOperationName
> & {
  readonly [Name in SyncOperationName]: SyncOverloads<TOperations[Name]>
}

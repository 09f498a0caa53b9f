/**
 * History and thread listings across pages. Both are read in sync mode (the page is in
 * the response, not a later webhook call) and follow `page` until `pages`, one request at
 * a time: breaking out of `for await` stops fetching. Flow serves 20 entries per page.
 */
import { paginate } from '@parley/runtime'
import { ResponseValidationError } from '@parley/runtime/errors'
import type { KhorosFlowClient } from './client.js'
import type { HistoryEntry } from './generated/types.gen.js'

export interface PagingOptions {
  /** The first page to read (default 1). */
  firstPage?: number
  /** Stop after this many pages even if more follow. */
  maxPages?: number
  signal?: AbortSignal
}

/**
 * The page's result, or a clear error when the answer is only `{ status: "ok" }`: then
 * something between us and Flow dropped `sync=true`, and the page went to the webhook.
 */
function syncResultOf<TResult>(operationId: string, response: { result?: TResult }): TResult {
  if (response.result === undefined || response.result === null) {
    throw new ResponseValidationError({
      operationId,
      issues: [
        {
          path: 'result',
          message: 'the answer carries no page (only `{ status: "ok" }`): `sync=true` did not reach Khoros Flow',
        },
      ],
    })
  }
  return response.result
}

const pagingOf = (options: PagingOptions) => ({
  ...(options.firstPage !== undefined && { firstPage: options.firstPage }),
  ...(options.maxPages !== undefined && { maxPages: options.maxPages }),
})

/** Every history entry of a thread (each an originator with its messages). */
export function iterateMessages(
  client: Pick<KhorosFlowClient, 'listMessages'>,
  options: PagingOptions & { threadId: string },
): AsyncGenerator<HistoryEntry, void, undefined> {
  const { threadId, signal } = options
  return paginate(
    (page) => client.listMessages({ path: { threadId }, query: { sync: true, page }, ...(signal && { signal }) }),
    // The page asked for decides (not the echoed `page`, which the document shows as a string at times).
    (response, pageNumber) => {
      const result = syncResultOf('listMessages', response)
      return { items: result.history, hasNextPage: pageNumber < Number(result.pages) }
    },
    pagingOf(options),
  )
}

/** Every thread id of the project. */
export function iterateThreads(
  client: Pick<KhorosFlowClient, 'listThreads'>,
  options: PagingOptions = {},
): AsyncGenerator<string, void, undefined> {
  const { signal } = options
  return paginate(
    (page) => client.listThreads({ query: { sync: true, page }, ...(signal && { signal }) }),
    (response, pageNumber) => {
      const result = syncResultOf('listThreads', response)
      return { items: result.threads, hasNextPage: pageNumber < Number(result.pages) }
    },
    pagingOf(options),
  )
}

/**
 * History and thread listings across pages. Both are read in sync mode (the page is in
 * the response, not a later webhook call) and follow `page` until `pages`, one request at
 * a time: breaking out of `for await` stops fetching. Flow serves 20 entries per page.
 */
import { paginate } from '@parley/runtime'
import type { KhorosFlowClient } from './client.js'
import type { HistoryEntry } from './generated/types.gen.js'

export interface PagingOptions {
  /** The first page to read (default 1). */
  firstPage?: number
  /** Stop after this many pages even if more follow. */
  maxPages?: number
  signal?: AbortSignal
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
    (response, pageNumber) => ({ items: response.result.history, hasNextPage: pageNumber < Number(response.result.pages) }),
    pagingOf(options),
  )
}

/** Every thread id of the project. */
export function iterateThreads(client: Pick<KhorosFlowClient, 'listThreads'>, options: PagingOptions = {}): AsyncGenerator<string, void, undefined> {
  const { signal } = options
  return paginate(
    (page) => client.listThreads({ query: { sync: true, page }, ...(signal && { signal }) }),
    (response, pageNumber) => ({ items: response.result.threads, hasNextPage: pageNumber < Number(response.result.pages) }),
    pagingOf(options),
  )
}

/**
 * Every agent message across pages: `listAgentMessages` answers one page with
 * `current_page` and `total_pages`; this follows `page` until the last one, one request
 * at a time (breaking out of `for await` stops fetching).
 */
import { paginate } from '@parley/runtime'
import type { AvaamoClient } from './client.js'
import type { AgentMessageEntry, ListAgentMessagesData } from './generated/types.gen.js'

export type IterateAgentMessagesOptions = Omit<NonNullable<ListAgentMessagesData['query']>, 'page'> & {
  /** The first page to read (default 1). */
  firstPage?: number
  /** Stop after this many pages even if more follow. */
  maxPages?: number
  /** Aborts the request in flight and ends the walk with the signal's reason. */
  signal?: AbortSignal
}

/**
 * Every agent message across pages, in the order the pages give them. Requests `page` 1
 * (or `firstPage`), then the next, until `total_pages` or an empty page; the filters
 * (`since_timetoken`, `timetoken`, `device_info`, `per_page`) go on every request. Needs
 * the client's `agentAccessToken`. Errors are the same typed errors as `listAgentMessages`
 * throws; entries already yielded stay yielded.
 *
 * @example
 * for await (const entry of iterateAgentMessages(avaamo, { per_page: 100, since_timetoken })) {
 *   if (entry.conversation?.uuid === conversationUuid) console.log(entry.content)
 * }
 */
export function iterateAgentMessages(
  client: Pick<AvaamoClient, 'listAgentMessages'>,
  options: IterateAgentMessagesOptions = {},
): AsyncGenerator<AgentMessageEntry, void, undefined> {
  const { firstPage, maxPages, signal, ...query } = options
  return paginate(
    (page) => client.listAgentMessages({ query: { ...query, page }, ...(signal && { signal }) }),
    // The page number asked for, not the echoed `current_page`, decides: a server that
    // echoed a wrong page could otherwise make this loop forever.
    (response, pageNumber) => ({ items: response.entries, hasNextPage: pageNumber < response.total_pages }),
    { ...(firstPage !== undefined && { firstPage }), ...(maxPages !== undefined && { maxPages }) },
  )
}

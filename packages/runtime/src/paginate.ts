/**
 * Page-numbered listing as one async iterator of items. Vendors page by number
 * (`page` + `pages`/`total_pages`); each vendor package says how to read its page
 * envelope and this walks the pages until the last one, one request at a time, so
 * breaking out of a `for await` loop stops fetching.
 */
export interface PageReading<TItem> {
  /** The items of this page, in order. */
  readonly items: ReadonlyArray<TItem>
  /** Whether another page follows this one. */
  readonly hasNextPage: boolean
}

export interface PaginateOptions {
  /** The first page number to request (default 1). */
  readonly firstPage?: number
  /** Stop after this many pages even if the server says more follow (a guard against loops). */
  readonly maxPages?: number
}

export async function* paginate<TPage, TItem>(
  fetchPage: (pageNumber: number) => Promise<TPage>,
  readPage: (page: TPage, pageNumber: number) => PageReading<TItem>,
  options: PaginateOptions = {},
): AsyncGenerator<TItem, void, undefined> {
  const firstPage = options.firstPage ?? 1
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY
  for (let pageNumber = firstPage, fetched = 0; fetched < maxPages; pageNumber++, fetched++) {
    const reading = readPage(await fetchPage(pageNumber), pageNumber)
    yield* reading.items
    if (!reading.hasNextPage || reading.items.length === 0) return
  }
}

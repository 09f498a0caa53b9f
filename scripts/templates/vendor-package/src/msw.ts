/**
 * `@parley/__ID__/msw`: typed MSW handlers for an application's tests, generated from the
 * spec. One per operation answers the spec's example; another answer is typed by the
 * operation's statuses. Needs `msw` (an optional peer dependency).
 *
 * @example
 * const server = setupServer(...createHandlers())
 */
export * from './generated/msw.gen.js'
export type { HandlersOptions, MockAnswer, MockOptions, MockResolver } from '@parley/runtime/msw'

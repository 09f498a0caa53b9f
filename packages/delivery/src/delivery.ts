/**
 * Delivery wraps the handlers of any Parley webhook handler (a vendor package's `on` or the
 * facade's `onMessage`...): the wrapped handler only records the event (deduplicated, queued
 * per conversation, or stored durably) and lets the webhook answer; the application's
 * handler runs afterwards, once per event id, one at a time per conversation.
 */
import { pause, withinDeadline } from './deadline.js'
import { DeliveryConfigurationError, DeliveryUnavailableError } from './errors.js'
import { type DeliveryStore, type MaybePromise, type StoredEvent, memoryStore } from './store.js'

/**
 * What to do with an event whose conversation is busy:
 * - `queue`: handle it after the ones before it (default);
 * - `drop`: do not handle it (it is still answered 200 and marked seen);
 * - `burst`: the events that arrived while a handler ran go to one call, the latest as
 *   the event and the others in `context.earlier`;
 * - `debounce`: like `burst`, and a conversation's first event also waits until
 *   `debounceMs` pass without a new one (people who type in several short messages).
 */
export type DeliveryStrategy = 'queue' | 'drop' | 'burst' | 'debounce'

export interface DeliveryContext {
  readonly eventId: string | undefined
  readonly conversationId: string | undefined
  /** The name the handler was registered under. */
  readonly handler: string
  /** 1 for the first attempt; more when the durable mode retries. */
  readonly attempt: number
  /** `burst` and `debounce`: the events folded into this call, oldest first. Empty otherwise. */
  readonly earlier: ReadonlyArray<unknown>
  /** When the event was taken, in epoch milliseconds. */
  readonly receivedAt: number
}

export type DeliveryHandler<TEvent> = (event: TEvent, context: DeliveryContext) => unknown

/** How to read an event's id and conversation. The facade's events carry both (`eventId`, `conversationId`). */
export interface EventKeys<TEvent> {
  /** Stable across the vendor's redeliveries (a message id...). Without one, an event is not deduplicated. */
  eventId?: ((event: TEvent) => string | undefined) | undefined
  /** Events of one conversation are handled one at a time, in order. Without one, an event runs alone. */
  conversationId?: ((event: TEvent) => string | undefined) | undefined
}

/** An event whose handler kept failing in durable mode, as the queue keeps it. */
export interface FailedEvent extends StoredEvent {
  /** The queue's id for it: pass to `replay`. */
  readonly id: string
  readonly attempts: number
  readonly failedReason: string
  readonly failedAt: number | undefined
}

/**
 * The durable mode's queue (`durableQueue` from `@parley/delivery/redis`, on BullMQ): the
 * event is stored before the vendor is answered and any instance's worker may run it.
 */
export interface DurableQueue {
  /** Stores the event; resolves once it is stored (a second add of one event id is ignored). */
  add(event: StoredEvent): Promise<void>
  /** Starts this instance's workers, which call `run` for each stored event. */
  start(run: (event: StoredEvent, attempt: number) => Promise<void>): void
  failed(options?: { start?: number; end?: number }): Promise<FailedEvent[]>
  replay(id: string): Promise<void>
  /** Stops taking events and waits for the ones running here. */
  drain(): Promise<void>
  close(): Promise<void>
}

export interface DeliveryOptions {
  /** Where seen ids, queues and locks live: in memory by default; `redisStore` for several instances. */
  store?: DeliveryStore | undefined
  /** Durable mode: events stored on a queue before the answer (`durableQueue` from `@parley/delivery/redis`). */
  durable?: DurableQueue | undefined
  /**
   * Milliseconds within which the vendor is answered (default 2 000). Recording the event
   * must finish by then, or the answer is a 503 and the vendor delivers again.
   */
  deadlineMs?: number | undefined
  /** How long an event id is remembered (default 6 hours: Khoros Flow redelivers for up to 4). */
  dedupeWindowMs?: number | undefined
  /** Conversations handled at once by this instance (default 16). In durable mode: the queue's shards. */
  concurrency?: number | undefined
  strategy?: DeliveryStrategy | undefined
  /** `debounce`: the quiet time that ends a burst (default 1 000 ms). */
  debounceMs?: number | undefined
  /** How long a conversation's lock lasts without renewal (default 30 000 ms); renewed while a handler runs. */
  lockTtlMs?: number | undefined
  /**
   * Keeps the platform alive for work after the answer: Vercel's or Netlify's `waitUntil`.
   * On Workers pass `ctx` per request to the function `webhook()` returns instead.
   */
  waitUntil?: ((promise: Promise<unknown>) => void) | undefined
  /** Told when a handler throws or the store fails after the answer. */
  onError?: ((error: unknown, context: Partial<DeliveryContext>) => void) | undefined
  /** Told when the `drop` strategy skips an event. */
  onDrop?: ((event: unknown, context: Partial<DeliveryContext>) => void) | undefined
}

/** What `webhook()`'s function takes besides the request: a platform context with `waitUntil` (Workers' `ctx`). */
export interface PlatformContext {
  waitUntil?(promise: Promise<unknown>): void
}

/** A webhook handler's per-event context (vendor packages pass `{ request }`). */
interface WebhookContextLike {
  readonly request?: Request
}

export interface Delivery {
  /**
   * Wraps `handler` for a webhook handler's `on`: the wrapper records the event and
   * returns at once; `handler` runs after the answer. `name` identifies the handler on
   * every instance (the durable mode stores it with the event).
   *
   * When the event cannot be recorded, the wrapper called by a vendor package's handler
   * (which passes `{ request }` and answers a returned `Response`) returns a 503 answer;
   * called without a request (the facade's handlers) it rejects, and the vendor gets a 500.
   * Either way the vendor delivers again. Typed `Promise<void>` so that it fits both.
   */
  handle<TEvent>(
    name: string,
    handler: DeliveryHandler<TEvent>,
    keys?: EventKeys<TEvent>,
  ): (event: TEvent, context?: WebhookContextLike) => Promise<void>
  /**
   * Wraps a whole webhook handler: the answer within `deadlineMs` (503 past it, body
   * reading included), and the platform's `waitUntil` for the work after it.
   */
  webhook(
    handler: (request: Request) => Promise<Response>,
  ): (request: Request, platform?: PlatformContext) => Promise<Response>
  /** Stops taking events (they get 503) and waits for the work in progress here. */
  drain(): Promise<void>
  /** `drain()`, then closes the store's and the queue's connections. */
  close(): Promise<void>
  /** Durable mode: the events whose handler kept failing. */
  failed(options?: { start?: number; end?: number }): Promise<FailedEvent[]>
  /** Durable mode: runs a failed event again. */
  replay(id: string): Promise<void>
  /**
   * Runs `work` once the work given before it for the same conversation has finished: in
   * the order given on this instance, one at a time across instances sharing the store
   * (its conversation lock). `sendsInOrder` uses it for the facade's sends.
   */
  inOrder<T>(conversationId: string, work: () => Promise<T>): Promise<T>
  /** Work started after an answer and not finished yet, on this instance. */
  readonly pending: number
}

const DEFAULT_DEADLINE_MS = 2000
const DEFAULT_DEDUPE_WINDOW_MS = 6 * 60 * 60 * 1000
const DEFAULT_CONCURRENCY = 16
const DEFAULT_DEBOUNCE_MS = 1000
const DEFAULT_LOCK_TTL_MS = 30_000
/** A conversation's queue outlives its last event by this much, so nothing waits forever in Redis. */
const QUEUE_TTL_MS = 24 * 60 * 60 * 1000
const STORE_RETRY_FIRST_MS = 250
const STORE_RETRY_MAX_MS = 10_000
const strategies: ReadonlyArray<DeliveryStrategy> = ['queue', 'drop', 'burst', 'debounce']

function positive(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!(value > 0) || !Number.isFinite(value))
    throw new DeliveryConfigurationError(option, `\`${option}\` must be a number above 0 (got ${String(value)})`)
  return value
}

/** Reads `eventId` / `conversationId` from the facade's normalized events. */
function readProperty(event: unknown, name: string): string | undefined {
  if (typeof event !== 'object' || event === null) return undefined
  const value = (event as Record<string, unknown>)[name]
  return typeof value === 'string' && value !== '' ? value : undefined
}

const unavailableResponse = (message: string): Response =>
  new Response(JSON.stringify({ error: message }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'retry-after': '1' },
  })

/** A counting semaphore: conversations handled at once on this instance. */
class Slots {
  #free: number
  readonly #waiting: Array<() => void> = []
  constructor(count: number) {
    this.#free = count
  }
  acquire(): Promise<void> | undefined {
    if (this.#free > 0) {
      this.#free--
      return undefined
    }
    return new Promise((resolve) => this.#waiting.push(resolve))
  }
  release(): void {
    const next = this.#waiting.shift()
    if (next) next()
    else this.#free++
  }
}

export function createDelivery(options: DeliveryOptions = {}): Delivery {
  const store = options.store ?? memoryStore()
  const durable = options.durable
  const deadlineMs = positive('deadlineMs', options.deadlineMs, DEFAULT_DEADLINE_MS)
  const dedupeWindowMs = positive('dedupeWindowMs', options.dedupeWindowMs, DEFAULT_DEDUPE_WINDOW_MS)
  const concurrency = positive('concurrency', options.concurrency, DEFAULT_CONCURRENCY)
  const debounceMs = positive('debounceMs', options.debounceMs, DEFAULT_DEBOUNCE_MS)
  const lockTtlMs = positive('lockTtlMs', options.lockTtlMs, DEFAULT_LOCK_TTL_MS)
  const strategy = options.strategy ?? 'queue'
  if (!strategies.includes(strategy))
    throw new DeliveryConfigurationError('strategy', `\`strategy\` must be one of ${strategies.join(', ')}`)
  if (durable && strategy !== 'queue')
    throw new DeliveryConfigurationError(
      'strategy',
      'the durable mode handles every stored event: only the `queue` strategy applies',
    )
  const batchSize = strategy === 'burst' || strategy === 'debounce' ? 1000 : 1

  const handlers = new Map<string, DeliveryHandler<never>>()
  const slots = new Slots(concurrency)
  const inFlight = new Set<Promise<unknown>>()
  const platformWaitUntil = new WeakMap<Request, (promise: Promise<unknown>) => void>()
  let draining = false
  let workersStarted = false

  const report = (error: unknown, context: Partial<DeliveryContext>): void => {
    try {
      options.onError?.(error, context)
    } catch {
      // A failing reporter must not stop the delivery of other events.
    }
  }

  /** Keeps work after the answer visible to `drain()` and alive on platforms with `waitUntil`. */
  function track(work: Promise<unknown>, request: Request | undefined): void {
    const settled = work.then(
      () => undefined,
      (error: unknown) => report(error, {}),
    )
    inFlight.add(settled)
    settled.then(() => inFlight.delete(settled))
    const waitUntil = (request && platformWaitUntil.get(request)) ?? options.waitUntil
    waitUntil?.(settled)
  }

  async function runHandler(stored: StoredEvent, earlier: ReadonlyArray<StoredEvent>, attempt: number): Promise<void> {
    const handler = handlers.get(stored.handler)
    if (!handler) throw new Error(`no handler registered under "${stored.handler}" on this instance`)
    const context: DeliveryContext = {
      eventId: stored.eventId || undefined,
      conversationId: stored.conversationId || undefined,
      handler: stored.handler,
      attempt,
      earlier: earlier.map((entry) => entry.event),
      receivedAt: stored.receivedAt,
    }
    await handler(stored.event as never, context)
  }

  /** Runs a handler, reporting its failure (outside durable mode nothing retries it). */
  async function runReported(stored: StoredEvent, earlier: ReadonlyArray<StoredEvent>): Promise<void> {
    try {
      await runHandler(stored, earlier, 1)
    } catch (error) {
      report(error, { eventId: stored.eventId, conversationId: stored.conversationId, handler: stored.handler })
    }
  }

  const seenKey = (stored: StoredEvent) => `seen:${stored.handler}:${stored.eventId}`
  const queueKey = (conversationId: string) => `queue:${conversationId}`
  const lockKey = (conversationId: string) => `lock:${conversationId}`

  /**
   * Renews the locks held here while their holders work: one timer for all of them (a
   * timer per conversation would cost more than the rest of an event's path).
   */
  const heldLocks = new Map<string, string>()
  let renewer: ReturnType<typeof setInterval> | undefined
  function renewHeldLocks(): void {
    if (heldLocks.size === 0) {
      clearInterval(renewer)
      renewer = undefined
      return
    }
    for (const [key, token] of heldLocks)
      Promise.resolve(store.extendLock(key, token, lockTtlMs)).catch((error: unknown) => report(error, {}))
  }
  /** Renews a lock while its holder works; the returned function stops it. */
  function keepLock(key: string, token: string): () => void {
    heldLocks.set(key, token)
    renewer ??= setInterval(renewHeldLocks, Math.max(10, Math.floor(lockTtlMs / 3)))
    return () => heldLocks.delete(key)
  }

  /** `debounce`: waits until the conversation's queue stops growing for `debounceMs` (at most ten times that). */
  async function waitForQuiet(key: string): Promise<void> {
    let before = await store.length(key)
    for (let round = 0; round < 10; round++) {
      await pause(debounceMs)
      const after = await store.length(key)
      if (after === before) return
      before = after
    }
  }

  /**
   * Handles a conversation's queue while holding its lock, here or on any instance. An
   * instance that finds the lock taken leaves: the holder takes what was appended. After
   * releasing, the queue is read once more, for an event appended between the last read
   * and the release by someone who found the lock still taken. An event leaves the queue
   * after its handler ran, so a store failing meanwhile can repeat it, never lose it.
   */
  async function drainConversation(conversationId: string): Promise<void> {
    const queue = queueKey(conversationId)
    const lock = lockKey(conversationId)
    const waiting = slots.acquire()
    if (waiting) await waiting
    // A lock whose release failed (the store was down) is released before trying again,
    // so that the conversation does not wait for the lock to expire.
    let unreleased: string | undefined
    try {
      for (let failures = 0; ; ) {
        try {
          if (unreleased !== undefined) await store.unlock(lock, unreleased)
          unreleased = undefined
          const token = await store.lock(lock, lockTtlMs)
          if (token === undefined) return
          unreleased = token
          const stopKeeping = keepLock(lock, token)
          try {
            for (;;) {
              if (strategy === 'debounce') await waitForQuiet(queue)
              const batch = await store.peek(queue, batchSize)
              const latest = batch.at(-1)
              if (!latest) break
              await runReported(latest, batch.slice(0, -1))
              await store.remove(queue, batch)
            }
          } finally {
            stopKeeping()
          }
          await store.unlock(lock, token)
          unreleased = undefined
          if ((await store.length(queue)) === 0) {
            await store.settle(queue)
            return
          }
          failures = 0
        } catch (error) {
          // The store failed (Redis unreachable): what is queued stays there; look again later.
          report(error, { conversationId })
          if (draining) return
          await pause(Math.min(STORE_RETRY_FIRST_MS * 2 ** failures++, STORE_RETRY_MAX_MS))
        }
      }
    } finally {
      slots.release()
    }
  }

  /** `drop`: handles the event only when nobody handles its conversation now. */
  async function handleUnlessBusy(stored: StoredEvent): Promise<void> {
    const lock = lockKey(stored.conversationId)
    const waiting = slots.acquire()
    if (waiting) await waiting
    try {
      const token = await store.lock(lock, lockTtlMs)
      if (token === undefined) {
        options.onDrop?.(stored.event, { eventId: stored.eventId, conversationId: stored.conversationId })
        return
      }
      const stopKeeping = keepLock(lock, token)
      try {
        await runReported(stored, [])
      } finally {
        stopKeeping()
        await store.unlock(lock, token)
      }
    } finally {
      slots.release()
    }
  }

  /**
   * Looks again, every `lockTtlMs`, at conversations with events still waiting: the
   * instance handling one may have died (its lock then expires), and nobody else would
   * take its queue before the conversation's next event.
   */
  let sweeper: ReturnType<typeof setInterval> | undefined
  function startSweeping(): void {
    if (sweeper !== undefined || durable) return
    sweeper = setInterval(() => {
      Promise.resolve(store.waiting(100)).then(
        (queues) => {
          for (const queue of queues)
            if (queue.startsWith('queue:')) track(drainConversation(queue.slice(6)), undefined)
        },
        (error: unknown) => report(error, {}),
      )
    }, lockTtlMs)
    // Never the reason a process stays up.
    ;(sweeper as { unref?: () => void }).unref?.()
  }

  /** The tail of each conversation's sends on this instance. */
  const sendChains = new Map<string, Promise<void>>()

  /** Holds the conversation's send lock (waiting for it, polling) while `work` runs. */
  async function withSendLock<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const key = `send:${conversationId}`
    let token = await store.lock(key, lockTtlMs)
    for (let wait = 5; token === undefined; wait = Math.min(wait * 2, 200)) {
      await pause(wait)
      token = await store.lock(key, lockTtlMs)
    }
    const stopKeeping = keepLock(key, token)
    try {
      return await work()
    } finally {
      stopKeeping()
      await Promise.resolve(store.unlock(key, token)).catch((error: unknown) => report(error, { conversationId }))
    }
  }

  function startWorkers(): void {
    if (!durable || workersStarted) return
    workersStarted = true
    // After the handlers registered in this turn, so that the first job finds its handler.
    queueMicrotask(() => durable.start((stored, attempt) => runHandler(stored, [], attempt)))
  }

  /** Records one event before the answer. Returns normally when the vendor may be answered 200. */
  function record(stored: StoredEvent, request: Request | undefined, startedAt: number): MaybePromise<void> {
    const remaining = () => deadlineMs - (Date.now() - startedAt)
    if (durable) return withinDeadline(durable.add(stored), remaining(), 'storing the event')
    const hasId = stored.eventId !== ''
    if (stored.conversationId !== '' && strategy !== 'drop') {
      const queue = queueKey(stored.conversationId)
      const queued = hasId
        ? withinDeadline(
            store.enqueueOnce(seenKey(stored), dedupeWindowMs, queue, stored, QUEUE_TTL_MS),
            remaining(),
            'queueing the event',
          )
        : withinDeadline(
            Promise.resolve(store.append(queue, stored, QUEUE_TTL_MS)).then(() => true),
            remaining(),
            'queueing the event',
          )
      const afterQueue = (first: boolean) => {
        if (!first) return
        track(drainConversation(stored.conversationId), request)
        startSweeping()
      }
      return queued instanceof Promise ? queued.then(afterQueue) : afterQueue(queued)
    }
    // No conversation to queue in, or `drop`: nothing waits, so a mark is all there is to store.
    const claimed = hasId
      ? withinDeadline(store.claim(seenKey(stored), dedupeWindowMs), remaining(), 'deduplication')
      : true
    const afterClaim = (first: boolean) => {
      if (!first) return
      track(stored.conversationId === '' ? runReported(stored, []) : handleUnlessBusy(stored), request)
    }
    return claimed instanceof Promise ? claimed.then(afterClaim) : afterClaim(claimed)
  }

  function refuse(error: unknown, context: WebhookContextLike | undefined, stored: StoredEvent): Response {
    const unavailable =
      error instanceof DeliveryUnavailableError
        ? error
        : new DeliveryUnavailableError('the delivery store could not take the event', { cause: error })
    report(unavailable, { eventId: stored.eventId, conversationId: stored.conversationId, handler: stored.handler })
    // A vendor package's handler answers a returned Response; the facade's handlers return
    // nothing, so there the error is thrown and the vendor is answered 500: never a 200.
    if (context?.request) return unavailableResponse(unavailable.message)
    throw unavailable
  }

  const delivery: Delivery = {
    handle<TEvent>(name: string, handler: DeliveryHandler<TEvent>, keys: EventKeys<TEvent> = {}) {
      if (typeof name !== 'string' || name === '' || name.includes(':'))
        throw new DeliveryConfigurationError('name', 'a handler name is a non-empty string without `:`')
      if (typeof handler !== 'function')
        throw new DeliveryConfigurationError('handler', `the handler registered as "${name}" is not a function`)
      handlers.set(name, handler as DeliveryHandler<never>)
      startWorkers()
      const eventIdOf = keys.eventId ?? ((event: TEvent) => readProperty(event, 'eventId'))
      const conversationIdOf = keys.conversationId ?? ((event: TEvent) => readProperty(event, 'conversationId'))
      // A key function that throws on a malformed event leaves the event without that key:
      // it is still taken (a vendor would otherwise redeliver it for hours).
      const read = (of: (event: TEvent) => string | undefined, event: TEvent): string => {
        try {
          return of(event) ?? ''
        } catch (error) {
          report(error, { handler: name })
          return ''
        }
      }
      const wrapped = async (event: TEvent, context?: WebhookContextLike): Promise<Response | undefined> => {
        const startedAt = Date.now()
        const stored: StoredEvent = {
          handler: name,
          eventId: read(eventIdOf, event),
          conversationId: read(conversationIdOf, event),
          event,
          receivedAt: startedAt,
        }
        if (draining) return refuse(new DeliveryUnavailableError('shutting down'), context, stored)
        try {
          const recorded = record(stored, context?.request, startedAt)
          if (recorded instanceof Promise) await recorded
          return undefined
        } catch (error) {
          return refuse(error, context, stored)
        }
      }
      return wrapped as (event: TEvent, context?: WebhookContextLike) => Promise<void>
    },

    webhook(handler) {
      return async (request, platform) => {
        if (platform?.waitUntil) platformWaitUntil.set(request, platform.waitUntil.bind(platform))
        let timer: ReturnType<typeof setTimeout> | undefined
        const late = new Promise<Response>((resolve) => {
          timer = setTimeout(() => resolve(unavailableResponse(`not recorded within ${deadlineMs} ms`)), deadlineMs)
        })
        try {
          return await Promise.race([handler(request), late])
        } finally {
          clearTimeout(timer)
        }
      }
    },

    async drain() {
      draining = true
      clearInterval(sweeper)
      while (inFlight.size > 0) await Promise.all(inFlight)
      await durable?.drain()
    },

    async close() {
      await delivery.drain()
      await durable?.close()
      await store.close?.()
    },

    failed(range) {
      if (!durable) return Promise.resolve([])
      return durable.failed(range)
    },

    replay(id) {
      if (!durable) return Promise.reject(new DeliveryConfigurationError('durable', 'replay needs the durable mode'))
      return durable.replay(id)
    },

    inOrder(conversationId, work) {
      const previous = sendChains.get(conversationId) ?? Promise.resolve()
      const result = previous.then(() => withSendLock(conversationId, work))
      const settled = result.then(
        () => undefined,
        () => undefined,
      )
      sendChains.set(conversationId, settled)
      settled.then(() => {
        if (sendChains.get(conversationId) === settled) sendChains.delete(conversationId)
      })
      return result
    },

    get pending() {
      return inFlight.size
    },
  }
  return delivery
}

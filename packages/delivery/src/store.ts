/**
 * The state delivery keeps between deliveries: which events were seen, each conversation's
 * waiting events, and who is handling a conversation. Each operation maps onto one Redis
 * primitive (SET NX PX, RPUSH, LPOP, a token-checked DEL), so a store on Redis gives the
 * same guarantees across instances as the in-memory one gives in one process.
 */

/** What is queued for a conversation: enough to run the handler on any instance. */
export interface StoredEvent {
  /** The name the handler was registered under (`delivery.handle(name, ...)`). */
  readonly handler: string
  readonly eventId: string
  readonly conversationId: string
  /** The event as the webhook handler parsed it (JSON). */
  readonly event: unknown
  /** When it was taken, in epoch milliseconds. */
  readonly receivedAt: number
}

/** Either a value or a promise of it: the memory store answers synchronously. */
export type MaybePromise<T> = T | Promise<T>

export interface DeliveryStore {
  /** Marks `key` as seen for `ttlMs`; `true` only for the first caller while the mark lasts. */
  claim(key: string, ttlMs: number): MaybePromise<boolean>
  /**
   * In one step: marks `seenKey` for `seenTtlMs` and, when it was not marked yet, appends
   * `value` to the list at `queueKey` (kept `queueTtlMs` after the last append). `false`
   * for an event already seen. One step, so that an event is never marked without being
   * queued (a store failing in between would otherwise drop it for the whole window).
   */
  enqueueOnce(
    seenKey: string,
    seenTtlMs: number,
    queueKey: string,
    value: StoredEvent,
    queueTtlMs: number,
  ): MaybePromise<boolean>
  /**
   * Some of the lists that had values appended and were not settled since (up to
   * `count`): conversations to look at again, in case a handler's instance died.
   */
  waiting(count: number): MaybePromise<string[]>
  /** Forgets the list at `key` in `waiting` if it is empty (checked and forgotten in one step). */
  settle(key: string): MaybePromise<void>
  /** Appends to the list at `key` and keeps it `ttlMs` after the last append. */
  append(key: string, value: StoredEvent, ttlMs: number): MaybePromise<void>
  /** Up to `count` values from the head of the list at `key`, oldest first, left in place. */
  peek(key: string, count: number): MaybePromise<StoredEvent[]>
  /**
   * Removes values `peek` gave, once handled. A removal repeated (a client re-sending it
   * after a reconnection) removes nothing more, so a value leaves the list only once it was
   * handled: at worst an event is handled twice, never lost.
   */
  remove(key: string, values: ReadonlyArray<StoredEvent>): MaybePromise<void>
  /** How many values wait in the list at `key`. */
  length(key: string): MaybePromise<number>
  /** Takes the lock at `key` for `ttlMs`: a token when taken, `undefined` when someone holds it. */
  lock(key: string, ttlMs: number): MaybePromise<string | undefined>
  /** Extends a lock this token holds; `false` when it expired and someone else may hold it. */
  extendLock(key: string, token: string, ttlMs: number): MaybePromise<boolean>
  /** Releases a lock this token holds (a lock taken over by another holder is left alone). */
  unlock(key: string, token: string): MaybePromise<void>
  /** Closes connections the store opened (not a client the application passed in). */
  close?(): Promise<void>
}

let tokenCounter = 0
/** A lock token unique within this process; Redis stores add their instance id. */
export const newLockToken = (): string => `${Date.now().toString(36)}.${(tokenCounter++).toString(36)}`

/**
 * The default store: one process, no set-up, the same semantics as the Redis store.
 * Expired marks are swept lazily (on access, and every `sweepEvery` claims), so memory
 * stays bounded by the events of one deduplication window.
 */
export class MemoryStore implements DeliveryStore {
  readonly #marks = new Map<string, number>()
  readonly #lists = new Map<string, StoredEvent[]>()
  readonly #locks = new Map<string, { token: string; expiresAt: number }>()
  readonly #waiting = new Set<string>()
  #claimsSinceSweep = 0

  claim(key: string, ttlMs: number): boolean {
    const now = Date.now()
    const expiresAt = this.#marks.get(key)
    if (expiresAt !== undefined && expiresAt > now) return false
    this.#marks.set(key, now + ttlMs)
    if (++this.#claimsSinceSweep >= 10_000) this.#sweep(now)
    return true
  }

  enqueueOnce(seenKey: string, seenTtlMs: number, queueKey: string, value: StoredEvent): boolean {
    if (!this.claim(seenKey, seenTtlMs)) return false
    this.append(queueKey, value)
    return true
  }

  waiting(count: number): string[] {
    return [...this.#waiting].slice(0, count)
  }

  settle(key: string): void {
    if (!this.#lists.has(key)) this.#waiting.delete(key)
  }

  append(key: string, value: StoredEvent): void {
    this.#waiting.add(key)
    const list = this.#lists.get(key)
    if (list) list.push(value)
    else this.#lists.set(key, [value])
  }

  peek(key: string, count: number): StoredEvent[] {
    const list = this.#lists.get(key)
    if (!list) return []
    return count === 1 ? [list[0] as StoredEvent] : list.slice(0, count)
  }

  remove(key: string, values: ReadonlyArray<StoredEvent>): void {
    const list = this.#lists.get(key)
    if (!list) return
    for (const value of values) {
      const index = list.indexOf(value)
      if (index !== -1) list.splice(index, 1)
    }
    if (list.length === 0) this.#lists.delete(key)
  }

  length(key: string): number {
    return this.#lists.get(key)?.length ?? 0
  }

  lock(key: string, ttlMs: number): string | undefined {
    const now = Date.now()
    const held = this.#locks.get(key)
    if (held && held.expiresAt > now) return undefined
    const token = newLockToken()
    this.#locks.set(key, { token, expiresAt: now + ttlMs })
    return token
  }

  extendLock(key: string, token: string, ttlMs: number): boolean {
    const held = this.#locks.get(key)
    if (!held || held.token !== token) return false
    held.expiresAt = Date.now() + ttlMs
    return true
  }

  unlock(key: string, token: string): void {
    if (this.#locks.get(key)?.token === token) this.#locks.delete(key)
  }

  #sweep(now: number): void {
    this.#claimsSinceSweep = 0
    for (const [key, expiresAt] of this.#marks) if (expiresAt <= now) this.#marks.delete(key)
  }
}

/** The in-memory store (the default when `createDelivery` gets none). */
export const memoryStore = (): DeliveryStore => new MemoryStore()

/**
 * The store on Redis, through ioredis (BullMQ's own client: the durable mode and the store
 * share one client library and one connection set-up). Each operation is one Redis command:
 * SET NX PX for marks and locks, RPUSH/LRANGE/LREM for a conversation's queue, and the documented
 * single-instance lock release (compare the token, then delete) as a small Lua script.
 * A conversation's events leave its list only after their handler ran (LRANGE, then LREM).
 */
import { Redis, type RedisOptions } from 'ioredis'
import { DeliveryConfigurationError } from '../errors.js'
import { type DeliveryStore, type StoredEvent, newLockToken } from '../store.js'

const releaseIfHeld = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`
const extendIfHeld = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`

// Marks the event and queues it in one step (KEYS: seen, queue, waiting set; ARGV: seen
// TTL, event, queue TTL, queue key as listed in the waiting set).
const enqueueIfUnseen = `if not redis.call('set', KEYS[1], '1', 'PX', ARGV[1], 'NX') then return 0 end
redis.call('rpush', KEYS[2], ARGV[2])
redis.call('pexpire', KEYS[2], ARGV[3])
redis.call('sadd', KEYS[3], ARGV[4])
return 1`
const settleIfEmpty = `if redis.call('llen', KEYS[1]) == 0 then redis.call('srem', KEYS[2], ARGV[1]) end return 0`
const WAITING_SET = 'waiting'

export const DEFAULT_KEY_PREFIX = 'parley:delivery:'

export interface RedisStoreOptions {
  /** A client of the application's (left open by `close()`); otherwise one is opened from `url`. */
  client?: Redis | undefined
  /** `redis://host:port/db` (default `redis://127.0.0.1:6379`), when no `client` is given. */
  url?: string | undefined
  /** Prefix of every key the store writes (default `parley:delivery:`). */
  keyPrefix?: string | undefined
  /** More ioredis options for the client opened from `url`. */
  redisOptions?: RedisOptions | undefined
}

/**
 * Options of the clients this package opens: a command waits for the connection (at
 * start-up) but fails after one failed reconnection instead of waiting out an outage, so
 * the vendor gets its 503 (the delivery's deadline bounds the wait in any case).
 */
export const failFastOptions: RedisOptions = {
  maxRetriesPerRequest: 1,
  connectTimeout: 2000,
  retryStrategy: (attempt) => Math.min(100 * 2 ** attempt, 2000),
}

export class RedisStore implements DeliveryStore {
  readonly client: Redis
  readonly keyPrefix: string
  readonly #ownsClient: boolean
  readonly #instance = Math.random().toString(36).slice(2, 10)

  constructor(options: RedisStoreOptions = {}) {
    const keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX
    if (typeof keyPrefix !== 'string') throw new DeliveryConfigurationError('keyPrefix', '`keyPrefix` must be a string')
    this.keyPrefix = keyPrefix
    if (options.client) {
      if (options.client.options.keyPrefix)
        throw new DeliveryConfigurationError(
          'client',
          "the client has ioredis's own keyPrefix: pass the prefix as `keyPrefix` instead (BullMQ refuses ioredis prefixes)",
        )
      this.client = options.client
      this.#ownsClient = false
    } else {
      this.client = new Redis(options.url ?? 'redis://127.0.0.1:6379', { ...failFastOptions, ...options.redisOptions })
      this.#ownsClient = true
    }
    // ioredis reports connection failures as events; the commands that fail say it too.
    this.client.on('error', () => undefined)
  }

  /** Resolves once the client is connected (start serving after it: before, events get 503). */
  async ready(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (this.client.status !== 'ready') {
      if (Date.now() > deadline) throw new Error(`Redis not ready within ${timeoutMs} ms (${this.client.status})`)
      if (this.client.status === 'wait') await this.client.connect()
      else await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    return (await this.client.set(this.keyPrefix + key, '1', 'PX', Math.ceil(ttlMs), 'NX')) === 'OK'
  }

  async enqueueOnce(
    seenKey: string,
    seenTtlMs: number,
    queueKey: string,
    value: StoredEvent,
    queueTtlMs: number,
  ): Promise<boolean> {
    const queued = await this.client.eval(
      enqueueIfUnseen,
      3,
      this.keyPrefix + seenKey,
      this.keyPrefix + queueKey,
      this.keyPrefix + WAITING_SET,
      Math.ceil(seenTtlMs),
      JSON.stringify(value),
      Math.ceil(queueTtlMs),
      queueKey,
    )
    return queued === 1
  }

  waiting(count: number): Promise<string[]> {
    return this.client.srandmember(this.keyPrefix + WAITING_SET, count)
  }

  async settle(key: string): Promise<void> {
    await this.client.eval(settleIfEmpty, 2, this.keyPrefix + key, this.keyPrefix + WAITING_SET, key)
  }

  async append(key: string, value: StoredEvent, ttlMs: number): Promise<void> {
    const fullKey = this.keyPrefix + key
    await this.client
      .multi()
      .rpush(fullKey, JSON.stringify(value))
      .pexpire(fullKey, Math.ceil(ttlMs))
      .sadd(this.keyPrefix + WAITING_SET, key)
      .exec()
  }

  async peek(key: string, count: number): Promise<StoredEvent[]> {
    const entries = await this.client.lrange(this.keyPrefix + key, 0, count - 1)
    return entries.map((entry) => JSON.parse(entry) as StoredEvent)
  }

  async remove(key: string, values: ReadonlyArray<StoredEvent>): Promise<void> {
    // JSON.stringify of what JSON.parse read from JSON.stringify's output is the same text,
    // so LREM finds the entry; a repeated LREM finds nothing more.
    const removals = this.client.multi()
    for (const value of values) removals.lrem(this.keyPrefix + key, 1, JSON.stringify(value))
    await removals.exec()
  }

  length(key: string): Promise<number> {
    return this.client.llen(this.keyPrefix + key)
  }

  async lock(key: string, ttlMs: number): Promise<string | undefined> {
    const token = `${this.#instance}.${newLockToken()}`
    const taken = await this.client.set(this.keyPrefix + key, token, 'PX', Math.ceil(ttlMs), 'NX')
    return taken === 'OK' ? token : undefined
  }

  async extendLock(key: string, token: string, ttlMs: number): Promise<boolean> {
    return (await this.client.eval(extendIfHeld, 1, this.keyPrefix + key, token, Math.ceil(ttlMs))) === 1
  }

  async unlock(key: string, token: string): Promise<void> {
    await this.client.eval(releaseIfHeld, 1, this.keyPrefix + key, token)
  }

  async close(): Promise<void> {
    if (this.#ownsClient) await this.client.quit().catch(() => this.client.disconnect())
  }
}

/** A store on Redis, for several instances. */
export const redisStore = (options: RedisStoreOptions = {}): RedisStore => new RedisStore(options)

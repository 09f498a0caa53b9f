/**
 * The durable mode on BullMQ. An event is a job, added before the vendor is answered; its
 * job id is derived from the event id, so BullMQ ignores a second add of the same event
 * (two instances at once included) for as long as the job is kept.
 *
 * Order per conversation across instances comes from BullMQ itself: the jobs go to one of
 * `shards` queues chosen by the conversation, and each shard queue has a global
 * concurrency of 1, so its jobs run one at a time, oldest first, on whichever instance's
 * worker takes them; different shards run in parallel. An instance that dies mid-handler
 * leaves its job locked until the lock expires; BullMQ's stalled-job check on any other
 * worker then moves it back to run again, and the shard waits meanwhile.
 */
import { type Job, type JobsOptions, Queue, Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import type { DurableQueue, FailedEvent } from '../delivery.js'
import { DeliveryConfigurationError } from '../errors.js'
import type { StoredEvent } from '../store.js'
import { DEFAULT_KEY_PREFIX, RedisStore, type RedisStoreOptions } from './store.js'

export interface DurableQueueOptions extends RedisStoreOptions {
  /** Share the client and key prefix of this store. */
  store?: RedisStore | undefined
  /** Base name of the shard queues (default `events`): `events-0`, `events-1`, ... */
  name?: string | undefined
  /** Conversations handled at once across all instances (default 8): one shard queue each. */
  shards?: number | undefined
  /** Attempts per event, the first included (default 5). */
  attempts?: number | undefined
  /** First retry delay, doubling per attempt (default 1 000 ms). */
  backoffMs?: number | undefined
  /** How long an event id stays known after its handler succeeded (default 6 hours). */
  dedupeWindowMs?: number | undefined
  /** How long failed events are kept for `failed()` and `replay()` (default 7 days). */
  keepFailedMs?: number | undefined
  /**
   * How long a worker's hold on a running event lasts without renewal (default 30 000 ms,
   * BullMQ's). An instance that dies mid-handler gives its event up after about this long.
   */
  lockDurationMs?: number | undefined
  /** Told when a worker or queue reports an error (Redis unreachable...). */
  onError?: ((error: unknown) => void) | undefined
}

/** FNV-1a: a stable shard per conversation on every instance. */
function shardOf(key: string, shards: number): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % shards
}

/** BullMQ job ids may not contain `:`; `%` is escaped first so that distinct ids stay distinct. */
const jobIdOf = (event: StoredEvent): string | undefined =>
  event.eventId === '' ? undefined : `${event.handler}/${event.eventId.replaceAll('%', '%25').replaceAll(':', '%3A')}`

function wholeNumber(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 1)
    throw new DeliveryConfigurationError(option, `\`${option}\` must be a whole number above 0`)
  return value
}

export class BullmqDurableQueue implements DurableQueue {
  readonly #store: RedisStore
  readonly #ownsStore: boolean
  readonly #workerClient: Redis
  readonly #queues: Queue[]
  readonly #workers: Worker[] = []
  readonly #prefix: string
  readonly #lockDurationMs: number
  readonly #onError: (error: unknown) => void

  constructor(options: DurableQueueOptions = {}) {
    this.#ownsStore = options.store === undefined
    this.#store = options.store ?? new RedisStore(options)
    const name = options.name ?? 'events'
    if (name.includes(':')) throw new DeliveryConfigurationError('name', 'a queue name may not contain `:`')
    const shards = wholeNumber('shards', options.shards, 8)
    const attempts = wholeNumber('attempts', options.attempts, 5)
    const backoffMs = wholeNumber('backoffMs', options.backoffMs, 1000)
    this.#lockDurationMs = wholeNumber('lockDurationMs', options.lockDurationMs, 30_000)
    const dedupeWindowMs = wholeNumber('dedupeWindowMs', options.dedupeWindowMs, 6 * 60 * 60 * 1000)
    const keepFailedMs = wholeNumber('keepFailedMs', options.keepFailedMs, 7 * 24 * 60 * 60 * 1000)
    this.#onError = options.onError ?? (() => undefined)
    // BullMQ's own prefix option, so its keys sit beside the store's under one prefix.
    this.#prefix = (this.#store.keyPrefix || DEFAULT_KEY_PREFIX).replace(/:+$/, '')
    // Workers block on Redis and must keep retrying through an outage (BullMQ requires
    // `maxRetriesPerRequest: null` for them); the store's client fails fast instead.
    this.#workerClient = this.#store.client.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true })
    this.#workerClient.on('error', () => undefined)
    const defaultJobOptions: JobsOptions = {
      attempts,
      backoff: { type: 'exponential', delay: backoffMs },
      removeOnComplete: { age: Math.ceil(dedupeWindowMs / 1000) },
      removeOnFail: { age: Math.ceil(keepFailedMs / 1000) },
    }
    this.#queues = Array.from({ length: shards }, (_unused, index) => {
      const queue = new Queue(`${name}-${index}`, {
        connection: this.#store.client,
        prefix: this.#prefix,
        defaultJobOptions,
      })
      queue.on('error', (error) => this.#onError(error))
      return queue
    })
  }

  async add(event: StoredEvent): Promise<void> {
    const shard = shardOf(event.conversationId || event.eventId || String(Math.random()), this.#queues.length)
    const jobId = jobIdOf(event)
    await (this.#queues[shard] as Queue).add(event.handler, event, jobId === undefined ? {} : { jobId })
  }

  start(run: (event: StoredEvent, attempt: number) => Promise<void>): void {
    for (const queue of this.#queues) {
      queue.setGlobalConcurrency(1).catch((error: unknown) => this.#onError(error))
      const worker = new Worker(
        queue.name,
        async (job: Job<StoredEvent>) => {
          await run(job.data, job.attemptsMade + 1)
        },
        {
          connection: this.#workerClient,
          prefix: this.#prefix,
          concurrency: 1,
          lockDuration: this.#lockDurationMs,
          stalledInterval: this.#lockDurationMs,
        },
      )
      worker.on('error', (error) => this.#onError(error))
      this.#workers.push(worker)
    }
  }

  async failed(range: { start?: number; end?: number } = {}): Promise<FailedEvent[]> {
    const perQueue = await Promise.all(
      this.#queues.map(async (queue, shard) => {
        const jobs = await queue.getFailed(range.start ?? 0, range.end ?? -1)
        return jobs.map(
          (job): FailedEvent => ({
            ...(job.data as StoredEvent),
            id: `${shard}:${job.id}`,
            attempts: job.attemptsMade,
            failedReason: job.failedReason,
            failedAt: job.finishedOn,
          }),
        )
      }),
    )
    return perQueue.flat().sort((first, second) => (first.failedAt ?? 0) - (second.failedAt ?? 0))
  }

  async replay(id: string): Promise<void> {
    const separator = id.indexOf(':')
    const queue = this.#queues[Number(id.slice(0, separator))]
    const job = queue ? await queue.getJob(id.slice(separator + 1)) : undefined
    if (!job) throw new DeliveryConfigurationError('id', `no failed event with id "${id}"`)
    await job.retry('failed')
  }

  async drain(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.close()))
  }

  async close(): Promise<void> {
    await this.drain()
    await Promise.all(this.#queues.map((queue) => queue.close()))
    await this.#workerClient.quit().catch(() => this.#workerClient.disconnect())
    if (this.#ownsStore) await this.#store.close()
  }
}

/** The durable mode: pass as `createDelivery({ store, durable: durableQueue({ store }) })`. */
export const durableQueue = (options: DurableQueueOptions = {}): BullmqDurableQueue => new BullmqDurableQueue(options)

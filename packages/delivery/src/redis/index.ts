// The Redis parts, on their own subpath: `ioredis` and `bullmq` are optional peer
// dependencies, needed only by those who import `@parley/delivery/redis`.
export { BullmqDurableQueue, type DurableQueueOptions, durableQueue } from './durable.js'
export { DEFAULT_KEY_PREFIX, RedisStore, type RedisStoreOptions, redisStore } from './store.js'

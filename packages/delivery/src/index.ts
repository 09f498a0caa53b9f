export {
  type Delivery,
  type DeliveryContext,
  type DeliveryHandler,
  type DeliveryOptions,
  type DeliveryStrategy,
  type DurableQueue,
  type EventKeys,
  type FailedEvent,
  type PlatformContext,
  createDelivery,
} from './delivery.js'
export { DeliveryConfigurationError, DeliveryUnavailableError } from './errors.js'
export { sendsInOrder } from './sends.js'
export { type DeliveryStore, MemoryStore, type MaybePromise, type StoredEvent, memoryStore } from './store.js'

/**
 * @parley/messaging: one typed interface over the Parley vendor clients. Adapters live on
 * subpaths (`@parley/messaging/khoros-flow`, ...) so importing one pulls in only that
 * vendor's code. The facade adds no HTTP: every call goes through the vendor's client.
 */
export { UnsupportedAdapterError, createMessaging, hasCapability } from './messaging.js'
export type { Messaging } from './messaging.js'
export { ALL_CAPABILITIES, SPECIFICATION_VERSION, defineAdapter } from './specification.js'
export type {
  Capability,
  ConversationControlInput,
  HandoverInput,
  ListMessagesInput,
  MediaKind,
  MessagingAdapter,
  MessagingAdapterV1,
  MessagingOperations,
  SendEventInput,
  SendMediaInput,
  SendTextInput,
} from './specification.js'
export type {
  MessageAuthor,
  NormalizedEvent,
  NormalizedEventType,
  NormalizedMessage,
  NormalizedWebhookHandlers,
  SentMessage,
} from './normalized.js'
export * from '@parley/runtime/errors'

/**
 * @parley/messaging: one typed interface over the Parley vendor clients. Adapters live on
 * subpaths (`@parley/messaging/khoros-flow`, ...) so importing one pulls in only that
 * vendor's code. The facade adds no HTTP: every call goes through the vendor's client.
 */
export { UnsupportedAdapterError, createMessaging, hasCapability } from './messaging.js'
export type {
  EventOf,
  Messaging,
  MessagingOf,
  MultiMessaging,
  SendContentOf,
  SendToInput,
  SendableByAll,
} from './messaging.js'
export { ContentLimitError, UnsupportedContentError } from './limits.js'
export { CONTENT_KINDS, pickedValue, plainTextOf } from './content.js'
export type {
  Card,
  CardAction,
  CardContent,
  CarouselContent,
  Choice,
  ChoiceContent,
  Content,
  ContentKind,
  ContentOfKind,
  EventContent,
  ListContent,
  ListItem,
  LocationContent,
  MediaContent,
  MediaKind,
  PostbackAction,
  PostbackContent,
  SayAction,
  SendableKind,
  TemplateContent,
  TextContent,
  UrlAction,
  VendorContent,
} from './content.js'
export { ALL_CAPABILITIES, SPECIFICATION_VERSION, defineAdapter, vendorPayloads } from './specification.js'
export type {
  AdapterCapability,
  AdapterOperations,
  Capability,
  ContentLimit,
  ConversationControlInput,
  HandoverInput,
  ListMessagesInput,
  MessagingAdapter,
  MessagingAdapterV2,
  MessagingOperations,
  SendEventInput,
  SendInput,
  SendMediaInput,
  SendOptions,
  SendShorthands,
  SendTextInput,
  ShorthandsOf,
  VendorPayloadTypes,
} from './specification.js'
export type {
  AuthorRole,
  MessageAuthor,
  MessageEvent,
  NormalizedEvent,
  NormalizedEventType,
  NormalizedMessage,
  NormalizedWebhookHandlers,
  SentMessage,
  StateEvent,
} from './normalized.js'
export * from '@parley/runtime/errors'

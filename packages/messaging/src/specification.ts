/**
 * The adapter interface, versioned (anchor: the Vercel AI SDK's `specificationVersion`
 * on providers) so adapters and the facade can evolve apart: the facade refuses an
 * adapter whose version it does not know instead of calling methods that changed shape.
 *
 * v2 (this version): one `send` of the content model, the content kinds an adapter sends
 * and receives as literal types, its documented limits, and events with `eventId`,
 * `author` and `content`. v1 adapters had `sendText`/`sendMedia`/`sendEvent` of their own.
 */
import type { Content, ContentKind, ContentOfKind, MediaKind, SendableKind } from './content.js'
import type { NormalizedMessage, NormalizedWebhookHandlers, SentMessage } from './normalized.js'

export const SPECIFICATION_VERSION = 'v2'

export type { MediaKind }

/** `chat.send(...)`: one message of any kind the vendor carries. */
export interface SendInput<TContent = Content> {
  readonly conversationId: string
  readonly content: TContent
}

export interface SendOptions {
  /** Aborts the call (and its retries). */
  readonly signal?: AbortSignal
}

/** Shorthand for `send` of `{ kind: 'text', text }`. */
export interface SendTextInput {
  readonly conversationId: string
  readonly text: string
}

/** Shorthand for `send` of `{ kind: 'media', mediaKind: kind, url, caption, mimeType }`. */
export interface SendMediaInput {
  readonly conversationId: string
  /** Public URL of the file. */
  readonly url: string
  readonly kind: MediaKind
  /** Caption or title shown with the media, where the vendor has one. */
  readonly caption?: string
  /** MIME type, where the vendor takes one. */
  readonly mimeType?: string
}

/** Shorthand for `send` of `{ kind: 'event', name: eventName }`. */
export interface SendEventInput {
  readonly conversationId: string
  /** The vendor's event name (Flow: an event trigger name). */
  readonly eventName: string
}

export interface ListMessagesInput {
  readonly conversationId: string
  /** Messages per request, where the vendor lets the caller choose. */
  readonly pageSize?: number
  /** Stops reading: the request in flight is aborted and the iteration rejects with the signal's reason. */
  readonly signal?: AbortSignal
}

export interface ConversationControlInput {
  readonly conversationId: string
}

export interface HandoverInput extends ConversationControlInput {
  /** Flow: seconds the bot stays paused after the handover. Mehery: ignored. */
  readonly secondsToPause?: number
  /** Mehery: the agent queue (routing) to hand the session to. */
  readonly queue?: string
}

/**
 * A vendor's documented limit on a kind it carries, checked before anything is sent.
 * `path` points into the content: `text`, `choices` (a list: its length), `choices[].title`
 * (each element's field), `cards[].actions`.
 */
export interface ContentLimit {
  readonly kind: SendableKind
  readonly path: string
  /** The most characters (for a string) or items (for a list) the vendor takes. */
  readonly maximum: number
  /** Where the vendor says so. */
  readonly source: string
}

/** What an adapter implements besides `send`, each where its vendor has the operation. */
export interface AdapterOperations<TVendor extends string = string, TReceived = Content> {
  /**
   * All messages of a conversation, following the vendor's paging. The order is the
   * vendor's (the README says it per vendor: Botpress newest first, the others oldest first).
   */
  listMessages(input: ListMessagesInput): AsyncIterable<NormalizedMessage<TVendor, TReceived>>
  handover(input: HandoverInput): Promise<void>
  pause(input: ConversationControlInput): Promise<void>
  resume(input: ConversationControlInput): Promise<void>
  resolve(input: ConversationControlInput): Promise<void>
  close(input: ConversationControlInput): Promise<void>
  /** A Fetch API handler delivering normalized events (verification is the vendor's). */
  webhookHandler(handlers: NormalizedWebhookHandlers<TVendor, TReceived>): (request: Request) => Promise<Response>
}

/** An operation an adapter may have, besides `send` (which every adapter has). */
export type AdapterCapability = keyof AdapterOperations

/** The shorthands the facade builds on `send`, each present where its kind is. */
export interface SendShorthands<TVendor extends string = string> {
  sendText(input: SendTextInput, options?: SendOptions): Promise<SentMessage<TVendor>>
  sendMedia(input: SendMediaInput, options?: SendOptions): Promise<SentMessage<TVendor>>
  sendEvent(input: SendEventInput, options?: SendOptions): Promise<SentMessage<TVendor>>
}

/** Every operation the facade knows. */
export interface MessagingOperations<TVendor extends string = string, TSent = Content, TReceived = Content>
  extends AdapterOperations<TVendor, TReceived>,
    SendShorthands<TVendor> {
  send(input: SendInput<TSent>, options?: SendOptions): Promise<SentMessage<TVendor>>
}

/** A capability is the name of an operation the vendor supports. */
export type Capability = keyof MessagingOperations

/** The shorthands a set of sendable kinds gives. */
export type ShorthandsOf<TSendKind extends SendableKind> =
  | ('text' extends TSendKind ? 'sendText' : never)
  | ('media' extends TSendKind ? 'sendMedia' : never)
  | ('event' extends TSendKind ? 'sendEvent' : never)

export const ALL_CAPABILITIES = [
  'send',
  'sendText',
  'sendMedia',
  'sendEvent',
  'listMessages',
  'handover',
  'pause',
  'resume',
  'resolve',
  'close',
  'webhookHandler',
] as const satisfies ReadonlyArray<Capability>

export interface MessagingAdapterV2<
  TVendor extends string = string,
  TCapability extends AdapterCapability = AdapterCapability,
  TSendKind extends SendableKind = SendableKind,
  TReceiveKind extends ContentKind = ContentKind,
  TSendPayload = unknown,
  TReceivePayload = unknown,
> {
  readonly specificationVersion: 'v2'
  readonly vendor: TVendor
  readonly capabilities: ReadonlyArray<TCapability>
  /** The kinds the vendor carries: what `send` takes, and what inbound events and history hold. */
  readonly content: {
    readonly send: ReadonlyArray<TSendKind>
    readonly receive: ReadonlyArray<TReceiveKind>
  }
  /** The vendor's documented limits on what it carries, checked before sending. */
  readonly limits: ReadonlyArray<ContentLimit>
  /** Fields of a sendable kind the vendor has no way to carry (dropped on the wire; the README says so). */
  readonly droppedFields: { readonly [Kind in TSendKind]?: ReadonlyArray<string> }
  /** The types of `vendor` content's payload, sent and received: `vendorPayloads<MessagePayload>()`. */
  readonly vendorPayloads?: VendorPayloadTypes<TSendPayload, TReceivePayload>
  readonly operations: {
    send(input: SendInput<ContentOfKind<TSendKind, TSendPayload>>, options?: SendOptions): Promise<SentMessage<TVendor>>
  } & Pick<AdapterOperations<TVendor, ContentOfKind<TReceiveKind, TReceivePayload>>, TCapability>
}

/** Carries the types of an adapter's vendor payloads (nothing at run time). */
export interface VendorPayloadTypes<TSend, TReceive> {
  readonly send?: TSend
  readonly receive?: TReceive
}

/** Declares the payload types of an adapter's `vendor` content: what `send` takes and what arrives. */
export function vendorPayloads<TSend, TReceive = TSend>(): VendorPayloadTypes<TSend, TReceive> {
  return {}
}

/** Any adapter of any version (what `createMessaging` accepts before checking). */
export type MessagingAdapter<
  TVendor extends string = string,
  TCapability extends AdapterCapability = AdapterCapability,
  TSendKind extends SendableKind = SendableKind,
  TReceiveKind extends ContentKind = ContentKind,
  TSendPayload = unknown,
  TReceivePayload = unknown,
> = MessagingAdapterV2<TVendor, TCapability, TSendKind, TReceiveKind, TSendPayload, TReceivePayload>

/** Builds an adapter, inferring its vendor, capability and content-kind literals. */
export function defineAdapter<
  TVendor extends string,
  TCapability extends AdapterCapability,
  TSendKind extends SendableKind,
  TReceiveKind extends ContentKind,
  TSendPayload = never,
  TReceivePayload = unknown,
>(
  adapter: MessagingAdapterV2<TVendor, TCapability, TSendKind, TReceiveKind, TSendPayload, TReceivePayload>,
): MessagingAdapterV2<TVendor, TCapability, TSendKind, TReceiveKind, TSendPayload, TReceivePayload> {
  return adapter
}

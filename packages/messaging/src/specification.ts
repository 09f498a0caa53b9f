/**
 * The adapter interface, versioned (anchor: the Vercel AI SDK's `specificationVersion`
 * on providers) so adapters and the facade can evolve apart: the facade refuses an
 * adapter whose version it does not know instead of calling methods that changed shape.
 */
import type { NormalizedMessage, NormalizedWebhookHandlers, SentMessage } from './normalized.js'

export const SPECIFICATION_VERSION = 'v1'

export interface SendTextInput {
  readonly conversationId: string
  readonly text: string
}

export type MediaKind = 'image' | 'video' | 'audio' | 'file'

export interface SendMediaInput {
  readonly conversationId: string
  /** Public URL of the file. */
  readonly url: string
  readonly kind: MediaKind
  /** Caption or title shown with the media, where the vendor has one. */
  readonly caption?: string
  /** MIME type, where the vendor wants one (defaults by kind). */
  readonly mimeType?: string
}

export interface SendEventInput {
  readonly conversationId: string
  /** The vendor's event name (Flow: an event trigger name). */
  readonly eventName: string
}

export interface ListMessagesInput {
  readonly conversationId: string
  /** Messages per request, where the vendor lets the caller choose. */
  readonly pageSize?: number
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

/** Every operation the facade knows; an adapter implements the ones its vendor has. */
export interface MessagingOperations<TVendor extends string = string> {
  sendText(input: SendTextInput): Promise<SentMessage<TVendor>>
  sendMedia(input: SendMediaInput): Promise<SentMessage<TVendor>>
  sendEvent(input: SendEventInput): Promise<SentMessage<TVendor>>
  /** All messages of a conversation, following the vendor's paging, in the vendor's order. */
  listMessages(input: ListMessagesInput): AsyncIterable<NormalizedMessage<TVendor>>
  handover(input: HandoverInput): Promise<void>
  pause(input: ConversationControlInput): Promise<void>
  resume(input: ConversationControlInput): Promise<void>
  resolve(input: ConversationControlInput): Promise<void>
  close(input: ConversationControlInput): Promise<void>
  /** A Fetch API handler delivering normalized events (verification is the vendor's). */
  webhookHandler(handlers: NormalizedWebhookHandlers<TVendor>): (request: Request) => Promise<Response>
}

/** A capability is the name of an operation the vendor supports. */
export type Capability = keyof MessagingOperations

export const ALL_CAPABILITIES = [
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

export interface MessagingAdapterV1<TVendor extends string = string, TCapability extends Capability = Capability> {
  readonly specificationVersion: 'v1'
  readonly vendor: TVendor
  readonly capabilities: ReadonlyArray<TCapability>
  readonly operations: Pick<MessagingOperations<TVendor>, TCapability>
}

/** Any adapter of any version (what `createMessaging` accepts before checking). */
export type MessagingAdapter<
  TVendor extends string = string,
  TCapability extends Capability = Capability,
> = MessagingAdapterV1<TVendor, TCapability>

/** Builds an adapter, inferring its vendor and capability literals. */
export function defineAdapter<TVendor extends string, TCapability extends Capability>(
  adapter: MessagingAdapterV1<TVendor, TCapability>,
): MessagingAdapterV1<TVendor, TCapability> {
  return adapter
}

/** Vendor-neutral shapes. Every one keeps the vendor's payload as `raw`. */

export type MessageAuthor = 'user' | 'bot' | 'agent' | 'unknown'

export interface NormalizedMessage<TVendor extends string = string> {
  readonly vendor: TVendor
  /** The vendor's message id, where it has one. */
  readonly id?: string
  readonly conversationId: string
  /** The text, for text messages. */
  readonly text?: string
  readonly author: MessageAuthor
  readonly at?: Date
  /** The vendor's own message object, unchanged. */
  readonly raw: unknown
}

export interface SentMessage<TVendor extends string = string> {
  readonly vendor: TVendor
  /** The vendor's message id, where the send answers one. */
  readonly id?: string
  readonly conversationId: string
  /** The vendor's answer, unchanged. */
  readonly raw: unknown
}

export type NormalizedEventType = 'message' | 'conversation' | 'status' | 'unknown'

export interface NormalizedEvent<TVendor extends string = string, TType extends NormalizedEventType = NormalizedEventType> {
  readonly vendor: TVendor
  readonly type: TType
  /** The vendor's event name on the wire (`message.new`, `message`, ...). */
  readonly vendorEvent: string
  readonly conversationId?: string
  /** Mehery: the session the event belongs to (its session operations take it). */
  readonly sessionId?: string
  readonly text?: string
  readonly at?: Date
  /** The vendor's payload, unchanged. */
  readonly raw: unknown
}

type Handler<TEvent> = (event: TEvent) => void | Promise<void>

export interface NormalizedWebhookHandlers<TVendor extends string = string> {
  /** A message arrived (from a user, a bot or an agent). */
  onMessage?: Handler<NormalizedEvent<TVendor, 'message'>>
  /** A conversation started, was handed over, paused, resolved, closed... */
  onConversation?: Handler<NormalizedEvent<TVendor, 'conversation'>>
  /** Delivery or read statuses, channel health. */
  onStatus?: Handler<NormalizedEvent<TVendor, 'status'>>
  /** Anything else, including event types the vendor adds later. */
  onUnknown?: Handler<NormalizedEvent<TVendor, 'unknown'>>
  /** Told when a handler throws (the vendor then gets a 500 and retries). */
  onError?: (error: unknown) => void
}

/** Calls the handler matching the event's normalized type. */
export async function deliverNormalized<TVendor extends string>(handlers: NormalizedWebhookHandlers<TVendor>, event: NormalizedEvent<TVendor>): Promise<void> {
  switch (event.type) {
    case 'message':
      return handlers.onMessage?.(event as NormalizedEvent<TVendor, 'message'>)
    case 'conversation':
      return handlers.onConversation?.(event as NormalizedEvent<TVendor, 'conversation'>)
    case 'status':
      return handlers.onStatus?.(event as NormalizedEvent<TVendor, 'status'>)
    default:
      return handlers.onUnknown?.(event as NormalizedEvent<TVendor, 'unknown'>)
  }
}

/** `new Date(value)` when the value is a valid date, else undefined. */
export function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  // 0 is what unset epoch fields hold (Mehery's examples): not a real moment.
  if (value === 0 || value === '') return undefined
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

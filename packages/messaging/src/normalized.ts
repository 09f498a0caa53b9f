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

export interface NormalizedEvent<
  TVendor extends string = string,
  TType extends NormalizedEventType = NormalizedEventType,
> {
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
  /** Largest body accepted, in bytes (default 1 MiB); larger gets 413. */
  maxBodyBytes?: number
  /** Milliseconds the sender has to deliver the whole body (default 10 000); later gets 408. */
  bodyTimeoutMs?: number
}

/** Calls the handler matching the event's normalized type. */
export async function deliverNormalized<TVendor extends string>(
  handlers: NormalizedWebhookHandlers<TVendor>,
  event: NormalizedEvent<TVendor>,
): Promise<void> {
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

/**
 * The vendor handlers of an adapter, each made to deliver an event it cannot normalize (a
 * known type with fields missing or of the wrong shape) as `unknown` with the raw body:
 * the vendor gets its 200 instead of a 500 it would retry for ever. Errors of the
 * application's own handlers are untouched (they reject, and the vendor gets a 500).
 */
export function tolerateMalformed<THandlers extends object, TVendor extends string = string>(
  vendor: TVendor,
  handlers: NormalizedWebhookHandlers<TVendor>,
  on: THandlers,
): THandlers {
  const tolerant: Record<string, (event: Record<string, unknown>) => unknown> = {}
  for (const [vendorEvent, normalizeAndDeliver] of Object.entries(on)) {
    if (!normalizeAndDeliver) continue
    tolerant[vendorEvent] = (event) => {
      try {
        // Normalizing is synchronous; delivering is async, so an application error never lands here.
        return (normalizeAndDeliver as (event: Record<string, unknown>) => unknown)(event)
      } catch (error) {
        if (!(error instanceof TypeError)) throw error
        return deliverNormalized(handlers, { vendor, type: 'unknown', vendorEvent, raw: event } as NormalizedEvent<
          TVendor,
          'unknown'
        >)
      }
    }
  }
  return tolerant as THandlers
}

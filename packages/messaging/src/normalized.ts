/** Vendor-neutral shapes. Every one keeps the vendor's payload as `raw`. */
import type { Content } from './content.js'

/** Who wrote a message. Anything a vendor marks as neither user, bot nor agent is `system`. */
export type AuthorRole = 'user' | 'bot' | 'agent' | 'system'

export interface MessageAuthor {
  readonly role: AuthorRole
  /** The vendor's id (or name, where it has no id) of the author. */
  readonly id?: string
  /** True for messages this integration sent (its own echoes): skip them to avoid answering yourself. */
  readonly isSelf: boolean
}

/** A message of a conversation, as history yields it and message events carry it. */
export interface NormalizedMessage<TVendor extends string = string, TContent = Content> {
  readonly vendor: TVendor
  /** The vendor's message id, or one derived from what the vendor sends (see the README, per vendor). */
  readonly id: string
  readonly conversationId: string
  readonly author: MessageAuthor
  readonly content: TContent
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

interface EventBase<TVendor extends string> {
  readonly vendor: TVendor
  /**
   * Which event this is, the same on every redelivery of it: the vendor's id where it
   * sends one, else derived from what it sends (see the README, per vendor). Use it to
   * handle each event once.
   */
  readonly eventId: string
  /** The vendor's event name on the wire (`message.new`, `message`, ...). */
  readonly vendorEvent: string
  readonly at?: Date
  /** The vendor's payload, unchanged. */
  readonly raw: unknown
}

/** A message arrived: from a user, a bot, an agent, or this integration itself (`author.isSelf`). */
export interface MessageEvent<TVendor extends string = string, TContent = Content>
  extends EventBase<TVendor>,
    NormalizedMessage<TVendor, TContent> {
  readonly type: 'message'
  /** Mehery: the session the message belongs to (its session operations take it). */
  readonly sessionId?: string
}

/** Anything but a message: conversation state, statuses, and what the adapter does not know. */
export interface StateEvent<
  TVendor extends string = string,
  TType extends Exclude<NormalizedEventType, 'message'> = Exclude<NormalizedEventType, 'message'>,
> extends EventBase<TVendor> {
  readonly type: TType
  /** The conversation the event concerns; absent for events about no conversation (a new user, channel health). */
  readonly conversationId?: string
  /** Mehery: the session the event belongs to. */
  readonly sessionId?: string
  readonly author?: MessageAuthor
}

export type NormalizedEvent<
  TVendor extends string = string,
  TType extends NormalizedEventType = NormalizedEventType,
  TContent = Content,
> = TType extends 'message'
  ? MessageEvent<TVendor, TContent>
  : TType extends Exclude<NormalizedEventType, 'message'>
    ? StateEvent<TVendor, TType>
    : never

type Handler<TEvent> = (event: TEvent) => void | Promise<void>

/** Handlers of normalized events; `TEvent` is the union of the events they may receive. */
export interface WebhookHandlers<TEvent extends { readonly type: NormalizedEventType }> {
  /** Every event, of any type, before its own handler below (where a delivery layer hooks in). */
  onEvent?: Handler<TEvent>
  /** A message arrived (from a user, a bot, an agent, or this integration: see `author.isSelf`). */
  onMessage?: Handler<Extract<TEvent, { readonly type: 'message' }>>
  /** A conversation started, was handed over, paused, resolved, closed... */
  onConversation?: Handler<Extract<TEvent, { readonly type: 'conversation' }>>
  /** Delivery or read statuses, channel health. */
  onStatus?: Handler<Extract<TEvent, { readonly type: 'status' }>>
  /** Anything else, including event types the vendor adds later and payloads the adapter cannot map. */
  onUnknown?: Handler<Extract<TEvent, { readonly type: 'unknown' }>>
  /** Told when a handler throws (the vendor then gets a 500 and retries). */
  onError?: (error: unknown) => void
  /** Largest body accepted, in bytes (default 1 MiB); larger gets 413. */
  maxBodyBytes?: number
  /** Milliseconds the sender has to deliver the whole body (default 10 000); later gets 408. */
  bodyTimeoutMs?: number
}

/** The handlers one adapter's `webhookHandler` takes. */
export type NormalizedWebhookHandlers<TVendor extends string = string, TContent = Content> = WebhookHandlers<
  NormalizedEvent<TVendor, NormalizedEventType, TContent>
>

/** Calls `onEvent`, then the handler matching the event's normalized type. */
export async function deliverNormalized<TVendor extends string, TContent>(
  handlers: NormalizedWebhookHandlers<TVendor, TContent>,
  event: NormalizedEvent<TVendor, NormalizedEventType, TContent>,
): Promise<void> {
  await handlers.onEvent?.(event)
  switch (event.type) {
    case 'message':
      return handlers.onMessage?.(event as MessageEvent<TVendor, TContent>)
    case 'conversation':
      return handlers.onConversation?.(event as StateEvent<TVendor, 'conversation'>)
    case 'status':
      return handlers.onStatus?.(event as StateEvent<TVendor, 'status'>)
    default:
      return handlers.onUnknown?.(event as StateEvent<TVendor, 'unknown'>)
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
 * A short stable digest of a JSON value (64-bit FNV-1a over its JSON text, as hex): the
 * same payload redelivered gives the same digest. Used to derive ids where a vendor sends
 * none; not a security measure.
 */
export function digestOf(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined'
  // Two 32-bit FNV-1a lanes with different offsets stand in for one 64-bit hash without BigInt.
  let high = 0x811c9dc5
  let low = 0x050c5d1f
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    high = Math.imul(high ^ code, 0x01000193) >>> 0
    low = Math.imul(low ^ code, 0x01000193) >>> 0
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0')
}

/** An id given by the vendor, when it is a non-empty string or a number. */
export function vendorIdOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

/** The event the adapter delivers for a payload it cannot map: `unknown`, with the raw body and a derived id. */
export function unmappableEvent<TVendor extends string>(
  vendor: TVendor,
  vendorEvent: string,
  raw: unknown,
): StateEvent<TVendor, 'unknown'> {
  return { vendor, type: 'unknown', eventId: `${vendorEvent}:${digestOf(raw)}`, vendorEvent, raw }
}

/**
 * The vendor handlers of an adapter, each made to deliver an event it cannot normalize (a
 * known type with fields missing or of the wrong shape) as `unknown` with the raw body:
 * the vendor gets its 200 instead of a 500 it would retry for ever. Errors of the
 * application's own handlers are untouched (they reject, and the vendor gets a 500).
 */
export function tolerateMalformed<THandlers extends object, TVendor extends string = string, TContent = Content>(
  vendor: TVendor,
  handlers: NormalizedWebhookHandlers<TVendor, TContent>,
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
        return deliverNormalized(handlers, unmappableEvent(vendor, vendorEvent, event))
      }
    }
  }
  return tolerant as THandlers
}

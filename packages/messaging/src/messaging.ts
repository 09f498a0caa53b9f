import { ParleyError } from '@parley/runtime'
import type { Content, ContentKind, ContentOfKind, SendableKind } from './content.js'
import { checkContent } from './limits.js'
import type {
  NormalizedEvent,
  NormalizedEventType,
  NormalizedWebhookHandlers,
  SentMessage,
  WebhookHandlers,
} from './normalized.js'
import {
  type AdapterCapability,
  type AdapterOperations,
  type Capability,
  type ContentLimit,
  type MessagingAdapter,
  type MessagingOperations,
  SPECIFICATION_VERSION,
  type SendInput,
  type SendOptions,
  type SendShorthands,
  type ShorthandsOf,
  type VendorPayloadTypes,
} from './specification.js'

/** The facade over one adapter: exactly the operations and content kinds the vendor supports. */
export type Messaging<
  TVendor extends string = string,
  TCapability extends AdapterCapability = AdapterCapability,
  TSendKind extends SendableKind = SendableKind,
  TReceiveKind extends ContentKind = ContentKind,
  TSendPayload = unknown,
  TReceivePayload = unknown,
> = {
  readonly vendor: TVendor
  readonly specificationVersion: typeof SPECIFICATION_VERSION
  /**
   * What this vendor supports, as literal types: `if (chat.capabilities.handover) ...`;
   * `content` lists the kinds `send` takes, for code that picks at run time.
   */
  readonly capabilities: { readonly [Name in TCapability | 'send' | ShorthandsOf<TSendKind>]: true } & {
    readonly content: ReadonlyArray<TSendKind>
  }
  /** The vendor's documented limits, checked by `send` before anything goes out. */
  readonly limits: ReadonlyArray<ContentLimit>
  /** Sends one message of any kind the vendor carries; a kind it cannot carry does not compile. */
  send(input: SendInput<ContentOfKind<TSendKind, TSendPayload>>, options?: SendOptions): Promise<SentMessage<TVendor>>
} & Pick<SendShorthands<TVendor>, ShorthandsOf<TSendKind>> &
  Pick<AdapterOperations<TVendor, ContentOfKind<TReceiveKind, TReceivePayload>>, TCapability>

/** The messaging object `createMessaging(adapter)` gives for an adapter type. */
export type MessagingOf<TAdapter> =
  TAdapter extends MessagingAdapter<
    infer TVendor,
    infer TCapability,
    infer TSendKind,
    infer TReceiveKind,
    infer TSendPayload,
    infer TReceivePayload
  >
    ? Messaging<TVendor, TCapability, TSendKind, TReceiveKind, TSendPayload, TReceivePayload>
    : never

export class UnsupportedAdapterError extends ParleyError {
  static override readonly kind: string = 'UnsupportedAdapterError'
}

function checkAdapter(adapter: MessagingAdapter): void {
  const version = (adapter as { specificationVersion?: unknown } | undefined)?.specificationVersion
  if (version !== SPECIFICATION_VERSION) {
    throw new UnsupportedAdapterError(
      `createMessaging: adapter ${JSON.stringify((adapter as { vendor?: unknown })?.vendor ?? 'unknown')} implements specification ` +
        `${JSON.stringify(version)}, but this @parley/messaging supports "${SPECIFICATION_VERSION}". Install matching versions of @parley/messaging and the adapter.`,
    )
  }
  if (typeof adapter.operations?.send !== 'function')
    throw new UnsupportedAdapterError(`createMessaging: adapter "${adapter.vendor}" does not implement send`)
}

function createOne(adapter: MessagingAdapter): Messaging {
  checkAdapter(adapter)
  const { vendor, limits } = adapter
  const sendable = Object.freeze([...adapter.content.send])
  const capabilities: Record<string, unknown> = { send: true }
  const adapterSend = adapter.operations.send.bind(adapter.operations) as (
    input: SendInput,
    options?: SendOptions,
  ) => Promise<SentMessage>
  const send = (input: SendInput, options?: SendOptions) => {
    // Refused before anything goes out, as a rejected promise like any other failure of a call.
    try {
      checkContent(vendor, sendable, limits, input?.content as Content)
    } catch (error) {
      return Promise.reject(error)
    }
    return adapterSend(input, options)
  }
  const messaging: Record<string, unknown> = {
    vendor,
    specificationVersion: SPECIFICATION_VERSION,
    capabilities,
    limits: Object.freeze([...limits]),
    send,
  }
  const shorthands: SendShorthands = {
    sendText: ({ conversationId, text }, options) => send({ conversationId, content: { kind: 'text', text } }, options),
    sendMedia: ({ conversationId, url, kind, caption, mimeType }, options) =>
      send(
        {
          conversationId,
          content: {
            kind: 'media',
            mediaKind: kind,
            url,
            ...(caption !== undefined && { caption }),
            ...(mimeType !== undefined && { mimeType }),
          },
        },
        options,
      ),
    sendEvent: ({ conversationId, eventName }, options) =>
      send({ conversationId, content: { kind: 'event', name: eventName } }, options),
  }
  const shorthandKinds = { sendText: 'text', sendMedia: 'media', sendEvent: 'event' } as const
  for (const [name, kind] of Object.entries(shorthandKinds)) {
    if (!sendable.includes(kind)) continue
    capabilities[name] = true
    messaging[name] = shorthands[name as keyof SendShorthands]
  }
  for (const capability of adapter.capabilities) {
    const operation = (adapter.operations as Record<string, unknown>)[capability]
    if (typeof operation !== 'function')
      throw new UnsupportedAdapterError(
        `createMessaging: adapter "${vendor}" lists "${capability}" but does not implement it`,
      )
    capabilities[capability] = true
    messaging[capability] = operation
  }
  capabilities.content = sendable
  Object.freeze(capabilities)
  return Object.freeze(messaging) as unknown as Messaging
}

// ---- several vendors, one bot ----

/** What any adapter has, whatever its vendor, operations and kinds (read through its fields below). */
interface AnyAdapter {
  readonly specificationVersion: string
  readonly vendor: string
  readonly capabilities: ReadonlyArray<AdapterCapability>
  readonly content: { readonly send: ReadonlyArray<SendableKind>; readonly receive: ReadonlyArray<ContentKind> }
  readonly limits: ReadonlyArray<ContentLimit>
  readonly operations: object
  readonly vendorPayloads?: VendorPayloadTypes<unknown, unknown>
}

// Each field read by `infer`: indexing `TAdapter & AnyAdapter` would widen the kinds to AnyAdapter's.
type VendorOf<TAdapter> = TAdapter extends { readonly vendor: infer TVendor extends string } ? TVendor : never
type CapabilityOf<TAdapter> = TAdapter extends {
  readonly capabilities: ReadonlyArray<infer TCapability extends AdapterCapability>
}
  ? TCapability
  : never
type SendKindOf<TAdapter> = TAdapter extends {
  readonly content: { readonly send: ReadonlyArray<infer TKind extends SendableKind> }
}
  ? TKind
  : never
type ReceiveKindOf<TAdapter> = TAdapter extends {
  readonly content: { readonly receive: ReadonlyArray<infer TKind extends ContentKind> }
}
  ? TKind
  : never
type SendPayloadOf<TAdapter> = TAdapter extends { readonly vendorPayloads?: VendorPayloadTypes<infer TSend, unknown> }
  ? TSend
  : never
type ReceivePayloadOf<TAdapter> = TAdapter extends {
  readonly vendorPayloads?: VendorPayloadTypes<unknown, infer TReceive>
}
  ? TReceive
  : unknown

type AdapterFor<TAdapter, TVendor extends string> = TAdapter extends { readonly vendor: TVendor } ? TAdapter : never

/** Each adapter's kinds in a box of its own, so that intersecting the boxes intersects per adapter. */
type BoxedSendKindsOf<TAdapter> = TAdapter extends AnyAdapter ? { readonly kinds: SendKindOf<TAdapter> } : never

type UnionToIntersection<TUnion> = (TUnion extends unknown ? (value: TUnion) => void : never) extends (
  value: infer TIntersection,
) => void
  ? TIntersection
  : never

type IsUnion<TValue> = [TValue] extends [UnionToIntersection<TValue>] ? false : true

type CommonKinds<TBoxes> = TBoxes extends { readonly kinds: infer TKinds extends SendableKind } ? TKinds : never

/** The content one vendor sends. */
export type SendContentOf<TAdapter> = TAdapter extends AnyAdapter
  ? ContentOfKind<SendKindOf<TAdapter>, SendPayloadOf<TAdapter>>
  : never

/** The content every one of `TVendor`'s adapters sends (a single vendor's own, `vendor` payloads included). */
export type SendableByAll<TAdapter, TVendor extends string> =
  IsUnion<TVendor> extends true
    ? ContentOfKind<
        Exclude<CommonKinds<UnionToIntersection<BoxedSendKindsOf<AdapterFor<TAdapter, TVendor>>>>, 'vendor'>
      >
    : SendContentOf<AdapterFor<TAdapter, TVendor>>

/** Any normalized event of the adapters, narrowing per vendor on `event.vendor`. */
export type EventOf<TAdapter, TType extends NormalizedEventType = NormalizedEventType> = TAdapter extends AnyAdapter
  ? NormalizedEvent<VendorOf<TAdapter>, TType, ContentOfKind<ReceiveKindOf<TAdapter>, ReceivePayloadOf<TAdapter>>>
  : never

/** `send` of a messaging over several vendors: the vendor picks the adapter (and the content it takes). */
export type SendToInput<TAdapter> = TAdapter extends AnyAdapter
  ? { readonly vendor: VendorOf<TAdapter> } & SendInput<SendContentOf<TAdapter>>
  : never

type VendorsWithCapability<TAdapter, TCapability extends AdapterCapability> = TAdapter extends AnyAdapter
  ? TCapability extends CapabilityOf<TAdapter>
    ? VendorOf<TAdapter>
    : never
  : never

type VendorsSending<TAdapter, TKind extends SendableKind> = TAdapter extends AnyAdapter
  ? TKind extends SendKindOf<TAdapter>
    ? VendorOf<TAdapter>
    : never
  : never

/** One bot over several vendors: one set of handlers, one send path, each vendor's webhook on its own route. */
export interface MultiMessaging<TAdapter extends AnyAdapter> {
  readonly vendors: ReadonlyArray<VendorOf<TAdapter>>
  /** Each vendor's own messaging object, its types intact. */
  readonly byVendor: { readonly [TVendor in VendorOf<TAdapter>]: MessagingOf<AdapterFor<TAdapter, TVendor>> }
  /** Sends through the vendor named in the input; the content must be one that vendor carries. */
  send(input: SendToInput<TAdapter>, options?: SendOptions): Promise<SentMessage<VendorOf<TAdapter>>>
  /**
   * Answers an event in its conversation, through the vendor it came from. The content must
   * be one every vendor the event may come from carries: narrow first (`event.vendor === ...`
   * or `canSend(event, kind)`) to send more.
   */
  reply<TEvent extends EventOf<TAdapter> & { readonly conversationId: string }>(
    event: TEvent,
    content: SendableByAll<TAdapter, TEvent['vendor']>,
    options?: SendOptions,
  ): Promise<SentMessage<TEvent['vendor']>>
  /** Whether the event's vendor sends `kind`; narrows the event to those vendors. */
  canSend<TEvent extends EventOf<TAdapter>, TKind extends SendableKind>(
    event: TEvent,
    kind: TKind,
  ): event is Extract<TEvent, { readonly vendor: VendorsSending<TAdapter, TKind> }>
  /** A handler per vendor that has webhooks, each delivering to the same handlers. */
  webhookHandlers(handlers: WebhookHandlers<EventOf<WithWebhooks<TAdapter>>>): {
    readonly [TVendor in VendorsWithCapability<TAdapter, 'webhookHandler'>]: (request: Request) => Promise<Response>
  }
  /**
   * One Fetch API handler for every vendor's webhook, each on its own route:
   * `${basePath}/${vendor}` and the paths below it (default `/webhooks/botpress-messaging`,
   * `/webhooks/mehery-xms/contact/info`, ...). Other paths get 404.
   */
  webhookHandler(
    handlers: WebhookHandlers<EventOf<WithWebhooks<TAdapter>>>,
    options?: { readonly basePath?: string },
  ): (request: Request) => Promise<Response>
}

/** The adapters that have webhooks. */
type WithWebhooks<TAdapter> = AdapterFor<TAdapter, VendorsWithCapability<TAdapter, 'webhookHandler'>>

function createMany(adapters: ReadonlyArray<MessagingAdapter>): MultiMessaging<AnyAdapter> {
  if (adapters.length === 0) throw new UnsupportedAdapterError('createMessaging: give at least one adapter')
  const byVendor: Record<string, Messaging> = {}
  for (const adapter of adapters) {
    if (Object.hasOwn(byVendor, adapter.vendor))
      throw new UnsupportedAdapterError(
        `createMessaging: two adapters for "${adapter.vendor}"; events and sends are routed by vendor, so give each vendor once`,
      )
    byVendor[adapter.vendor] = createOne(adapter)
  }
  const messagingOf = (vendor: unknown): Messaging => {
    const messaging = typeof vendor === 'string' && Object.hasOwn(byVendor, vendor) ? byVendor[vendor] : undefined
    if (!messaging)
      throw new UnsupportedAdapterError(
        `no adapter for vendor ${JSON.stringify(vendor)}; this messaging has ${Object.keys(byVendor).join(', ')}`,
      )
    return messaging
  }
  const webhookHandlers = (handlers: NormalizedWebhookHandlers) => {
    const routes: Record<string, (request: Request) => Promise<Response>> = {}
    for (const [vendor, messaging] of Object.entries(byVendor)) {
      if (messaging.capabilities.webhookHandler) routes[vendor] = (messaging as Messaging).webhookHandler(handlers)
    }
    return Object.freeze(routes)
  }
  const multi = {
    vendors: Object.freeze(Object.keys(byVendor)),
    byVendor: Object.freeze(byVendor),
    send: async ({ vendor, ...input }: { vendor: string } & SendInput, options?: SendOptions) =>
      messagingOf(vendor).send(input as SendInput<never>, options),
    reply: async (event: { vendor: string; conversationId: string }, content: Content, options?: SendOptions) =>
      messagingOf(event.vendor).send({ conversationId: event.conversationId, content } as SendInput<never>, options),
    canSend: (event: { vendor: string }, kind: SendableKind) =>
      (byVendor[event.vendor]?.capabilities.content as ReadonlyArray<string> | undefined)?.includes(kind) === true,
    webhookHandlers,
    webhookHandler: (handlers: NormalizedWebhookHandlers, options: { basePath?: string } = {}) => {
      const basePath = (options.basePath ?? '/webhooks').replace(/\/+$/, '')
      const routes = webhookHandlers(handlers)
      return async (request: Request) => {
        const pathname = new URL(request.url).pathname
        // `${basePath}/${vendor}` and below it (Mehery's contact-info calls end in `/contact/info`).
        const vendor = pathname.startsWith(`${basePath}/`)
          ? pathname.slice(basePath.length + 1).split('/')[0]
          : undefined
        const route = vendor !== undefined && Object.hasOwn(routes, vendor) ? routes[vendor] : undefined
        return route ? route(request) : new Response('Not Found', { status: 404 })
      }
    },
  }
  return Object.freeze(multi) as unknown as MultiMessaging<AnyAdapter>
}

/**
 * Wraps a vendor adapter (`khorosFlow({...})`, `avaamo({...})`, ...) in the common
 * interface. A method the vendor lacks is absent from the type and from the object; a
 * content kind it cannot carry does not compile. Given several adapters (one per vendor),
 * gives one bot over all of them.
 */
export function createMessaging<
  TVendor extends string,
  TCapability extends AdapterCapability,
  TSendKind extends SendableKind,
  TReceiveKind extends ContentKind,
  TSendPayload,
  TReceivePayload,
>(
  adapter: MessagingAdapter<TVendor, TCapability, TSendKind, TReceiveKind, TSendPayload, TReceivePayload>,
): Messaging<TVendor, TCapability, TSendKind, TReceiveKind, TSendPayload, TReceivePayload>
export function createMessaging<const TAdapters extends ReadonlyArray<AnyAdapter>>(
  adapters: TAdapters,
): MultiMessaging<TAdapters[number]>
export function createMessaging(adapterOrAdapters: MessagingAdapter | ReadonlyArray<MessagingAdapter>): unknown {
  return Array.isArray(adapterOrAdapters)
    ? createMany(adapterOrAdapters)
    : createOne(adapterOrAdapters as MessagingAdapter)
}

/** Narrows a messaging object of unknown vendor to one that has `capability`. */
export function hasCapability<TMessaging extends { readonly capabilities: object }, TWanted extends Capability>(
  messaging: TMessaging,
  capability: TWanted,
): messaging is TMessaging &
  Pick<MessagingOperations, TWanted> & { readonly capabilities: { readonly [Name in TWanted]: true } } {
  return (messaging.capabilities as Record<string, unknown>)[capability] === true
}

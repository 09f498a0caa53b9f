/**
 * The two calls Mehery makes to your server, in one Fetch API handler:
 *
 * - `contact/info`: Mehery asks for what you know about a contact and expects a
 *   `ContactInfoUpdate` in the response. The handler's type makes you return one.
 * - `message/receive`: inbound notifications, an `InBoundWrapper` whose `type` says what
 *   it carries (`messages`, `actions`, `events`, `statuses`), each to its own handler.
 *
 * Mount it wherever you like: a call whose path ends in `/contact/info` is a contact-info
 * call, anything else a notification. Both carry `x-verify-token`, compared in constant
 * time (missing 401, wrong 403).
 */
import { type WebhookContext, createWebhookDispatcher, verifyHeaderToken } from '@parley/runtime'
import { webhookSecrets } from '@parley/runtime/internal'
import type { ContactInfoUpdate, InBoundContact, InBoundWrapper } from './generated/types.gen.js'

export const VERIFY_TOKEN_HEADER = 'x-verify-token'

export type MeheryXmsNotificationType = InBoundWrapper['type']

type Awaitable<T> = T | Promise<T>

export type MeheryXmsWebhookHandlers = {
  /** Answer Mehery's `contact/info` call: what you know about the contact (`{}` for nothing). */
  contactInfo?: (contact: InBoundContact, context: WebhookContext) => Awaitable<ContactInfoUpdate>
} & {
  [Type in MeheryXmsNotificationType]?: (
    notification: Extract<InBoundWrapper, { type: Type }>,
    context: WebhookContext,
  ) => Awaitable<void>
} & {
  /** Notifications of a type not listed above; acknowledged with 200. */
  unknown?: (notification: Record<string, unknown>, context: WebhookContext) => Awaitable<void>
}

export interface MeheryXmsWebhookHandlerOptions {
  /** The token you configured for your webhook (`setWebhook`); several during a rotation. */
  verifyToken: string | ReadonlyArray<string>
  on: MeheryXmsWebhookHandlers
  /** Path suffix of contact-info calls (default `/contact/info`). */
  contactInfoPath?: string
  /** Largest body accepted, in bytes (default 1 MiB); larger gets 413. */
  maxBodyBytes?: number
  /** Milliseconds the sender has to deliver the whole body (default 10 000); later gets 408. */
  bodyTimeoutMs?: number
  /** Told when a handler throws (Mehery then gets a 500). */
  onError?: (error: unknown) => void
}

export function createMeheryXmsWebhookHandler(
  options: MeheryXmsWebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  const { on } = options
  // An empty token (alone or among several) is refused here.
  const verifyToken = webhookSecrets('createMeheryXmsWebhookHandler', 'verifyToken', options.verifyToken)
  const authenticate = (request: Request) => verifyHeaderToken(request, VERIFY_TOKEN_HEADER, verifyToken)
  const contactInfoPath = (options.contactInfoPath ?? '/contact/info').replace(/\/+$/, '')
  const { contactInfo, unknown, ...notificationHandlers } = on
  const shared = {
    authenticate,
    maxBodyBytes: options.maxBodyBytes,
    bodyTimeoutMs: options.bodyTimeoutMs,
    onError: options.onError,
  }

  const handleContactInfo = createWebhookDispatcher({
    ...shared,
    eventType: () => 'contactInfo',
    // Without a handler the answer is an empty update: Mehery keeps what it has.
    handlers: { contactInfo: contactInfo ?? (() => ({})) },
  })
  const handleNotification = createWebhookDispatcher({
    ...shared,
    eventType: (body) => (typeof body.type === 'string' ? body.type : undefined),
    handlers: notificationHandlers,
    unknown,
  })
  return (request) => {
    const path = new URL(request.url).pathname.replace(/\/+$/, '')
    return path.endsWith(contactInfoPath) ? handleContactInfo(request) : handleNotification(request)
  }
}

import type { MessagePayload } from './generated/types.gen.js'

/**
 * The explicit escape hatch for a payload type outside `MessagePayload` (a custom
 * webchat component, a channel's own format). The server stores any object with a
 * `type`, but a misspelt known type is a silent bug, so an unlisted type has to go
 * through this call. Nothing checks the other fields: the server stores them as given.
 *
 * @example
 * await messaging.createMessage({ body: { conversationId, payload: openPayload({ type: 'dropdown', message: 'Pick a size', options: [] }) } })
 */
export function openPayload(payload: { readonly type: string; readonly [field: string]: unknown }): MessagePayload {
  if (typeof payload?.type !== 'string' || payload.type === '')
    throw new TypeError('openPayload: `type` must be a non-empty string')
  // Typed as the closed union so the generated request types take it; the object on the
  // wire is the caller's own, unchanged.
  return payload as unknown as MessagePayload
}

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { Client, ClientMeta, Options as Options2, TDataShape } from '@parley/runtime';

import { broadcastToPhoneNumbersOperation, broadcastToSegmentsOperation, generateThreadIdOperation, getBotStatusOperation, getBusinessHoursOperation, handoverThreadOperation, listMessagesOperation, listSegmentsOperation, listThreadsOperation, listTriggerEventsOperation, pauseBotOperation, resolveThreadOperation, resumeBotOperation, sendMessageOperation, takeoverThreadOperation, triggerEventOperation } from './operations.gen.js';
import { broadcastToPhoneNumbersRequest, broadcastToSegmentsRequest, generateThreadIdRequest, getBotStatusRequest, getBusinessHoursRequest, handoverThreadRequest, listMessagesRequest, listSegmentsRequest, listThreadsRequest, listTriggerEventsRequest, pauseBotRequest, resolveThreadRequest, resumeBotRequest, sendMessageRequest, takeoverThreadRequest, triggerEventRequest } from './requests.gen.js';

export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client?: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: keyof ClientMeta extends never ? Record<string, unknown> : ClientMeta;
};

/**
 * Generate a thread id
 *
 * Generates a valid Khoros Flow thread id for the REST API integration, in the form
 * `{unique_identifier}|w_{channelId}`. Using it is optional: you may pass your own
 * values as thread ids to the other endpoints.
 *
 * Not in the seed document: the vendor's current reference documents this call with
 * no body. A message payload may be sent (the body is optional); whether it is
 * processed is not documented.
 *
 */
export const generateThreadId: typeof generateThreadIdRequest = options => generateThreadIdRequest({ operation: generateThreadIdOperation, ...options });

/**
 * List messages of a thread
 *
 * Reads the message history of a thread, 20 entries per page. Pages start at 1;
 * with `sync=true` the result carries `page` and `pages`, so an iterator requests
 * `page + 1` while `page < pages`.
 *
 * Without `sync=true` the call answers `Accepted` and the history arrives as a
 * `history` webhook call.
 *
 */
export const listMessages: typeof listMessagesRequest = options => listMessagesRequest({ operation: listMessagesOperation, ...options });

/**
 * Send a message
 *
 * Sends a text, event, location or media message to the bot for a thread. The
 * `payload.type` field selects the kind of message. Each message needs an
 * `originator` (`external` for a customer, `moderator` for a human agent; a message
 * from a `moderator` pauses the bot automatically). An optional `traceId` is passed
 * along to identify the message in delivery events.
 *
 * Without `sync=true` the call answers `Accepted` and the bot's reply arrives as a
 * `message` webhook call. With `sync=true` the reply (`SendMessageResult`) is in the
 * response.
 *
 * Document slips decided here: the text field is `speech` (the table says `text`),
 * the media mime type is `mimeType` (the HTTP example says `mimetype`), `traceId` is
 * a number or a string, and `metadata` holds `language`, `timezone` and `params` for
 * every message type (the event, location and media tables list them at payload
 * level).
 *
 */
export const sendMessage: typeof sendMessageRequest = options => sendMessageRequest({ operation: sendMessageOperation, ...options });

/**
 * List threads
 *
 * Lists the thread ids of the project, 20 per page. Pages start at 1; with
 * `sync=true` the result carries `page` (which may arrive as a numeric string) and
 * `pages`, so an iterator requests `Number(page) + 1` while `Number(page) < pages`.
 *
 * Without `sync=true` the call answers `Accepted` and the list arrives as a
 * `threads` webhook call.
 *
 * The document's table calls `page` required while its first example leaves it out:
 * `page` is optional here (pages start at 1).
 *
 */
export const listThreads: typeof listThreadsRequest = options => listThreadsRequest({ operation: listThreadsOperation, ...options });

/**
 * Hand a conversation over to a human agent
 *
 * Marks the conversation as needing a human agent and pauses the bot, by default
 * for as long as configured in the dashboard, or for `secondsToPause` seconds.
 *
 * Safe to repeat: a repeated handover leaves the conversation in handover (at most
 * it restarts the pause period).
 *
 * The document's example body `{ { "secondsToPause": 600 } }` is not valid JSON; the
 * body is `{ "secondsToPause": 600 }`.
 *
 */
export const handoverThread: typeof handoverThreadRequest = options => handoverThreadRequest({ operation: handoverThreadOperation, ...options });

/**
 * Take over a conversation
 *
 * Deprecated by the vendor in favour of the handover action: use `handoverThread`.
 * Sends a takeover action for a thread; a `takeover` webhook call follows.
 *
 *
 * @deprecated
 */
export const takeoverThread: typeof takeoverThreadRequest = options => takeoverThreadRequest({ operation: takeoverThreadOperation, ...options });

/**
 * Resolve a conversation
 *
 * Resolves the conversation: completes a handover, resumes the bot and sets the
 * `control_state` tag to `resolved`. Resolved is the final state and cannot be
 * undone, so repeating the call has no further effect.
 *
 */
export const resolveThread: typeof resolveThreadRequest = options => resolveThreadRequest({ operation: resolveThreadOperation, ...options });

/**
 * List events that can be triggered
 *
 * Lists the events that may be triggered manually (those with "Enable manual
 * trigger" checked in the flow designer).
 *
 * Without `sync=true` the call answers `Accepted` and the list arrives as a
 * `trigger.events` webhook call.
 *
 */
export const listTriggerEvents: typeof listTriggerEventsRequest = options => listTriggerEventsRequest({ operation: listTriggerEventsOperation, ...options });

/**
 * Trigger an event for a thread
 *
 * Triggers an event (by name, see `listTriggerEvents`) for one thread, e.g. to hand
 * a conversation back to the bot. To trigger events for many customers at once use
 * the broadcast operations.
 *
 */
export const triggerEvent: typeof triggerEventRequest = options => triggerEventRequest({ operation: triggerEventOperation, ...options });

/**
 * Get business hours
 *
 * Reads the business hours configured for the project.
 *
 * Without `sync=true` the call answers `Accepted` and the business hours arrive as
 * a `businessHours` webhook call.
 *
 */
export const getBusinessHours: typeof getBusinessHoursRequest = options => getBusinessHoursRequest({ operation: getBusinessHoursOperation, ...options });

/**
 * Resume the bot for a thread
 *
 * Resumes the bot for a thread; a `resumed` webhook call follows. Resuming an active
 * bot leaves it active, so the call is safe to repeat (DELETE is retried like any
 * idempotent method; no extension needed).
 *
 */
export const resumeBot: typeof resumeBotRequest = options => resumeBotRequest({ operation: resumeBotOperation, ...options });

/**
 * Get the bot status for a thread
 *
 * Reads whether the bot is paused for a thread.
 *
 * Without `sync=true` the call answers `Accepted` and the status arrives as an
 * `isPaused` webhook call. With `sync=true` the status (`BotStatusResult`) is in the
 * response; read `isPaused ?? isPaued` (the document's example spells `isPaued`).
 *
 * The document's JavaScript samples pass `body: {}` to this GET; no body is sent.
 *
 */
export const getBotStatus: typeof getBotStatusRequest = options => getBotStatusRequest({ operation: getBotStatusOperation, ...options });

/**
 * Pause the bot for a thread
 *
 * Pauses the bot for a thread; a `paused` webhook call follows. Pausing a paused bot
 * leaves it paused, so the call is safe to repeat.
 *
 */
export const pauseBot: typeof pauseBotRequest = options => pauseBotRequest({ operation: pauseBotOperation, ...options });

/**
 * Broadcast to phone numbers
 *
 * Sends a WhatsApp templated message (an `event` payload) or an SMS text (a `text`
 * payload) to a list of recipients, each identified by a phone number (MSISDN, E.164)
 * or an identifier, from the given channel.
 *
 */
export const broadcastToPhoneNumbers: typeof broadcastToPhoneNumbersRequest = options => broadcastToPhoneNumbersRequest({ operation: broadcastToPhoneNumbersOperation, ...options });

/**
 * Broadcast to segments
 *
 * Sends a message (usually an event) to every contact of one or more audience
 * segments, each named by `name` or `id` (see `listSegments`).
 *
 */
export const broadcastToSegments: typeof broadcastToSegmentsRequest = options => broadcastToSegmentsRequest({ operation: broadcastToSegmentsOperation, ...options });

/**
 * List audience segments
 *
 * Lists the audience segments created in Khoros Flow (contacts grouped by
 * conditions). The document only shows this call with `sync=true`, and no webhook
 * event type carries segments, so pass `sync=true`.
 *
 */
export const listSegments: typeof listSegmentsRequest = options => listSegmentsRequest({ operation: listSegmentsOperation, ...options });

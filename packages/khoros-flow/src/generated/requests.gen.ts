// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { RequestResult } from '@parley/runtime';

import { client } from './client.gen.js';
import type { Options } from './sdk.gen.js';
import type { BroadcastToPhoneNumbersData, BroadcastToPhoneNumbersErrors, BroadcastToPhoneNumbersResponses, BroadcastToSegmentsData, BroadcastToSegmentsErrors, BroadcastToSegmentsResponses, GenerateThreadIdData, GenerateThreadIdErrors, GenerateThreadIdResponses, GetBotStatusData, GetBotStatusErrors, GetBotStatusResponses, GetBusinessHoursData, GetBusinessHoursErrors, GetBusinessHoursResponses, HandoverThreadData, HandoverThreadErrors, HandoverThreadResponses, ListMessagesData, ListMessagesErrors, ListMessagesResponses, ListSegmentsData, ListSegmentsErrors, ListSegmentsResponses, ListThreadsData, ListThreadsErrors, ListThreadsResponses, ListTriggerEventsData, ListTriggerEventsErrors, ListTriggerEventsResponses, PauseBotData, PauseBotErrors, PauseBotResponses, ResolveThreadData, ResolveThreadErrors, ResolveThreadResponses, ResumeBotData, ResumeBotErrors, ResumeBotResponses, SendMessageData, SendMessageErrors, SendMessageResponses, TakeoverThreadData, TakeoverThreadErrors, TakeoverThreadResponses, TriggerEventData, TriggerEventErrors, TriggerEventResponses } from './types.gen.js';

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
export const generateThreadIdRequest = <ThrowOnError extends boolean = true>(options?: Options<GenerateThreadIdData, ThrowOnError>): RequestResult<GenerateThreadIdResponses, GenerateThreadIdErrors, ThrowOnError, 'data'> => (options?.client ?? client).post<GenerateThreadIdResponses, GenerateThreadIdErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/messages',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options?.headers
    }
});

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
export const listMessagesRequest = <ThrowOnError extends boolean = true>(options: Options<ListMessagesData, ThrowOnError>): RequestResult<ListMessagesResponses, ListMessagesErrors, ThrowOnError, 'data'> => (options.client ?? client).get<ListMessagesResponses, ListMessagesErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/messages/{threadId}',
    ...options
});

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
export const sendMessageRequest = <ThrowOnError extends boolean = true>(options: Options<SendMessageData, ThrowOnError>): RequestResult<SendMessageResponses, SendMessageErrors, ThrowOnError, 'data'> => (options.client ?? client).post<SendMessageResponses, SendMessageErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/messages/{threadId}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

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
export const listThreadsRequest = <ThrowOnError extends boolean = true>(options?: Options<ListThreadsData, ThrowOnError>): RequestResult<ListThreadsResponses, ListThreadsErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<ListThreadsResponses, ListThreadsErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/threads',
    ...options
});

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
export const handoverThreadRequest = <ThrowOnError extends boolean = true>(options: Options<HandoverThreadData, ThrowOnError>): RequestResult<HandoverThreadResponses, HandoverThreadErrors, ThrowOnError, 'data'> => (options.client ?? client).post<HandoverThreadResponses, HandoverThreadErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/handover/{threadId}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Take over a conversation
 *
 * Deprecated by the vendor in favour of the handover action: use `handoverThread`.
 * Sends a takeover action for a thread; a `takeover` webhook call follows.
 *
 *
 * @deprecated
 */
export const takeoverThreadRequest = <ThrowOnError extends boolean = true>(options: Options<TakeoverThreadData, ThrowOnError>): RequestResult<TakeoverThreadResponses, TakeoverThreadErrors, ThrowOnError, 'data'> => (options.client ?? client).post<TakeoverThreadResponses, TakeoverThreadErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/takeover/{threadId}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Resolve a conversation
 *
 * Resolves the conversation: completes a handover, resumes the bot and sets the
 * `control_state` tag to `resolved`. Resolved is the final state and cannot be
 * undone, so repeating the call has no further effect.
 *
 */
export const resolveThreadRequest = <ThrowOnError extends boolean = true>(options: Options<ResolveThreadData, ThrowOnError>): RequestResult<ResolveThreadResponses, ResolveThreadErrors, ThrowOnError, 'data'> => (options.client ?? client).post<ResolveThreadResponses, ResolveThreadErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/resolve/{threadId}',
    ...options
});

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
export const listTriggerEventsRequest = <ThrowOnError extends boolean = true>(options?: Options<ListTriggerEventsData, ThrowOnError>): RequestResult<ListTriggerEventsResponses, ListTriggerEventsErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<ListTriggerEventsResponses, ListTriggerEventsErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/trigger/event',
    ...options
});

/**
 * Trigger an event for a thread
 *
 * Triggers an event (by name, see `listTriggerEvents`) for one thread, e.g. to hand
 * a conversation back to the bot. To trigger events for many customers at once use
 * the broadcast operations.
 *
 */
export const triggerEventRequest = <ThrowOnError extends boolean = true>(options: Options<TriggerEventData, ThrowOnError>): RequestResult<TriggerEventResponses, TriggerEventErrors, ThrowOnError, 'data'> => (options.client ?? client).post<TriggerEventResponses, TriggerEventErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/trigger/event/{threadId}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get business hours
 *
 * Reads the business hours configured for the project.
 *
 * Without `sync=true` the call answers `Accepted` and the business hours arrive as
 * a `businessHours` webhook call.
 *
 */
export const getBusinessHoursRequest = <ThrowOnError extends boolean = true>(options?: Options<GetBusinessHoursData, ThrowOnError>): RequestResult<GetBusinessHoursResponses, GetBusinessHoursErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<GetBusinessHoursResponses, GetBusinessHoursErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/businesshours',
    ...options
});

/**
 * Resume the bot for a thread
 *
 * Resumes the bot for a thread; a `resumed` webhook call follows. Resuming an active
 * bot leaves it active, so the call is safe to repeat (DELETE is retried like any
 * idempotent method; no extension needed).
 *
 */
export const resumeBotRequest = <ThrowOnError extends boolean = true>(options: Options<ResumeBotData, ThrowOnError>): RequestResult<ResumeBotResponses, ResumeBotErrors, ThrowOnError, 'data'> => (options.client ?? client).delete<ResumeBotResponses, ResumeBotErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/pause/{threadId}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

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
export const getBotStatusRequest = <ThrowOnError extends boolean = true>(options: Options<GetBotStatusData, ThrowOnError>): RequestResult<GetBotStatusResponses, GetBotStatusErrors, ThrowOnError, 'data'> => (options.client ?? client).get<GetBotStatusResponses, GetBotStatusErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/pause/{threadId}',
    ...options
});

/**
 * Pause the bot for a thread
 *
 * Pauses the bot for a thread; a `paused` webhook call follows. Pausing a paused bot
 * leaves it paused, so the call is safe to repeat.
 *
 */
export const pauseBotRequest = <ThrowOnError extends boolean = true>(options: Options<PauseBotData, ThrowOnError>): RequestResult<PauseBotResponses, PauseBotErrors, ThrowOnError, 'data'> => (options.client ?? client).post<PauseBotResponses, PauseBotErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/pause/{threadId}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Broadcast to phone numbers
 *
 * Sends a WhatsApp templated message (an `event` payload) or an SMS text (a `text`
 * payload) to a list of recipients, each identified by a phone number (MSISDN, E.164)
 * or an identifier, from the given channel.
 *
 */
export const broadcastToPhoneNumbersRequest = <ThrowOnError extends boolean = true>(options: Options<BroadcastToPhoneNumbersData, ThrowOnError>): RequestResult<BroadcastToPhoneNumbersResponses, BroadcastToPhoneNumbersErrors, ThrowOnError, 'data'> => (options.client ?? client).post<BroadcastToPhoneNumbersResponses, BroadcastToPhoneNumbersErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/broadcast/instant',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Broadcast to segments
 *
 * Sends a message (usually an event) to every contact of one or more audience
 * segments, each named by `name` or `id` (see `listSegments`).
 *
 */
export const broadcastToSegmentsRequest = <ThrowOnError extends boolean = true>(options: Options<BroadcastToSegmentsData, ThrowOnError>): RequestResult<BroadcastToSegmentsResponses, BroadcastToSegmentsErrors, ThrowOnError, 'data'> => (options.client ?? client).post<BroadcastToSegmentsResponses, BroadcastToSegmentsErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/broadcast/instant/segment',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * List audience segments
 *
 * Lists the audience segments created in Khoros Flow (contacts grouped by
 * conditions). The document only shows this call with `sync=true`, and no webhook
 * event type carries segments, so pass `sync=true`.
 *
 */
export const listSegmentsRequest = <ThrowOnError extends boolean = true>(options?: Options<ListSegmentsData, ThrowOnError>): RequestResult<ListSegmentsResponses, ListSegmentsErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<ListSegmentsResponses, ListSegmentsErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/broadcast/segments',
    ...options
});

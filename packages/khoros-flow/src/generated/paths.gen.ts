// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

export interface paths {
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a thread id
         * @description Generates a valid Khoros Flow thread id for the REST API integration, in the form
         *     `{unique_identifier}|w_{channelId}`. Using it is optional: you may pass your own
         *     values as thread ids to the other endpoints.
         *
         *     Not in the seed document: the vendor's current reference documents this call with
         *     no body. A message payload may be sent (the body is optional); whether it is
         *     processed is not documented.
         */
        post: operations["generateThreadId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        /**
         * List messages of a thread
         * @description Reads the message history of a thread, 20 entries per page. Pages start at 1;
         *     with `sync=true` the result carries `page` and `pages`, so an iterator requests
         *     `page + 1` while `page < pages`.
         *
         *     Without `sync=true` the call answers `Accepted` and the history arrives as a
         *     `history` webhook call.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Sends a text, event, location or media message to the bot for a thread. The
         *     `payload.type` field selects the kind of message. Each message needs an
         *     `originator` (`external` for a customer, `moderator` for a human agent; a message
         *     from a `moderator` pauses the bot automatically). An optional `traceId` is passed
         *     along to identify the message in delivery events.
         *
         *     Without `sync=true` the call answers `Accepted` and the bot's reply arrives as a
         *     `message` webhook call. With `sync=true` the reply (`SendMessageResult`) is in the
         *     response.
         *
         *     Document slips decided here: the text field is `speech` (the table says `text`),
         *     the media mime type is `mimeType` (the HTTP example says `mimetype`), `traceId` is
         *     a number or a string, and `metadata` holds `language`, `timezone` and `params` for
         *     every message type (the event, location and media tables list them at payload
         *     level).
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List threads
         * @description Lists the thread ids of the project, 20 per page. Pages start at 1; with
         *     `sync=true` the result carries `page` (which may arrive as a numeric string) and
         *     `pages`, so an iterator requests `Number(page) + 1` while `Number(page) < pages`.
         *
         *     Without `sync=true` the call answers `Accepted` and the list arrives as a
         *     `threads` webhook call.
         *
         *     The document's table calls `page` required while its first example leaves it out:
         *     `page` is optional here (pages start at 1).
         */
        get: operations["listThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/handover/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a conversation over to a human agent
         * @description Marks the conversation as needing a human agent and pauses the bot, by default
         *     for as long as configured in the dashboard, or for `secondsToPause` seconds.
         *
         *     Safe to repeat: a repeated handover leaves the conversation in handover (at most
         *     it restarts the pause period).
         *
         *     The document's example body `{ { "secondsToPause": 600 } }` is not valid JSON; the
         *     body is `{ "secondsToPause": 600 }`.
         */
        post: operations["handoverThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/takeover/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take over a conversation
         * @deprecated
         * @description Deprecated by the vendor in favour of the handover action: use `handoverThread`.
         *     Sends a takeover action for a thread; a `takeover` webhook call follows.
         */
        post: operations["takeoverThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/resolve/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a conversation
         * @description Resolves the conversation: completes a handover, resumes the bot and sets the
         *     `control_state` tag to `resolved`. Resolved is the final state and cannot be
         *     undone, so repeating the call has no further effect.
         */
        post: operations["resolveThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trigger/event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events that can be triggered
         * @description Lists the events that may be triggered manually (those with "Enable manual
         *     trigger" checked in the flow designer).
         *
         *     Without `sync=true` the call answers `Accepted` and the list arrives as a
         *     `trigger.events` webhook call.
         */
        get: operations["listTriggerEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trigger/event/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger an event for a thread
         * @description Triggers an event (by name, see `listTriggerEvents`) for one thread, e.g. to hand
         *     a conversation back to the bot. To trigger events for many customers at once use
         *     the broadcast operations.
         */
        post: operations["triggerEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/businesshours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get business hours
         * @description Reads the business hours configured for the project.
         *
         *     Without `sync=true` the call answers `Accepted` and the business hours arrive as
         *     a `businessHours` webhook call.
         */
        get: operations["getBusinessHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pause/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        /**
         * Get the bot status for a thread
         * @description Reads whether the bot is paused for a thread.
         *
         *     Without `sync=true` the call answers `Accepted` and the status arrives as an
         *     `isPaused` webhook call. With `sync=true` the status (`BotStatusResult`) is in the
         *     response; read `isPaused ?? isPaued` (the document's example spells `isPaued`).
         *
         *     The document's JavaScript samples pass `body: {}` to this GET; no body is sent.
         */
        get: operations["getBotStatus"];
        put?: never;
        /**
         * Pause the bot for a thread
         * @description Pauses the bot for a thread; a `paused` webhook call follows. Pausing a paused bot
         *     leaves it paused, so the call is safe to repeat.
         */
        post: operations["pauseBot"];
        /**
         * Resume the bot for a thread
         * @description Resumes the bot for a thread; a `resumed` webhook call follows. Resuming an active
         *     bot leaves it active, so the call is safe to repeat (DELETE is retried like any
         *     idempotent method; no extension needed).
         */
        delete: operations["resumeBot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcast/instant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Broadcast to phone numbers
         * @description Sends a WhatsApp templated message (an `event` payload) or an SMS text (a `text`
         *     payload) to a list of recipients, each identified by a phone number (MSISDN, E.164)
         *     or an identifier, from the given channel.
         */
        post: operations["broadcastToPhoneNumbers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcast/instant/segment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Broadcast to segments
         * @description Sends a message (usually an event) to every contact of one or more audience
         *     segments, each named by `name` or `id` (see `listSegments`).
         */
        post: operations["broadcastToSegments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/broadcast/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audience segments
         * @description Lists the audience segments created in Khoros Flow (contacts grouped by
         *     conditions). The document only shows this call with `sync=true`, and no webhook
         *     event type carries segments, so pass `sync=true`.
         */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    message: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bot reply for a thread
         * @description Khoros Flow sends a reply message for a thread (the asynchronous result of
         *     `sendMessage`). No authenticity header is documented.
         */
        post: operations["onMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    history: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Message history of a thread
         * @description The asynchronous result of `listMessages`. No authenticity header is documented.
         */
        post: operations["onHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    threads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List of threads
         * @description The asynchronous result of `listThreads`. No authenticity header is documented.
         */
        post: operations["onThreads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "trigger.events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List of events that can be triggered
         * @description The asynchronous result of `listTriggerEvents`. No authenticity header is documented.
         */
        post: operations["onTriggerEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    businessHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Business hours
         * @description The asynchronous result of `getBusinessHours`. No authenticity header is documented.
         */
        post: operations["onBusinessHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    paused: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bot paused for a thread
         * @description The AI engine has paused operation for a thread. No authenticity header is documented.
         */
        post: operations["onPaused"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    resumed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bot resumed for a thread
         * @description The AI engine has resumed operation for a thread. No authenticity header is documented.
         */
        post: operations["onResumed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    isPaused: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bot status for a thread
         * @description The asynchronous result of `getBotStatus`. Read `isPaused ?? isPaued` (see the
         *     decision on `BotStatusResult`). No authenticity header is documented.
         */
        post: operations["onIsPaused"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    inbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * User message from another channel
         * @description A user sent a message to Khoros Flow on a channel other than the REST API. No
         *     authenticity header is documented.
         */
        post: operations["onInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    outbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bot message on another channel
         * @description The AI engine sent a message to a user on a channel other than the REST API. No
         *     authenticity header is documented.
         */
        post: operations["onOutbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    takeover: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takeover action executed
         * @description The takeover action was executed for a thread. No authenticity header is documented.
         */
        post: operations["onTakeover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description The immediate acknowledgement. In asynchronous mode (no `sync=true`) the result
         *     follows as a webhook call.
         * @example {
         *       "status": "ok"
         *     }
         */
        Accepted: {
            /** @constant */
            status: "ok";
        };
        /** @description A thread id generated by `POST /messages`. */
        GeneratedThreadId: {
            /** @constant */
            status: "ok";
            /** @description The generated thread id, `{unique_identifier}|w_{channelId}`. */
            threadId: string;
        };
        /**
         * @description An error body. The document says errors are JSON but shows none; these fields are
         *     assumed, and more may appear.
         */
        ErrorResponse: {
            /** @description Presumably `error`. */
            status?: string;
            /** @description A human-readable explanation. */
            message?: string;
        };
        /** @description An empty JSON object; the document sends `{}` for these calls, but the body may be left out. */
        EmptyBody: Record<string, never>;
        /**
         * @description Optional identifier passed along with the message to recognise it in delivery
         *     events. The tables type it *number*; samples in the vendor's docs carry strings,
         *     so both are accepted.
         */
        TraceId: number | string;
        /** @description Additional profile information about an originator. */
        Profile: {
            /** @description Complete name. */
            fullName?: string;
            /** @description First name. */
            firstName?: string;
            /** @description Family name. */
            lastName?: string;
            /** @description Gender, `M`, `F` or `U`. */
            gender?: string;
            /** @description Two-letter ISO 639-1 language code, e.g. `fr`. */
            language?: string;
            /** @description Lowercase two-letter country code, e.g. `us`. */
            country?: string;
            /** @description Locale combining language and country, e.g. `en-GB`. */
            locale?: string;
            /** @description Offset from UTC in hours. */
            timezone?: number;
            /** @description Email address. */
            email?: string;
            /** @description Phone number in E.164 format. */
            phoneNumber?: string;
            /** @description URL of a profile picture. */
            picture?: string;
        };
        /**
         * @description The sender of a message. `external` is a customer or end user; `moderator` is a
         *     human agent. A message from a `moderator` pauses the bot automatically.
         * @example {
         *       "name": "John Doe",
         *       "role": "external",
         *       "metadata": {
         *         "clientNumber": "asddaasq333ee332",
         *         "preference": "A,B,G"
         *       }
         *     }
         */
        Originator: {
            /** @description Name representing the originator. */
            name: string;
            /**
             * @description `external` (customer, end user) or `moderator` (human agent).
             * @enum {string}
             */
            role: "external" | "moderator";
            profile?: components["schemas"]["Profile"];
            /** @description Key-value pairs with additional information. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Optional metadata about a message. The text-message table and every example put
         *     `language`, `timezone` and `params` here; the event, location and media tables list
         *     them at payload level (`lang`, `timezone`, `params`), which we do not model.
         */
        MessageMetadata: {
            /** @description Two-letter ISO 639-1 language code. */
            language?: string;
            /**
             * @description UTC offset in hours. A number in the message examples; the broadcast example
             *     sends a string (`"-2"`), so both are accepted. (The broadcast table types
             *     `language` and `timezone` as *object*; its example sends a string for both.)
             */
            timezone?: number | string;
            /** @description Parameters, each a list of `{ value }` objects. */
            params?: {
                [key: string]: components["schemas"]["ParamValue"][];
            };
        };
        /** @description One value of a parameter. */
        ParamValue: {
            /** @description The value. */
            value?: unknown;
        } & {
            [key: string]: unknown;
        };
        /** @description A message to send to the bot. */
        SendMessageRequest: {
            payload: components["schemas"]["MessagePayload"];
        };
        /** @description The message, by `type`. */
        MessagePayload: components["schemas"]["TextMessagePayload"] | components["schemas"]["EventMessagePayload"] | components["schemas"]["LocationMessagePayload"] | components["schemas"]["MediaMessagePayload"];
        /**
         * @description A text message. The document's table names the text field `text`, but every
         *     example sends `speech`: the wire carries `speech`.
         */
        TextMessagePayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            /** @description The text to process, at most 255 characters. (Named `text` in the document's table; the wire carries `speech`.) */
            speech: string;
            traceId?: components["schemas"]["TraceId"];
            originator: components["schemas"]["Originator"];
            metadata?: components["schemas"]["MessageMetadata"];
        };
        /** @description Triggers an event within Flow. */
        EventMessagePayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "event";
            /** @description Name of the event to trigger. */
            eventName: string;
            traceId?: components["schemas"]["TraceId"];
            originator: components["schemas"]["Originator"];
            metadata?: components["schemas"]["MessageMetadata"];
        };
        /** @description Sends coordinates. */
        LocationMessagePayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "location";
            /** @description Latitude. */
            lat: string;
            /** @description Longitude. */
            long: string;
            /** @description Optional title of the location. */
            title?: string;
            traceId?: components["schemas"]["TraceId"];
            originator: components["schemas"]["Originator"];
            metadata?: components["schemas"]["MessageMetadata"];
        };
        /**
         * @description Sends an image, file, audio or video by URL. The mime type field is `mimeType`
         *     (the document's HTTP example writes `mimetype`, its JavaScript example and table
         *     `mimeType`).
         */
        MediaMessagePayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "media";
            mediaType: components["schemas"]["MediaType"];
            /** @description URL of the media attachment. */
            url: string;
            /** @description Optional mime type of the file; supported formats depend on the channel. */
            mimeType?: string;
            /** @description Optional title. */
            title?: string;
            traceId?: components["schemas"]["TraceId"];
            originator: components["schemas"]["Originator"];
            metadata?: components["schemas"]["MessageMetadata"];
        };
        /**
         * @description Kind of media.
         * @enum {string}
         */
        MediaType: "image" | "file" | "audio" | "video";
        /**
         * @description Optional handover settings. (The document's example `{ { "secondsToPause": 600 } }`
         *     is not valid JSON; the body is this object.)
         */
        HandoverRequest: {
            /** @description Seconds to pause the bot; by default the duration configured in the dashboard. */
            secondsToPause?: number;
        };
        /**
         * @description The kind of channel to send from: `rbm` (Google RBM), `messagemedia`
         *     (MessageMedia), `telekom` (Telekom RBM), `twilio` (Twilio), `whatsapp` (WhatsApp),
         *     `khoros` (Khoros), `messenger` (Messenger).
         * @enum {string}
         */
        ChannelName: "rbm" | "messagemedia" | "telekom" | "twilio" | "whatsapp" | "khoros" | "messenger";
        /** @description The Flow integration to send the broadcast from. */
        BroadcastChannel: {
            channelName: components["schemas"]["ChannelName"];
            /**
             * @description Identifier of the channel: the project ID (Google RBM), phone number
             *     (MessageMedia, Twilio, Khoros), Telekom bot ID (Telekom RBM), production phone
             *     number (WhatsApp) or page ID (Messenger).
             */
            externalId: string;
        };
        /**
         * @description One recipient: `phoneNumber` or `identifier` must be given (both are allowed). Its
         *     `profile` is typed *string* in the document's table but sent as `{}` and described
         *     as profile data: it is the `Profile` object.
         */
        BroadcastRecipient: components["schemas"]["RecipientByPhoneNumber"] | components["schemas"]["RecipientByIdentifier"];
        /** @description A recipient named by phone number. */
        RecipientByPhoneNumber: {
            /** @description Name of the recipient, e.g. `Anonymous`. */
            name: string;
            /** @description MSISDN, a phone number in E.164 format. */
            phoneNumber: string;
            /** @description An identifier of the recipient on the channel. */
            identifier?: string;
            profile?: components["schemas"]["Profile"];
        };
        /** @description A recipient named by identifier. */
        RecipientByIdentifier: {
            /** @description Name of the recipient, e.g. `Anonymous`. */
            name: string;
            /** @description An identifier of the recipient on the channel. */
            identifier: string;
            /** @description MSISDN, a phone number in E.164 format. */
            phoneNumber?: string;
            profile?: components["schemas"]["Profile"];
        };
        /** @description A broadcast to phone numbers or identifiers. */
        PhoneBroadcastRequest: {
            /** @description The recipients. */
            audience: components["schemas"]["BroadcastRecipient"][];
            channel: components["schemas"]["BroadcastChannel"];
            payload: components["schemas"]["PhoneBroadcastPayload"];
        };
        /** @description What to send, by `type`; `event` triggers e.g. a WhatsApp template, `text` runs text classification. */
        PhoneBroadcastPayload: components["schemas"]["BroadcastTextPayload"] | components["schemas"]["BroadcastEventPayload"];
        /** @description A text to send. */
        BroadcastTextPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            /** @description The text. */
            speech: string;
            metadata?: components["schemas"]["MessageMetadata"];
        };
        /** @description An event to trigger for every recipient. */
        BroadcastEventPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "event";
            /** @description Name of the event to trigger. */
            eventName: string;
            metadata?: components["schemas"]["MessageMetadata"];
        };
        /** @description Coordinates to send. The segment broadcast table lists `lat` only; a location needs `long` too, as in the location message. */
        BroadcastLocationPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "location";
            /** @description Latitude. */
            lat: string;
            /** @description Longitude. */
            long: string;
            /** @description Optional title of the location. */
            title?: string;
            metadata?: components["schemas"]["MessageMetadata"];
        };
        /** @description Media to send by URL. */
        BroadcastMediaPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "media";
            /** @description URL of the media. */
            url: string;
            mediaType?: components["schemas"]["MediaType"];
            /** @description Optional mime type. */
            mimeType?: string;
            /** @description Optional title. */
            title?: string;
            metadata?: components["schemas"]["MessageMetadata"];
        };
        /** @description A segment, by `name` or `id` (both are allowed). */
        SegmentReference: components["schemas"]["SegmentByName"] | components["schemas"]["SegmentById"];
        /** @description A segment named by its name. */
        SegmentByName: {
            /** @description Name of the segment, e.g. `MY_SEGMENT_1`. */
            name: string;
            /** @description ID of the segment (see `listSegments`). */
            id?: string;
        };
        /** @description A segment named by its id. */
        SegmentById: {
            /** @description ID of the segment (see `listSegments`). */
            id: string;
            /** @description Name of the segment, e.g. `MY_SEGMENT_1`. */
            name?: string;
        };
        /** @description A broadcast to audience segments. */
        SegmentBroadcastRequest: {
            /** @description The segments. */
            audience: components["schemas"]["SegmentReference"][];
            payload: components["schemas"]["SegmentBroadcastPayload"];
        };
        /**
         * @description What to send to the segments, by `type`. The table calls it "a list of event
         *     objects"; the example sends one object.
         */
        SegmentBroadcastPayload: components["schemas"]["BroadcastTextPayload"] | components["schemas"]["BroadcastEventPayload"] | components["schemas"]["BroadcastLocationPayload"] | components["schemas"]["BroadcastMediaPayload"];
        /**
         * @description The sender of a message in results and webhook calls. Its `role` is open: results
         *     carry roles such as `user`, `external`, `moderator` and `bot`.
         */
        ResultOriginator: {
            /** @description Name of the sender. */
            name?: string;
            /** @description Role of the sender, e.g. `user`, `external`, `moderator`, `bot`. */
            role?: string;
            /** @description Identifier of the sender, when given. */
            userId?: string;
            /** @description Profile information (see `Profile`); may be empty. */
            profile?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description One response inside a message (text, event, card, ...). Its `payload` depends on
         *     `type`; the document shows only `text` (`{ text }`).
         */
        ReplyResponse: {
            /** @description Kind of response, e.g. `text` or `event`. */
            type: string;
            /** @description The response's content; for `text`, `{ text }`. */
            payload?: {
                [key: string]: unknown;
            };
        };
        /** @description One message in a reply or in the history. */
        ConversationMessage: {
            /** @description A plain-text rendering of the message. */
            fallback?: string;
            /** @description The text the message replies to, or null. */
            replyTo?: string | null;
            /** @description Active contexts. */
            contexts?: unknown[];
            /** @description Parameters collected so far. */
            params?: {
                [key: string]: unknown;
            };
            /** @description Matched intents. */
            intents?: unknown[];
            /**
             * Format: date-time
             * @description When the message was created.
             */
            createdAt?: string;
            originator?: components["schemas"]["ResultOriginator"];
            /** @description The message's content. */
            responses?: components["schemas"]["ReplyResponse"][];
        };
        /** @description Messages of one sender in a thread's history. */
        HistoryEntry: {
            originator?: components["schemas"]["ResultOriginator"];
            messages?: components["schemas"]["ConversationMessage"][];
        };
        /** @description One page of a thread's history. Pages start at 1; there are `pages` pages. */
        MessageHistoryPage: {
            history: components["schemas"]["HistoryEntry"][];
            /** @description The thread. */
            threadId?: string;
            /** @description This page's number, starting at 1. */
            page: number;
            /** @description Number of pages. */
            pages: number;
        };
        /** @description The sync result of `listMessages`. */
        MessageHistoryResult: {
            /** @constant */
            status: "ok";
            result: components["schemas"]["MessageHistoryPage"];
        };
        /**
         * @description One page of thread ids. `page` arrives as a string in the document's example
         *     (`"1"`) while `pages` is a number: compare `Number(page)` with `pages`.
         */
        ThreadListPage: {
            /** @description Thread ids (they contain `|`). */
            threads: string[];
            /** @description This page's number, starting at 1; may be a numeric string. */
            page: number | string;
            /** @description Number of pages. */
            pages: number;
        };
        /** @description The sync result of `listThreads`. */
        ThreadListResult: {
            /** @constant */
            status: "ok";
            result: components["schemas"]["ThreadListPage"];
        };
        /** @description Names of the events that may be triggered manually. */
        TriggerEventList: {
            items: string[];
        };
        /** @description The sync result of `listTriggerEvents`. */
        TriggerEventListResult: {
            /** @constant */
            status: "ok";
            result: components["schemas"]["TriggerEventList"];
        };
        /** @description One business hours configuration. */
        BusinessHours: {
            weekdays?: {
                /** @description Day name, e.g. `Monday`. */
                weekday?: string;
                /** @description Opening intervals. */
                content?: {
                    /** @description Start time, `H:MM`. */
                    from?: string;
                    /** @description End time, `H:MM`. */
                    to?: string;
                }[];
            }[];
            holidays?: {
                /** @description Name of the holiday. */
                holiday?: string;
                /**
                 * Format: date-time
                 * @description Date of the holiday.
                 */
                date?: string;
            }[];
            /** @description Name of the configuration. */
            label?: string;
            /** @description Time zone label, e.g. `(UTC+03:00) Minsk`. */
            timezone?: string;
        };
        /** @description The sync result of `getBusinessHours` (no `result` wrapper, unlike the other results). */
        BusinessHoursResult: {
            /** @constant */
            status: "ok";
            businessHours: components["schemas"]["BusinessHours"][];
        };
        /**
         * @description The sync result of `getBotStatus`. The document's example spells the flag
         *     `isPaued`; the webhook event is named `isPaused`, so the typo is likely in the
         *     document. Both spellings are accepted: read `isPaused ?? isPaued`.
         */
        BotStatusResult: {
            /** @constant */
            status: "ok";
            /** @description Whether the bot is paused for the thread. */
            isPaused?: boolean;
            /**
             * @deprecated
             * @description The document's spelling of `isPaused`; read `isPaused ?? isPaued`.
             */
            isPaued?: boolean;
            /** @description The thread. */
            threadId: string;
        };
        /** @description An audience segment. */
        Segment: {
            agentId?: string;
            /** @description The segment's id (use it as `id` in `broadcastToSegments`). */
            audienceId?: string;
            channels?: string[];
            conditions?: {
                condition?: string;
                conditionValue?: string;
            }[];
            contact?: string;
            /** Format: date-time */
            createdAfterCondition?: string | null;
            /** Format: date-time */
            createdBeforeCondition?: string | null;
            importCondition?: string;
            /** @description The segment's name. */
            title?: string;
            /** @description Always `segment` in the document. */
            type?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        /** @description The sync result of `listSegments`. */
        SegmentListResult: {
            /** @constant */
            status: "ok";
            segments: components["schemas"]["Segment"][];
        };
        /**
         * @description The sync result of `sendMessage`: the bot's reply. Not shown in the seed document;
         *     modelled after the vendor's current reference and the history result. The same
         *     fields arrive in a `message` webhook call.
         */
        SendMessageResult: {
            /** @constant */
            status: "ok";
            threadId: string;
            /** @description Channel the reply is for, e.g. `gateway` for the REST API. */
            channelName?: string;
            traceId?: components["schemas"]["TraceId"];
            /** Format: date-time */
            createdAt?: string;
            /** @description The text replied to. */
            replyTo?: string | null;
            originator?: components["schemas"]["ResultOriginator"];
            user?: components["schemas"]["ResultOriginator"];
            messages: components["schemas"]["ConversationMessage"][];
        };
        /**
         * @description Webhook `message`: the bot's reply for a thread; the same fields as
         *     `SendMessageResult`, with `type`.
         */
        MessageEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message";
            threadId?: string;
            channelName?: string;
            traceId?: components["schemas"]["TraceId"];
            /** Format: date-time */
            createdAt?: string;
            replyTo?: string | null;
            originator?: components["schemas"]["ResultOriginator"];
            user?: components["schemas"]["ResultOriginator"];
            messages?: components["schemas"]["ConversationMessage"][];
        };
        /** @description Webhook `history`; the same body as `MessageHistoryResult`, with `type`. */
        HistoryEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "history";
            result?: components["schemas"]["MessageHistoryPage"];
        };
        /** @description Webhook `threads`; the same body as `ThreadListResult`, with `type`. */
        ThreadsEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "threads";
            result?: components["schemas"]["ThreadListPage"];
        };
        /** @description Webhook `trigger.events`; the same body as `TriggerEventListResult`, with `type`. */
        TriggerEventsEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "trigger.events";
            result?: components["schemas"]["TriggerEventList"];
        };
        /** @description Webhook `businessHours`; the same body as `BusinessHoursResult`, with `type`. */
        BusinessHoursEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "businessHours";
            businessHours?: components["schemas"]["BusinessHours"][];
        };
        /** @description Webhook `paused`; the AI engine paused for a thread. */
        PausedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "paused";
            threadId?: string;
        };
        /** @description Webhook `resumed`; the AI engine resumed for a thread. */
        ResumedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "resumed";
            threadId?: string;
        };
        /**
         * @description Webhook `isPaused`; the same body as `BotStatusResult`, with `type`. Read
         *     `isPaused ?? isPaued`.
         */
        IsPausedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "isPaused";
            threadId?: string;
            isPaused?: boolean;
            /**
             * @deprecated
             * @description The document's spelling of `isPaused` (see `BotStatusResult`).
             */
            isPaued?: boolean;
        };
        /** @description Webhook `inbound`; a user's message on a channel other than the REST API. */
        InboundEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "inbound";
            threadId?: string;
            channelName?: string;
            traceId?: components["schemas"]["TraceId"];
            /** Format: date-time */
            createdAt?: string;
            originator?: components["schemas"]["ResultOriginator"];
            messages?: components["schemas"]["ConversationMessage"][];
        };
        /** @description Webhook `outbound`; the AI engine's message to a user on a channel other than the REST API. */
        OutboundEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "outbound";
            threadId?: string;
            channelName?: string;
            traceId?: components["schemas"]["TraceId"];
            /** Format: date-time */
            createdAt?: string;
            replyTo?: string | null;
            originator?: components["schemas"]["ResultOriginator"];
            messages?: components["schemas"]["ConversationMessage"][];
        };
        /** @description Webhook `takeover`; the takeover action was executed for a thread. */
        TakeoverEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "takeover";
            threadId?: string;
        };
        /**
         * @description Any webhook call body, discriminated by `type` (the event name). Khoros Flow may
         *     add event types at any time: a body whose `type` is not listed here is valid and
         *     belongs to an `unknown` handler, never an error.
         */
        WebhookEvent: components["schemas"]["MessageEvent"] | components["schemas"]["HistoryEvent"] | components["schemas"]["ThreadsEvent"] | components["schemas"]["TriggerEventsEvent"] | components["schemas"]["BusinessHoursEvent"] | components["schemas"]["PausedEvent"] | components["schemas"]["ResumedEvent"] | components["schemas"]["IsPausedEvent"] | components["schemas"]["InboundEvent"] | components["schemas"]["OutboundEvent"] | components["schemas"]["TakeoverEvent"];
    };
    responses: {
        /** @description The request was accepted. */
        Accepted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Accepted"];
            };
        };
        /** @description The request is invalid (the document shows no error body; the example is ours). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The `Authorization` header is missing or holds an unknown API key (the example is ours). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Any 2xx acknowledges the call; the body and headers are ignored. */
        WebhookAcknowledged: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description Any status outside 2xx (3xx included) counts as a failed delivery; Khoros Flow
         *     retries with exponential back-off for up to 4 hours.
         */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
         *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
         *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
         *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
         *     You may also use your own values as thread ids.
         */
        ThreadId: string;
        /**
         * @description `true` to get the result in the HTTP response (sync mode) instead of a webhook
         *     call. Without it the call answers `{ "status": "ok" }` and the result is POSTed
         *     to your webhook. The 200 response of every operation taking `sync` is
         *     `anyOf [<Result>, Accepted]`, the result first.
         * @example true
         */
        Sync: boolean;
        /**
         * @description Page to read, starting at 1; 20 entries per page. Follow the result's `page` and `pages`.
         * @example 3
         */
        Page: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: {
        /**
         * @description The one webhook URL configured on the REST API integration. Khoros Flow POSTs every
         *     event type to it; the body's `type` tells them apart. The `webhooks` entries
         *     describe each event type; this path item describes the endpoint as a whole, whose
         *     body is any `WebhookEvent` (or a type not listed yet, for an `unknown` handler).
         *
         *     The document requires the endpoint to accept `GET` as well as `POST`, without
         *     saying what a `GET` carries: answer it 200; events come only by `POST`.
         */
        WebhookEndpoint: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /**
             * Reachability check
             * @description The document requires the webhook endpoint to accept `GET` requests and says no
             *     more. Answer 200; no event is carried.
             */
            get: operations["checkWebhookEndpoint"];
            put?: never;
            /**
             * Any webhook call
             * @description Any event, discriminated by `type`. Types not listed in `WebhookEvent` may
             *     arrive at any time; acknowledge them with a 2xx.
             */
            post: operations["onWebhookEvent"];
            delete?: never;
            options?: never;
            head?: never;
            patch?: never;
            trace?: never;
        };
    };
}
export type $defs = Record<string, never>;
export interface operations {
    generateThreadId: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The generated thread id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeneratedThreadId"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description `true` to get the result in the HTTP response (sync mode) instead of a webhook
                 *     call. Without it the call answers `{ "status": "ok" }` and the result is POSTed
                 *     to your webhook. The 200 response of every operation taking `sync` is
                 *     `anyOf [<Result>, Accepted]`, the result first.
                 * @example true
                 */
                sync?: components["parameters"]["Sync"];
                /**
                 * @description Page to read, starting at 1; 20 entries per page. Follow the result's `page` and `pages`.
                 * @example 3
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Accepted` without `sync=true`; `MessageHistoryResult` with `sync=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageHistoryResult"] | components["schemas"]["Accepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    sendMessage: {
        parameters: {
            query?: {
                /**
                 * @description `true` to get the result in the HTTP response (sync mode) instead of a webhook
                 *     call. Without it the call answers `{ "status": "ok" }` and the result is POSTed
                 *     to your webhook. The 200 response of every operation taking `sync` is
                 *     `anyOf [<Result>, Accepted]`, the result first.
                 * @example true
                 */
                sync?: components["parameters"]["Sync"];
                /**
                 * @description Answer only once the action has completed (the API is asynchronous: without it, a
                 *     call answers before Flow has acted, e.g. before a conversation is resolved). Not in
                 *     the seed document; described in the vendor's docs source of 2023-02-14
                 *     ("WriteConcern mode").
                 * @example true
                 */
                writeConcern?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /**
             * @description `Accepted` without `sync=true` (the reply follows as a `message` webhook call);
             *     `SendMessageResult` with `sync=true`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResult"] | components["schemas"]["Accepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listThreads: {
        parameters: {
            query?: {
                /**
                 * @description `true` to get the result in the HTTP response (sync mode) instead of a webhook
                 *     call. Without it the call answers `{ "status": "ok" }` and the result is POSTed
                 *     to your webhook. The 200 response of every operation taking `sync` is
                 *     `anyOf [<Result>, Accepted]`, the result first.
                 * @example true
                 */
                sync?: components["parameters"]["Sync"];
                /**
                 * @description Page to read, starting at 1; 20 entries per page. Follow the result's `page` and `pages`.
                 * @example 3
                 */
                page?: components["parameters"]["Page"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Accepted` without `sync=true`; `ThreadListResult` with `sync=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadListResult"] | components["schemas"]["Accepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    handoverThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["HandoverRequest"];
            };
        };
        responses: {
            200: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    takeoverThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            200: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    resolveThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listTriggerEvents: {
        parameters: {
            query?: {
                /**
                 * @description `true` to get the result in the HTTP response (sync mode) instead of a webhook
                 *     call. Without it the call answers `{ "status": "ok" }` and the result is POSTed
                 *     to your webhook. The 200 response of every operation taking `sync` is
                 *     `anyOf [<Result>, Accepted]`, the result first.
                 * @example true
                 */
                sync?: components["parameters"]["Sync"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Accepted` without `sync=true`; `TriggerEventListResult` with `sync=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TriggerEventListResult"] | components["schemas"]["Accepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    triggerEvent: {
        parameters: {
            query: {
                /**
                 * @description Name of the event to trigger.
                 * @example MY_EVENT
                 */
                eventName: string;
            };
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            200: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getBusinessHours: {
        parameters: {
            query?: {
                /**
                 * @description `true` to get the result in the HTTP response (sync mode) instead of a webhook
                 *     call. Without it the call answers `{ "status": "ok" }` and the result is POSTed
                 *     to your webhook. The 200 response of every operation taking `sync` is
                 *     `anyOf [<Result>, Accepted]`, the result first.
                 * @example true
                 */
                sync?: components["parameters"]["Sync"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Accepted` without `sync=true`; `BusinessHoursResult` with `sync=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessHoursResult"] | components["schemas"]["Accepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getBotStatus: {
        parameters: {
            query?: {
                /**
                 * @description `true` to get the result in the HTTP response (sync mode) instead of a webhook
                 *     call. Without it the call answers `{ "status": "ok" }` and the result is POSTed
                 *     to your webhook. The 200 response of every operation taking `sync` is
                 *     `anyOf [<Result>, Accepted]`, the result first.
                 * @example true
                 */
                sync?: components["parameters"]["Sync"];
            };
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Accepted` without `sync=true`; `BotStatusResult` with `sync=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotStatusResult"] | components["schemas"]["Accepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    pauseBot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            200: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    resumeBot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Unique identifier of the thread (a user, chat or conversation). Thread ids created
                 *     by Khoros Flow contain a `|` (`{id}|o_{channelId}`, or `{id}|w_{channelId}` from
                 *     `generateThreadId`); the `|` must be percent-encoded in the path (`%7C`), e.g.
                 *     `/handover/a4ad8a025763451da6f15f2b50991651%7Co_21361542-a262-4aaa-8edb-0f8f88e07d89`.
                 *     You may also use your own values as thread ids.
                 */
                threadId: components["parameters"]["ThreadId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EmptyBody"];
            };
        };
        responses: {
            200: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    broadcastToPhoneNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneBroadcastRequest"];
            };
        };
        responses: {
            200: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    broadcastToSegments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentBroadcastRequest"];
            };
        };
        responses: {
            200: components["responses"]["Accepted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listSegments: {
        parameters: {
            query?: {
                /**
                 * @description `true` to get the result in the HTTP response (sync mode) instead of a webhook
                 *     call. Without it the call answers `{ "status": "ok" }` and the result is POSTed
                 *     to your webhook. The 200 response of every operation taking `sync` is
                 *     `anyOf [<Result>, Accepted]`, the result first.
                 * @example true
                 */
                sync?: components["parameters"]["Sync"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `Accepted` without `sync=true`; `SegmentListResult` with `sync=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentListResult"] | components["schemas"]["Accepted"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    onMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HistoryEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onThreads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThreadsEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onTriggerEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriggerEventsEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onBusinessHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessHoursEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onPaused: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PausedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onResumed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResumedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onIsPaused: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IsPausedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onInbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InboundEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onOutbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutboundEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onTakeover: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeoverEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    checkWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
        };
    };
    onWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAcknowledged"];
            400: components["responses"]["WebhookRejected"];
        };
    };
}

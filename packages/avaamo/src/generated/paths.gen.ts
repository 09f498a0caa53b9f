// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

export interface paths {
    "/bots_api/v1/messages.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a message to an agent
         * @description Posts a message as the agent into one conversation. Typically used to post
         *     notifications, summaries and important product or service announcements.
         *
         *     Authenticate with a **user** access token (`userAccessToken`); the user needs at
         *     least edit permission on the agent. See the custom channel's "Supported agent
         *     responses" for WhatsApp-compatible messages.
         *
         *     Not safe to repeat: a retried request posts the message again.
         */
        post: operations["postAgentMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/messages.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the agent's latest messages
         * @description Gets the latest messages of the agent, across all conversations (not one user's
         *     conversation), one page at a time. Follow `page` up to `total_pages` to read them
         *     all. The document does not say in which order the entries of a page come.
         *
         *     Use cases from the document: `per_page=1` (the latest message);
         *     `since_timetoken=1569229247677821&timetoken=1569229251418739` (a period, epoch
         *     microseconds); `page=5&per_page=2` (paging); `per_page=1&device_info=true` (the
         *     latest message with the user's device details).
         *
         *     Authenticate with the **agent** access token (`agentAccessToken`). The vendor
         *     recommends fetching at most 7 days per request for good performance.
         */
        get: operations["listAgentMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A message to post as the agent into one conversation. */
        PostAgentMessageRequest: {
            message: components["schemas"]["AgentMessage"];
            conversation: components["schemas"]["ConversationReference"];
            /**
             * @description Identifier of the agent, as in the agent's URL. The document's samples write
             *     `2xxx`, a masked placeholder; it is an integer such as `2154`.
             * @example 2154
             */
            bot_id: number;
            /**
             * @description A locale that overrides the agent's locale for this message, e.g. `en`.
             * @example en
             */
            force_locale?: string;
        };
        /** @description The conversation to post into. */
        ConversationReference: {
            /**
             * @description Identifier of the conversation, as in the Conversation History URL (32
             *     hexadecimal characters, e.g. `1faa40c8253e65aa02bfd02fd8643d35`).
             */
            uuid: string;
        };
        /**
         * @description The message to post: a plain string, or one rich message object as supported by
         *     the channel. A rich message is an object whose single key names its kind
         *     (`list_view`, `card`, `quick_reply`); there is no `type` field to discriminate on.
         */
        AgentMessage: string | components["schemas"]["ListViewMessage"] | components["schemas"]["CardMessage"] | components["schemas"]["QuickReplyMessage"];
        /** @description A list of items, each with its own links. */
        ListViewMessage: {
            list_view: components["schemas"]["ListView"];
        };
        ListView: {
            /**
             * @description Style of the list, `large` (default) or `compact`.
             * @example compact
             */
            top_element_style?: string;
            /** @description Up to 50 items. */
            items: components["schemas"]["ListViewItem"][];
        };
        ListViewItem: {
            /** @description Title of the item (191 characters at most). */
            title: string;
            /** @description Subtitle of the item. */
            subtitle?: string;
            /** @description Image of the item (as for a card image). */
            image_path?: string;
            /** @description Links of the item; all card link types are allowed. */
            links?: components["schemas"]["MessageLink"][];
        };
        /** @description A card with a title, description, image, links and form inputs (e.g. a feedback card). */
        CardMessage: {
            card: components["schemas"]["Card"];
        };
        Card: {
            /** @description Message the agent shows after a user sends custom feedback (custom feedback cards only). */
            notification_message?: string;
            /** @description Title of the card. */
            title?: string;
            /** @description Description of the card, plain text (60000 characters at most). */
            description?: string;
            /** @description Image of the card. */
            showcase_image_path?: string;
            links?: components["schemas"]["MessageLink"][];
            /** @description Form inputs of the card, up to 25. */
            inputs?: components["schemas"]["CardInput"][];
        };
        /**
         * @description One form input of a card. `type` names the input, e.g. `single_line_text`,
         *     `data_capture` (multi-line text), `rating`; other input kinds (date and time,
         *     picklist, file upload, poll, checklist) carry further fields of their own, which
         *     are allowed here.
         */
        CardInput: {
            /**
             * @description Kind of input, e.g. `single_line_text`, `data_capture`, `rating`.
             * @example data_capture
             */
            type: string;
            /** @description Title (label) of the input. */
            title: string;
            /** @description Identifier of the input, echoed with the user's answer. Optional (the vendor's own sample omits it); give one to tell the answers apart. */
            uuid?: string;
            /** @description Whether the user must fill the input before submitting (default `true`). */
            should_validate?: boolean;
            /** @description Placeholder hint shown in the empty input. */
            hint?: string;
            /** @description Value shown in the input when rendered. */
            default_value?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A text with quick reply buttons. */
        QuickReplyMessage: {
            quick_reply: components["schemas"]["QuickReply"];
        };
        QuickReply: {
            /** @description Text of the message above the buttons. */
            content: string;
            /** @description The buttons; quick replies support `post_message`, `date` and the deprecated `deeplink`. */
            links: components["schemas"]["MessageLink"][];
        };
        /** @description A link (button) of a card, list view item or quick reply, told apart by `type`. */
        MessageLink: components["schemas"]["PostMessageLink"] | components["schemas"]["WebPageLink"] | components["schemas"]["WebViewSrcdocLink"] | components["schemas"]["WebViewUrlLink"] | components["schemas"]["DatePickerLink"] | components["schemas"]["DeepLink"];
        /** @description Posts `value` into the conversation as if the user typed it. */
        PostMessageLink: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "post_message";
            /** @description Text of the button. */
            title: string;
            /**
             * @description Text posted when the button is tapped. (Scenario 2 of the Message API page
             *     writes `content` for one link; every other Avaamo sample writes `value`.)
             */
            value: string;
            /**
             * @description Content sent instead of `value` but not shown, e.g.
             *     `#goto_node_<skill_key>.<intent_key>` or `start over`.
             */
            hidden_content?: string;
        };
        /** @description Opens a web page (or a `mailto:` URL). */
        WebPageLink: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "web_page";
            title: string;
            /** @description URL to open. */
            url?: string;
            /** @description URL to open (the vendor's samples use either `url` or `value`). */
            value?: string;
        };
        /** @description Opens an HTML document (inline styles only) in a web view. */
        WebViewSrcdocLink: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "web_view_srcdoc";
            title: string;
            /** @description The HTML document, 65000 characters at most. */
            srcdoc: string;
            /** @description Height of the web view, e.g. `compact`, `tall`, `full`. */
            webview_height_ratio?: string;
        };
        /** @description Opens a URL in a web view (the page must allow being framed). */
        WebViewUrlLink: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "web_view_url";
            title: string;
            /** @description URL to open. */
            value: string;
        };
        /** @description Shows a date picker; the picked date is posted. */
        DatePickerLink: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "date";
            title: string;
            /** @description Date format shown and posted, e.g. `DD/MM/YYYY`. */
            format?: string;
            /** @description Earliest date, in `format`. */
            minDate?: string;
            /** @description Latest date, in `format`. */
            maxDate?: string;
        };
        /**
         * @deprecated
         * @description An `avaamo:#...` deep link in `value`. Deprecated by the vendor since v6.4.0: use
         *     `date` links for date pickers and `post_message` with `hidden_content` for
         *     navigation.
         */
        DeepLink: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "deeplink";
            title: string;
            /** @description The `avaamo:#...` deep link. */
            value: string;
        };
        PostAgentMessageResult: {
            /** @description `true` when the message was posted. */
            success: boolean;
        };
        /** @description One page of the agent's messages. */
        AgentMessagesPage: {
            /** @description The page returned. */
            current_page: number;
            /** @description Entries per page. */
            per_page: number;
            /** @description Number of the agent's messages in the requested range. */
            total_entries: number;
            /** @description Number of pages at this `per_page`. Follow `page` up to this value. */
            total_pages: number;
            /**
             * @description When the response was produced: UNIX epoch **seconds** with a fraction (e.g.
             *     `1569219802.3621287`), unlike the microsecond `timetoken` query parameters.
             */
            time_token?: number;
            /** @description The messages of this page, at most `per_page`. */
            entries: components["schemas"]["AgentMessageEntry"][];
        };
        /** @description One message of the agent. */
        AgentMessageEntry: {
            /** @description Identifier of the message. */
            uuid: string;
            /** @description Content of the message. */
            content?: string;
            /**
             * @description Kind of content, e.g. `text`, `ListView`, `card`, `quick_reply`.
             * @example text
             */
            content_type?: string;
            /** @description When the message was created, UNIX epoch **seconds** with a fraction. */
            created_at: number;
            /** @description Who sent the message; for this endpoint's entries, the agent itself. */
            user?: components["schemas"]["MessageUser"];
            /**
             * @description When the message was created, UNIX epoch **microseconds** (the table says
             *     milliseconds, but the sample `1569216722502878` is microseconds). Use it as
             *     `since_timetoken` / `timetoken`.
             */
            timetoken: number;
            /** @description Not described by the vendor; `null` in the only sample. */
            external_source?: unknown;
            /** @description Identifier of the device the agent is used from. */
            device_uuid?: string;
            /**
             * @description Identifier of the user message this answers. Every answer to one request
             *     carries the same value; `sequence` orders them.
             */
            request_message_uuid?: string;
            /**
             * @description Position of this answer among the answers to one request, as `<n>/<total>`, e.g. `1/1`.
             * @example 1/1
             */
            sequence?: string;
            /** @description Additional user properties, e.g. `{"employee_id": 12345, "dept": "quality"}`. */
            custom_properties?: {
                [key: string]: unknown;
            };
            /** @description Not described by the vendor; `null` in the only sample. */
            agent_message_uuid?: string | null;
            /** @description Who read the message and when. */
            read_acks?: components["schemas"]["ReadAcknowledgement"][];
            /** @description Attachments of the message (their shape is not described by the vendor). */
            attachments?: components["schemas"]["MessageAttachment"][];
            conversation?: components["schemas"]["MessageConversation"];
        };
        /**
         * @description The user of a message or of a read acknowledgement. The device fields come only
         *     when the request sets `device_info=true`; they are tracked per user, so they
         *     describe the user's latest device, not the one the message came from.
         */
        MessageUser: {
            first_name?: string;
            last_name?: string;
            /** @description Internal unique user identifier of the Avaamo platform. */
            layer_id?: string;
            email?: string | null;
            /**
             * @description Phone numbers of the user. The document says "an array of phone numbers" of
             *     "JSON key-value pairs" and shows only `null`, so the items are left untyped.
             */
            phone?: unknown[] | null;
            /** @description `false` when the user has no avatar (the only value shown); otherwise assumed to be the image URL. */
            avatar?: boolean | string;
            /** @description When the avatar was last changed, UNIX epoch seconds; `null` without avatar. */
            avatar_updated_at?: number | null;
            /** @description Identifier of the user; use it with the Custom properties API. */
            avaamo_id?: number;
            /** @description Browser user agent (web channel only). Only with `device_info=true`. */
            user_agent?: string | null;
            /** @description Operating system of the user's device. Only with `device_info=true`. */
            os_name?: string | null;
            /** @description Time zone offset from GMT. Only with `device_info=true`; type not documented. */
            zone_offset?: number | string | null;
            /** @description Time zone offset from UTC. Only with `device_info=true`; type not documented. */
            utc_offset?: number | string | null;
            /** @description Time zone of the user. Only with `device_info=true`. */
            time_zone?: string | null;
        };
        ReadAcknowledgement: {
            /**
             * @description When the message was read, UNIX epoch seconds. The only sample is a whole
             *     number (`1569216722`); a fraction, as `created_at` carries, is accepted too.
             */
            read_at: number;
            user?: components["schemas"]["MessageUser"];
        };
        /** @description An attachment of a message. Its fields are not described by the vendor. */
        MessageAttachment: {
            [key: string]: unknown;
        };
        /** @description The conversation a message belongs to. */
        MessageConversation: {
            /** @description Identifier of the conversation. */
            uuid?: string;
            /** @description Not described by the vendor; `false` in the only sample. */
            mode?: boolean;
            /** @description Display name of the conversation, `<agent display name>,<user first name>`. */
            display_name?: string;
            /** @description Locale of the conversation, e.g. `en-GB`. */
            locale?: string;
        };
        /**
         * @description An error body. Not documented by the vendor: we assume a JSON object with an
         *     `error` message, a list of `errors`, or a `message`, possibly with
         *     `success: false`. All fields are optional so that any JSON object validates.
         */
        ErrorResponse: {
            success?: boolean;
            error?: string;
            /** @description A list of messages, or messages keyed by field. */
            errors?: string[] | {
                [key: string]: unknown;
            };
            message?: string;
        };
    };
    responses: {
        /**
         * @description The request is malformed (e.g. a body that is not JSON, a query value of the wrong
         *     type). Not documented by the vendor: the status and body are our assumption.
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Bad request"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The `access-token` header is missing or invalid, or it is the wrong kind of token
         *     (a user token where the agent token is needed, or the reverse). Not documented by
         *     the vendor: the status and body are our assumption.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Invalid access token"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The user behind the token lacks edit permission on the agent. Not documented by the
         *     vendor: the status and body are our assumption.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "You do not have permission to perform this action"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The body is JSON but cannot be processed (e.g. unknown `bot_id` or conversation,
         *     an unsupported message). Not documented by the vendor: the status and body are our
         *     assumption.
         */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "errors": [
                 *         "Conversation not found"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postAgentMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostAgentMessageRequest"];
            };
        };
        responses: {
            /** @description The message was posted to the conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": components["schemas"]["PostAgentMessageResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    listAgentMessages: {
        parameters: {
            query?: {
                /**
                 * @description Whether each message's `user` carries the device details (`user_agent`,
                 *     `os_name`, `zone_offset`, `utc_offset`, `time_zone`). Default `false`.
                 * @example true
                 */
                device_info?: boolean;
                /**
                 * @description Fetch messages from this time on: UNIX epoch timestamp in **microseconds**
                 *     (e.g. `1569229247677821`). If you give `timetoken` and not `since_timetoken`,
                 *     the document says the latest 5 entries up to `timetoken` are fetched.
                 * @example 1569229247677821
                 */
                since_timetoken?: number;
                /**
                 * @description Fetch messages up to this time: UNIX epoch timestamp in **microseconds**
                 *     (e.g. `1569229251418739`). Default: now.
                 * @example 1569229251418739
                 */
                timetoken?: number;
                /**
                 * @description Page to fetch, from 1. Default 1.
                 * @example 5
                 */
                page?: number;
                /**
                 * @description Entries per page. Default 25, maximum 100 (one example in the document says
                 *     the default is 5; the parameter table says 25). `per_page=1` fetches the latest
                 *     message.
                 * @example 1
                 */
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the agent's messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentMessagesPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
}

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

export type ClientOptions = {
    baseUrl: 'https://cx.avaamo.com' | (string & {});
};

/**
 * A message to post as the agent into one conversation.
 */
export type PostAgentMessageRequest = {
    message: AgentMessage;
    conversation: ConversationReference;
    /**
     * Identifier of the agent, as in the agent's URL. The document's samples write
     * `2xxx`, a masked placeholder; it is an integer such as `2154`.
     *
     */
    bot_id: number;
    /**
     * A locale that overrides the agent's locale for this message, e.g. `en`.
     */
    force_locale?: string;
};

/**
 * The conversation to post into.
 */
export type ConversationReference = {
    /**
     * Identifier of the conversation, as in the Conversation History URL (32
     * hexadecimal characters, e.g. `1faa40c8253e65aa02bfd02fd8643d35`).
     *
     */
    uuid: string;
};

/**
 * The message to post: a plain string, or one rich message object as supported by
 * the channel. A rich message is an object whose single key names its kind
 * (`list_view`, `card`, `quick_reply`); there is no `type` field to discriminate on.
 *
 */
export type AgentMessage = string | ListViewMessage | CardMessage | QuickReplyMessage;

/**
 * A list of items, each with its own links.
 */
export type ListViewMessage = {
    list_view: ListView;
};

export type ListView = {
    /**
     * Style of the list, `large` (default) or `compact`.
     */
    top_element_style?: string;
    /**
     * Up to 50 items.
     */
    items: Array<ListViewItem>;
};

export type ListViewItem = {
    /**
     * Title of the item (191 characters at most).
     */
    title: string;
    /**
     * Subtitle of the item.
     */
    subtitle?: string;
    /**
     * Image of the item (as for a card image).
     */
    image_path?: string;
    /**
     * Links of the item; all card link types are allowed.
     */
    links?: Array<MessageLink>;
};

/**
 * A card with a title, description, image, links and form inputs (e.g. a feedback card).
 */
export type CardMessage = {
    card: Card;
};

export type Card = {
    /**
     * Message the agent shows after a user sends custom feedback (custom feedback cards only).
     */
    notification_message?: string;
    /**
     * Title of the card.
     */
    title?: string;
    /**
     * Description of the card, plain text (60000 characters at most).
     */
    description?: string;
    /**
     * Image of the card.
     */
    showcase_image_path?: string;
    links?: Array<MessageLink>;
    /**
     * Form inputs of the card, up to 25.
     */
    inputs?: Array<CardInput>;
};

/**
 * One form input of a card. `type` names the input, e.g. `single_line_text`,
 * `data_capture` (multi-line text), `rating`; other input kinds (date and time,
 * picklist, file upload, poll, checklist) carry further fields of their own, which
 * are allowed here.
 *
 */
export type CardInput = {
    /**
     * Kind of input, e.g. `single_line_text`, `data_capture`, `rating`.
     */
    type: string;
    /**
     * Title (label) of the input.
     */
    title: string;
    /**
     * Identifier of the input, echoed with the user's answer. Optional (the vendor's own sample omits it); give one to tell the answers apart.
     */
    uuid?: string;
    /**
     * Whether the user must fill the input before submitting (default `true`).
     */
    should_validate?: boolean;
    /**
     * Placeholder hint shown in the empty input.
     */
    hint?: string;
    /**
     * Value shown in the input when rendered.
     */
    default_value?: string;
    [key: string]: unknown;
};

/**
 * A text with quick reply buttons.
 */
export type QuickReplyMessage = {
    quick_reply: QuickReply;
};

export type QuickReply = {
    /**
     * Text of the message above the buttons.
     */
    content: string;
    /**
     * The buttons; quick replies support `post_message`, `date` and the deprecated `deeplink`.
     */
    links: Array<MessageLink>;
};

/**
 * A link (button) of a card, list view item or quick reply, told apart by `type`.
 */
export type MessageLink = ({
    type: 'post_message';
} & PostMessageLink) | ({
    type: 'web_page';
} & WebPageLink) | ({
    type: 'web_view_srcdoc';
} & WebViewSrcdocLink) | ({
    type: 'web_view_url';
} & WebViewUrlLink) | ({
    type: 'date';
} & DatePickerLink) | ({
    type: 'deeplink';
} & DeepLink);

/**
 * Posts `value` into the conversation as if the user typed it.
 */
export type PostMessageLink = {
    type: 'post_message';
    /**
     * Text of the button.
     */
    title: string;
    /**
     * Text posted when the button is tapped. (Scenario 2 of the Message API page
     * writes `content` for one link; every other Avaamo sample writes `value`.)
     *
     */
    value: string;
    /**
     * Content sent instead of `value` but not shown, e.g.
     * `#goto_node_<skill_key>.<intent_key>` or `start over`.
     *
     */
    hidden_content?: string;
};

/**
 * Opens a web page (or a `mailto:` URL).
 */
export type WebPageLink = {
    type: 'web_page';
    title: string;
    /**
     * URL to open.
     */
    url?: string;
    /**
     * URL to open (the vendor's samples use either `url` or `value`).
     */
    value?: string;
};

/**
 * Opens an HTML document (inline styles only) in a web view.
 */
export type WebViewSrcdocLink = {
    type: 'web_view_srcdoc';
    title: string;
    /**
     * The HTML document, 65000 characters at most.
     */
    srcdoc: string;
    /**
     * Height of the web view, e.g. `compact`, `tall`, `full`.
     */
    webview_height_ratio?: string;
};

/**
 * Opens a URL in a web view (the page must allow being framed).
 */
export type WebViewUrlLink = {
    type: 'web_view_url';
    title: string;
    /**
     * URL to open.
     */
    value: string;
};

/**
 * Shows a date picker; the picked date is posted.
 */
export type DatePickerLink = {
    type: 'date';
    title: string;
    /**
     * Date format shown and posted, e.g. `DD/MM/YYYY`.
     */
    format?: string;
    /**
     * Earliest date, in `format`.
     */
    minDate?: string;
    /**
     * Latest date, in `format`.
     */
    maxDate?: string;
};

/**
 * An `avaamo:#...` deep link in `value`. Deprecated by the vendor since v6.4.0: use
 * `date` links for date pickers and `post_message` with `hidden_content` for
 * navigation.
 *
 *
 * @deprecated
 */
export type DeepLink = {
    type: 'deeplink';
    title: string;
    /**
     * The `avaamo:#...` deep link.
     */
    value: string;
};

export type PostAgentMessageResult = {
    /**
     * `true` when the message was posted.
     */
    success: boolean;
};

/**
 * One page of the agent's messages.
 */
export type AgentMessagesPage = {
    /**
     * The page returned.
     */
    current_page: number;
    /**
     * Entries per page.
     */
    per_page: number;
    /**
     * Number of the agent's messages in the requested range.
     */
    total_entries: number;
    /**
     * Number of pages at this `per_page`. Follow `page` up to this value.
     */
    total_pages: number;
    /**
     * When the response was produced: UNIX epoch **seconds** with a fraction (e.g.
     * `1569219802.3621287`), unlike the microsecond `timetoken` query parameters.
     *
     */
    time_token?: number;
    /**
     * The messages of this page, at most `per_page`.
     */
    entries: Array<AgentMessageEntry>;
};

/**
 * One message of the agent.
 */
export type AgentMessageEntry = {
    /**
     * Identifier of the message.
     */
    uuid: string;
    /**
     * Content of the message.
     */
    content?: string;
    /**
     * Kind of content, e.g. `text`, `ListView`, `card`, `quick_reply`.
     */
    content_type?: string;
    /**
     * When the message was created, UNIX epoch **seconds** with a fraction.
     */
    created_at: number;
    /**
     * Who sent the message; for this endpoint's entries, the agent itself.
     */
    user?: MessageUser;
    /**
     * When the message was created, UNIX epoch **microseconds** (the table says
     * milliseconds, but the sample `1569216722502878` is microseconds). Use it as
     * `since_timetoken` / `timetoken`.
     *
     */
    timetoken: number;
    /**
     * Not described by the vendor; `null` in the only sample.
     */
    external_source?: unknown;
    /**
     * Identifier of the device the agent is used from.
     */
    device_uuid?: string;
    /**
     * Identifier of the user message this answers. Every answer to one request
     * carries the same value; `sequence` orders them.
     *
     */
    request_message_uuid?: string;
    /**
     * Position of this answer among the answers to one request, as `<n>/<total>`, e.g. `1/1`.
     */
    sequence?: string;
    /**
     * Additional user properties, e.g. `{"employee_id": 12345, "dept": "quality"}`.
     */
    custom_properties?: {
        [key: string]: unknown;
    };
    /**
     * Not described by the vendor; `null` in the only sample.
     */
    agent_message_uuid?: string | null;
    /**
     * Who read the message and when.
     */
    read_acks?: Array<ReadAcknowledgement>;
    /**
     * Attachments of the message (their shape is not described by the vendor).
     */
    attachments?: Array<MessageAttachment>;
    conversation?: MessageConversation;
};

/**
 * The user of a message or of a read acknowledgement. The device fields come only
 * when the request sets `device_info=true`; they are tracked per user, so they
 * describe the user's latest device, not the one the message came from.
 *
 */
export type MessageUser = {
    first_name?: string;
    last_name?: string;
    /**
     * Internal unique user identifier of the Avaamo platform.
     */
    layer_id?: string;
    email?: string | null;
    /**
     * Phone numbers of the user. The document says "an array of phone numbers" of
     * "JSON key-value pairs" and shows only `null`, so the items are left untyped.
     *
     */
    phone?: Array<unknown> | null;
    /**
     * `false` when the user has no avatar (the only value shown); otherwise assumed to be the image URL.
     */
    avatar?: boolean | string;
    /**
     * When the avatar was last changed, UNIX epoch seconds; `null` without avatar.
     */
    avatar_updated_at?: number | null;
    /**
     * Identifier of the user; use it with the Custom properties API.
     */
    avaamo_id?: number;
    /**
     * Browser user agent (web channel only). Only with `device_info=true`.
     */
    user_agent?: string | null;
    /**
     * Operating system of the user's device. Only with `device_info=true`.
     */
    os_name?: string | null;
    /**
     * Time zone offset from GMT. Only with `device_info=true`; type not documented.
     */
    zone_offset?: number | string | null;
    /**
     * Time zone offset from UTC. Only with `device_info=true`; type not documented.
     */
    utc_offset?: number | string | null;
    /**
     * Time zone of the user. Only with `device_info=true`.
     */
    time_zone?: string | null;
};

export type ReadAcknowledgement = {
    /**
     * When the message was read, UNIX epoch seconds. The only sample is a whole
     * number (`1569216722`); a fraction, as `created_at` carries, is accepted too.
     *
     */
    read_at: number;
    user?: MessageUser;
};

/**
 * An attachment of a message. Its fields are not described by the vendor.
 */
export type MessageAttachment = {
    [key: string]: unknown;
};

/**
 * The conversation a message belongs to.
 */
export type MessageConversation = {
    /**
     * Identifier of the conversation.
     */
    uuid?: string;
    /**
     * Not described by the vendor; `false` in the only sample.
     */
    mode?: boolean;
    /**
     * Display name of the conversation, `<agent display name>,<user first name>`.
     */
    display_name?: string;
    /**
     * Locale of the conversation, e.g. `en-GB`.
     */
    locale?: string;
};

/**
 * An error body. Not documented by the vendor: we assume a JSON object with an
 * `error` message, a list of `errors`, or a `message`, possibly with
 * `success: false`. All fields are optional so that any JSON object validates.
 *
 */
export type ErrorResponse = {
    success?: boolean;
    error?: string;
    /**
     * A list of messages, or messages keyed by field.
     */
    errors?: Array<string> | {
        [key: string]: unknown;
    };
    message?: string;
};

export type PostAgentMessageData = {
    body: PostAgentMessageRequest;
    path?: never;
    query?: never;
    url: '/bots_api/v1/messages.json';
};

export type PostAgentMessageErrors = {
    /**
     * The request is malformed (e.g. a body that is not JSON, a query value of the wrong
     * type). Not documented by the vendor: the status and body are our assumption.
     *
     */
    400: ErrorResponse;
    /**
     * The `access-token` header is missing or invalid, or it is the wrong kind of token
     * (a user token where the agent token is needed, or the reverse). Not documented by
     * the vendor: the status and body are our assumption.
     *
     */
    401: ErrorResponse;
    /**
     * The user behind the token lacks edit permission on the agent. Not documented by the
     * vendor: the status and body are our assumption.
     *
     */
    403: ErrorResponse;
    /**
     * The body is JSON but cannot be processed (e.g. unknown `bot_id` or conversation,
     * an unsupported message). Not documented by the vendor: the status and body are our
     * assumption.
     *
     */
    422: ErrorResponse;
};

export type PostAgentMessageError = PostAgentMessageErrors[keyof PostAgentMessageErrors];

export type PostAgentMessageResponses = {
    /**
     * The message was posted to the conversation.
     */
    200: PostAgentMessageResult;
};

export type PostAgentMessageResponse = PostAgentMessageResponses[keyof PostAgentMessageResponses];

export type ListAgentMessagesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Whether each message's `user` carries the device details (`user_agent`,
         * `os_name`, `zone_offset`, `utc_offset`, `time_zone`). Default `false`.
         *
         */
        device_info?: boolean;
        /**
         * Fetch messages from this time on: UNIX epoch timestamp in **microseconds**
         * (e.g. `1569229247677821`). If you give `timetoken` and not `since_timetoken`,
         * the document says the latest 5 entries up to `timetoken` are fetched.
         *
         */
        since_timetoken?: number;
        /**
         * Fetch messages up to this time: UNIX epoch timestamp in **microseconds**
         * (e.g. `1569229251418739`). Default: now.
         *
         */
        timetoken?: number;
        /**
         * Page to fetch, from 1. Default 1.
         */
        page?: number;
        /**
         * Entries per page. Default 25, maximum 100 (one example in the document says
         * the default is 5; the parameter table says 25). `per_page=1` fetches the latest
         * message.
         *
         */
        per_page?: number;
    };
    url: '/v1/messages.json';
};

export type ListAgentMessagesErrors = {
    /**
     * The request is malformed (e.g. a body that is not JSON, a query value of the wrong
     * type). Not documented by the vendor: the status and body are our assumption.
     *
     */
    400: ErrorResponse;
    /**
     * The `access-token` header is missing or invalid, or it is the wrong kind of token
     * (a user token where the agent token is needed, or the reverse). Not documented by
     * the vendor: the status and body are our assumption.
     *
     */
    401: ErrorResponse;
};

export type ListAgentMessagesError = ListAgentMessagesErrors[keyof ListAgentMessagesErrors];

export type ListAgentMessagesResponses = {
    /**
     * One page of the agent's messages.
     */
    200: AgentMessagesPage;
};

export type ListAgentMessagesResponse = ListAgentMessagesResponses[keyof ListAgentMessagesResponses];

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import * as z from 'zod';

/**
 * The conversation to post into.
 */
export const zConversationReference = z.object({
    uuid: z.string()
});

/**
 * One form input of a card. `type` names the input, e.g. `single_line_text`,
 * `data_capture` (multi-line text), `rating`; other input kinds (date and time,
 * picklist, file upload, poll, checklist) carry further fields of their own, which
 * are allowed here.
 *
 */
export const zCardInput = z.object({
    type: z.string(),
    title: z.string(),
    uuid: z.string().optional(),
    should_validate: z.boolean().optional(),
    hint: z.string().optional(),
    default_value: z.string().optional()
});

/**
 * Posts `value` into the conversation as if the user typed it.
 */
export const zPostMessageLink = z.object({
    type: z.literal('post_message'),
    title: z.string(),
    value: z.string(),
    hidden_content: z.string().optional()
});

/**
 * Opens a web page (or a `mailto:` URL).
 */
export const zWebPageLink = z.object({
    type: z.literal('web_page'),
    title: z.string(),
    url: z.string().optional(),
    value: z.string().optional()
});

/**
 * Opens an HTML document (inline styles only) in a web view.
 */
export const zWebViewSrcdocLink = z.object({
    type: z.literal('web_view_srcdoc'),
    title: z.string(),
    srcdoc: z.string(),
    webview_height_ratio: z.string().optional()
});

/**
 * Opens a URL in a web view (the page must allow being framed).
 */
export const zWebViewUrlLink = z.object({
    type: z.literal('web_view_url'),
    title: z.string(),
    value: z.string()
});

/**
 * Shows a date picker; the picked date is posted.
 */
export const zDatePickerLink = z.object({
    type: z.literal('date'),
    title: z.string(),
    format: z.string().optional(),
    minDate: z.string().optional(),
    maxDate: z.string().optional()
});

/**
 * An `avaamo:#...` deep link in `value`. Deprecated by the vendor since v6.4.0: use
 * `date` links for date pickers and `post_message` with `hidden_content` for
 * navigation.
 *
 *
 * @deprecated
 */
export const zDeepLink = z.object({
    type: z.literal('deeplink'),
    title: z.string(),
    value: z.string()
});

/**
 * A link (button) of a card, list view item or quick reply, told apart by `type`.
 */
export const zMessageLink = z.discriminatedUnion('type', [
    zPostMessageLink,
    zWebPageLink,
    zWebViewSrcdocLink,
    zWebViewUrlLink,
    zDatePickerLink,
    zDeepLink
]);

export const zListViewItem = z.object({
    title: z.string(),
    subtitle: z.string().optional(),
    image_path: z.string().optional(),
    links: z.array(zMessageLink).optional()
});

export const zListView = z.object({
    top_element_style: z.string().optional(),
    items: z.array(zListViewItem).max(50)
});

/**
 * A list of items, each with its own links.
 */
export const zListViewMessage = z.object({
    list_view: zListView
});

export const zCard = z.object({
    notification_message: z.string().optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    showcase_image_path: z.string().optional(),
    links: z.array(zMessageLink).optional(),
    inputs: z.array(zCardInput).max(25).optional()
});

/**
 * A card with a title, description, image, links and form inputs (e.g. a feedback card).
 */
export const zCardMessage = z.object({
    card: zCard
});

export const zQuickReply = z.object({
    content: z.string(),
    links: z.array(zMessageLink)
});

/**
 * A text with quick reply buttons.
 */
export const zQuickReplyMessage = z.object({
    quick_reply: zQuickReply
});

/**
 * The message to post: a plain string, or one rich message object as supported by
 * the channel. A rich message is an object whose single key names its kind
 * (`list_view`, `card`, `quick_reply`); there is no `type` field to discriminate on.
 *
 */
export const zAgentMessage = z.union([
    z.string(),
    zListViewMessage,
    zCardMessage,
    zQuickReplyMessage
]);

/**
 * A message to post as the agent into one conversation.
 */
export const zPostAgentMessageRequest = z.object({
    message: zAgentMessage,
    conversation: zConversationReference,
    bot_id: z.int(),
    force_locale: z.string().optional()
});

export const zPostAgentMessageResult = z.object({
    success: z.boolean()
});

/**
 * The user of a message or of a read acknowledgement. The device fields come only
 * when the request sets `device_info=true`; they are tracked per user, so they
 * describe the user's latest device, not the one the message came from.
 *
 */
export const zMessageUser = z.object({
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    layer_id: z.string().optional(),
    email: z.string().nullish(),
    phone: z.array(z.unknown()).nullish(),
    avatar: z.union([
        z.boolean(),
        z.string()
    ]).optional(),
    avatar_updated_at: z.number().nullish(),
    avaamo_id: z.int().optional(),
    user_agent: z.string().nullish(),
    os_name: z.string().nullish(),
    zone_offset: z.union([
        z.number(),
        z.string()
    ]).nullish(),
    utc_offset: z.union([
        z.number(),
        z.string()
    ]).nullish(),
    time_zone: z.string().nullish()
});

export const zReadAcknowledgement = z.object({
    read_at: z.number(),
    user: zMessageUser.optional()
});

/**
 * An attachment of a message. Its fields are not described by the vendor.
 */
export const zMessageAttachment = z.record(z.string(), z.unknown());

/**
 * The conversation a message belongs to.
 */
export const zMessageConversation = z.object({
    uuid: z.string().optional(),
    mode: z.boolean().optional(),
    display_name: z.string().optional(),
    locale: z.string().optional()
});

/**
 * One message of the agent.
 */
export const zAgentMessageEntry = z.object({
    uuid: z.string(),
    content: z.string().optional(),
    content_type: z.string().optional(),
    created_at: z.number(),
    user: zMessageUser.optional(),
    timetoken: z.int(),
    external_source: z.unknown().optional(),
    device_uuid: z.string().optional(),
    request_message_uuid: z.string().optional(),
    sequence: z.string().optional(),
    custom_properties: z.record(z.string(), z.unknown()).optional(),
    agent_message_uuid: z.string().nullish(),
    read_acks: z.array(zReadAcknowledgement).optional(),
    attachments: z.array(zMessageAttachment).optional(),
    conversation: zMessageConversation.optional()
});

/**
 * One page of the agent's messages.
 */
export const zAgentMessagesPage = z.object({
    current_page: z.int(),
    per_page: z.int(),
    total_entries: z.int(),
    total_pages: z.int(),
    time_token: z.number().optional(),
    entries: z.array(zAgentMessageEntry)
});

/**
 * An error body. Not documented by the vendor: we assume a JSON object with an
 * `error` message, a list of `errors`, or a `message`, possibly with
 * `success: false`. All fields are optional so that any JSON object validates.
 *
 */
export const zErrorResponse = z.object({
    success: z.boolean().optional(),
    error: z.string().optional(),
    errors: z.union([
        z.array(z.string()),
        z.record(z.string(), z.unknown())
    ]).optional(),
    message: z.string().optional()
});

/**
 * The message was posted to the conversation.
 */
export const zPostAgentMessageResponse = zPostAgentMessageResult;

/**
 * One page of the agent's messages.
 */
export const zListAgentMessagesResponse = zAgentMessagesPage;

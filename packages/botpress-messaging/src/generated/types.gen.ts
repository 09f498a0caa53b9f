// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

export type ClientOptions = {
    baseUrl: `${string}://{messagingUrl}` | (string & {});
};

export type Webhooks = OnUserNewWebhookRequest | OnUserUpdatedWebhookRequest | OnConversationNewWebhookRequest | OnConversationStartedWebhookRequest | OnMessageNewWebhookRequest | OnMessageFeedbackWebhookRequest | OnHealthNewWebhookRequest;

/**
 * A plain-text error message (`Unauthorized`, `Not Found`, or a validation message).
 */
export type PlainTextError = string;

/**
 * Optional body of `createClient`.
 */
export type CreateClientRequest = {
    /**
     * Id to give the new client. The server chooses one when omitted.
     */
    id?: string;
};

/**
 * A client's id and token, to send in `x-bp-messaging-client-id` and `x-bp-messaging-client-token`.
 */
export type ClientCredentials = {
    /**
     * Id of the client.
     */
    id: string;
    /**
     * Token of the client. Shown only once; store it as a secret.
     */
    token: string;
};

/**
 * The client's whole configuration. What is left out is removed: send every channel
 * and every webhook each time.
 *
 */
export type SyncRequest = {
    channels?: SyncChannels;
    /**
     * Webhook URLs to POST events to. Each gets a token in the answer.
     */
    webhooks?: Array<SyncWebhookRequest> | null;
};

/**
 * Channel configurations by channel name (`telegram`, `slack`, `twilio`, `messenger`,
 * `teams`, `smooch`, `vonage`, ...). A channel left out, or with `enabled: false`, is
 * removed. The accepted names and keys depend on the server's channel versions.
 *
 */
export type SyncChannels = {
    telegram?: TelegramChannelConfig;
    slack?: SlackChannelConfig;
    twilio?: TwilioChannelConfig;
    [key: string]: ChannelConfig | TelegramChannelConfig | SlackChannelConfig | TwilioChannelConfig | undefined;
};

/**
 * The configuration of one channel. Besides `version` and `enabled`, the keys are the channel's own credentials.
 */
export type ChannelConfig = {
    /**
     * Channel version this config targets, e.g. `"1.0.0"`. When omitted the server uses the legacy `0.1.0` channel.
     */
    version?: string;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    [key: string]: unknown;
};

/**
 * Telegram channel configuration.
 */
export type TelegramChannelConfig = {
    /**
     * Channel version this config targets, e.g. `"1.0.0"`. When omitted the server uses the legacy `0.1.0` channel.
     */
    version?: string;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The Telegram bot token.
     */
    botToken?: string;
    [key: string]: unknown;
};

/**
 * Slack channel configuration.
 */
export type SlackChannelConfig = {
    /**
     * Channel version this config targets, e.g. `"1.0.0"`. When omitted the server uses the legacy `0.1.0` channel.
     */
    version?: string;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The Slack bot token.
     */
    botToken?: string;
    /**
     * The Slack app's signing secret.
     */
    signingSecret?: string;
    [key: string]: unknown;
};

/**
 * Twilio channel configuration.
 */
export type TwilioChannelConfig = {
    /**
     * Channel version this config targets, e.g. `"1.0.0"`. When omitted the server uses the legacy `0.1.0` channel.
     */
    version?: string;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The Twilio account SID.
     */
    accountSID?: string;
    /**
     * The Twilio auth token.
     */
    authToken?: string;
    [key: string]: unknown;
};

/**
 * A webhook to configure. The server generates its token.
 */
export type SyncWebhookRequest = {
    /**
     * URL the server POSTs events to.
     */
    url: string;
};

/**
 * The configured webhooks and their tokens. (The seed's pre-1.0 server also answered
 * the client `id` and `token`; v1.2.x does not.)
 *
 */
export type SyncResult = {
    webhooks: Array<SyncWebhook>;
};

/**
 * A configured webhook.
 */
export type SyncWebhook = {
    /**
     * URL the server POSTs events to.
     */
    url: string;
    /**
     * Token sent in `x-bp-messaging-webhook-token` with every event to this URL. Re-syncing the same URL keeps it.
     */
    token: string;
};

/**
 * Health events per configured channel.
 */
export type HealthReport = {
    /**
     * Keyed by channel name.
     */
    channels: {
        [key: string]: ChannelHealth;
    };
};

/**
 * The health of one channel.
 */
export type ChannelHealth = {
    events: Array<HealthEvent>;
};

/**
 * One health event of a channel.
 */
export type HealthEvent = {
    /**
     * What happened: `create`, `configure`, `start`, `start-failure`, `initialize`,
     * `initialize-failure`, `sleep`, `delete`. Later servers may add others.
     *
     */
    type: string;
    /**
     * When it happened.
     */
    time: string;
    /**
     * Details (for failures, the error).
     */
    data?: unknown;
};

/**
 * A messaging user.
 */
export type User = {
    /**
     * Id of the user.
     */
    id: string;
    /**
     * Id of the client that owns the user.
     */
    clientId: string;
    /**
     * Data attached to the user (string values), when any.
     */
    data?: {
        [key: string]: string;
    } | null;
};

export type CreateConversationRequest = {
    /**
     * Id of the user who owns this conversation.
     */
    userId: string;
};

/**
 * A conversation of a user.
 */
export type Conversation = {
    /**
     * Id of the conversation.
     */
    id: string;
    /**
     * Id of the client that owns the conversation.
     */
    clientId: string;
    /**
     * Id of the user who owns the conversation.
     */
    userId: string;
    /**
     * When the conversation was created.
     */
    createdOn: string;
};

export type CreateMessageRequest = {
    /**
     * Id of the conversation.
     */
    conversationId: string;
    /**
     * Id of the user who wrote the message. **Omit it for a bot message**; `null` is rejected.
     */
    authorId?: string;
    payload: MessagePayload;
    /**
     * For bot replies during a `createMessageAndCollect` call, the id of the user message being answered.
     */
    incomingId?: string;
};

export type CollectMessagesRequest = {
    /**
     * Id of the conversation.
     */
    conversationId: string;
    /**
     * Id of the user who wrote the message (required here).
     */
    authorId: string;
    payload: MessagePayload;
    /**
     * How long to keep collecting after the last reply, in milliseconds (at most 50000). The server's default applies when omitted.
     */
    timeout?: number;
};

/**
 * The message created and the replies collected.
 */
export type CollectMessagesResult = {
    message: Message;
    /**
     * Messages created in the conversation in reply, oldest first.
     */
    responses: Array<Message>;
};

/**
 * A message of a conversation.
 */
export type Message = {
    /**
     * Id of the message.
     */
    id: string;
    /**
     * Id of the conversation.
     */
    conversationId: string;
    /**
     * Id of the user who wrote the message. A bot message has none: the create answer
     * omits the key, list answers give `null`.
     *
     */
    authorId?: string | null;
    /**
     * When the message was sent.
     */
    sentOn: string;
    payload: MessagePayload;
};

/**
 * Content of a message: an object with a `type`. The server stores any object; the
 * common Botpress types are described below, and any other `type` is accepted.
 *
 */
export type MessagePayload = TextPayload | ImagePayload | AudioPayload | VideoPayload | FilePayload | LocationPayload | SingleChoicePayload | OtherPayload;

/**
 * A text message.
 */
export type TextPayload = {
    type: 'text';
    /**
     * The text.
     */
    text: string;
    /**
     * Whether `text` is Markdown.
     */
    markdown?: boolean;
    [key: string]: unknown;
};

/**
 * An image.
 */
export type ImagePayload = {
    type: 'image';
    /**
     * URL of the image.
     */
    image: string;
    /**
     * Caption.
     */
    title?: string;
    [key: string]: unknown;
};

/**
 * An audio file.
 */
export type AudioPayload = {
    type: 'audio';
    /**
     * URL of the audio file.
     */
    audio: string;
    /**
     * Caption.
     */
    title?: string;
    [key: string]: unknown;
};

/**
 * A video.
 */
export type VideoPayload = {
    type: 'video';
    /**
     * URL of the video.
     */
    video: string;
    /**
     * Caption.
     */
    title?: string;
    [key: string]: unknown;
};

/**
 * A file.
 */
export type FilePayload = {
    type: 'file';
    /**
     * URL of the file.
     */
    file: string;
    /**
     * Caption.
     */
    title?: string;
    [key: string]: unknown;
};

/**
 * A location.
 */
export type LocationPayload = {
    type: 'location';
    latitude: number;
    longitude: number;
    address?: string;
    title?: string;
    [key: string]: unknown;
};

/**
 * A question with buttons (quick replies).
 */
export type SingleChoicePayload = {
    type: 'single-choice';
    /**
     * The question.
     */
    text: string;
    choices: Array<{
        /**
         * Label of the button.
         */
        title: string;
        /**
         * Value sent back when chosen.
         */
        value: string;
    }>;
    [key: string]: unknown;
};

/**
 * Any other payload type (`card`, `carousel`, `dropdown`, custom types, ...).
 */
export type OtherPayload = {
    /**
     * The payload type.
     */
    type: string;
    [key: string]: unknown;
};

export type DeleteCount = {
    /**
     * Number of messages deleted.
     */
    count: number;
};

/**
 * A built-in channel, by name and version.
 */
export type ChannelVersion = {
    /**
     * Channel name (`telegram`, `slack`, ...).
     */
    name: string;
    /**
     * Channel version, e.g. `"1.0.0"`.
     */
    version: string;
};

/**
 * The channel of an endpoint; a plain string names a custom channel, an object a built-in channel and its version.
 */
export type EndpointChannel = string | ChannelVersion;

/**
 * A channel endpoint to map to a conversation.
 */
export type MapEndpointRequest = {
    channel: EndpointChannel;
    /**
     * The bot's identity on the channel (e.g. a page or phone number; `*` when the channel has one).
     */
    identity: string;
    /**
     * The user's id on the channel.
     */
    sender: string;
    /**
     * The thread's id on the channel.
     */
    thread: string;
};

export type MapEndpointResult = {
    /**
     * Id of the conversation mapped to the endpoint.
     */
    conversationId: string;
};

/**
 * A channel endpoint mapped to a conversation.
 */
export type Endpoint = {
    channel: EndpointChannel;
    /**
     * The bot's identity on the channel.
     */
    identity: string;
    /**
     * The user's id on the channel.
     */
    sender: string;
    /**
     * The thread's id on the channel.
     */
    thread: string;
};

/**
 * `user.new`: a user was created.
 */
export type UserNewEvent = {
    type: 'user.new';
    data: {
        /**
         * Id of the new user.
         */
        userId: string;
    };
};

/**
 * `user.updated`: a user was updated.
 */
export type UserUpdatedEvent = {
    type: 'user.updated';
    data: {
        /**
         * Id of the updated user.
         */
        userId: string;
    };
};

/**
 * `conversation.new`: a conversation was created.
 */
export type ConversationNewEvent = {
    type: 'conversation.new';
    data: {
        /**
         * Id of the user who owns the conversation.
         */
        userId: string;
        /**
         * Id of the new conversation.
         */
        conversationId: string;
    };
};

/**
 * `conversation.started`: a channel started a conversation.
 */
export type ConversationStartedEvent = {
    type: 'conversation.started';
    data: {
        /**
         * Id of the user.
         */
        userId: string;
        /**
         * Id of the conversation.
         */
        conversationId: string;
        /**
         * Name of the channel.
         */
        channel: string;
    };
};

/**
 * `message.new`: a message was created.
 */
export type MessageNewEvent = {
    type: 'message.new';
    data: {
        /**
         * Id of the user who owns the conversation.
         */
        userId: string;
        /**
         * Id of the conversation.
         */
        conversationId: string;
        /**
         * Name of the channel the conversation is on (`messaging` when it has no single channel).
         */
        channel: string;
        /**
         * `true` when a `createMessageAndCollect` call is collecting the replies to this message; absent otherwise.
         */
        collect?: boolean;
        message: Message;
    };
};

/**
 * `message.feedback`: a user rated a message.
 */
export type MessageFeedbackEvent = {
    type: 'message.feedback';
    data: {
        /**
         * Id of the user.
         */
        userId: string;
        /**
         * Id of the conversation.
         */
        conversationId: string;
        /**
         * Name of the channel.
         */
        channel: string;
        /**
         * Id of the rated message.
         */
        messageId: string;
        /**
         * `1` for a thumbs up, `-1` for a thumbs down.
         */
        feedback: 1 | -1;
    };
};

/**
 * `health.new`: a channel recorded a health event.
 */
export type HealthNewEvent = {
    type: 'health.new';
    data: {
        /**
         * Name of the channel.
         */
        channel: string;
        event: HealthEvent;
    };
};

/**
 * Any event the messaging server POSTs to a webhook URL, discriminated by `type`.
 * Later servers may send other types: a receiver should accept and ignore them.
 *
 */
export type WebhookEvent = ({
    type: 'user.new';
} & UserNewEvent) | ({
    type: 'user.updated';
} & UserUpdatedEvent) | ({
    type: 'conversation.new';
} & ConversationNewEvent) | ({
    type: 'conversation.started';
} & ConversationStartedEvent) | ({
    type: 'message.new';
} & MessageNewEvent) | ({
    type: 'message.feedback';
} & MessageFeedbackEvent) | ({
    type: 'health.new';
} & HealthNewEvent);

/**
 * Id of the user (a GUID; anything else is a 400).
 */
export type UserIdPath = string;

/**
 * Id of the conversation (a GUID; anything else is a 400).
 */
export type ConversationIdPath = string;

/**
 * Id of the conversation (a GUID; anything else is a 400).
 */
export type ConversationIdInPath = string;

/**
 * Id of the message (a GUID; anything else is a 400).
 */
export type MessageIdPath = string;

/**
 * Maximum number of items to return.
 */
export type Limit = number;

/**
 * Id of the client the event belongs to.
 */
export type WebhookClientIdHeader = string;

/**
 * The static token that `/sync` returned for this webhook URL (no signature, no
 * HMAC). Compare it in constant time with the token you stored; reject the call if it
 * differs.
 *
 */
export type WebhookTokenHeader = string;

export type CreateClientData = {
    body?: CreateClientRequest;
    path?: never;
    query?: never;
    url: '/api/v1/admin/clients';
};

export type CreateClientErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The server has an admin key and the `x-bp-messaging-admin-key` header is missing or wrong.
     */
    401: PlainTextError;
};

export type CreateClientError = CreateClientErrors[keyof CreateClientErrors];

export type CreateClientResponses = {
    /**
     * The client was created.
     */
    201: ClientCredentials;
};

export type CreateClientResponse = CreateClientResponses[keyof CreateClientResponses];

export type GetClientData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/v1/clients';
};

export type GetClientErrors = {
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
};

export type GetClientError = GetClientErrors[keyof GetClientErrors];

export type GetClientResponses = {
    /**
     * The credentials are valid.
     */
    200: string;
};

export type GetClientResponse = GetClientResponses[keyof GetClientResponses];

export type SyncData = {
    body: SyncRequest;
    path?: never;
    query?: never;
    url: '/api/v1/sync';
};

export type SyncErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
};

export type SyncError = SyncErrors[keyof SyncErrors];

export type SyncResponses = {
    /**
     * The configuration was applied.
     */
    200: SyncResult;
};

export type SyncResponse = SyncResponses[keyof SyncResponses];

export type GetHealthData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/v1/health';
};

export type GetHealthErrors = {
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
};

export type GetHealthError = GetHealthErrors[keyof GetHealthErrors];

export type GetHealthResponses = {
    /**
     * Health events per channel.
     */
    200: HealthReport;
};

export type GetHealthResponse = GetHealthResponses[keyof GetHealthResponses];

export type CreateUserData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/v1/users';
};

export type CreateUserErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
};

export type CreateUserError = CreateUserErrors[keyof CreateUserErrors];

export type CreateUserResponses = {
    /**
     * The user was created.
     */
    201: User;
};

export type CreateUserResponse = CreateUserResponses[keyof CreateUserResponses];

export type GetUserData = {
    body?: never;
    path: {
        /**
         * Id of the user (a GUID; anything else is a 400).
         */
        id: string;
    };
    query?: never;
    url: '/api/v1/users/{id}';
};

export type GetUserErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type GetUserError = GetUserErrors[keyof GetUserErrors];

export type GetUserResponses = {
    /**
     * The user.
     */
    200: User;
};

export type GetUserResponse = GetUserResponses[keyof GetUserResponses];

export type CreateConversationData = {
    body: CreateConversationRequest;
    path?: never;
    query?: never;
    url: '/api/v1/conversations';
};

export type CreateConversationErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type CreateConversationError = CreateConversationErrors[keyof CreateConversationErrors];

export type CreateConversationResponses = {
    /**
     * The conversation was created.
     */
    201: Conversation;
};

export type CreateConversationResponse = CreateConversationResponses[keyof CreateConversationResponses];

export type GetConversationData = {
    body?: never;
    path: {
        /**
         * Id of the conversation (a GUID; anything else is a 400).
         */
        id: string;
    };
    query?: never;
    url: '/api/v1/conversations/{id}';
};

export type GetConversationErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type GetConversationError = GetConversationErrors[keyof GetConversationErrors];

export type GetConversationResponses = {
    /**
     * The conversation.
     */
    200: Conversation;
};

export type GetConversationResponse = GetConversationResponses[keyof GetConversationResponses];

export type ListConversationsData = {
    body?: never;
    path: {
        /**
         * Id of the user (a GUID).
         */
        userId: string;
    };
    query?: {
        /**
         * Maximum number of items to return.
         */
        limit?: number;
    };
    url: '/api/v1/conversations/user/{userId}';
};

export type ListConversationsErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type ListConversationsError = ListConversationsErrors[keyof ListConversationsErrors];

export type ListConversationsResponses = {
    /**
     * The user's conversations.
     */
    200: Array<Conversation>;
};

export type ListConversationsResponse = ListConversationsResponses[keyof ListConversationsResponses];

export type CreateMessageData = {
    body: CreateMessageRequest;
    path?: never;
    query?: never;
    url: '/api/v1/messages';
};

export type CreateMessageErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type CreateMessageError = CreateMessageErrors[keyof CreateMessageErrors];

export type CreateMessageResponses = {
    /**
     * The message was created. A bot message has no `authorId` key.
     */
    201: Message;
};

export type CreateMessageResponse = CreateMessageResponses[keyof CreateMessageResponses];

export type CreateMessageAndCollectData = {
    body: CollectMessagesRequest;
    path?: never;
    query?: never;
    url: '/api/v1/messages/collect';
};

export type CreateMessageAndCollectErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type CreateMessageAndCollectError = CreateMessageAndCollectErrors[keyof CreateMessageAndCollectErrors];

export type CreateMessageAndCollectResponses = {
    /**
     * The created message and the replies collected.
     */
    201: CollectMessagesResult;
};

export type CreateMessageAndCollectResponse = CreateMessageAndCollectResponses[keyof CreateMessageAndCollectResponses];

export type DeleteMessageData = {
    body?: never;
    path: {
        /**
         * Id of the message (a GUID; anything else is a 400).
         */
        id: string;
    };
    query?: never;
    url: '/api/v1/messages/{id}';
};

export type DeleteMessageErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type DeleteMessageError = DeleteMessageErrors[keyof DeleteMessageErrors];

export type DeleteMessageResponses = {
    /**
     * The message was deleted.
     */
    204: void;
};

export type DeleteMessageResponse = DeleteMessageResponses[keyof DeleteMessageResponses];

export type GetMessageData = {
    body?: never;
    path: {
        /**
         * Id of the message (a GUID; anything else is a 400).
         */
        id: string;
    };
    query?: never;
    url: '/api/v1/messages/{id}';
};

export type GetMessageErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type GetMessageError = GetMessageErrors[keyof GetMessageErrors];

export type GetMessageResponses = {
    /**
     * The message.
     */
    200: Message;
};

export type GetMessageResponse = GetMessageResponses[keyof GetMessageResponses];

export type DeleteConversationMessagesData = {
    body?: never;
    path: {
        /**
         * Id of the conversation (a GUID; anything else is a 400).
         */
        conversationId: string;
    };
    query?: never;
    url: '/api/v1/messages/conversation/{conversationId}';
};

export type DeleteConversationMessagesErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type DeleteConversationMessagesError = DeleteConversationMessagesErrors[keyof DeleteConversationMessagesErrors];

export type DeleteConversationMessagesResponses = {
    /**
     * The number of messages deleted.
     */
    200: DeleteCount;
};

export type DeleteConversationMessagesResponse = DeleteConversationMessagesResponses[keyof DeleteConversationMessagesResponses];

export type ListMessagesData = {
    body?: never;
    path: {
        /**
         * Id of the conversation (a GUID; anything else is a 400).
         */
        conversationId: string;
    };
    query?: {
        /**
         * Maximum number of items to return.
         */
        limit?: number;
        /**
         * ISO 8601 date-time: list the messages sent before this moment (to page back
         * through a conversation, pass the `sentOn` of the oldest message you have). Not in
         * the seed document; taken from the v1.2.x server.
         *
         */
        from?: string;
    };
    url: '/api/v1/messages/conversation/{conversationId}';
};

export type ListMessagesErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type ListMessagesError = ListMessagesErrors[keyof ListMessagesErrors];

export type ListMessagesResponses = {
    /**
     * The messages. Bot messages carry `"authorId": null`.
     */
    200: Array<Message>;
};

export type ListMessagesResponse = ListMessagesResponses[keyof ListMessagesResponses];

export type MapEndpointData = {
    body: MapEndpointRequest;
    path?: never;
    query?: never;
    url: '/api/v1/endpoints/map';
};

export type MapEndpointErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
};

export type MapEndpointError = MapEndpointErrors[keyof MapEndpointErrors];

export type MapEndpointResponses = {
    /**
     * The conversation id of the endpoint.
     */
    200: MapEndpointResult;
};

export type MapEndpointResponse = MapEndpointResponses[keyof MapEndpointResponses];

export type ListConversationEndpointsData = {
    body?: never;
    path: {
        /**
         * Id of the conversation (a GUID; anything else is a 400).
         */
        conversationId: string;
    };
    query?: never;
    url: '/api/v1/endpoints/conversation/{conversationId}';
};

export type ListConversationEndpointsErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, in plain text.
     */
    400: PlainTextError;
    /**
     * The client id or token is missing or wrong.
     */
    401: PlainTextError;
    /**
     * The record does not exist or belongs to another client.
     */
    404: PlainTextError;
};

export type ListConversationEndpointsError = ListConversationEndpointsErrors[keyof ListConversationEndpointsErrors];

export type ListConversationEndpointsResponses = {
    /**
     * The endpoints mapped to the conversation.
     */
    200: Array<Endpoint>;
};

export type ListConversationEndpointsResponse = ListConversationEndpointsResponses[keyof ListConversationEndpointsResponses];

export type OnUserNewWebhookPayload = UserNewEvent;

export type OnUserNewWebhookRequest = {
    body: OnUserNewWebhookPayload;
    key: 'user.new';
    path?: never;
    query?: never;
};

export type OnUserUpdatedWebhookPayload = UserUpdatedEvent;

export type OnUserUpdatedWebhookRequest = {
    body: OnUserUpdatedWebhookPayload;
    key: 'user.updated';
    path?: never;
    query?: never;
};

export type OnConversationNewWebhookPayload = ConversationNewEvent;

export type OnConversationNewWebhookRequest = {
    body: OnConversationNewWebhookPayload;
    key: 'conversation.new';
    path?: never;
    query?: never;
};

export type OnConversationStartedWebhookPayload = ConversationStartedEvent;

export type OnConversationStartedWebhookRequest = {
    body: OnConversationStartedWebhookPayload;
    key: 'conversation.started';
    path?: never;
    query?: never;
};

export type OnMessageNewWebhookPayload = MessageNewEvent;

export type OnMessageNewWebhookRequest = {
    body: OnMessageNewWebhookPayload;
    key: 'message.new';
    path?: never;
    query?: never;
};

export type OnMessageFeedbackWebhookPayload = MessageFeedbackEvent;

export type OnMessageFeedbackWebhookRequest = {
    body: OnMessageFeedbackWebhookPayload;
    key: 'message.feedback';
    path?: never;
    query?: never;
};

export type OnHealthNewWebhookPayload = HealthNewEvent;

export type OnHealthNewWebhookRequest = {
    body: OnHealthNewWebhookPayload;
    key: 'health.new';
    path?: never;
    query?: never;
};

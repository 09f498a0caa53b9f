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
 * The client to rename and its new name.
 */
export type RenameClientRequest = {
    /**
     * Id of the client.
     */
    id: string;
    /**
     * The client's new display name.
     */
    name: string;
};

export type CreateUserTokenRequest = {
    /**
     * Id of the user the token authenticates.
     */
    userId: string;
};

/**
 * A user token. `token` starts with the token's `id`.
 */
export type UserToken = {
    /**
     * Id of the token.
     */
    id: string;
    /**
     * The token itself (`<id>.<secret>`). Shown only once; store it as a secret.
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
     * Webhook URLs to POST events to. Each gets a token in the answer. Never `null` (the server answers 400).
     */
    webhooks?: Array<SyncWebhookRequest>;
};

/**
 * Channel configurations by channel name. A channel left out, or with `enabled: false`,
 * is removed. The server knows seven channels and answers 400 to any other name
 * (`"body.channels.nosuch" is not allowed`); each config must name version `1.0.0` and
 * carry that channel's credentials (the server checks them against the channel's API
 * before it accepts the configuration).
 *
 */
export type SyncChannels = {
    messenger?: MessengerChannelConfig;
    slack?: SlackChannelConfig;
    smooch?: SmoochChannelConfig;
    teams?: TeamsChannelConfig;
    telegram?: TelegramChannelConfig;
    twilio?: TwilioChannelConfig;
    vonage?: VonageChannelConfig;
};

/**
 * The channel version a config targets. The v1.2.18 server knows `1.0.0` only (`"must be [1.0.0]"`) and requires it.
 */
export type ChannelConfigVersion = '1.0.0';

/**
 * Facebook Messenger channel configuration (channel version `1.0.0`).
 */
export type MessengerChannelConfig = {
    version: ChannelConfigVersion;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The Page access token.
     */
    accessToken: string;
    /**
     * The Facebook app secret (checks the signature of incoming events).
     */
    appSecret: string;
    /**
     * The token Facebook sends back when it verifies the webhook.
     */
    verifyToken: string;
    /**
     * Sender actions the channel must not send.
     */
    disabledActions?: Array<'typing_on' | 'typing_off' | 'mark_seen'>;
    /**
     * Greeting text shown before the conversation starts.
     */
    greeting?: string;
    /**
     * Payload of the "Get started" button.
     */
    getStarted?: string;
    /**
     * The persistent menu, in Messenger's format.
     */
    persistentMenu?: Array<{
        [key: string]: unknown;
    }>;
};

/**
 * Slack channel configuration (channel version `1.0.0`).
 */
export type SlackChannelConfig = {
    version: ChannelConfigVersion;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The Slack bot token.
     */
    botToken: string;
    /**
     * The Slack app's signing secret.
     */
    signingSecret: string;
    /**
     * Use the Real Time Messaging API instead of the Events API.
     */
    useRTM?: boolean;
};

/**
 * Smooch (Sunshine Conversations) channel configuration (channel version `1.0.0`).
 */
export type SmoochChannelConfig = {
    version: ChannelConfigVersion;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The API key id.
     */
    keyId: string;
    /**
     * The API key secret.
     */
    secret: string;
    /**
     * Smooch payload types to forward as they are.
     */
    forwardRawPayloads?: Array<string>;
};

/**
 * Microsoft Teams channel configuration (channel version `1.0.0`).
 */
export type TeamsChannelConfig = {
    version: ChannelConfigVersion;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The Microsoft app id of the bot.
     */
    appId: string;
    /**
     * The Microsoft app password.
     */
    appPassword: string;
    /**
     * The Azure AD tenant id, for single-tenant apps.
     */
    tenantId?: string;
    /**
     * Messages sent proactively, by locale.
     */
    proactiveMessages?: {
        [key: string]: string;
    };
};

/**
 * Telegram channel configuration (channel version `1.0.0`).
 */
export type TelegramChannelConfig = {
    version: ChannelConfigVersion;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The Telegram bot token (from BotFather).
     */
    botToken: string;
};

/**
 * Twilio channel configuration (channel version `1.0.0`).
 */
export type TwilioChannelConfig = {
    version: ChannelConfigVersion;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The Twilio account SID.
     */
    accountSID: string;
    /**
     * The Twilio auth token.
     */
    authToken: string;
};

/**
 * Vonage channel configuration (channel version `1.0.0`).
 */
export type VonageChannelConfig = {
    version: ChannelConfigVersion;
    /**
     * `false` removes the channel, like leaving it out.
     */
    enabled?: boolean;
    /**
     * The Vonage API key.
     */
    apiKey: string;
    /**
     * The Vonage API secret.
     */
    apiSecret: string;
    /**
     * The secret that signs incoming webhooks.
     */
    signatureSecret: string;
    /**
     * The Vonage application id.
     */
    applicationId: string;
    /**
     * The application's private key (PEM).
     */
    privateKey: string;
    /**
     * Use Vonage's sandbox API.
     */
    useTestingApi?: boolean;
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
     * How long to keep collecting after the last reply, in milliseconds (at most
     * 50000). The server's default applies when omitted. `0` means no timeout: the
     * call waits until `endTurn` is called for the message; the client's `timeoutMs`
     * (60 s unless set) still ends the wait on the client's side, with a
     * `TimeoutError`, and the call is never retried.
     *
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
    payload: ReceivedMessagePayload;
};

/**
 * Content of a message you send, discriminated by `type`: the content types the
 * server's channels render. To send a type not listed here (a custom component of your
 * own webchat, say), build it with the SDK's `openPayload()`: the server stores any
 * object, but a misspelt `type` is a silent bug, so an unlisted type is never implicit.
 *
 */
export type MessagePayload = ({
    type: 'text';
} & TextPayload) | ({
    type: 'image';
} & ImagePayload) | ({
    type: 'audio';
} & AudioPayload) | ({
    type: 'voice';
} & VoicePayload) | ({
    type: 'video';
} & VideoPayload) | ({
    type: 'file';
} & FilePayload) | ({
    type: 'location';
} & LocationPayload) | ({
    type: 'card';
} & CardPayload) | ({
    type: 'carousel';
} & CarouselPayload) | ({
    type: 'single-choice';
} & SingleChoicePayload);

/**
 * Content of a message the server answers or posts: one of the known content types,
 * or any other object with a `type` (other clients and channels may store anything).
 *
 */
export type ReceivedMessagePayload = MessagePayload | OtherPayload;

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
 * A voice message (played as a voice note where the channel has them).
 */
export type VoicePayload = {
    type: 'voice';
    /**
     * URL of the audio file.
     */
    audio: string;
    [key: string]: unknown;
};

/**
 * A card with a title, an optional image and buttons.
 */
export type CardPayload = {
    type: 'card';
    /**
     * Title of the card.
     */
    title: string;
    /**
     * Text under the title.
     */
    subtitle?: string;
    /**
     * URL of the image.
     */
    image?: string;
    /**
     * Whether the texts are Markdown.
     */
    markdown?: boolean;
    /**
     * The card's buttons.
     */
    actions: Array<CardAction>;
    [key: string]: unknown;
};

/**
 * A button of a card: say something (`text`), open a URL (`url`) or post back (`payload`).
 */
export type CardAction = {
    /**
     * What the button does.
     */
    action: 'Say something' | 'Open URL' | 'Postback';
    /**
     * Label of the button.
     */
    title: string;
    /**
     * For `Say something`, the text sent as the user.
     */
    text?: string;
    /**
     * For `Open URL`, the URL.
     */
    url?: string;
    /**
     * For `Postback`, the value sent back.
     */
    payload?: string;
};

/**
 * Cards shown side by side.
 */
export type CarouselPayload = {
    type: 'carousel';
    items: Array<CardPayload>;
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
 * Any other payload type (`dropdown`, custom types, ...), as stored by another writer.
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
        /**
         * The data the user's device gave (e.g. `name`, `lang`), when it gave some; absent otherwise.
         */
        userData?: {
            [key: string]: string;
        };
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
        /**
         * The data the user's device gave (e.g. `name`, `lang`), when it gave some; absent otherwise.
         */
        userData?: {
            [key: string]: string;
        };
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
     */
    400: PlainTextError;
    /**
     * The server has an admin key and the `x-bp-messaging-admin-key` header is missing or wrong.
     */
    401: PlainTextError;
    /**
     * A client with this `id` already exists. The body is the server's message, sent as `text/html`.
     */
    403: PlainTextError;
};

export type CreateClientError = CreateClientErrors[keyof CreateClientErrors];

export type CreateClientResponses = {
    /**
     * The client was created.
     */
    201: ClientCredentials;
};

export type CreateClientResponse = CreateClientResponses[keyof CreateClientResponses];

export type RenameClientData = {
    body: RenameClientRequest;
    path?: never;
    query?: never;
    url: '/api/v1/admin/clients/name';
};

export type RenameClientErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
     */
    400: PlainTextError;
    /**
     * The server has an admin key and the `x-bp-messaging-admin-key` header is missing or wrong.
     */
    401: PlainTextError;
    /**
     * No client has this id (some servers; see the decision on this response).
     */
    404: PlainTextError;
};

export type RenameClientError = RenameClientErrors[keyof RenameClientErrors];

export type RenameClientResponses = {
    /**
     * The client was renamed.
     */
    200: string;
    /**
     * The client already had this name; nothing changed.
     */
    204: void;
};

export type RenameClientResponse = RenameClientResponses[keyof RenameClientResponses];

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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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

export type CreateUserTokenData = {
    body: CreateUserTokenRequest;
    path?: never;
    query?: never;
    url: '/api/v1/users/tokens';
};

export type CreateUserTokenErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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

export type CreateUserTokenError = CreateUserTokenErrors[keyof CreateUserTokenErrors];

export type CreateUserTokenResponses = {
    /**
     * The token was created.
     */
    201: UserToken;
};

export type CreateUserTokenResponse = CreateUserTokenResponses[keyof CreateUserTokenResponses];

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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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

export type EndTurnData = {
    body?: never;
    path: {
        /**
         * Id of the message (a GUID; anything else is a 400).
         */
        id: string;
    };
    query?: never;
    url: '/api/v1/messages/turn/{id}';
};

export type EndTurnErrors = {
    /**
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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

export type EndTurnError = EndTurnErrors[keyof EndTurnErrors];

export type EndTurnResponses = {
    /**
     * The turn was ended; the pending collect call answers.
     */
    200: string;
};

export type EndTurnResponse = EndTurnResponses[keyof EndTurnResponses];

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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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
     * The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`.
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

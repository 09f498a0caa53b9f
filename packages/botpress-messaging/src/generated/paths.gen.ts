// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

export interface paths {
    "/api/v1/admin/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a client
         * @description Creates a client and its first token. Admin route: when the server runs with an
         *     `ADMIN_KEY`, the `x-bp-messaging-admin-key` header must carry it; without one the
         *     route is open. Keep the returned token: it is not shown again.
         */
        post: operations["createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/clients/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename a client
         * @description Sets a client's display name. Admin route, like `createClient`. Answers 200 (plain
         *     text `OK`) when the name changed and 204 with no body when the client already had
         *     that name. The v1.2.18 server also answers 200 for a client id it does not know.
         */
        put: operations["renameClient"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the client's credentials
         * @description Answers 200 (plain text `OK`) when the client id and token are valid, 401
         *     otherwise. Use it to test stored credentials.
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the client's channel and webhook configuration
         * @description Sends the client's **entire** configuration: the server diffs it against the
         *     current one and applies the changes. Channels or webhooks left out are removed,
         *     so always send everything. Answers the configured webhooks, each with the token the
         *     server will send in `x-bp-messaging-webhook-token`; re-syncing the same URL keeps
         *     its token.
         *
         *     The seed document's older `/sync` also created clients (`id`/`token` in the body,
         *     `{ id, token, webhooks }` in the answer). Server v1.2.x does not: create the client
         *     with `createClient` and authenticate this call with its headers.
         */
        post: operations["sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the health of the client's channels
         * @description Lists, per configured channel, the health events recorded by the server (created, configured, started, failures, ...).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a user
         * @description Creates a messaging user owned by the client. The request takes no body (any body key is a 400).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a token for a user
         * @description Creates a token that lets a user's own device (the webchat socket) authenticate as
         *     that user. Answers 201 `{ id, token }`; keep the token, it is not shown again.
         */
        post: operations["createUserToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Gets a user of the client by id.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a conversation
         * @description Creates a conversation owned by a user of the client.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description Gets a conversation of the client by id.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/user/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the conversations of a user
         * @description Lists the conversations of a user, most recent first, up to `limit`.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a message
         * @description Creates a message in a conversation. Omit `authorId` to send as the bot (the message
         *     is then delivered to the user's channel); give a user id to record a user message
         *     (the client's webhooks then receive `message.new`).
         */
        post: operations["createMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/collect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a message and collect the replies
         * @description Creates a user message, then waits for the messages created in the conversation in
         *     reply (typically by the bot) and answers them with the created message. The wait
         *     ends `timeout` milliseconds after the last reply (at most 50000). This sends a
         *     message: it is never retried automatically.
         */
        post: operations["createMessageAndCollect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/turn/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the turn of a collected message
         * @description Tells the server the bot has finished replying to a user message, so a pending
         *     `createMessageAndCollect` call for that message answers now, with the replies so
         *     far, instead of waiting for its `timeout`. `id` is the id of the collected user
         *     message (the `message.id` of the `message.new` event with `collect: true`). Takes
         *     no body; answers 200 (plain text `OK`).
         */
        post: operations["endTurn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a message
         * @description Gets a message of the client by id.
         */
        get: operations["getMessage"];
        put?: never;
        post?: never;
        /**
         * Delete a message
         * @description Deletes a message of the client by id. Answers 204 with no body.
         */
        delete: operations["deleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/conversation/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the messages of a conversation
         * @description Lists the messages of a conversation, most recent first, up to `limit`, optionally only those sent before `from`.
         */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        /**
         * Delete all messages of a conversation
         * @description Deletes every message of a conversation and answers how many were deleted.
         */
        delete: operations["deleteConversationMessages"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/endpoints/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Map an endpoint to a conversation
         * @description Returns the conversation id of a channel endpoint (channel, identity, sender,
         *     thread). The first call for an endpoint creates the user and conversation; every
         *     later call with the same endpoint returns the same conversation id, so the call is
         *     safe to repeat.
         */
        post: operations["mapEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/endpoints/conversation/{conversationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the endpoints of a conversation
         * @description Lists the channel endpoints mapped to a conversation.
         */
        get: operations["listConversationEndpoints"];
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
    "user.new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user was created
         * @description Sent when a user is created (by the client or by a channel).
         */
        post: operations["onUserNew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user was updated
         * @description Sent when a user's data changes.
         */
        post: operations["onUserUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A conversation was created
         * @description Sent when a conversation is created.
         */
        post: operations["onConversationNew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A conversation was started on a channel
         * @description Sent when a channel starts a conversation (e.g. a proactive trigger, a user opening a chat).
         */
        post: operations["onConversationStarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A message was created
         * @description Sent when a message is created in a conversation of the client, except for the
         *     messages the client itself created as the bot. `collect` is `true` when a
         *     `createMessageAndCollect` call is waiting for the replies to this message.
         */
        post: operations["onMessageNew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user gave feedback on a message
         * @description Sent when a user rates a bot message (thumbs up `1`, thumbs down `-1`).
         */
        post: operations["onMessageFeedback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "health.new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A channel health event was recorded
         * @description Sent when one of the client's channels records a health event (configured, started, a failure, ...).
         */
        post: operations["onHealthNew"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description A plain-text error message (`Unauthorized`, `Not Found`, or a validation message). */
        PlainTextError: string;
        /** @description Optional body of `createClient`. */
        CreateClientRequest: {
            /**
             * Format: uuid
             * @description Id to give the new client. The server chooses one when omitted.
             */
            id?: string;
        };
        /** @description A client's id and token, to send in `x-bp-messaging-client-id` and `x-bp-messaging-client-token`. */
        ClientCredentials: {
            /**
             * Format: uuid
             * @description Id of the client.
             */
            id: string;
            /** @description Token of the client. Shown only once; store it as a secret. */
            token: string;
        };
        /** @description The client to rename and its new name. */
        RenameClientRequest: {
            /**
             * Format: uuid
             * @description Id of the client.
             */
            id: string;
            /** @description The client's new display name. */
            name: string;
        };
        CreateUserTokenRequest: {
            /**
             * Format: uuid
             * @description Id of the user the token authenticates.
             */
            userId: string;
        };
        /** @description A user token. `token` starts with the token's `id`. */
        UserToken: {
            /**
             * Format: uuid
             * @description Id of the token.
             */
            id: string;
            /** @description The token itself (`<id>.<secret>`). Shown only once; store it as a secret. */
            token: string;
        };
        /**
         * @description The client's whole configuration. What is left out is removed: send every channel
         *     and every webhook each time.
         */
        SyncRequest: {
            channels?: components["schemas"]["SyncChannels"];
            /** @description Webhook URLs to POST events to. Each gets a token in the answer. Never `null` (the server answers 400). */
            webhooks?: components["schemas"]["SyncWebhookRequest"][];
        };
        /**
         * @description Channel configurations by channel name. A channel left out, or with `enabled: false`,
         *     is removed. The server knows seven channels and answers 400 to any other name
         *     (`"body.channels.nosuch" is not allowed`); each config must name version `1.0.0` and
         *     carry that channel's credentials (the server checks them against the channel's API
         *     before it accepts the configuration).
         */
        SyncChannels: {
            messenger?: components["schemas"]["MessengerChannelConfig"];
            slack?: components["schemas"]["SlackChannelConfig"];
            smooch?: components["schemas"]["SmoochChannelConfig"];
            teams?: components["schemas"]["TeamsChannelConfig"];
            telegram?: components["schemas"]["TelegramChannelConfig"];
            twilio?: components["schemas"]["TwilioChannelConfig"];
            vonage?: components["schemas"]["VonageChannelConfig"];
        };
        /**
         * @description The channel version a config targets. The v1.2.18 server knows `1.0.0` only (`"must be [1.0.0]"`) and requires it.
         * @enum {string}
         */
        ChannelConfigVersion: "1.0.0";
        /** @description Facebook Messenger channel configuration (channel version `1.0.0`). */
        MessengerChannelConfig: {
            version: components["schemas"]["ChannelConfigVersion"];
            /** @description `false` removes the channel, like leaving it out. */
            enabled?: boolean;
            /** @description The Page access token. */
            accessToken: string;
            /** @description The Facebook app secret (checks the signature of incoming events). */
            appSecret: string;
            /** @description The token Facebook sends back when it verifies the webhook. */
            verifyToken: string;
            /** @description Sender actions the channel must not send. */
            disabledActions?: ("typing_on" | "typing_off" | "mark_seen")[];
            /** @description Greeting text shown before the conversation starts. */
            greeting?: string;
            /** @description Payload of the "Get started" button. */
            getStarted?: string;
            /** @description The persistent menu, in Messenger's format. */
            persistentMenu?: {
                [key: string]: unknown;
            }[];
        };
        /** @description Slack channel configuration (channel version `1.0.0`). */
        SlackChannelConfig: {
            version: components["schemas"]["ChannelConfigVersion"];
            /** @description `false` removes the channel, like leaving it out. */
            enabled?: boolean;
            /** @description The Slack bot token. */
            botToken: string;
            /** @description The Slack app's signing secret. */
            signingSecret: string;
            /** @description Use the Real Time Messaging API instead of the Events API. */
            useRTM?: boolean;
        };
        /** @description Smooch (Sunshine Conversations) channel configuration (channel version `1.0.0`). */
        SmoochChannelConfig: {
            version: components["schemas"]["ChannelConfigVersion"];
            /** @description `false` removes the channel, like leaving it out. */
            enabled?: boolean;
            /** @description The API key id. */
            keyId: string;
            /** @description The API key secret. */
            secret: string;
            /** @description Smooch payload types to forward as they are. */
            forwardRawPayloads?: string[];
        };
        /** @description Microsoft Teams channel configuration (channel version `1.0.0`). */
        TeamsChannelConfig: {
            version: components["schemas"]["ChannelConfigVersion"];
            /** @description `false` removes the channel, like leaving it out. */
            enabled?: boolean;
            /** @description The Microsoft app id of the bot. */
            appId: string;
            /** @description The Microsoft app password. */
            appPassword: string;
            /** @description The Azure AD tenant id, for single-tenant apps. */
            tenantId?: string;
            /** @description Messages sent proactively, by locale. */
            proactiveMessages?: {
                [key: string]: string;
            };
        };
        /** @description Telegram channel configuration (channel version `1.0.0`). */
        TelegramChannelConfig: {
            version: components["schemas"]["ChannelConfigVersion"];
            /** @description `false` removes the channel, like leaving it out. */
            enabled?: boolean;
            /** @description The Telegram bot token (from BotFather). */
            botToken: string;
        };
        /** @description Twilio channel configuration (channel version `1.0.0`). */
        TwilioChannelConfig: {
            version: components["schemas"]["ChannelConfigVersion"];
            /** @description `false` removes the channel, like leaving it out. */
            enabled?: boolean;
            /** @description The Twilio account SID. */
            accountSID: string;
            /** @description The Twilio auth token. */
            authToken: string;
        };
        /** @description Vonage channel configuration (channel version `1.0.0`). */
        VonageChannelConfig: {
            version: components["schemas"]["ChannelConfigVersion"];
            /** @description `false` removes the channel, like leaving it out. */
            enabled?: boolean;
            /** @description The Vonage API key. */
            apiKey: string;
            /** @description The Vonage API secret. */
            apiSecret: string;
            /** @description The secret that signs incoming webhooks. */
            signatureSecret: string;
            /** @description The Vonage application id. */
            applicationId: string;
            /** @description The application's private key (PEM). */
            privateKey: string;
            /** @description Use Vonage's sandbox API. */
            useTestingApi?: boolean;
        };
        /** @description A webhook to configure. The server generates its token. */
        SyncWebhookRequest: {
            /**
             * Format: uri
             * @description URL the server POSTs events to.
             */
            url: string;
        };
        /**
         * @description The configured webhooks and their tokens. (The seed's pre-1.0 server also answered
         *     the client `id` and `token`; v1.2.x does not.)
         */
        SyncResult: {
            webhooks: components["schemas"]["SyncWebhook"][];
        };
        /** @description A configured webhook. */
        SyncWebhook: {
            /**
             * Format: uri
             * @description URL the server POSTs events to.
             */
            url: string;
            /** @description Token sent in `x-bp-messaging-webhook-token` with every event to this URL. Re-syncing the same URL keeps it. */
            token: string;
        };
        /** @description Health events per configured channel. */
        HealthReport: {
            /** @description Keyed by channel name. */
            channels: {
                [key: string]: components["schemas"]["ChannelHealth"];
            };
        };
        /** @description The health of one channel. */
        ChannelHealth: {
            events: components["schemas"]["HealthEvent"][];
        };
        /** @description One health event of a channel. */
        HealthEvent: {
            /**
             * @description What happened: `create`, `configure`, `start`, `start-failure`, `initialize`,
             *     `initialize-failure`, `sleep`, `delete`. Later servers may add others.
             * @example initialize
             * @example start-failure
             */
            type: string;
            /**
             * Format: date-time
             * @description When it happened.
             */
            time: string;
            /** @description Details (for failures, the error). */
            data?: unknown;
        };
        /** @description A messaging user. */
        User: {
            /**
             * Format: uuid
             * @description Id of the user.
             */
            id: string;
            /**
             * Format: uuid
             * @description Id of the client that owns the user.
             */
            clientId: string;
            /** @description Data attached to the user (string values), when any. */
            data?: {
                [key: string]: string;
            } | null;
        };
        CreateConversationRequest: {
            /**
             * Format: uuid
             * @description Id of the user who owns this conversation.
             */
            userId: string;
        };
        /** @description A conversation of a user. */
        Conversation: {
            /**
             * Format: uuid
             * @description Id of the conversation.
             */
            id: string;
            /**
             * Format: uuid
             * @description Id of the client that owns the conversation.
             */
            clientId: string;
            /**
             * Format: uuid
             * @description Id of the user who owns the conversation.
             */
            userId: string;
            /**
             * Format: date-time
             * @description When the conversation was created.
             */
            createdOn: string;
        };
        CreateMessageRequest: {
            /**
             * Format: uuid
             * @description Id of the conversation.
             */
            conversationId: string;
            /**
             * Format: uuid
             * @description Id of the user who wrote the message. **Omit it for a bot message**; `null` is rejected.
             */
            authorId?: string;
            payload: components["schemas"]["MessagePayload"];
            /**
             * Format: uuid
             * @description For bot replies during a `createMessageAndCollect` call, the id of the user message being answered.
             */
            incomingId?: string;
        };
        CollectMessagesRequest: {
            /**
             * Format: uuid
             * @description Id of the conversation.
             */
            conversationId: string;
            /**
             * Format: uuid
             * @description Id of the user who wrote the message (required here).
             */
            authorId: string;
            payload: components["schemas"]["MessagePayload"];
            /**
             * @description How long to keep collecting after the last reply, in milliseconds (at most
             *     50000). The server's default applies when omitted. `0` means no timeout: the
             *     call waits until `endTurn` is called for the message; the client's `timeoutMs`
             *     (60 s unless set) still ends the wait on the client's side, with a
             *     `TimeoutError`, and the call is never retried.
             */
            timeout?: number;
        };
        /** @description The message created and the replies collected. */
        CollectMessagesResult: {
            message: components["schemas"]["Message"];
            /** @description Messages created in the conversation in reply, oldest first. */
            responses: components["schemas"]["Message"][];
        };
        /** @description A message of a conversation. */
        Message: {
            /**
             * Format: uuid
             * @description Id of the message.
             */
            id: string;
            /**
             * Format: uuid
             * @description Id of the conversation.
             */
            conversationId: string;
            /**
             * Format: uuid
             * @description Id of the user who wrote the message. A bot message has none: the create answer
             *     omits the key, list answers give `null`.
             */
            authorId?: string | null;
            /**
             * Format: date-time
             * @description When the message was sent.
             */
            sentOn: string;
            payload: components["schemas"]["ReceivedMessagePayload"];
        };
        /**
         * @description Content of a message you send, discriminated by `type`: the content types the
         *     server's channels render. To send a type not listed here (a custom component of your
         *     own webchat, say), build it with the SDK's `openPayload()`: the server stores any
         *     object, but a misspelt `type` is a silent bug, so an unlisted type is never implicit.
         */
        MessagePayload: components["schemas"]["TextPayload"] | components["schemas"]["ImagePayload"] | components["schemas"]["AudioPayload"] | components["schemas"]["VoicePayload"] | components["schemas"]["VideoPayload"] | components["schemas"]["FilePayload"] | components["schemas"]["LocationPayload"] | components["schemas"]["CardPayload"] | components["schemas"]["CarouselPayload"] | components["schemas"]["SingleChoicePayload"];
        /**
         * @description Content of a message the server answers or posts: one of the known content types,
         *     or any other object with a `type` (other clients and channels may store anything).
         */
        ReceivedMessagePayload: components["schemas"]["MessagePayload"] | components["schemas"]["OtherPayload"];
        /** @description A text message. */
        TextPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
            /** @description The text. */
            text: string;
            /** @description Whether `text` is Markdown. */
            markdown?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description An image. */
        ImagePayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
            /** @description URL of the image. */
            image: string;
            /** @description Caption. */
            title?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description An audio file. */
        AudioPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "audio";
            /** @description URL of the audio file. */
            audio: string;
            /** @description Caption. */
            title?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A voice message (played as a voice note where the channel has them). */
        VoicePayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "voice";
            /** @description URL of the audio file. */
            audio: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A card with a title, an optional image and buttons. */
        CardPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "card";
            /** @description Title of the card. */
            title: string;
            /** @description Text under the title. */
            subtitle?: string;
            /** @description URL of the image. */
            image?: string;
            /** @description Whether the texts are Markdown. */
            markdown?: boolean;
            /** @description The card's buttons. */
            actions: components["schemas"]["CardAction"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A button of a card: say something (`text`), open a URL (`url`) or post back (`payload`). */
        CardAction: {
            /**
             * @description What the button does.
             * @enum {string}
             */
            action: "Say something" | "Open URL" | "Postback";
            /** @description Label of the button. */
            title: string;
            /** @description For `Say something`, the text sent as the user. */
            text?: string;
            /** @description For `Open URL`, the URL. */
            url?: string;
            /** @description For `Postback`, the value sent back. */
            payload?: string;
        };
        /** @description Cards shown side by side. */
        CarouselPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "carousel";
            items: components["schemas"]["CardPayload"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A video. */
        VideoPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "video";
            /** @description URL of the video. */
            video: string;
            /** @description Caption. */
            title?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A file. */
        FilePayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "file";
            /** @description URL of the file. */
            file: string;
            /** @description Caption. */
            title?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A location. */
        LocationPayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "location";
            latitude: number;
            longitude: number;
            address?: string;
            title?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A question with buttons (quick replies). */
        SingleChoicePayload: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "single-choice";
            /** @description The question. */
            text: string;
            choices: {
                /** @description Label of the button. */
                title: string;
                /** @description Value sent back when chosen. */
                value: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description Any other payload type (`dropdown`, custom types, ...), as stored by another writer. */
        OtherPayload: {
            /** @description The payload type. */
            type: string;
        } & {
            [key: string]: unknown;
        };
        DeleteCount: {
            /** @description Number of messages deleted. */
            count: number;
        };
        /** @description A built-in channel, by name and version. */
        ChannelVersion: {
            /** @description Channel name (`telegram`, `slack`, ...). */
            name: string;
            /** @description Channel version, e.g. `"1.0.0"`. */
            version: string;
        };
        /** @description The channel of an endpoint; a plain string names a custom channel, an object a built-in channel and its version. */
        EndpointChannel: string | components["schemas"]["ChannelVersion"];
        /** @description A channel endpoint to map to a conversation. */
        MapEndpointRequest: {
            channel: components["schemas"]["EndpointChannel"];
            /** @description The bot's identity on the channel (e.g. a page or phone number; `*` when the channel has one). */
            identity: string;
            /** @description The user's id on the channel. */
            sender: string;
            /** @description The thread's id on the channel. */
            thread: string;
        };
        MapEndpointResult: {
            /**
             * Format: uuid
             * @description Id of the conversation mapped to the endpoint.
             */
            conversationId: string;
        };
        /** @description A channel endpoint mapped to a conversation. */
        Endpoint: {
            channel: components["schemas"]["EndpointChannel"];
            /** @description The bot's identity on the channel. */
            identity: string;
            /** @description The user's id on the channel. */
            sender: string;
            /** @description The thread's id on the channel. */
            thread: string;
        };
        /** @description `user.new`: a user was created. */
        UserNewEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user.new";
            data: {
                /**
                 * Format: uuid
                 * @description Id of the new user.
                 */
                userId: string;
                /** @description The data the user's device gave (e.g. `name`, `lang`), when it gave some; absent otherwise. */
                userData?: {
                    [key: string]: string;
                };
            };
        };
        /** @description `user.updated`: a user was updated. */
        UserUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "user.updated";
            data: {
                /**
                 * Format: uuid
                 * @description Id of the updated user.
                 */
                userId: string;
                /** @description The data the user's device gave (e.g. `name`, `lang`), when it gave some; absent otherwise. */
                userData?: {
                    [key: string]: string;
                };
            };
        };
        /** @description `conversation.new`: a conversation was created. */
        ConversationNewEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation.new";
            data: {
                /**
                 * Format: uuid
                 * @description Id of the user who owns the conversation.
                 */
                userId: string;
                /**
                 * Format: uuid
                 * @description Id of the new conversation.
                 */
                conversationId: string;
            };
        };
        /** @description `conversation.started`: a channel started a conversation. */
        ConversationStartedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "conversation.started";
            data: {
                /**
                 * Format: uuid
                 * @description Id of the user.
                 */
                userId: string;
                /**
                 * Format: uuid
                 * @description Id of the conversation.
                 */
                conversationId: string;
                /** @description Name of the channel. */
                channel: string;
            };
        };
        /** @description `message.new`: a message was created. */
        MessageNewEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.new";
            data: {
                /**
                 * Format: uuid
                 * @description Id of the user who owns the conversation.
                 */
                userId: string;
                /**
                 * Format: uuid
                 * @description Id of the conversation.
                 */
                conversationId: string;
                /** @description Name of the channel the conversation is on (`messaging` when it has no single channel). */
                channel: string;
                /** @description `true` when a `createMessageAndCollect` call is collecting the replies to this message; absent otherwise. */
                collect?: boolean;
                message: components["schemas"]["Message"];
            };
        };
        /** @description `message.feedback`: a user rated a message. */
        MessageFeedbackEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.feedback";
            data: {
                /**
                 * Format: uuid
                 * @description Id of the user.
                 */
                userId: string;
                /**
                 * Format: uuid
                 * @description Id of the conversation.
                 */
                conversationId: string;
                /** @description Name of the channel. */
                channel: string;
                /**
                 * Format: uuid
                 * @description Id of the rated message.
                 */
                messageId: string;
                /**
                 * @description `1` for a thumbs up, `-1` for a thumbs down.
                 * @enum {integer}
                 */
                feedback: 1 | -1;
            };
        };
        /** @description `health.new`: a channel recorded a health event. */
        HealthNewEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "health.new";
            data: {
                /** @description Name of the channel. */
                channel: string;
                event: components["schemas"]["HealthEvent"];
            };
        };
        /**
         * @description Any event the messaging server POSTs to a webhook URL, discriminated by `type`.
         *     Later servers may send other types: a receiver should accept and ignore them.
         */
        WebhookEvent: components["schemas"]["UserNewEvent"] | components["schemas"]["UserUpdatedEvent"] | components["schemas"]["ConversationNewEvent"] | components["schemas"]["ConversationStartedEvent"] | components["schemas"]["MessageNewEvent"] | components["schemas"]["MessageFeedbackEvent"] | components["schemas"]["HealthNewEvent"];
    };
    responses: {
        /** @description The request is malformed (an id that is not a GUID, an unknown body key, a missing or invalid field). The body is the validation message, sent as `text/html`. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": components["schemas"]["PlainTextError"];
            };
        };
        /** @description The server has an admin key and the `x-bp-messaging-admin-key` header is missing or wrong. */
        AdminUnauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["PlainTextError"];
            };
        };
        /** @description The client id or token is missing or wrong. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["PlainTextError"];
            };
        };
        /** @description The record does not exist or belongs to another client. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["PlainTextError"];
            };
        };
        /** @description The event was accepted. Any 2xx will do; the body is ignored. */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The receiver could not read the event (malformed JSON, invalid body). */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["PlainTextError"];
            };
        };
        /** @description The `x-bp-messaging-webhook-token` header is missing or does not match the stored token. The official client answers 403. */
        WebhookForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["PlainTextError"];
            };
        };
    };
    parameters: {
        /**
         * @description Id of the user (a GUID; anything else is a 400).
         * @example 3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13
         */
        UserIdPath: string;
        /**
         * @description Id of the conversation (a GUID; anything else is a 400).
         * @example 6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f
         */
        ConversationIdPath: string;
        /**
         * @description Id of the conversation (a GUID; anything else is a 400).
         * @example 6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f
         */
        ConversationIdInPath: string;
        /**
         * @description Id of the message (a GUID; anything else is a 400).
         * @example 8c4a2e61-9d3b-4f7a-b1c5-2e6d8f0a4b97
         */
        MessageIdPath: string;
        /**
         * @description Maximum number of items to return.
         * @example 20
         */
        Limit: number;
        /**
         * @description Id of the client the event belongs to.
         * @example 9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40
         */
        WebhookClientIdHeader: string;
        /**
         * @description The static token that `/sync` returned for this webhook URL (no signature, no
         *     HMAC). Compare it in constant time with the token you stored; reject the call if it
         *     differs.
         * @example 2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f
         */
        WebhookTokenHeader: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: {
        /**
         * @description The webhook URL given to `/sync`, seen as a whole: the messaging server POSTs every
         *     event to that one URL, and the `type` field says which. The per-event descriptions
         *     are under `webhooks`; this item only gathers them into the `WebhookEvent` union.
         */
        WebhookReceiver: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            get?: never;
            put?: never;
            /**
             * Receive any messaging event
             * @description Any of the events described under `webhooks`, discriminated by `type`. Unknown types may appear in later server versions; accept and ignore them.
             */
            post: operations["receiveWebhookEvent"];
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
    createClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateClientRequest"];
            };
        };
        responses: {
            /** @description The client was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientCredentials"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            /** @description A client with this `id` already exists. The body is the server's message, sent as `text/html`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["PlainTextError"];
                };
            };
        };
    };
    renameClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameClientRequest"];
            };
        };
        responses: {
            /** @description The client was renamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The client already had this name; nothing changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["AdminUnauthorized"];
            /** @description No client has this id (some servers; see the decision on this response). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credentials are valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    sync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncRequest"];
            };
        };
        responses: {
            /** @description The configuration was applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Health events per channel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReport"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createUserToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserTokenRequest"];
            };
        };
        responses: {
            /** @description The token was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the user (a GUID; anything else is a 400).
                 * @example 3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13
                 */
                id: components["parameters"]["UserIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateConversationRequest"];
            };
        };
        responses: {
            /** @description The conversation was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the conversation (a GUID; anything else is a 400).
                 * @example 6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f
                 */
                id: components["parameters"]["ConversationIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description Id of the user (a GUID).
                 * @example 3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMessageRequest"];
            };
        };
        responses: {
            /** @description The message was created. A bot message has no `authorId` key. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createMessageAndCollect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollectMessagesRequest"];
            };
        };
        responses: {
            /** @description The created message and the replies collected. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectMessagesResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    endTurn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the message (a GUID; anything else is a 400).
                 * @example 8c4a2e61-9d3b-4f7a-b1c5-2e6d8f0a4b97
                 */
                id: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The turn was ended; the pending collect call answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the message (a GUID; anything else is a 400).
                 * @example 8c4a2e61-9d3b-4f7a-b1c5-2e6d8f0a4b97
                 */
                id: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the message (a GUID; anything else is a 400).
                 * @example 8c4a2e61-9d3b-4f7a-b1c5-2e6d8f0a4b97
                 */
                id: components["parameters"]["MessageIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of items to return.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description ISO 8601 date-time: list the messages sent before this moment (to page back
                 *     through a conversation, pass the `sentOn` of the oldest message you have). Not in
                 *     the seed document; taken from the v1.2.x server.
                 * @example 2022-03-14T15:12:03.004Z
                 */
                from?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Id of the conversation (a GUID; anything else is a 400).
                 * @example 6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f
                 */
                conversationId: components["parameters"]["ConversationIdInPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages. Bot messages carry `"authorId": null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteConversationMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the conversation (a GUID; anything else is a 400).
                 * @example 6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f
                 */
                conversationId: components["parameters"]["ConversationIdInPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of messages deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteCount"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    mapEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MapEndpointRequest"];
            };
        };
        responses: {
            /** @description The conversation id of the endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MapEndpointResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listConversationEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the conversation (a GUID; anything else is a 400).
                 * @example 6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f
                 */
                conversationId: components["parameters"]["ConversationIdInPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints mapped to the conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Endpoint"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    onUserNew: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the client the event belongs to.
                 * @example 9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40
                 */
                "x-bp-messaging-client-id": components["parameters"]["WebhookClientIdHeader"];
                /**
                 * @description The static token that `/sync` returned for this webhook URL (no signature, no
                 *     HMAC). Compare it in constant time with the token you stored; reject the call if it
                 *     differs.
                 * @example 2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f
                 */
                "x-bp-messaging-webhook-token": components["parameters"]["WebhookTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserNewEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            403: components["responses"]["WebhookForbidden"];
        };
    };
    onUserUpdated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the client the event belongs to.
                 * @example 9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40
                 */
                "x-bp-messaging-client-id": components["parameters"]["WebhookClientIdHeader"];
                /**
                 * @description The static token that `/sync` returned for this webhook URL (no signature, no
                 *     HMAC). Compare it in constant time with the token you stored; reject the call if it
                 *     differs.
                 * @example 2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f
                 */
                "x-bp-messaging-webhook-token": components["parameters"]["WebhookTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdatedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            403: components["responses"]["WebhookForbidden"];
        };
    };
    onConversationNew: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the client the event belongs to.
                 * @example 9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40
                 */
                "x-bp-messaging-client-id": components["parameters"]["WebhookClientIdHeader"];
                /**
                 * @description The static token that `/sync` returned for this webhook URL (no signature, no
                 *     HMAC). Compare it in constant time with the token you stored; reject the call if it
                 *     differs.
                 * @example 2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f
                 */
                "x-bp-messaging-webhook-token": components["parameters"]["WebhookTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationNewEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            403: components["responses"]["WebhookForbidden"];
        };
    };
    onConversationStarted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the client the event belongs to.
                 * @example 9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40
                 */
                "x-bp-messaging-client-id": components["parameters"]["WebhookClientIdHeader"];
                /**
                 * @description The static token that `/sync` returned for this webhook URL (no signature, no
                 *     HMAC). Compare it in constant time with the token you stored; reject the call if it
                 *     differs.
                 * @example 2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f
                 */
                "x-bp-messaging-webhook-token": components["parameters"]["WebhookTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationStartedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            403: components["responses"]["WebhookForbidden"];
        };
    };
    onMessageNew: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the client the event belongs to.
                 * @example 9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40
                 */
                "x-bp-messaging-client-id": components["parameters"]["WebhookClientIdHeader"];
                /**
                 * @description The static token that `/sync` returned for this webhook URL (no signature, no
                 *     HMAC). Compare it in constant time with the token you stored; reject the call if it
                 *     differs.
                 * @example 2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f
                 */
                "x-bp-messaging-webhook-token": components["parameters"]["WebhookTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageNewEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            403: components["responses"]["WebhookForbidden"];
        };
    };
    onMessageFeedback: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the client the event belongs to.
                 * @example 9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40
                 */
                "x-bp-messaging-client-id": components["parameters"]["WebhookClientIdHeader"];
                /**
                 * @description The static token that `/sync` returned for this webhook URL (no signature, no
                 *     HMAC). Compare it in constant time with the token you stored; reject the call if it
                 *     differs.
                 * @example 2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f
                 */
                "x-bp-messaging-webhook-token": components["parameters"]["WebhookTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageFeedbackEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            403: components["responses"]["WebhookForbidden"];
        };
    };
    onHealthNew: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the client the event belongs to.
                 * @example 9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40
                 */
                "x-bp-messaging-client-id": components["parameters"]["WebhookClientIdHeader"];
                /**
                 * @description The static token that `/sync` returned for this webhook URL (no signature, no
                 *     HMAC). Compare it in constant time with the token you stored; reject the call if it
                 *     differs.
                 * @example 2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f
                 */
                "x-bp-messaging-webhook-token": components["parameters"]["WebhookTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HealthNewEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            403: components["responses"]["WebhookForbidden"];
        };
    };
    receiveWebhookEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Id of the client the event belongs to.
                 * @example 9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40
                 */
                "x-bp-messaging-client-id": components["parameters"]["WebhookClientIdHeader"];
                /**
                 * @description The static token that `/sync` returned for this webhook URL (no signature, no
                 *     HMAC). Compare it in constant time with the token you stored; reject the call if it
                 *     differs.
                 * @example 2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f
                 */
                "x-bp-messaging-webhook-token": components["parameters"]["WebhookTokenHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
            403: components["responses"]["WebhookForbidden"];
        };
    };
}

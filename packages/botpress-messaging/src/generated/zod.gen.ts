// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import * as z from 'zod';

/**
 * A plain-text error message (`Unauthorized`, `Not Found`, or a validation message).
 */
export const zPlainTextError = z.string();

/**
 * Optional body of `createClient`.
 */
export const zCreateClientRequest = z.object({
    id: z.uuid().optional()
});

/**
 * A client's id and token, to send in `x-bp-messaging-client-id` and `x-bp-messaging-client-token`.
 */
export const zClientCredentials = z.object({
    id: z.uuid(),
    token: z.string()
});

/**
 * The client to rename and its new name.
 */
export const zRenameClientRequest = z.object({
    id: z.uuid(),
    name: z.string()
});

export const zCreateUserTokenRequest = z.object({
    userId: z.uuid()
});

/**
 * A user token. `token` starts with the token's `id`.
 */
export const zUserToken = z.object({
    id: z.uuid(),
    token: z.string()
});

/**
 * The channel version a config targets. The v1.2.18 server knows `1.0.0` only (`"must be [1.0.0]"`) and requires it.
 */
export const zChannelConfigVersion = z.enum(['1.0.0']);

/**
 * Facebook Messenger channel configuration (channel version `1.0.0`).
 */
export const zMessengerChannelConfig = z.object({
    version: zChannelConfigVersion,
    enabled: z.boolean().optional(),
    accessToken: z.string(),
    appSecret: z.string(),
    verifyToken: z.string(),
    disabledActions: z.array(z.enum([
        'typing_on',
        'typing_off',
        'mark_seen'
    ])).optional(),
    greeting: z.string().optional(),
    getStarted: z.string().optional(),
    persistentMenu: z.array(z.record(z.string(), z.unknown())).optional()
});

/**
 * Slack channel configuration (channel version `1.0.0`).
 */
export const zSlackChannelConfig = z.object({
    version: zChannelConfigVersion,
    enabled: z.boolean().optional(),
    botToken: z.string(),
    signingSecret: z.string(),
    useRTM: z.boolean().optional()
});

/**
 * Smooch (Sunshine Conversations) channel configuration (channel version `1.0.0`).
 */
export const zSmoochChannelConfig = z.object({
    version: zChannelConfigVersion,
    enabled: z.boolean().optional(),
    keyId: z.string(),
    secret: z.string(),
    forwardRawPayloads: z.array(z.string()).optional()
});

/**
 * Microsoft Teams channel configuration (channel version `1.0.0`).
 */
export const zTeamsChannelConfig = z.object({
    version: zChannelConfigVersion,
    enabled: z.boolean().optional(),
    appId: z.string(),
    appPassword: z.string(),
    tenantId: z.string().optional(),
    proactiveMessages: z.record(z.string(), z.string()).optional()
});

/**
 * Telegram channel configuration (channel version `1.0.0`).
 */
export const zTelegramChannelConfig = z.object({
    version: zChannelConfigVersion,
    enabled: z.boolean().optional(),
    botToken: z.string()
});

/**
 * Twilio channel configuration (channel version `1.0.0`).
 */
export const zTwilioChannelConfig = z.object({
    version: zChannelConfigVersion,
    enabled: z.boolean().optional(),
    accountSID: z.string(),
    authToken: z.string()
});

/**
 * Vonage channel configuration (channel version `1.0.0`).
 */
export const zVonageChannelConfig = z.object({
    version: zChannelConfigVersion,
    enabled: z.boolean().optional(),
    apiKey: z.string(),
    apiSecret: z.string(),
    signatureSecret: z.string(),
    applicationId: z.string(),
    privateKey: z.string(),
    useTestingApi: z.boolean().optional()
});

/**
 * Channel configurations by channel name. A channel left out, or with `enabled: false`,
 * is removed. The server knows seven channels and answers 400 to any other name
 * (`"body.channels.nosuch" is not allowed`); each config must name version `1.0.0` and
 * carry that channel's credentials (the server checks them against the channel's API
 * before it accepts the configuration).
 *
 */
export const zSyncChannels = z.object({
    messenger: zMessengerChannelConfig.optional(),
    slack: zSlackChannelConfig.optional(),
    smooch: zSmoochChannelConfig.optional(),
    teams: zTeamsChannelConfig.optional(),
    telegram: zTelegramChannelConfig.optional(),
    twilio: zTwilioChannelConfig.optional(),
    vonage: zVonageChannelConfig.optional()
});

/**
 * A webhook to configure. The server generates its token.
 */
export const zSyncWebhookRequest = z.object({
    url: z.url()
});

/**
 * The client's whole configuration. What is left out is removed: send every channel
 * and every webhook each time.
 *
 */
export const zSyncRequest = z.object({
    channels: zSyncChannels.optional(),
    webhooks: z.array(zSyncWebhookRequest).optional()
});

/**
 * A configured webhook.
 */
export const zSyncWebhook = z.object({
    url: z.url(),
    token: z.string()
});

/**
 * The configured webhooks and their tokens. (The seed's pre-1.0 server also answered
 * the client `id` and `token`; v1.2.x does not.)
 *
 */
export const zSyncResult = z.object({
    webhooks: z.array(zSyncWebhook)
});

/**
 * One health event of a channel.
 */
export const zHealthEvent = z.object({
    type: z.string(),
    time: z.iso.datetime(),
    data: z.unknown().optional()
});

/**
 * The health of one channel.
 */
export const zChannelHealth = z.object({
    events: z.array(zHealthEvent)
});

/**
 * Health events per configured channel.
 */
export const zHealthReport = z.object({
    channels: z.record(z.string(), zChannelHealth)
});

/**
 * A messaging user.
 */
export const zUser = z.object({
    id: z.uuid(),
    clientId: z.uuid(),
    data: z.record(z.string(), z.string()).nullish()
});

export const zCreateConversationRequest = z.object({
    userId: z.uuid()
});

/**
 * A conversation of a user.
 */
export const zConversation = z.object({
    id: z.uuid(),
    clientId: z.uuid(),
    userId: z.uuid(),
    createdOn: z.iso.datetime()
});

/**
 * A text message.
 */
export const zTextPayload = z.object({
    type: z.literal('text'),
    text: z.string(),
    markdown: z.boolean().optional()
});

/**
 * An image.
 */
export const zImagePayload = z.object({
    type: z.literal('image'),
    image: z.string(),
    title: z.string().optional()
});

/**
 * An audio file.
 */
export const zAudioPayload = z.object({
    type: z.literal('audio'),
    audio: z.string(),
    title: z.string().optional()
});

/**
 * A voice message (played as a voice note where the channel has them).
 */
export const zVoicePayload = z.object({
    type: z.literal('voice'),
    audio: z.string()
});

/**
 * A button of a card: say something (`text`), open a URL (`url`) or post back (`payload`).
 */
export const zCardAction = z.object({
    action: z.enum([
        'Say something',
        'Open URL',
        'Postback'
    ]),
    title: z.string(),
    text: z.string().optional(),
    url: z.string().optional(),
    payload: z.string().optional()
});

/**
 * A card with a title, an optional image and buttons.
 */
export const zCardPayload = z.object({
    type: z.literal('card'),
    title: z.string(),
    subtitle: z.string().optional(),
    image: z.string().optional(),
    markdown: z.boolean().optional(),
    actions: z.array(zCardAction)
});

/**
 * Cards shown side by side.
 */
export const zCarouselPayload = z.object({
    type: z.literal('carousel'),
    items: z.array(zCardPayload)
});

/**
 * A video.
 */
export const zVideoPayload = z.object({
    type: z.literal('video'),
    video: z.string(),
    title: z.string().optional()
});

/**
 * A file.
 */
export const zFilePayload = z.object({
    type: z.literal('file'),
    file: z.string(),
    title: z.string().optional()
});

/**
 * A location.
 */
export const zLocationPayload = z.object({
    type: z.literal('location'),
    latitude: z.number(),
    longitude: z.number(),
    address: z.string().optional(),
    title: z.string().optional()
});

/**
 * A question with buttons (quick replies).
 */
export const zSingleChoicePayload = z.object({
    type: z.literal('single-choice'),
    text: z.string(),
    choices: z.array(z.object({
        title: z.string(),
        value: z.string()
    }))
});

/**
 * Content of a message you send, discriminated by `type`: the content types the
 * server's channels render. To send a type not listed here (a custom component of your
 * own webchat, say), build it with the SDK's `openPayload()`: the server stores any
 * object, but a misspelt `type` is a silent bug, so an unlisted type is never implicit.
 *
 */
export const zMessagePayload = z.discriminatedUnion('type', [
    zTextPayload,
    zImagePayload,
    zAudioPayload,
    zVoicePayload,
    zVideoPayload,
    zFilePayload,
    zLocationPayload,
    zCardPayload,
    zCarouselPayload,
    zSingleChoicePayload
]);

export const zCreateMessageRequest = z.object({
    conversationId: z.uuid(),
    authorId: z.uuid().optional(),
    payload: zMessagePayload,
    incomingId: z.uuid().optional()
});

export const zCollectMessagesRequest = z.object({
    conversationId: z.uuid(),
    authorId: z.uuid(),
    payload: zMessagePayload,
    timeout: z.int().gte(0).lte(50000).optional()
});

/**
 * Any other payload type (`dropdown`, custom types, ...), as stored by another writer.
 */
export const zOtherPayload = z.object({
    type: z.string()
});

/**
 * Content of a message the server answers or posts: one of the known content types,
 * or any other object with a `type` (other clients and channels may store anything).
 *
 */
export const zReceivedMessagePayload = z.union([
    zMessagePayload,
    zOtherPayload
]);

/**
 * A message of a conversation.
 */
export const zMessage = z.object({
    id: z.uuid(),
    conversationId: z.uuid(),
    authorId: z.uuid().nullish(),
    sentOn: z.iso.datetime(),
    payload: zReceivedMessagePayload
});

/**
 * The message created and the replies collected.
 */
export const zCollectMessagesResult = z.object({
    message: zMessage,
    responses: z.array(zMessage)
});

export const zDeleteCount = z.object({
    count: z.int().gte(0)
});

/**
 * A built-in channel, by name and version.
 */
export const zChannelVersion = z.object({
    name: z.string(),
    version: z.string()
});

/**
 * The channel of an endpoint; a plain string names a custom channel, an object a built-in channel and its version.
 */
export const zEndpointChannel = z.union([
    z.string(),
    zChannelVersion
]);

/**
 * A channel endpoint to map to a conversation.
 */
export const zMapEndpointRequest = z.object({
    channel: zEndpointChannel,
    identity: z.string(),
    sender: z.string(),
    thread: z.string()
});

export const zMapEndpointResult = z.object({
    conversationId: z.uuid()
});

/**
 * A channel endpoint mapped to a conversation.
 */
export const zEndpoint = z.object({
    channel: zEndpointChannel,
    identity: z.string(),
    sender: z.string(),
    thread: z.string()
});

/**
 * `user.new`: a user was created.
 */
export const zUserNewEvent = z.object({
    type: z.literal('user.new'),
    data: z.object({
        userId: z.uuid(),
        userData: z.record(z.string(), z.string()).optional()
    })
});

/**
 * `user.updated`: a user was updated.
 */
export const zUserUpdatedEvent = z.object({
    type: z.literal('user.updated'),
    data: z.object({
        userId: z.uuid(),
        userData: z.record(z.string(), z.string()).optional()
    })
});

/**
 * `conversation.new`: a conversation was created.
 */
export const zConversationNewEvent = z.object({
    type: z.literal('conversation.new'),
    data: z.object({
        userId: z.uuid(),
        conversationId: z.uuid()
    })
});

/**
 * `conversation.started`: a channel started a conversation.
 */
export const zConversationStartedEvent = z.object({
    type: z.literal('conversation.started'),
    data: z.object({
        userId: z.uuid(),
        conversationId: z.uuid(),
        channel: z.string()
    })
});

/**
 * `message.new`: a message was created.
 */
export const zMessageNewEvent = z.object({
    type: z.literal('message.new'),
    data: z.object({
        userId: z.uuid(),
        conversationId: z.uuid(),
        channel: z.string(),
        collect: z.boolean().optional(),
        message: zMessage
    })
});

/**
 * `message.feedback`: a user rated a message.
 */
export const zMessageFeedbackEvent = z.object({
    type: z.literal('message.feedback'),
    data: z.object({
        userId: z.uuid(),
        conversationId: z.uuid(),
        channel: z.string(),
        messageId: z.uuid(),
        feedback: z.union([z.literal(1), z.literal(-1)])
    })
});

/**
 * `health.new`: a channel recorded a health event.
 */
export const zHealthNewEvent = z.object({
    type: z.literal('health.new'),
    data: z.object({
        channel: z.string(),
        event: zHealthEvent
    })
});

/**
 * Any event the messaging server POSTs to a webhook URL, discriminated by `type`.
 * Later servers may send other types: a receiver should accept and ignore them.
 *
 */
export const zWebhookEvent = z.discriminatedUnion('type', [
    zUserNewEvent,
    zUserUpdatedEvent,
    zConversationNewEvent,
    zConversationStartedEvent,
    zMessageNewEvent,
    zMessageFeedbackEvent,
    zHealthNewEvent
]);

/**
 * Id of the user (a GUID; anything else is a 400).
 */
export const zUserIdPath = z.uuid();

/**
 * Id of the conversation (a GUID; anything else is a 400).
 */
export const zConversationIdPath = z.uuid();

/**
 * Id of the conversation (a GUID; anything else is a 400).
 */
export const zConversationIdInPath = z.uuid();

/**
 * Id of the message (a GUID; anything else is a 400).
 */
export const zMessageIdPath = z.uuid();

/**
 * Maximum number of items to return.
 */
export const zLimit = z.int().gte(0).default(20);

/**
 * Id of the client the event belongs to.
 */
export const zWebhookClientIdHeader = z.uuid();

/**
 * The static token that `/sync` returned for this webhook URL (no signature, no
 * HMAC). Compare it in constant time with the token you stored; reject the call if it
 * differs.
 *
 */
export const zWebhookTokenHeader = z.string();

/**
 * The client was created.
 */
export const zCreateClientResponse = zClientCredentials;

export const zRenameClientResponse = z.union([
    z.string(),
    z.void()
]);

/**
 * The credentials are valid.
 */
export const zGetClientResponse = z.string();

/**
 * The configuration was applied.
 */
export const zSyncResponse = zSyncResult;

/**
 * Health events per channel.
 */
export const zGetHealthResponse = zHealthReport;

/**
 * The user was created.
 */
export const zCreateUserResponse = zUser;

/**
 * The token was created.
 */
export const zCreateUserTokenResponse = zUserToken;

/**
 * The user.
 */
export const zGetUserResponse = zUser;

/**
 * The conversation was created.
 */
export const zCreateConversationResponse = zConversation;

/**
 * The conversation.
 */
export const zGetConversationResponse = zConversation;

/**
 * The user's conversations.
 */
export const zListConversationsResponse = z.array(zConversation);

/**
 * The message was created. A bot message has no `authorId` key.
 */
export const zCreateMessageResponse = zMessage;

/**
 * The created message and the replies collected.
 */
export const zCreateMessageAndCollectResponse = zCollectMessagesResult;

/**
 * The turn was ended; the pending collect call answers.
 */
export const zEndTurnResponse = z.string();

/**
 * The message was deleted.
 */
export const zDeleteMessageResponse = z.void();

/**
 * The message.
 */
export const zGetMessageResponse = zMessage;

/**
 * The number of messages deleted.
 */
export const zDeleteConversationMessagesResponse = zDeleteCount;

/**
 * The messages. Bot messages carry `"authorId": null`.
 */
export const zListMessagesResponse = z.array(zMessage);

/**
 * The conversation id of the endpoint.
 */
export const zMapEndpointResponse = zMapEndpointResult;

/**
 * The endpoints mapped to the conversation.
 */
export const zListConversationEndpointsResponse = z.array(zEndpoint);

export const zOnUserNewWebhookRequest = z.object({
    body: zUserNewEvent,
    path: z.never().optional(),
    query: z.never().optional(),
    headers: z.object({
        'x-bp-messaging-client-id': z.uuid(),
        'x-bp-messaging-webhook-token': z.string()
    })
});

export const zOnUserUpdatedWebhookRequest = z.object({
    body: zUserUpdatedEvent,
    path: z.never().optional(),
    query: z.never().optional(),
    headers: z.object({
        'x-bp-messaging-client-id': z.uuid(),
        'x-bp-messaging-webhook-token': z.string()
    })
});

export const zOnConversationNewWebhookRequest = z.object({
    body: zConversationNewEvent,
    path: z.never().optional(),
    query: z.never().optional(),
    headers: z.object({
        'x-bp-messaging-client-id': z.uuid(),
        'x-bp-messaging-webhook-token': z.string()
    })
});

export const zOnConversationStartedWebhookRequest = z.object({
    body: zConversationStartedEvent,
    path: z.never().optional(),
    query: z.never().optional(),
    headers: z.object({
        'x-bp-messaging-client-id': z.uuid(),
        'x-bp-messaging-webhook-token': z.string()
    })
});

export const zOnMessageNewWebhookRequest = z.object({
    body: zMessageNewEvent,
    path: z.never().optional(),
    query: z.never().optional(),
    headers: z.object({
        'x-bp-messaging-client-id': z.uuid(),
        'x-bp-messaging-webhook-token': z.string()
    })
});

export const zOnMessageFeedbackWebhookRequest = z.object({
    body: zMessageFeedbackEvent,
    path: z.never().optional(),
    query: z.never().optional(),
    headers: z.object({
        'x-bp-messaging-client-id': z.uuid(),
        'x-bp-messaging-webhook-token': z.string()
    })
});

export const zOnHealthNewWebhookRequest = z.object({
    body: zHealthNewEvent,
    path: z.never().optional(),
    query: z.never().optional(),
    headers: z.object({
        'x-bp-messaging-client-id': z.uuid(),
        'x-bp-messaging-webhook-token': z.string()
    })
});

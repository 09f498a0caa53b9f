// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { RequestResult } from '@parley/runtime';

import { client } from './client.gen.js';
import type { Options } from './sdk.gen.js';
import type { CreateClientData, CreateClientErrors, CreateClientResponses, CreateConversationData, CreateConversationErrors, CreateConversationResponses, CreateMessageAndCollectData, CreateMessageAndCollectErrors, CreateMessageAndCollectResponses, CreateMessageData, CreateMessageErrors, CreateMessageResponses, CreateUserData, CreateUserErrors, CreateUserResponses, CreateUserTokenData, CreateUserTokenErrors, CreateUserTokenResponses, DeleteConversationMessagesData, DeleteConversationMessagesErrors, DeleteConversationMessagesResponses, DeleteMessageData, DeleteMessageErrors, DeleteMessageResponses, EndTurnData, EndTurnErrors, EndTurnResponses, GetClientData, GetClientErrors, GetClientResponses, GetConversationData, GetConversationErrors, GetConversationResponses, GetHealthData, GetHealthErrors, GetHealthResponses, GetMessageData, GetMessageErrors, GetMessageResponses, GetUserData, GetUserErrors, GetUserResponses, ListConversationEndpointsData, ListConversationEndpointsErrors, ListConversationEndpointsResponses, ListConversationsData, ListConversationsErrors, ListConversationsResponses, ListMessagesData, ListMessagesErrors, ListMessagesResponses, MapEndpointData, MapEndpointErrors, MapEndpointResponses, RenameClientData, RenameClientErrors, RenameClientResponses, SyncData, SyncErrors, SyncResponses } from './types.gen.js';

/**
 * Create a client
 *
 * Creates a client and its first token. Admin route: when the server runs with an
 * `ADMIN_KEY`, the `x-bp-messaging-admin-key` header must carry it; without one the
 * route is open. Keep the returned token: it is not shown again.
 *
 */
export const createClientRequest = <ThrowOnError extends boolean = true>(options?: Options<CreateClientData, ThrowOnError>): RequestResult<CreateClientResponses, CreateClientErrors, ThrowOnError, 'data'> => (options?.client ?? client).post<CreateClientResponses, CreateClientErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/admin/clients',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options?.headers
    }
});

/**
 * Rename a client
 *
 * Sets a client's display name. Admin route, like `createClient`. Answers 200 (plain
 * text `OK`) when the name changed and 204 with no body when the client already had
 * that name. The v1.2.18 server also answers 200 for a client id it does not know.
 *
 */
export const renameClientRequest = <ThrowOnError extends boolean = true>(options: Options<RenameClientData, ThrowOnError>): RequestResult<RenameClientResponses, RenameClientErrors, ThrowOnError, 'data'> => (options.client ?? client).put<RenameClientResponses, RenameClientErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/admin/clients/name',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Check the client's credentials
 *
 * Answers 200 (plain text `OK`) when the client id and token are valid, 401
 * otherwise. Use it to test stored credentials.
 *
 */
export const getClientRequest = <ThrowOnError extends boolean = true>(options?: Options<GetClientData, ThrowOnError>): RequestResult<GetClientResponses, GetClientErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<GetClientResponses, GetClientErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/clients',
    ...options
});

/**
 * Replace the client's channel and webhook configuration
 *
 * Sends the client's **entire** configuration: the server diffs it against the
 * current one and applies the changes. Channels or webhooks left out are removed,
 * so always send everything. Answers the configured webhooks, each with the token the
 * server will send in `x-bp-messaging-webhook-token`; re-syncing the same URL keeps
 * its token.
 *
 * The seed document's older `/sync` also created clients (`id`/`token` in the body,
 * `{ id, token, webhooks }` in the answer). Server v1.2.x does not: create the client
 * with `createClient` and authenticate this call with its headers.
 *
 */
export const syncRequest = <ThrowOnError extends boolean = true>(options: Options<SyncData, ThrowOnError>): RequestResult<SyncResponses, SyncErrors, ThrowOnError, 'data'> => (options.client ?? client).post<SyncResponses, SyncErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/sync',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get the health of the client's channels
 *
 * Lists, per configured channel, the health events recorded by the server (created, configured, started, failures, ...).
 */
export const getHealthRequest = <ThrowOnError extends boolean = true>(options?: Options<GetHealthData, ThrowOnError>): RequestResult<GetHealthResponses, GetHealthErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<GetHealthResponses, GetHealthErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/health',
    ...options
});

/**
 * Create a user
 *
 * Creates a messaging user owned by the client. The request takes no body (any body key is a 400).
 */
export const createUserRequest = <ThrowOnError extends boolean = true>(options?: Options<CreateUserData, ThrowOnError>): RequestResult<CreateUserResponses, CreateUserErrors, ThrowOnError, 'data'> => (options?.client ?? client).post<CreateUserResponses, CreateUserErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/users',
    ...options
});

/**
 * Create a token for a user
 *
 * Creates a token that lets a user's own device (the webchat socket) authenticate as
 * that user. Answers 201 `{ id, token }`; keep the token, it is not shown again.
 *
 */
export const createUserTokenRequest = <ThrowOnError extends boolean = true>(options: Options<CreateUserTokenData, ThrowOnError>): RequestResult<CreateUserTokenResponses, CreateUserTokenErrors, ThrowOnError, 'data'> => (options.client ?? client).post<CreateUserTokenResponses, CreateUserTokenErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/users/tokens',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get a user
 *
 * Gets a user of the client by id.
 */
export const getUserRequest = <ThrowOnError extends boolean = true>(options: Options<GetUserData, ThrowOnError>): RequestResult<GetUserResponses, GetUserErrors, ThrowOnError, 'data'> => (options.client ?? client).get<GetUserResponses, GetUserErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/users/{id}',
    ...options
});

/**
 * Create a conversation
 *
 * Creates a conversation owned by a user of the client.
 */
export const createConversationRequest = <ThrowOnError extends boolean = true>(options: Options<CreateConversationData, ThrowOnError>): RequestResult<CreateConversationResponses, CreateConversationErrors, ThrowOnError, 'data'> => (options.client ?? client).post<CreateConversationResponses, CreateConversationErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/conversations',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get a conversation
 *
 * Gets a conversation of the client by id.
 */
export const getConversationRequest = <ThrowOnError extends boolean = true>(options: Options<GetConversationData, ThrowOnError>): RequestResult<GetConversationResponses, GetConversationErrors, ThrowOnError, 'data'> => (options.client ?? client).get<GetConversationResponses, GetConversationErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/conversations/{id}',
    ...options
});

/**
 * List the conversations of a user
 *
 * Lists the conversations of a user, most recent first, up to `limit`.
 */
export const listConversationsRequest = <ThrowOnError extends boolean = true>(options: Options<ListConversationsData, ThrowOnError>): RequestResult<ListConversationsResponses, ListConversationsErrors, ThrowOnError, 'data'> => (options.client ?? client).get<ListConversationsResponses, ListConversationsErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/conversations/user/{userId}',
    ...options
});

/**
 * Create a message
 *
 * Creates a message in a conversation. Omit `authorId` to send as the bot (the message
 * is then delivered to the user's channel); give a user id to record a user message
 * (the client's webhooks then receive `message.new`).
 *
 */
export const createMessageRequest = <ThrowOnError extends boolean = true>(options: Options<CreateMessageData, ThrowOnError>): RequestResult<CreateMessageResponses, CreateMessageErrors, ThrowOnError, 'data'> => (options.client ?? client).post<CreateMessageResponses, CreateMessageErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/messages',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Create a message and collect the replies
 *
 * Creates a user message, then waits for the messages created in the conversation in
 * reply (typically by the bot) and answers them with the created message. The wait
 * ends `timeout` milliseconds after the last reply (at most 50000). This sends a
 * message: it is never retried automatically.
 *
 */
export const createMessageAndCollectRequest = <ThrowOnError extends boolean = true>(options: Options<CreateMessageAndCollectData, ThrowOnError>): RequestResult<CreateMessageAndCollectResponses, CreateMessageAndCollectErrors, ThrowOnError, 'data'> => (options.client ?? client).post<CreateMessageAndCollectResponses, CreateMessageAndCollectErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/messages/collect',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * End the turn of a collected message
 *
 * Tells the server the bot has finished replying to a user message, so a pending
 * `createMessageAndCollect` call for that message answers now, with the replies so
 * far, instead of waiting for its `timeout`. `id` is the id of the collected user
 * message (the `message.id` of the `message.new` event with `collect: true`). Takes
 * no body; answers 200 (plain text `OK`).
 *
 */
export const endTurnRequest = <ThrowOnError extends boolean = true>(options: Options<EndTurnData, ThrowOnError>): RequestResult<EndTurnResponses, EndTurnErrors, ThrowOnError, 'data'> => (options.client ?? client).post<EndTurnResponses, EndTurnErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/messages/turn/{id}',
    ...options
});

/**
 * Delete a message
 *
 * Deletes a message of the client by id. Answers 204 with no body.
 */
export const deleteMessageRequest = <ThrowOnError extends boolean = true>(options: Options<DeleteMessageData, ThrowOnError>): RequestResult<DeleteMessageResponses, DeleteMessageErrors, ThrowOnError, 'data'> => (options.client ?? client).delete<DeleteMessageResponses, DeleteMessageErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/messages/{id}',
    ...options
});

/**
 * Get a message
 *
 * Gets a message of the client by id.
 */
export const getMessageRequest = <ThrowOnError extends boolean = true>(options: Options<GetMessageData, ThrowOnError>): RequestResult<GetMessageResponses, GetMessageErrors, ThrowOnError, 'data'> => (options.client ?? client).get<GetMessageResponses, GetMessageErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/messages/{id}',
    ...options
});

/**
 * Delete all messages of a conversation
 *
 * Deletes every message of a conversation and answers how many were deleted.
 */
export const deleteConversationMessagesRequest = <ThrowOnError extends boolean = true>(options: Options<DeleteConversationMessagesData, ThrowOnError>): RequestResult<DeleteConversationMessagesResponses, DeleteConversationMessagesErrors, ThrowOnError, 'data'> => (options.client ?? client).delete<DeleteConversationMessagesResponses, DeleteConversationMessagesErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/messages/conversation/{conversationId}',
    ...options
});

/**
 * List the messages of a conversation
 *
 * Lists the messages of a conversation, most recent first, up to `limit`, optionally only those sent before `from`.
 */
export const listMessagesRequest = <ThrowOnError extends boolean = true>(options: Options<ListMessagesData, ThrowOnError>): RequestResult<ListMessagesResponses, ListMessagesErrors, ThrowOnError, 'data'> => (options.client ?? client).get<ListMessagesResponses, ListMessagesErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/messages/conversation/{conversationId}',
    ...options
});

/**
 * Map an endpoint to a conversation
 *
 * Returns the conversation id of a channel endpoint (channel, identity, sender,
 * thread). The first call for an endpoint creates the user and conversation; every
 * later call with the same endpoint returns the same conversation id, so the call is
 * safe to repeat.
 *
 */
export const mapEndpointRequest = <ThrowOnError extends boolean = true>(options: Options<MapEndpointData, ThrowOnError>): RequestResult<MapEndpointResponses, MapEndpointErrors, ThrowOnError, 'data'> => (options.client ?? client).post<MapEndpointResponses, MapEndpointErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/endpoints/map',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * List the endpoints of a conversation
 *
 * Lists the channel endpoints mapped to a conversation.
 */
export const listConversationEndpointsRequest = <ThrowOnError extends boolean = true>(options: Options<ListConversationEndpointsData, ThrowOnError>): RequestResult<ListConversationEndpointsResponses, ListConversationEndpointsErrors, ThrowOnError, 'data'> => (options.client ?? client).get<ListConversationEndpointsResponses, ListConversationEndpointsErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/endpoints/conversation/{conversationId}',
    ...options
});

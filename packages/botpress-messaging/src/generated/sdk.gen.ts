// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { Client, ClientMeta, Options as Options2, TDataShape } from '@parley/runtime';

import { createClientOperation, createConversationOperation, createMessageAndCollectOperation, createMessageOperation, createUserOperation, createUserTokenOperation, deleteConversationMessagesOperation, deleteMessageOperation, endTurnOperation, getClientOperation, getConversationOperation, getHealthOperation, getMessageOperation, getUserOperation, listConversationEndpointsOperation, listConversationsOperation, listMessagesOperation, mapEndpointOperation, renameClientOperation, syncOperation } from './operations.gen.js';
import { createClientRequest, createConversationRequest, createMessageAndCollectRequest, createMessageRequest, createUserRequest, createUserTokenRequest, deleteConversationMessagesRequest, deleteMessageRequest, endTurnRequest, getClientRequest, getConversationRequest, getHealthRequest, getMessageRequest, getUserRequest, listConversationEndpointsRequest, listConversationsRequest, listMessagesRequest, mapEndpointRequest, renameClientRequest, syncRequest } from './requests.gen.js';

export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client?: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: keyof ClientMeta extends never ? Record<string, unknown> : ClientMeta;
};

/**
 * Create a client
 *
 * Creates a client and its first token. Admin route: when the server runs with an
 * `ADMIN_KEY`, the `x-bp-messaging-admin-key` header must carry it; without one the
 * route is open. Keep the returned token: it is not shown again.
 *
 */
export const createClient: typeof createClientRequest = options => createClientRequest({ operation: createClientOperation, ...options });

/**
 * Rename a client
 *
 * Sets a client's display name. Admin route, like `createClient`. Answers 200 (plain
 * text `OK`) when the name changed and 204 with no body when the client already had
 * that name. The v1.2.18 server also answers 200 for a client id it does not know.
 *
 */
export const renameClient: typeof renameClientRequest = options => renameClientRequest({ operation: renameClientOperation, ...options });

/**
 * Check the client's credentials
 *
 * Answers 200 (plain text `OK`) when the client id and token are valid, 401
 * otherwise. Use it to test stored credentials.
 *
 */
export const getClient: typeof getClientRequest = options => getClientRequest({ operation: getClientOperation, ...options });

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
export const sync: typeof syncRequest = options => syncRequest({ operation: syncOperation, ...options });

/**
 * Get the health of the client's channels
 *
 * Lists, per configured channel, the health events recorded by the server (created, configured, started, failures, ...).
 */
export const getHealth: typeof getHealthRequest = options => getHealthRequest({ operation: getHealthOperation, ...options });

/**
 * Create a user
 *
 * Creates a messaging user owned by the client. The request takes no body (any body key is a 400).
 */
export const createUser: typeof createUserRequest = options => createUserRequest({ operation: createUserOperation, ...options });

/**
 * Create a token for a user
 *
 * Creates a token that lets a user's own device (the webchat socket) authenticate as
 * that user. Answers 201 `{ id, token }`; keep the token, it is not shown again.
 *
 */
export const createUserToken: typeof createUserTokenRequest = options => createUserTokenRequest({ operation: createUserTokenOperation, ...options });

/**
 * Get a user
 *
 * Gets a user of the client by id.
 */
export const getUser: typeof getUserRequest = options => getUserRequest({ operation: getUserOperation, ...options });

/**
 * Create a conversation
 *
 * Creates a conversation owned by a user of the client.
 */
export const createConversation: typeof createConversationRequest = options => createConversationRequest({ operation: createConversationOperation, ...options });

/**
 * Get a conversation
 *
 * Gets a conversation of the client by id.
 */
export const getConversation: typeof getConversationRequest = options => getConversationRequest({ operation: getConversationOperation, ...options });

/**
 * List the conversations of a user
 *
 * Lists the conversations of a user, most recent first, up to `limit`.
 */
export const listConversations: typeof listConversationsRequest = options => listConversationsRequest({ operation: listConversationsOperation, ...options });

/**
 * Create a message
 *
 * Creates a message in a conversation. Omit `authorId` to send as the bot (the message
 * is then delivered to the user's channel); give a user id to record a user message
 * (the client's webhooks then receive `message.new`).
 *
 */
export const createMessage: typeof createMessageRequest = options => createMessageRequest({ operation: createMessageOperation, ...options });

/**
 * Create a message and collect the replies
 *
 * Creates a user message, then waits for the messages created in the conversation in
 * reply (typically by the bot) and answers them with the created message. The wait
 * ends `timeout` milliseconds after the last reply (at most 50000). This sends a
 * message: it is never retried automatically.
 *
 */
export const createMessageAndCollect: typeof createMessageAndCollectRequest = options => createMessageAndCollectRequest({ operation: createMessageAndCollectOperation, ...options });

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
export const endTurn: typeof endTurnRequest = options => endTurnRequest({ operation: endTurnOperation, ...options });

/**
 * Delete a message
 *
 * Deletes a message of the client by id. Answers 204 with no body.
 */
export const deleteMessage: typeof deleteMessageRequest = options => deleteMessageRequest({ operation: deleteMessageOperation, ...options });

/**
 * Get a message
 *
 * Gets a message of the client by id.
 */
export const getMessage: typeof getMessageRequest = options => getMessageRequest({ operation: getMessageOperation, ...options });

/**
 * Delete all messages of a conversation
 *
 * Deletes every message of a conversation and answers how many were deleted.
 */
export const deleteConversationMessages: typeof deleteConversationMessagesRequest = options => deleteConversationMessagesRequest({ operation: deleteConversationMessagesOperation, ...options });

/**
 * List the messages of a conversation
 *
 * Lists the messages of a conversation, most recent first, up to `limit`, optionally only those sent before `from`.
 */
export const listMessages: typeof listMessagesRequest = options => listMessagesRequest({ operation: listMessagesOperation, ...options });

/**
 * Map an endpoint to a conversation
 *
 * Returns the conversation id of a channel endpoint (channel, identity, sender,
 * thread). The first call for an endpoint creates the user and conversation; every
 * later call with the same endpoint returns the same conversation id, so the call is
 * safe to repeat.
 *
 */
export const mapEndpoint: typeof mapEndpointRequest = options => mapEndpointRequest({ operation: mapEndpointOperation, ...options });

/**
 * List the endpoints of a conversation
 *
 * Lists the channel endpoints mapped to a conversation.
 */
export const listConversationEndpoints: typeof listConversationEndpointsRequest = options => listConversationEndpointsRequest({ operation: listConversationEndpointsOperation, ...options });

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { CredentialOptionTable, OperationInfo, OperationTable, SecuritySchemeTable } from '@parley/runtime/internal';

export const createClientOperation: OperationInfo = { id: 'createClient', security: [['adminKey'], []] };

export const renameClientOperation: OperationInfo = {
    id: 'renameClient',
    security: [['adminKey'], []],
    bodyRequired: true,
    requiredBody: ['id', 'name']
};

export const getClientOperation: OperationInfo = { id: 'getClient', responseKind: 'text' };

export const syncOperation: OperationInfo = {
    id: 'sync',
    bodyRequired: true,
    idempotent: true
};

export const getHealthOperation: OperationInfo = { id: 'getHealth' };

export const createUserOperation: OperationInfo = { id: 'createUser' };

export const createUserTokenOperation: OperationInfo = {
    id: 'createUserToken',
    bodyRequired: true,
    requiredBody: ['userId']
};

export const getUserOperation: OperationInfo = { id: 'getUser', scalars: ['path.id'] };

export const createConversationOperation: OperationInfo = {
    id: 'createConversation',
    bodyRequired: true,
    requiredBody: ['userId']
};

export const getConversationOperation: OperationInfo = { id: 'getConversation', scalars: ['path.id'] };

export const listConversationsOperation: OperationInfo = { id: 'listConversations', scalars: ['path.userId', 'query.limit'] };

export const createMessageOperation: OperationInfo = {
    id: 'createMessage',
    bodyRequired: true,
    requiredBody: ['conversationId', 'payload']
};

export const createMessageAndCollectOperation: OperationInfo = {
    id: 'createMessageAndCollect',
    bodyRequired: true,
    idempotent: false,
    requiredBody: [
        'conversationId',
        'authorId',
        'payload'
    ]
};

export const endTurnOperation: OperationInfo = {
    id: 'endTurn',
    idempotent: true,
    responseKind: 'text',
    scalars: ['path.id']
};

export const deleteMessageOperation: OperationInfo = {
    id: 'deleteMessage',
    responseKind: 'empty',
    scalars: ['path.id']
};

export const getMessageOperation: OperationInfo = { id: 'getMessage', scalars: ['path.id'] };

export const deleteConversationMessagesOperation: OperationInfo = { id: 'deleteConversationMessages', scalars: ['path.conversationId'] };

export const listMessagesOperation: OperationInfo = { id: 'listMessages', scalars: [
        'path.conversationId',
        'query.limit',
        'query.from'
    ] };

export const mapEndpointOperation: OperationInfo = {
    id: 'mapEndpoint',
    bodyRequired: true,
    idempotent: true,
    requiredBody: [
        'channel',
        'identity',
        'sender',
        'thread'
    ]
};

export const listConversationEndpointsOperation: OperationInfo = { id: 'listConversationEndpoints', scalars: ['path.conversationId'] };

/**
 * Every operation by `"<METHOD> <url template>"`.
 */
export const operations: OperationTable = {
    'POST /api/v1/admin/clients': createClientOperation,
    'PUT /api/v1/admin/clients/name': renameClientOperation,
    'GET /api/v1/clients': getClientOperation,
    'POST /api/v1/sync': syncOperation,
    'GET /api/v1/health': getHealthOperation,
    'POST /api/v1/users': createUserOperation,
    'POST /api/v1/users/tokens': createUserTokenOperation,
    'GET /api/v1/users/{id}': getUserOperation,
    'POST /api/v1/conversations': createConversationOperation,
    'GET /api/v1/conversations/{id}': getConversationOperation,
    'GET /api/v1/conversations/user/{userId}': listConversationsOperation,
    'POST /api/v1/messages': createMessageOperation,
    'POST /api/v1/messages/collect': createMessageAndCollectOperation,
    'POST /api/v1/messages/turn/{id}': endTurnOperation,
    'DELETE /api/v1/messages/{id}': deleteMessageOperation,
    'GET /api/v1/messages/{id}': getMessageOperation,
    'DELETE /api/v1/messages/conversation/{conversationId}': deleteConversationMessagesOperation,
    'GET /api/v1/messages/conversation/{conversationId}': listMessagesOperation,
    'POST /api/v1/endpoints/map': mapEndpointOperation,
    'GET /api/v1/endpoints/conversation/{conversationId}': listConversationEndpointsOperation
};

export const securitySchemes: SecuritySchemeTable = {
    clientId: {
        type: 'apiKey',
        in: 'header',
        name: 'x-bp-messaging-client-id'
    },
    clientToken: {
        type: 'apiKey',
        in: 'header',
        name: 'x-bp-messaging-client-token'
    },
    adminKey: {
        type: 'apiKey',
        in: 'header',
        name: 'x-bp-messaging-admin-key'
    }
};

/**
 * The spec's top-level security, for every operation of the table that names none.
 */
export const defaultSecurity: ReadonlyArray<ReadonlyArray<string>> = [['clientId', 'clientToken']];

/**
 * The credential options of a client factory, one set per security scheme of the spec.
 */
export type CredentialOptions = {
    /**
     * Credential of the `clientId` scheme: API key sent in the header `x-bp-messaging-client-id`. The client's id (a GUID). Always sent together with `x-bp-messaging-client-token`.
     */
    clientId?: string;
    /**
     * Credential of the `clientToken` scheme: API key sent in the header `x-bp-messaging-client-token`. The client's token, as returned by `createClient`. Always sent together with `x-bp-messaging-client-id`.
     */
    clientToken?: string;
    /**
     * Credential of the `adminKey` scheme: API key sent in the header `x-bp-messaging-admin-key`. The server's `ADMIN_KEY`, for admin routes. Optional when the server runs without one.
     */
    adminKey?: string;
};

/**
 * Which `CredentialOptions` give each scheme's credential (`credentialsFromOptions` of @parley/runtime/internal).
 */
export const credentialOptions: CredentialOptionTable = {
    clientId: { kind: 'secret', option: 'clientId' },
    clientToken: { kind: 'secret', option: 'clientToken' },
    adminKey: { kind: 'secret', option: 'adminKey' }
};

/**
 * The spec's first server with its variables at their defaults.
 */
export const defaultBaseUrl = 'http://localhost:3100';

/**
 * The spec's server URL template and variable defaults (`{tenant}`, ...).
 */
export const serverTemplate = { url: '{messagingUrl}', variables: { messagingUrl: 'http://localhost:3100' } } as const;

export type OperationId = 'createClient' | 'renameClient' | 'getClient' | 'sync' | 'getHealth' | 'createUser' | 'createUserToken' | 'getUser' | 'createConversation' | 'getConversation' | 'listConversations' | 'createMessage' | 'createMessageAndCollect' | 'endTurn' | 'deleteMessage' | 'getMessage' | 'deleteConversationMessages' | 'listMessages' | 'mapEndpoint' | 'listConversationEndpoints';

/**
 * The spec's top-level `webhooks`: wire event name, handler operationId, summary.
 */
export const webhookEvents = [
    {
        event: 'user.new',
        operationId: 'onUserNew',
        summary: 'A user was created'
    },
    {
        event: 'user.updated',
        operationId: 'onUserUpdated',
        summary: 'A user was updated'
    },
    {
        event: 'conversation.new',
        operationId: 'onConversationNew',
        summary: 'A conversation was created'
    },
    {
        event: 'conversation.started',
        operationId: 'onConversationStarted',
        summary: 'A conversation was started on a channel'
    },
    {
        event: 'message.new',
        operationId: 'onMessageNew',
        summary: 'A message was created'
    },
    {
        event: 'message.feedback',
        operationId: 'onMessageFeedback',
        summary: 'A user gave feedback on a message'
    },
    {
        event: 'health.new',
        operationId: 'onHealthNew',
        summary: 'A channel health event was recorded'
    }
] as const;

/**
 * The answer header that carries the vendor's id for a request (`x-parley-request-id` of the spec's
 * `info`, else `x-request-id`): `requestId` of `withResponse()` and of errors.
 */
export const requestIdHeader = 'x-request-id';

export const apiTitle = 'Botpress Messaging client API';

export const apiVersion = '1.2.0';

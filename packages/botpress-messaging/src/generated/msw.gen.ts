// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import { createAllHandlers, type HandlersOptions, type HttpHandler, type MockAnswer, type MockedOperation, mockOperation, type MockOptions, type MockResolver } from '@parley/runtime/msw';

import type { CreateClientData, CreateClientErrors, CreateClientResponses, CreateConversationData, CreateConversationErrors, CreateConversationResponses, CreateMessageAndCollectData, CreateMessageAndCollectErrors, CreateMessageAndCollectResponses, CreateMessageData, CreateMessageErrors, CreateMessageResponses, CreateUserData, CreateUserErrors, CreateUserResponses, CreateUserTokenData, CreateUserTokenErrors, CreateUserTokenResponses, DeleteConversationMessagesData, DeleteConversationMessagesErrors, DeleteConversationMessagesResponses, DeleteMessageData, DeleteMessageErrors, DeleteMessageResponses, EndTurnData, EndTurnErrors, EndTurnResponses, GetClientData, GetClientErrors, GetClientResponses, GetConversationData, GetConversationErrors, GetConversationResponses, GetHealthData, GetHealthErrors, GetHealthResponses, GetMessageData, GetMessageErrors, GetMessageResponses, GetUserData, GetUserErrors, GetUserResponses, ListConversationEndpointsData, ListConversationEndpointsErrors, ListConversationEndpointsResponses, ListConversationsData, ListConversationsErrors, ListConversationsResponses, ListMessagesData, ListMessagesErrors, ListMessagesResponses, MapEndpointData, MapEndpointErrors, MapEndpointResponses, RenameClientData, RenameClientErrors, RenameClientResponses, SyncData, SyncErrors, SyncResponses } from './types.gen.js';

const createClientMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/admin/clients',
    status: 201,
    mediaType: 'application/json',
    example: {
        id: '9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40',
        token: '4f7d0c1e-8b2a-4c3d-9e5f-6a7b8c9d0e1f.Zm9yLWRvY3Mtb25seS1ub3QtYS1yZWFsLXRva2Vu'
    }
};

/**
 * `POST /api/v1/admin/clients` (Create a client): answers the spec's example
 * (201) unless given another answer or an MSW resolver.
 */
export const createClientHandler = (answer?: MockAnswer<CreateClientResponses & CreateClientErrors> | MockResolver<CreateClientData, CreateClientResponses & CreateClientErrors>, options?: MockOptions): HttpHandler => mockOperation(createClientMock, answer, options);

const renameClientMock: MockedOperation = {
    method: 'put',
    path: '/api/v1/admin/clients/name',
    status: 200,
    mediaType: 'text/plain',
    example: 'OK'
};

/**
 * `PUT /api/v1/admin/clients/name` (Rename a client): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const renameClientHandler = (answer?: MockAnswer<RenameClientResponses & RenameClientErrors> | MockResolver<RenameClientData, RenameClientResponses & RenameClientErrors>, options?: MockOptions): HttpHandler => mockOperation(renameClientMock, answer, options);

const getClientMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/clients',
    status: 200,
    mediaType: 'text/plain',
    example: 'OK'
};

/**
 * `GET /api/v1/clients` (Check the client's credentials): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const getClientHandler = (answer?: MockAnswer<GetClientResponses & GetClientErrors> | MockResolver<GetClientData, GetClientResponses & GetClientErrors>, options?: MockOptions): HttpHandler => mockOperation(getClientMock, answer, options);

const syncMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/sync',
    status: 200,
    mediaType: 'application/json',
    example: {
        webhooks: [
            {
                url: 'https://mywebsite.com/mycallback',
                token: '2b9e4f7a1c6d8e0f3a5b7c9d1e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f'
            }
        ]
    }
};

/**
 * `POST /api/v1/sync` (Replace the client's channel and webhook configuration): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const syncHandler = (answer?: MockAnswer<SyncResponses & SyncErrors> | MockResolver<SyncData, SyncResponses & SyncErrors>, options?: MockOptions): HttpHandler => mockOperation(syncMock, answer, options);

const getHealthMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/health',
    status: 200,
    mediaType: 'application/json',
    example: {
        channels: {
            telegram: {
                events: [
                    {
                        type: 'configure',
                        time: '2022-03-14T15:09:26.535Z'
                    },
                    {
                        type: 'initialize',
                        time: '2022-03-14T15:09:27.102Z'
                    }
                ]
            }
        }
    }
};

/**
 * `GET /api/v1/health` (Get the health of the client's channels): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const getHealthHandler = (answer?: MockAnswer<GetHealthResponses & GetHealthErrors> | MockResolver<GetHealthData, GetHealthResponses & GetHealthErrors>, options?: MockOptions): HttpHandler => mockOperation(getHealthMock, answer, options);

const createUserMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/users',
    status: 201,
    mediaType: 'application/json',
    example: {
        id: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
        clientId: '9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40'
    }
};

/**
 * `POST /api/v1/users` (Create a user): answers the spec's example
 * (201) unless given another answer or an MSW resolver.
 */
export const createUserHandler = (answer?: MockAnswer<CreateUserResponses & CreateUserErrors> | MockResolver<CreateUserData, CreateUserResponses & CreateUserErrors>, options?: MockOptions): HttpHandler => mockOperation(createUserMock, answer, options);

const createUserTokenMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/users/tokens',
    status: 201,
    mediaType: 'application/json',
    example: {
        id: '5c8e1f3a-2b7d-4e9c-8a1f-6d3b9e0c4a72',
        token: '5c8e1f3a-2b7d-4e9c-8a1f-6d3b9e0c4a72.cXVpZXQtbW9ybmluZy1pbi10aGUtb2ZmaWNlLTIwMjY'
    }
};

/**
 * `POST /api/v1/users/tokens` (Create a token for a user): answers the spec's example
 * (201) unless given another answer or an MSW resolver.
 */
export const createUserTokenHandler = (answer?: MockAnswer<CreateUserTokenResponses & CreateUserTokenErrors> | MockResolver<CreateUserTokenData, CreateUserTokenResponses & CreateUserTokenErrors>, options?: MockOptions): HttpHandler => mockOperation(createUserTokenMock, answer, options);

const getUserMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/users/:id',
    status: 200,
    mediaType: 'application/json',
    example: {
        id: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
        clientId: '9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40'
    }
};

/**
 * `GET /api/v1/users/{id}` (Get a user): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const getUserHandler = (answer?: MockAnswer<GetUserResponses & GetUserErrors> | MockResolver<GetUserData, GetUserResponses & GetUserErrors>, options?: MockOptions): HttpHandler => mockOperation(getUserMock, answer, options);

const createConversationMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/conversations',
    status: 201,
    mediaType: 'application/json',
    example: {
        id: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f',
        clientId: '9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40',
        userId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
        createdOn: '2022-03-14T15:10:02.318Z'
    }
};

/**
 * `POST /api/v1/conversations` (Create a conversation): answers the spec's example
 * (201) unless given another answer or an MSW resolver.
 */
export const createConversationHandler = (answer?: MockAnswer<CreateConversationResponses & CreateConversationErrors> | MockResolver<CreateConversationData, CreateConversationResponses & CreateConversationErrors>, options?: MockOptions): HttpHandler => mockOperation(createConversationMock, answer, options);

const getConversationMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/conversations/:id',
    status: 200,
    mediaType: 'application/json',
    example: {
        id: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f',
        clientId: '9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40',
        userId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
        createdOn: '2022-03-14T15:10:02.318Z'
    }
};

/**
 * `GET /api/v1/conversations/{id}` (Get a conversation): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const getConversationHandler = (answer?: MockAnswer<GetConversationResponses & GetConversationErrors> | MockResolver<GetConversationData, GetConversationResponses & GetConversationErrors>, options?: MockOptions): HttpHandler => mockOperation(getConversationMock, answer, options);

const listConversationsMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/conversations/user/:userId',
    status: 200,
    mediaType: 'application/json',
    example: [
        {
            id: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f',
            clientId: '9d3c2a51-6c4e-4b8e-9f3a-2b7c1e5d8a40',
            userId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
            createdOn: '2022-03-14T15:10:02.318Z'
        }
    ]
};

/**
 * `GET /api/v1/conversations/user/{userId}` (List the conversations of a user): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listConversationsHandler = (answer?: MockAnswer<ListConversationsResponses & ListConversationsErrors> | MockResolver<ListConversationsData, ListConversationsResponses & ListConversationsErrors>, options?: MockOptions): HttpHandler => mockOperation(listConversationsMock, answer, options);

const createMessageMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/messages',
    status: 201,
    mediaType: 'application/json',
    example: {
        id: '1e5b7c93-4a2d-4e8f-a6b0-3c9d5e7f1a28',
        conversationId: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f',
        sentOn: '2022-03-14T15:11:45.920Z',
        payload: {
            type: 'text',
            text: 'Hello! How can I help you?'
        }
    }
};

/**
 * `POST /api/v1/messages` (Create a message): answers the spec's example
 * (201) unless given another answer or an MSW resolver.
 */
export const createMessageHandler = (answer?: MockAnswer<CreateMessageResponses & CreateMessageErrors> | MockResolver<CreateMessageData, CreateMessageResponses & CreateMessageErrors>, options?: MockOptions): HttpHandler => mockOperation(createMessageMock, answer, options);

const createMessageAndCollectMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/messages/collect',
    status: 201,
    mediaType: 'application/json',
    example: {
        message: {
            id: '8c4a2e61-9d3b-4f7a-b1c5-2e6d8f0a4b97',
            conversationId: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f',
            authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
            sentOn: '2022-03-14T15:12:03.004Z',
            payload: {
                type: 'text',
                text: 'What are your opening hours?'
            }
        },
        responses: [
            {
                id: '2a7d9f14-6b3e-4c8a-9d05-7e1f3b5c9a62',
                conversationId: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f',
                sentOn: '2022-03-14T15:12:03.612Z',
                payload: {
                    type: 'text',
                    text: 'We are open from 9 am to 5 pm, Monday to Friday.'
                }
            }
        ]
    }
};

/**
 * `POST /api/v1/messages/collect` (Create a message and collect the replies): answers the spec's example
 * (201) unless given another answer or an MSW resolver.
 */
export const createMessageAndCollectHandler = (answer?: MockAnswer<CreateMessageAndCollectResponses & CreateMessageAndCollectErrors> | MockResolver<CreateMessageAndCollectData, CreateMessageAndCollectResponses & CreateMessageAndCollectErrors>, options?: MockOptions): HttpHandler => mockOperation(createMessageAndCollectMock, answer, options);

const endTurnMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/messages/turn/:id',
    status: 200,
    mediaType: 'text/plain',
    example: 'OK'
};

/**
 * `POST /api/v1/messages/turn/{id}` (End the turn of a collected message): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const endTurnHandler = (answer?: MockAnswer<EndTurnResponses & EndTurnErrors> | MockResolver<EndTurnData, EndTurnResponses & EndTurnErrors>, options?: MockOptions): HttpHandler => mockOperation(endTurnMock, answer, options);

const deleteMessageMock: MockedOperation = {
    method: 'delete',
    path: '/api/v1/messages/:id',
    status: 204
};

/**
 * `DELETE /api/v1/messages/{id}` (Delete a message): answers the spec's example
 * (204) unless given another answer or an MSW resolver.
 */
export const deleteMessageHandler = (answer?: MockAnswer<DeleteMessageResponses & DeleteMessageErrors> | MockResolver<DeleteMessageData, DeleteMessageResponses & DeleteMessageErrors>, options?: MockOptions): HttpHandler => mockOperation(deleteMessageMock, answer, options);

const getMessageMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/messages/:id',
    status: 200,
    mediaType: 'application/json',
    example: {
        id: '8c4a2e61-9d3b-4f7a-b1c5-2e6d8f0a4b97',
        conversationId: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f',
        authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
        sentOn: '2022-03-14T15:12:03.004Z',
        payload: {
            type: 'text',
            text: 'What are your opening hours?'
        }
    }
};

/**
 * `GET /api/v1/messages/{id}` (Get a message): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const getMessageHandler = (answer?: MockAnswer<GetMessageResponses & GetMessageErrors> | MockResolver<GetMessageData, GetMessageResponses & GetMessageErrors>, options?: MockOptions): HttpHandler => mockOperation(getMessageMock, answer, options);

const deleteConversationMessagesMock: MockedOperation = {
    method: 'delete',
    path: '/api/v1/messages/conversation/:conversationId',
    status: 200,
    mediaType: 'application/json',
    example: {
        count: 2
    }
};

/**
 * `DELETE /api/v1/messages/conversation/{conversationId}` (Delete all messages of a conversation): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const deleteConversationMessagesHandler = (answer?: MockAnswer<DeleteConversationMessagesResponses & DeleteConversationMessagesErrors> | MockResolver<DeleteConversationMessagesData, DeleteConversationMessagesResponses & DeleteConversationMessagesErrors>, options?: MockOptions): HttpHandler => mockOperation(deleteConversationMessagesMock, answer, options);

const listMessagesMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/messages/conversation/:conversationId',
    status: 200,
    mediaType: 'application/json',
    example: [
        {
            id: '2a7d9f14-6b3e-4c8a-9d05-7e1f3b5c9a62',
            conversationId: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f',
            authorId: null,
            sentOn: '2022-03-14T15:12:03.612Z',
            payload: {
                type: 'text',
                text: 'We are open from 9 am to 5 pm, Monday to Friday.'
            }
        },
        {
            id: '8c4a2e61-9d3b-4f7a-b1c5-2e6d8f0a4b97',
            conversationId: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f',
            authorId: '3f1e8a52-7b4c-4d9e-8a61-5c2d0b9e7f13',
            sentOn: '2022-03-14T15:12:03.004Z',
            payload: {
                type: 'text',
                text: 'What are your opening hours?'
            }
        }
    ]
};

/**
 * `GET /api/v1/messages/conversation/{conversationId}` (List the messages of a conversation): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listMessagesHandler = (answer?: MockAnswer<ListMessagesResponses & ListMessagesErrors> | MockResolver<ListMessagesData, ListMessagesResponses & ListMessagesErrors>, options?: MockOptions): HttpHandler => mockOperation(listMessagesMock, answer, options);

const mapEndpointMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/endpoints/map',
    status: 200,
    mediaType: 'application/json',
    example: {
        conversationId: '6b2d4e8f-1a3c-4b5d-9e7f-0a1b2c3d4e5f'
    }
};

/**
 * `POST /api/v1/endpoints/map` (Map an endpoint to a conversation): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const mapEndpointHandler = (answer?: MockAnswer<MapEndpointResponses & MapEndpointErrors> | MockResolver<MapEndpointData, MapEndpointResponses & MapEndpointErrors>, options?: MockOptions): HttpHandler => mockOperation(mapEndpointMock, answer, options);

const listConversationEndpointsMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/endpoints/conversation/:conversationId',
    status: 200,
    mediaType: 'application/json',
    example: [
        {
            channel: {
                name: 'telegram',
                version: '1.0.0'
            },
            identity: '*',
            sender: '481516234',
            thread: '481516234'
        }
    ]
};

/**
 * `GET /api/v1/endpoints/conversation/{conversationId}` (List the endpoints of a conversation): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listConversationEndpointsHandler = (answer?: MockAnswer<ListConversationEndpointsResponses & ListConversationEndpointsErrors> | MockResolver<ListConversationEndpointsData, ListConversationEndpointsResponses & ListConversationEndpointsErrors>, options?: MockOptions): HttpHandler => mockOperation(listConversationEndpointsMock, answer, options);

/**
 * Each operation's handler factory by SDK function name, most specific paths first.
 */
export const handlerFactories = {
    renameClient: renameClientHandler,
    listConversations: listConversationsHandler,
    endTurn: endTurnHandler,
    deleteConversationMessages: deleteConversationMessagesHandler,
    listMessages: listMessagesHandler,
    listConversationEndpoints: listConversationEndpointsHandler,
    createClient: createClientHandler,
    createUserToken: createUserTokenHandler,
    createMessageAndCollect: createMessageAndCollectHandler,
    mapEndpoint: mapEndpointHandler,
    getUser: getUserHandler,
    getConversation: getConversationHandler,
    deleteMessage: deleteMessageHandler,
    getMessage: getMessageHandler,
    getClient: getClientHandler,
    sync: syncHandler,
    getHealth: getHealthHandler,
    createUser: createUserHandler,
    createConversation: createConversationHandler,
    createMessage: createMessageHandler
};

/**
 * One MSW handler per operation, answering the spec's examples; `answers` replaces some:
 * `setupServer(...createHandlers({ answers: { getUser: { status: 404, body } } }))`.
 */
export const createHandlers = (options?: HandlersOptions<typeof handlerFactories>): Array<HttpHandler> => createAllHandlers(handlerFactories, options);

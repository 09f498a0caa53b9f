// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import { createAllHandlers, type HandlersOptions, type HttpHandler, type MockAnswer, type MockedOperation, mockOperation, type MockOptions, type MockResolver } from '@parley/runtime/msw';

import type { ListAgentMessagesData, ListAgentMessagesErrors, ListAgentMessagesResponses, PostAgentMessageData, PostAgentMessageErrors, PostAgentMessageResponses } from './types.gen.js';

const postAgentMessageMock: MockedOperation = {
    method: 'post',
    path: '/bots_api/v1/messages.json',
    status: 200,
    mediaType: 'application/json',
    example: {
        success: true
    }
};

/**
 * `POST /bots_api/v1/messages.json` (Post a message to an agent): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const postAgentMessageHandler = (answer?: MockAnswer<PostAgentMessageResponses & PostAgentMessageErrors> | MockResolver<PostAgentMessageData, PostAgentMessageResponses & PostAgentMessageErrors>, options?: MockOptions): HttpHandler => mockOperation(postAgentMessageMock, answer, options);

const listAgentMessagesMock: MockedOperation = {
    method: 'get',
    path: '/v1/messages.json',
    status: 200,
    mediaType: 'application/json',
    example: {
        current_page: 1,
        per_page: 25,
        total_entries: 3,
        total_pages: 1,
        time_token: 1569267790.2208116,
        entries: [
            {
                uuid: '5e8d2c71-0b3a-4f96-9d47-a1c6e2f8b305',
                content: 'Your order V5678 left our kitchen at 19:42 and should reach you by 20:10.',
                content_type: 'text',
                created_at: 1569267785.02114,
                user: {
                    first_name: 'Mac Pizza Agent',
                    last_name: '',
                    layer_id: 'fe8ee61c-f039-4cdc-8986-5bebec9edf08',
                    email: null,
                    phone: null,
                    avatar: false,
                    avatar_updated_at: null,
                    avaamo_id: 5713616
                },
                timetoken: 1569267785021140,
                external_source: null,
                device_uuid: 'b05fde04-2242-419b-bf12-49f79e5f9d74',
                request_message_uuid: '9a4c1e6f-3b27-4d58-8e09-f2b7c5d1a643',
                sequence: '1/1',
                custom_properties: {},
                agent_message_uuid: null,
                read_acks: [],
                attachments: [],
                conversation: {
                    uuid: '1faa40c8253e65aa02bfd02fd8643d35',
                    mode: false,
                    display_name: 'Mac Pizza Agent,John',
                    locale: 'en-GB'
                }
            },
            {
                uuid: '3c9a7e21-5f4b-4d8c-a2e6-9b1f0d7c4a58',
                content: 'Noted, John: the rider will ring twice when he gets to you.',
                content_type: 'text',
                created_at: 1569267100.87205,
                user: {
                    first_name: 'Mac Pizza Agent',
                    last_name: '',
                    layer_id: 'fe8ee61c-f039-4cdc-8986-5bebec9edf08',
                    email: null,
                    phone: null,
                    avatar: false,
                    avatar_updated_at: null,
                    avaamo_id: 5713616
                },
                timetoken: 1569267100872050,
                external_source: null,
                device_uuid: 'b05fde04-2242-419b-bf12-49f79e5f9d74',
                request_message_uuid: '5d2f8b14-0a7e-4c93-b6d1-8e4f2a9c7b03',
                sequence: '1/1',
                custom_properties: {},
                agent_message_uuid: null,
                read_acks: [],
                attachments: [],
                conversation: {
                    uuid: '1faa40c8253e65aa02bfd02fd8643d35',
                    mode: false,
                    display_name: 'Mac Pizza Agent,John',
                    locale: 'en-GB'
                }
            },
            {
                uuid: '7b1e3f52-9c4d-4e8a-b6f1-2d5a8c9e0f31',
                content: 'Thanks, John! Order V5678 is in: one large Margherita, leaving our kitchen by 19:45.',
                content_type: 'text',
                created_at: 1569267012.41322,
                user: {
                    first_name: 'Mac Pizza Agent',
                    last_name: '',
                    layer_id: 'fe8ee61c-f039-4cdc-8986-5bebec9edf08',
                    email: null,
                    phone: null,
                    avatar: false,
                    avatar_updated_at: null,
                    avaamo_id: 5713616
                },
                timetoken: 1569267012413220,
                external_source: null,
                device_uuid: 'b05fde04-2242-419b-bf12-49f79e5f9d74',
                request_message_uuid: '14b92488-a3b4-4a10-9384-dd80f425f4f3',
                sequence: '1/1',
                custom_properties: {},
                agent_message_uuid: null,
                read_acks: [],
                attachments: [],
                conversation: {
                    uuid: '1faa40c8253e65aa02bfd02fd8643d35',
                    mode: false,
                    display_name: 'Mac Pizza Agent,John',
                    locale: 'en-GB'
                }
            }
        ]
    }
};

/**
 * `GET /v1/messages.json` (List the agent's latest messages): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listAgentMessagesHandler = (answer?: MockAnswer<ListAgentMessagesResponses & ListAgentMessagesErrors> | MockResolver<ListAgentMessagesData, ListAgentMessagesResponses & ListAgentMessagesErrors>, options?: MockOptions): HttpHandler => mockOperation(listAgentMessagesMock, answer, options);

/**
 * Each operation's handler factory by SDK function name, most specific paths first.
 */
export const handlerFactories = {
    postAgentMessage: postAgentMessageHandler,
    listAgentMessages: listAgentMessagesHandler
};

/**
 * One MSW handler per operation, answering the spec's examples; `answers` replaces some:
 * `setupServer(...createHandlers({ answers: { getUser: { status: 404, body } } }))`.
 */
export const createHandlers = (options?: HandlersOptions<typeof handlerFactories>): Array<HttpHandler> => createAllHandlers(handlerFactories, options);

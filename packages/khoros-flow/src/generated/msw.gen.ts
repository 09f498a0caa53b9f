// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import { createAllHandlers, type HandlersOptions, type HttpHandler, type MockAnswer, type MockedOperation, mockOperation, type MockOptions, type MockResolver } from '@parley/runtime/msw';

import type { BroadcastToPhoneNumbersData, BroadcastToPhoneNumbersErrors, BroadcastToPhoneNumbersResponses, BroadcastToSegmentsData, BroadcastToSegmentsErrors, BroadcastToSegmentsResponses, GenerateThreadIdData, GenerateThreadIdErrors, GenerateThreadIdResponses, GetBotStatusData, GetBotStatusErrors, GetBotStatusResponses, GetBusinessHoursData, GetBusinessHoursErrors, GetBusinessHoursResponses, HandoverThreadData, HandoverThreadErrors, HandoverThreadResponses, ListMessagesData, ListMessagesErrors, ListMessagesResponses, ListSegmentsData, ListSegmentsErrors, ListSegmentsResponses, ListThreadsData, ListThreadsErrors, ListThreadsResponses, ListTriggerEventsData, ListTriggerEventsErrors, ListTriggerEventsResponses, PauseBotData, PauseBotErrors, PauseBotResponses, ResolveThreadData, ResolveThreadErrors, ResolveThreadResponses, ResumeBotData, ResumeBotErrors, ResumeBotResponses, SendMessageData, SendMessageErrors, SendMessageResponses, TakeoverThreadData, TakeoverThreadErrors, TakeoverThreadResponses, TriggerEventData, TriggerEventErrors, TriggerEventResponses } from './types.gen.js';

const generateThreadIdMock: MockedOperation = {
    method: 'post',
    path: '/messages',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok',
        threadId: '1f85dbe7-fc0a-4f43-a1a0-87216587ab7b|w_caRv6my_8'
    }
};

/**
 * `POST /messages` (Generate a thread id): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const generateThreadIdHandler = (answer?: MockAnswer<GenerateThreadIdResponses & GenerateThreadIdErrors> | MockResolver<GenerateThreadIdData, GenerateThreadIdResponses & GenerateThreadIdErrors>, options?: MockOptions): HttpHandler => mockOperation(generateThreadIdMock, answer, options);

const listMessagesMock: MockedOperation = {
    method: 'get',
    path: '/messages/:threadId',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok',
        result: {
            history: [
                {
                    originator: {
                        name: 'Maya Okafor',
                        role: 'user',
                        profile: {}
                    },
                    messages: [
                        {
                            fallback: 'Hi! Do you have the Trail Runner 2 in size 42?',
                            replyTo: null,
                            contexts: [],
                            params: {},
                            intents: [],
                            createdAt: '2026-11-28T09:14:03.512Z',
                            responses: [
                                {
                                    type: 'text',
                                    payload: {
                                        text: 'Hi! Do you have the Trail Runner 2 in size 42?'
                                    }
                                }
                            ]
                        }
                    ]
                },
                {
                    originator: {
                        name: 'Stride Shoes assistant',
                        role: 'bot',
                        profile: {}
                    },
                    messages: [
                        {
                            fallback: 'Yes: the Trail Runner 2 in size 42 is in stock in grey and in navy. Shall I reserve a pair at the Lisbon store?',
                            replyTo: null,
                            contexts: [],
                            params: {},
                            intents: [],
                            createdAt: '2026-11-28T09:14:04.120Z',
                            responses: [
                                {
                                    type: 'text',
                                    payload: {
                                        text: 'Yes: the Trail Runner 2 in size 42 is in stock in grey and in navy. Shall I reserve a pair at the Lisbon store?'
                                    }
                                }
                            ]
                        }
                    ]
                },
                {
                    originator: {
                        name: 'Maya Okafor',
                        role: 'user',
                        profile: {}
                    },
                    messages: [
                        {
                            fallback: 'The navy one, please. Can I pick it up on Saturday?',
                            replyTo: null,
                            contexts: [],
                            params: {},
                            intents: [],
                            createdAt: '2026-11-28T09:15:41.907Z',
                            responses: [
                                {
                                    type: 'text',
                                    payload: {
                                        text: 'The navy one, please. Can I pick it up on Saturday?'
                                    }
                                }
                            ]
                        }
                    ]
                },
                {
                    originator: {
                        name: 'Stride Shoes assistant',
                        role: 'bot',
                        profile: {}
                    },
                    messages: [
                        {
                            fallback: 'Done: a navy pair is held for you until Saturday at 19:00, reservation R-20418.',
                            replyTo: null,
                            contexts: [],
                            params: {},
                            intents: [],
                            createdAt: '2026-11-28T09:15:42.388Z',
                            responses: [
                                {
                                    type: 'text',
                                    payload: {
                                        text: 'Done: a navy pair is held for you until Saturday at 19:00, reservation R-20418.'
                                    }
                                }
                            ]
                        }
                    ]
                }
            ],
            threadId: 'a4ad8a025763451da6f15f2b50991651|o_21361542-a262-4aaa-8edb-0f8f88e07d89',
            page: 1,
            pages: 1
        }
    }
};

/**
 * `GET /messages/{threadId}` (List messages of a thread): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listMessagesHandler = (answer?: MockAnswer<ListMessagesResponses & ListMessagesErrors> | MockResolver<ListMessagesData, ListMessagesResponses & ListMessagesErrors>, options?: MockOptions): HttpHandler => mockOperation(listMessagesMock, answer, options);

const sendMessageMock: MockedOperation = {
    method: 'post',
    path: '/messages/:threadId',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `POST /messages/{threadId}` (Send a message): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const sendMessageHandler = (answer?: MockAnswer<SendMessageResponses & SendMessageErrors> | MockResolver<SendMessageData, SendMessageResponses & SendMessageErrors>, options?: MockOptions): HttpHandler => mockOperation(sendMessageMock, answer, options);

const listThreadsMock: MockedOperation = {
    method: 'get',
    path: '/threads',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok',
        result: {
            threads: [
                '14ee0879-afa7-45ed-a3db-42c4b538d42c|o_4f4f442c-cd6c-44f1-8f3d-28d9668ab72c',
                '2a1b5693-133b-4d92-84e8-005d5350ca2e|o_4f4f442c-cd6c-44f1-8f3d-28d9668ab72c',
                '98e1c5a8-1647-42db-bbb5-9d835f53ee95|o_4f4f442c-cd6c-44f1-8f3d-28d9668ab72c'
            ],
            page: '1',
            pages: 100
        }
    }
};

/**
 * `GET /threads` (List threads): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listThreadsHandler = (answer?: MockAnswer<ListThreadsResponses & ListThreadsErrors> | MockResolver<ListThreadsData, ListThreadsResponses & ListThreadsErrors>, options?: MockOptions): HttpHandler => mockOperation(listThreadsMock, answer, options);

const handoverThreadMock: MockedOperation = {
    method: 'post',
    path: '/handover/:threadId',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `POST /handover/{threadId}` (Hand a conversation over to a human agent): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const handoverThreadHandler = (answer?: MockAnswer<HandoverThreadResponses & HandoverThreadErrors> | MockResolver<HandoverThreadData, HandoverThreadResponses & HandoverThreadErrors>, options?: MockOptions): HttpHandler => mockOperation(handoverThreadMock, answer, options);

const takeoverThreadMock: MockedOperation = {
    method: 'post',
    path: '/takeover/:threadId',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `POST /takeover/{threadId}` (Take over a conversation): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const takeoverThreadHandler = (answer?: MockAnswer<TakeoverThreadResponses & TakeoverThreadErrors> | MockResolver<TakeoverThreadData, TakeoverThreadResponses & TakeoverThreadErrors>, options?: MockOptions): HttpHandler => mockOperation(takeoverThreadMock, answer, options);

const resolveThreadMock: MockedOperation = {
    method: 'post',
    path: '/resolve/:threadId',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `POST /resolve/{threadId}` (Resolve a conversation): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const resolveThreadHandler = (answer?: MockAnswer<ResolveThreadResponses & ResolveThreadErrors> | MockResolver<ResolveThreadData, ResolveThreadResponses & ResolveThreadErrors>, options?: MockOptions): HttpHandler => mockOperation(resolveThreadMock, answer, options);

const listTriggerEventsMock: MockedOperation = {
    method: 'get',
    path: '/trigger/event',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `GET /trigger/event` (List events that can be triggered): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listTriggerEventsHandler = (answer?: MockAnswer<ListTriggerEventsResponses & ListTriggerEventsErrors> | MockResolver<ListTriggerEventsData, ListTriggerEventsResponses & ListTriggerEventsErrors>, options?: MockOptions): HttpHandler => mockOperation(listTriggerEventsMock, answer, options);

const triggerEventMock: MockedOperation = {
    method: 'post',
    path: '/trigger/event/:threadId',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `POST /trigger/event/{threadId}` (Trigger an event for a thread): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const triggerEventHandler = (answer?: MockAnswer<TriggerEventResponses & TriggerEventErrors> | MockResolver<TriggerEventData, TriggerEventResponses & TriggerEventErrors>, options?: MockOptions): HttpHandler => mockOperation(triggerEventMock, answer, options);

const getBusinessHoursMock: MockedOperation = {
    method: 'get',
    path: '/businesshours',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `GET /businesshours` (Get business hours): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const getBusinessHoursHandler = (answer?: MockAnswer<GetBusinessHoursResponses & GetBusinessHoursErrors> | MockResolver<GetBusinessHoursData, GetBusinessHoursResponses & GetBusinessHoursErrors>, options?: MockOptions): HttpHandler => mockOperation(getBusinessHoursMock, answer, options);

const resumeBotMock: MockedOperation = {
    method: 'delete',
    path: '/pause/:threadId',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `DELETE /pause/{threadId}` (Resume the bot for a thread): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const resumeBotHandler = (answer?: MockAnswer<ResumeBotResponses & ResumeBotErrors> | MockResolver<ResumeBotData, ResumeBotResponses & ResumeBotErrors>, options?: MockOptions): HttpHandler => mockOperation(resumeBotMock, answer, options);

const getBotStatusMock: MockedOperation = {
    method: 'get',
    path: '/pause/:threadId',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `GET /pause/{threadId}` (Get the bot status for a thread): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const getBotStatusHandler = (answer?: MockAnswer<GetBotStatusResponses & GetBotStatusErrors> | MockResolver<GetBotStatusData, GetBotStatusResponses & GetBotStatusErrors>, options?: MockOptions): HttpHandler => mockOperation(getBotStatusMock, answer, options);

const pauseBotMock: MockedOperation = {
    method: 'post',
    path: '/pause/:threadId',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `POST /pause/{threadId}` (Pause the bot for a thread): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const pauseBotHandler = (answer?: MockAnswer<PauseBotResponses & PauseBotErrors> | MockResolver<PauseBotData, PauseBotResponses & PauseBotErrors>, options?: MockOptions): HttpHandler => mockOperation(pauseBotMock, answer, options);

const broadcastToPhoneNumbersMock: MockedOperation = {
    method: 'post',
    path: '/broadcast/instant',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `POST /broadcast/instant` (Broadcast to phone numbers): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const broadcastToPhoneNumbersHandler = (answer?: MockAnswer<BroadcastToPhoneNumbersResponses & BroadcastToPhoneNumbersErrors> | MockResolver<BroadcastToPhoneNumbersData, BroadcastToPhoneNumbersResponses & BroadcastToPhoneNumbersErrors>, options?: MockOptions): HttpHandler => mockOperation(broadcastToPhoneNumbersMock, answer, options);

const broadcastToSegmentsMock: MockedOperation = {
    method: 'post',
    path: '/broadcast/instant/segment',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok'
    }
};

/**
 * `POST /broadcast/instant/segment` (Broadcast to segments): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const broadcastToSegmentsHandler = (answer?: MockAnswer<BroadcastToSegmentsResponses & BroadcastToSegmentsErrors> | MockResolver<BroadcastToSegmentsData, BroadcastToSegmentsResponses & BroadcastToSegmentsErrors>, options?: MockOptions): HttpHandler => mockOperation(broadcastToSegmentsMock, answer, options);

const listSegmentsMock: MockedOperation = {
    method: 'get',
    path: '/broadcast/segments',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: 'ok',
        segments: [
            {
                agentId: 'ea6e8bde-8bf3-4bf2-abc1-e4d2865bae10',
                audienceId: 'befce22b-7a3e-40fb-8b44-4de3688509f8',
                channels: [
                    'eazy'
                ],
                conditions: [],
                contact: 'all',
                createdAfterCondition: '2020-07-14T21:00:00.000Z',
                createdAt: '2020-07-15T15:44:05.831Z',
                createdBeforeCondition: '2020-07-15T21:00:00.000Z',
                importCondition: 'all_contacts',
                title: 'Created on 15th of July (Eazy)',
                type: 'segment',
                updatedAt: '2020-07-15T15:44:05.828Z'
            },
            {
                agentId: 'ea6e8bde-8bf3-4bf2-abc1-e4d2865bae10',
                audienceId: '164b9fa3-db65-4aaf-9b07-9eab3b4ff459',
                channels: [
                    'messenger'
                ],
                conditions: [
                    {
                        condition: 'has_tag_name',
                        conditionValue: 'OPTIN'
                    }
                ],
                contact: 'messenger',
                createdAfterCondition: null,
                createdAt: '2020-07-15T15:44:37.013Z',
                createdBeforeCondition: null,
                importCondition: 'all_contacts',
                title: 'OPTIN tag (Messenger)',
                type: 'segment',
                updatedAt: '2020-07-15T15:44:37.012Z'
            }
        ]
    }
};

/**
 * `GET /broadcast/segments` (List audience segments): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listSegmentsHandler = (answer?: MockAnswer<ListSegmentsResponses & ListSegmentsErrors> | MockResolver<ListSegmentsData, ListSegmentsResponses & ListSegmentsErrors>, options?: MockOptions): HttpHandler => mockOperation(listSegmentsMock, answer, options);

/**
 * Each operation's handler factory by SDK function name, most specific paths first.
 */
export const handlerFactories = {
    broadcastToSegments: broadcastToSegmentsHandler,
    triggerEvent: triggerEventHandler,
    listTriggerEvents: listTriggerEventsHandler,
    broadcastToPhoneNumbers: broadcastToPhoneNumbersHandler,
    listSegments: listSegmentsHandler,
    listMessages: listMessagesHandler,
    sendMessage: sendMessageHandler,
    handoverThread: handoverThreadHandler,
    takeoverThread: takeoverThreadHandler,
    resolveThread: resolveThreadHandler,
    resumeBot: resumeBotHandler,
    getBotStatus: getBotStatusHandler,
    pauseBot: pauseBotHandler,
    generateThreadId: generateThreadIdHandler,
    listThreads: listThreadsHandler,
    getBusinessHours: getBusinessHoursHandler
};

/**
 * One MSW handler per operation, answering the spec's examples; `answers` replaces some:
 * `setupServer(...createHandlers({ answers: { getUser: { status: 404, body } } }))`.
 */
export const createHandlers = (options?: HandlersOptions<typeof handlerFactories>): Array<HttpHandler> => createAllHandlers(handlerFactories, options);

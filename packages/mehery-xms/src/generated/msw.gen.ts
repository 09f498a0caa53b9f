// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import { createAllHandlers, type HandlersOptions, type HttpHandler, type MockAnswer, type MockedOperation, mockOperation, type MockOptions, type MockResolver } from '@parley/runtime/msw';

import type { CloseSessionData, CloseSessionErrors, CloseSessionResponses, CreateCampaignData, CreateCampaignErrors, CreateCampaignResponses, ListChannelsData, ListChannelsErrors, ListChannelsResponses, ListGlobalVariablesData, ListGlobalVariablesErrors, ListGlobalVariablesResponses, ListHsmTemplatesData, ListHsmTemplatesErrors, ListHsmTemplatesResponses, ListSessionMessagesData, ListSessionMessagesErrors, ListSessionMessagesResponses, LookupContactData, LookupContactErrors, LookupContactResponses, PushCustomerDataData, PushCustomerDataErrors, PushCustomerDataResponses, PushCustomerEventData, PushCustomerEventErrors, PushCustomerEventResponses, PushMessageData, PushMessageErrors, PushMessageResponses, ResolveSessionData, ResolveSessionErrors, ResolveSessionResponses, RouteSessionData, RouteSessionErrors, RouteSessionResponses, SendMessageData, SendMessageErrors, SendMessageResponses, SetContactLanguageData, SetContactLanguageErrors, SetContactLanguageResponses, SetWebhookData, SetWebhookErrors, SetWebhookResponses, UpdateProfileData, UpdateProfileErrors, UpdateProfileResponses, ViewCampaignData, ViewCampaignErrors, ViewCampaignResponses } from './types.gen.js';

const listChannelsMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/config/channels',
    status: 200,
    mediaType: 'application/json',
    example: {
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                channelId: 'wa360:918828218374',
                contactType: 'WHATSAPP',
                lane: '919999998888',
                name: 'Customer Support'
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `GET /api/v1/config/channels` (List channels): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listChannelsHandler = (answer?: MockAnswer<ListChannelsResponses & ListChannelsErrors> | MockResolver<ListChannelsData, ListChannelsResponses & ListChannelsErrors>, options?: MockOptions): HttpHandler => mockOperation(listChannelsMock, answer, options);

const listGlobalVariablesMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/config/global/vars',
    status: 200,
    mediaType: 'application/json',
    example: {
        data: {
            description: 'Support desk opening hours shown to customers',
            disabled: true,
            domain: 'acmeretail',
            group: 'support',
            id: '64f1c2a9e4b0a7d3c5e8f912',
            key: 'SUPPORT_HOURS',
            server: 'xms-prod-2',
            shared: true,
            type: 'TEXT',
            value: {}
        },
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                description: 'Support desk opening hours shown to customers',
                disabled: true,
                domain: 'acmeretail',
                group: 'support',
                id: '64f1c2a9e4b0a7d3c5e8f912',
                key: 'SUPPORT_HOURS',
                server: 'xms-prod-2',
                shared: true,
                type: 'TEXT',
                value: {}
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `GET /api/v1/config/global/vars` (List global variables): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listGlobalVariablesHandler = (answer?: MockAnswer<ListGlobalVariablesResponses & ListGlobalVariablesErrors> | MockResolver<ListGlobalVariablesData, ListGlobalVariablesResponses & ListGlobalVariablesErrors>, options?: MockOptions): HttpHandler => mockOperation(listGlobalVariablesMock, answer, options);

const listHsmTemplatesMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/config/tmpl/hsm',
    status: 200,
    mediaType: 'application/json',
    example: {
        data: {
            approved: [
                {
                    channelId: 'wa360:918828218374',
                    status: 'APPROVED',
                    templateId: '1093847562018374'
                }
            ],
            attachments: [
                {
                    mediaCaption: 'Transaction Receipt',
                    mediaCode: 'ABC_PROMO',
                    mediaId: '12',
                    mediaMimeType: 'image/png',
                    mediaName: 'TransactionReceipt.pdf',
                    mediaSrc: 'https://client.service.com/docs/media/12.png',
                    mediaSubType: 'IMAGE',
                    mediaType: 'IMAGE',
                    mediaURL: 'https://client.service.com/docs/media/12.png'
                }
            ],
            body: 'Hi {{1}}, your order {{2}} has shipped. Track it here: {{3}}',
            category: 'UTILITY',
            categoryType: 'TRANSACTIONAL',
            code: 'ORDER_SHIPPED',
            contactType: 'WHATSAPP',
            createdBy: 'priya.sharma@acmeretail.in',
            createdStamp: 1777356012481,
            desc: 'Order shipped notification',
            footer: 'Acme Retail',
            formatType: 'TEXT',
            header: 'Your order is on its way',
            id: '64f1c2a9e4b0a7d3c5e8f912',
            lang: 'en_US',
            meta: {},
            model: {},
            name: 'Priya Sharma',
            options: {},
            template: 'ORDER_SHIPPED',
            title: 'Order 4471'
        },
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                approved: [
                    {
                        channelId: 'wa360:918828218374',
                        status: 'APPROVED',
                        templateId: '1093847562018374'
                    }
                ],
                attachments: [
                    {
                        mediaCaption: 'Transaction Receipt',
                        mediaCode: 'ABC_PROMO',
                        mediaId: '12',
                        mediaMimeType: 'image/png',
                        mediaName: 'TransactionReceipt.pdf',
                        mediaSrc: 'https://client.service.com/docs/media/12.png',
                        mediaSubType: 'IMAGE',
                        mediaType: 'IMAGE',
                        mediaURL: 'https://client.service.com/docs/media/12.png'
                    }
                ],
                body: 'Hi {{1}}, your order {{2}} has shipped. Track it here: {{3}}',
                category: 'UTILITY',
                categoryType: 'TRANSACTIONAL',
                code: 'ORDER_SHIPPED',
                contactType: 'WHATSAPP',
                createdBy: 'priya.sharma@acmeretail.in',
                createdStamp: 1777356012481,
                desc: 'Order shipped notification',
                footer: 'Acme Retail',
                formatType: 'TEXT',
                header: 'Your order is on its way',
                id: '64f1c2a9e4b0a7d3c5e8f912',
                lang: 'en_US',
                meta: {},
                model: {},
                name: 'Priya Sharma',
                options: {},
                template: 'ORDER_SHIPPED',
                title: 'Order 4471'
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `GET /api/v1/config/tmpl/hsm` (List HSM templates): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listHsmTemplatesHandler = (answer?: MockAnswer<ListHsmTemplatesResponses & ListHsmTemplatesErrors> | MockResolver<ListHsmTemplatesData, ListHsmTemplatesResponses & ListHsmTemplatesErrors>, options?: MockOptions): HttpHandler => mockOperation(listHsmTemplatesMock, answer, options);

const setWebhookMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/config/webhook',
    status: 200,
    mediaType: 'application/json',
    example: {
        data: {
            agentApp: true,
            appHook: 'https://hooks.acmeretail.in/mehery/inbound',
            appHookFrwrd: 'https://hooks.acmeretail.in/mehery/forward',
            appMode: 'WEBHOOK',
            appType: 'DEFAULT',
            config: {},
            forward: 'https://hooks.acmeretail.in/mehery/forward',
            id: '64f1c2a9e4b0a7d3c5e8f912',
            key: 'SUPPORT_HOURS',
            keyName: 'acme-webhook',
            keyVersion: 'v2',
            props: {},
            queue: 'ORDER_SUPPORT',
            readOnly: true,
            secret: {},
            shared: true,
            webhook: 'https://hooks.acmeretail.in/mehery/inbound'
        },
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                agentApp: true,
                appHook: 'https://hooks.acmeretail.in/mehery/inbound',
                appHookFrwrd: 'https://hooks.acmeretail.in/mehery/forward',
                appMode: 'WEBHOOK',
                appType: 'DEFAULT',
                config: {},
                forward: 'https://hooks.acmeretail.in/mehery/forward',
                id: '64f1c2a9e4b0a7d3c5e8f912',
                key: 'SUPPORT_HOURS',
                keyName: 'acme-webhook',
                keyVersion: 'v2',
                props: {},
                queue: 'ORDER_SUPPORT',
                readOnly: true,
                secret: {},
                shared: true,
                webhook: 'https://hooks.acmeretail.in/mehery/inbound'
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `POST /api/v1/config/webhook` (Set the webhook URL): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const setWebhookHandler = (answer?: MockAnswer<SetWebhookResponses & SetWebhookErrors> | MockResolver<SetWebhookData, SetWebhookResponses & SetWebhookErrors>, options?: MockOptions): HttpHandler => mockOperation(setWebhookMock, answer, options);

const setContactLanguageMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/contact/prefs/lang',
    status: 200,
    mediaType: 'application/json',
    example: {
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                checksum: '9c1e4f7a2b6d',
                contact: {
                    channelType: 'WHATSAPP',
                    contactId: 'wa919876543210',
                    contactType: 'WHATSAPP',
                    csid: '5f2c9d7e41a8b3c0',
                    email: 'priya.sharma@example.in',
                    lane: '919999998888',
                    name: 'Priya Sharma',
                    phone: '919876543210'
                },
                contactId: 'wa919876543210',
                eventCode: 'SESSION_ROUTED',
                eventId: 'evt_5b71c0e2',
                route: {
                    queueCode: 'ORDER_SUPPORT',
                    routerId: 'router_main',
                    sendMode: 'SESSION',
                    senderApp: 'xms-agent',
                    senderCode: 'rahul.verma',
                    senderType: 'AGENT'
                },
                session: {
                    agent: 'rahul.verma',
                    bot: 'order-assistant',
                    dept: 'customer-care',
                    firstMessage: true,
                    initMessage: true,
                    mode: 'AGENT',
                    queue: 'ORDER_SUPPORT',
                    resolved: true,
                    routingId: 'rt_2f8a9c',
                    sessionStamp: 1777356012481,
                    ticketHash: 'TCK-48213'
                },
                sessionAssigned: {
                    newAgent: 'rahul.verma',
                    newBot: 'order-assistant',
                    newDept: 'customer-care',
                    oldAgent: 'anita.rao',
                    oldBot: 'welcome-bot',
                    oldDept: 'sales'
                },
                sessionId: '6650b8f2c1e4a93d7f2b1a04',
                sessionRouted: {
                    params: {},
                    routingId: 'rt_2f8a9c',
                    sessionStart: true,
                    sourceQueue: 'GENERAL',
                    targetQueue: 'ORDER_SUPPORT'
                },
                trace: [
                    {}
                ]
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `POST /api/v1/contact/prefs/lang` (Set a contact's language): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const setContactLanguageHandler = (answer?: MockAnswer<SetContactLanguageResponses & SetContactLanguageErrors> | MockResolver<SetContactLanguageData, SetContactLanguageResponses & SetContactLanguageErrors>, options?: MockOptions): HttpHandler => mockOperation(setContactLanguageMock, answer, options);

const pushCustomerDataMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/data/push',
    status: 200,
    mediaType: 'application/json',
    example: {
        data: {
            data: {},
            id: '64f1c2a9e4b0a7d3c5e8f912',
            links: [
                {
                    linkName: 'order',
                    linkType: 'ORDER_ID',
                    linkValue: 'ORD-4471'
                }
            ],
            type: 'TEXT'
        },
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                data: {},
                id: '64f1c2a9e4b0a7d3c5e8f912',
                links: [
                    {
                        linkName: 'order',
                        linkType: 'ORDER_ID',
                        linkValue: 'ORD-4471'
                    }
                ],
                type: 'TEXT'
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `POST /api/v1/data/push` (Push customer data): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const pushCustomerDataHandler = (answer?: MockAnswer<PushCustomerDataResponses & PushCustomerDataErrors> | MockResolver<PushCustomerDataData, PushCustomerDataResponses & PushCustomerDataErrors>, options?: MockOptions): HttpHandler => mockOperation(pushCustomerDataMock, answer, options);

const pushCustomerEventMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/event/push',
    status: 200,
    mediaType: 'application/json',
    example: {
        data: {
            eventName: 'CUSTOMER_CREATED',
            id: '1234567',
            links: [
                {
                    linkName: 'order',
                    linkType: 'ORDER_ID',
                    linkValue: 'ORD-4471'
                }
            ]
        },
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                eventName: 'CUSTOMER_CREATED',
                id: '1234567',
                links: [
                    {
                        linkName: 'order',
                        linkType: 'ORDER_ID',
                        linkValue: 'ORD-4471'
                    }
                ]
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `POST /api/v1/event/push` (Push a customer event): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const pushCustomerEventHandler = (answer?: MockAnswer<PushCustomerEventResponses & PushCustomerEventErrors> | MockResolver<PushCustomerEventData, PushCustomerEventResponses & PushCustomerEventErrors>, options?: MockOptions): HttpHandler => mockOperation(pushCustomerEventMock, answer, options);

const sendMessageMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/message/send',
    status: 200,
    mediaType: 'application/json',
    example: {
        data: {
            id: 'gBEGkYiEB1VXAglK1ZEqA1YKPrU'
        },
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                id: 'gBEGkYiEB1VXAglK1ZEqA1YKPrU'
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `POST /api/v1/message/send` (Send a message): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const sendMessageHandler = (answer?: MockAnswer<SendMessageResponses & SendMessageErrors> | MockResolver<SendMessageData, SendMessageResponses & SendMessageErrors>, options?: MockOptions): HttpHandler => mockOperation(sendMessageMock, answer, options);

const closeSessionMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/session/close',
    status: 200,
    mediaType: 'application/json',
    example: {
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                checksum: '9c1e4f7a2b6d',
                contact: {
                    channelType: 'WHATSAPP',
                    contactId: 'wa919876543210',
                    contactType: 'WHATSAPP',
                    csid: '5f2c9d7e41a8b3c0',
                    email: 'priya.sharma@example.in',
                    lane: '919999998888',
                    name: 'Priya Sharma',
                    phone: '919876543210'
                },
                contactId: 'wa919876543210',
                eventCode: 'SESSION_ROUTED',
                eventId: 'evt_5b71c0e2',
                route: {
                    queueCode: 'ORDER_SUPPORT',
                    routerId: 'router_main',
                    sendMode: 'SESSION',
                    senderApp: 'xms-agent',
                    senderCode: 'rahul.verma',
                    senderType: 'AGENT'
                },
                session: {
                    agent: 'rahul.verma',
                    bot: 'order-assistant',
                    dept: 'customer-care',
                    firstMessage: true,
                    initMessage: true,
                    mode: 'AGENT',
                    queue: 'ORDER_SUPPORT',
                    resolved: true,
                    routingId: 'rt_2f8a9c',
                    sessionStamp: 1777356012481,
                    ticketHash: 'TCK-48213'
                },
                sessionAssigned: {
                    newAgent: 'rahul.verma',
                    newBot: 'order-assistant',
                    newDept: 'customer-care',
                    oldAgent: 'anita.rao',
                    oldBot: 'welcome-bot',
                    oldDept: 'sales'
                },
                sessionId: '6650b8f2c1e4a93d7f2b1a04',
                sessionRouted: {
                    params: {},
                    routingId: 'rt_2f8a9c',
                    sessionStart: true,
                    sourceQueue: 'GENERAL',
                    targetQueue: 'ORDER_SUPPORT'
                },
                trace: [
                    {}
                ]
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `POST /api/v1/session/close` (Close a session): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const closeSessionHandler = (answer?: MockAnswer<CloseSessionResponses & CloseSessionErrors> | MockResolver<CloseSessionData, CloseSessionResponses & CloseSessionErrors>, options?: MockOptions): HttpHandler => mockOperation(closeSessionMock, answer, options);

const listSessionMessagesMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/session/messages',
    status: 200,
    mediaType: 'application/json',
    example: {
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS',
        results: [
            {
                messageId: 'gBEGkYiEB1VXAglK1ZEqA1YKPrU',
                sessionId: '6650b8f2c1e4a93d7f2b1a04',
                sender: '919876543210',
                name: 'Priya Sharma',
                type: 'TEXT',
                text: 'Hello, my parcel 4417-2093 has not arrived yet. Where is it?',
                timestamp: 1777356012481
            },
            {
                messageId: 'gBEGkYiEB1VXAglK1ZEqA2ZLQsV',
                sessionId: '6650b8f2c1e4a93d7f2b1a04',
                sender: 'agent',
                name: 'Rahul Verma',
                type: 'TEXT',
                text: 'Sorry for the wait, Priya. Parcel 4417-2093 is with our courier in Bandra West and reaches you today before 18:00.',
                timestamp: 1777356134902,
                route: {
                    queueCode: 'ORDER_SUPPORT',
                    senderCode: 'rahul.verma',
                    senderType: 'AGENT'
                }
            },
            {
                messageId: 'gBEGkYiEB1VXAglK1ZEqA3aMRtW',
                sessionId: '6650b8f2c1e4a93d7f2b1a04',
                sender: '919876543210',
                name: 'Priya Sharma',
                type: 'TEXT',
                text: 'Thank you, I will be at home.',
                timestamp: 1777356190117
            }
        ]
    }
};

/**
 * `POST /api/v1/session/messages` (List a session's messages): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const listSessionMessagesHandler = (answer?: MockAnswer<ListSessionMessagesResponses & ListSessionMessagesErrors> | MockResolver<ListSessionMessagesData, ListSessionMessagesResponses & ListSessionMessagesErrors>, options?: MockOptions): HttpHandler => mockOperation(listSessionMessagesMock, answer, options);

const resolveSessionMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/session/resolve',
    status: 200,
    mediaType: 'application/json',
    example: {
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                checksum: '9c1e4f7a2b6d',
                contact: {
                    channelType: 'WHATSAPP',
                    contactId: 'wa919876543210',
                    contactType: 'WHATSAPP',
                    csid: '5f2c9d7e41a8b3c0',
                    email: 'priya.sharma@example.in',
                    lane: '919999998888',
                    name: 'Priya Sharma',
                    phone: '919876543210'
                },
                contactId: 'wa919876543210',
                eventCode: 'SESSION_ROUTED',
                eventId: 'evt_5b71c0e2',
                route: {
                    queueCode: 'ORDER_SUPPORT',
                    routerId: 'router_main',
                    sendMode: 'SESSION',
                    senderApp: 'xms-agent',
                    senderCode: 'rahul.verma',
                    senderType: 'AGENT'
                },
                session: {
                    agent: 'rahul.verma',
                    bot: 'order-assistant',
                    dept: 'customer-care',
                    firstMessage: true,
                    initMessage: true,
                    mode: 'AGENT',
                    queue: 'ORDER_SUPPORT',
                    resolved: true,
                    routingId: 'rt_2f8a9c',
                    sessionStamp: 1777356012481,
                    ticketHash: 'TCK-48213'
                },
                sessionAssigned: {
                    newAgent: 'rahul.verma',
                    newBot: 'order-assistant',
                    newDept: 'customer-care',
                    oldAgent: 'anita.rao',
                    oldBot: 'welcome-bot',
                    oldDept: 'sales'
                },
                sessionId: '6650b8f2c1e4a93d7f2b1a04',
                sessionRouted: {
                    params: {},
                    routingId: 'rt_2f8a9c',
                    sessionStart: true,
                    sourceQueue: 'GENERAL',
                    targetQueue: 'ORDER_SUPPORT'
                },
                trace: [
                    {}
                ]
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `POST /api/v1/session/resolve` (Resolve a session): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const resolveSessionHandler = (answer?: MockAnswer<ResolveSessionResponses & ResolveSessionErrors> | MockResolver<ResolveSessionData, ResolveSessionResponses & ResolveSessionErrors>, options?: MockOptions): HttpHandler => mockOperation(resolveSessionMock, answer, options);

const routeSessionMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/session/routing',
    status: 200,
    mediaType: 'application/json',
    example: {
        message: 'Request processed',
        messageKey: 'MESSAGE_SUCCESS:MOBILE:12',
        results: [
            {
                checksum: '9c1e4f7a2b6d',
                contact: {
                    channelType: 'WHATSAPP',
                    contactId: 'wa919876543210',
                    contactType: 'WHATSAPP',
                    csid: '5f2c9d7e41a8b3c0',
                    email: 'priya.sharma@example.in',
                    lane: '919999998888',
                    name: 'Priya Sharma',
                    phone: '919876543210'
                },
                contactId: 'wa919876543210',
                eventCode: 'SESSION_ROUTED',
                eventId: 'evt_5b71c0e2',
                route: {
                    queueCode: 'ORDER_SUPPORT',
                    routerId: 'router_main',
                    sendMode: 'SESSION',
                    senderApp: 'xms-agent',
                    senderCode: 'rahul.verma',
                    senderType: 'AGENT'
                },
                session: {
                    agent: 'rahul.verma',
                    bot: 'order-assistant',
                    dept: 'customer-care',
                    firstMessage: true,
                    initMessage: true,
                    mode: 'AGENT',
                    queue: 'ORDER_SUPPORT',
                    resolved: true,
                    routingId: 'rt_2f8a9c',
                    sessionStamp: 1777356012481,
                    ticketHash: 'TCK-48213'
                },
                sessionAssigned: {
                    newAgent: 'rahul.verma',
                    newBot: 'order-assistant',
                    newDept: 'customer-care',
                    oldAgent: 'anita.rao',
                    oldBot: 'welcome-bot',
                    oldDept: 'sales'
                },
                sessionId: '6650b8f2c1e4a93d7f2b1a04',
                sessionRouted: {
                    params: {},
                    routingId: 'rt_2f8a9c',
                    sessionStart: true,
                    sourceQueue: 'GENERAL',
                    targetQueue: 'ORDER_SUPPORT'
                },
                trace: [
                    {}
                ]
            }
        ],
        status: '200',
        statusKey: 'SUCCESS',
        timestamp: 1541276788518,
        traceid: '6a1f0c9e3b7d4e21'
    }
};

/**
 * `POST /api/v1/session/routing` (Route a session): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const routeSessionHandler = (answer?: MockAnswer<RouteSessionResponses & RouteSessionErrors> | MockResolver<RouteSessionData, RouteSessionResponses & RouteSessionErrors>, options?: MockOptions): HttpHandler => mockOperation(routeSessionMock, answer, options);

const pushMessageMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/message/push',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: '200',
        statusKey: 'SUCCESS',
        message: 'Message queued',
        timestamp: 1777356012481,
        traceid: '6a1f0c9e3b7d4e21',
        results: [
            {
                id: 'gBEGkYiEB1VXAglK1ZEqA1YKPrU',
                type: 'text'
            }
        ]
    }
};

/**
 * `POST /api/v1/message/push` (Push a message): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const pushMessageHandler = (answer?: MockAnswer<PushMessageResponses & PushMessageErrors> | MockResolver<PushMessageData, PushMessageResponses & PushMessageErrors>, options?: MockOptions): HttpHandler => mockOperation(pushMessageMock, answer, options);

const lookupContactMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/contact/looup',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: '200',
        statusKey: 'SUCCESS',
        message: '1 contact found',
        timestamp: 1777356012481,
        traceid: '6a1f0c9e3b7d4e21',
        results: [
            {
                contactId: 'wa919876543210',
                csid: '5f2c9d7e41a8b3c0',
                type: 'WHATSAPP',
                name: {
                    formattedName: 'Priya Sharma',
                    firstName: 'Priya',
                    lastName: 'Sharma'
                },
                phone: {
                    phone: '+91 98765 43210',
                    countryCallingCode: '91',
                    nationalNumber: '9876543210',
                    whatsAppId: '919876543210',
                    verified: true
                }
            }
        ]
    }
};

/**
 * `GET /api/v1/contact/looup` (Look up a contact): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const lookupContactHandler = (answer?: MockAnswer<LookupContactResponses & LookupContactErrors> | MockResolver<LookupContactData, LookupContactResponses & LookupContactErrors>, options?: MockOptions): HttpHandler => mockOperation(lookupContactMock, answer, options);

const createCampaignMock: MockedOperation = {
    method: 'post',
    path: '/api/v1/create/campaign',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: '200',
        statusKey: 'SUCCESS',
        message: 'Campaign created',
        timestamp: 1777356012481,
        traceid: '6a1f0c9e3b7d4e21',
        results: [
            {
                campaignId: 'cmp_7Q2m9XkL',
                campaignTitle: 'Diwali offer 2026',
                campaignMode: 'BROADCAST',
                templateCode: 'DIWALI_OFFER',
                contactType: 'WHATSAPP',
                channelId: '91SERVICENUMBER'
            }
        ]
    }
};

/**
 * `POST /api/v1/create/campaign` (Create a campaign): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const createCampaignHandler = (answer?: MockAnswer<CreateCampaignResponses & CreateCampaignErrors> | MockResolver<CreateCampaignData, CreateCampaignResponses & CreateCampaignErrors>, options?: MockOptions): HttpHandler => mockOperation(createCampaignMock, answer, options);

const viewCampaignMock: MockedOperation = {
    method: 'get',
    path: '/api/v1/view/campaign',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: '200',
        statusKey: 'SUCCESS',
        message: '1 campaign found',
        timestamp: 1777356012481,
        traceid: '6a1f0c9e3b7d4e21',
        results: [
            {
                campaignId: 'cmp_7Q2m9XkL',
                campaignTitle: 'Diwali offer 2026',
                campaignMode: 'BROADCAST',
                templateCode: 'DIWALI_OFFER',
                contactType: 'WHATSAPP',
                channelId: '91SERVICENUMBER'
            }
        ]
    }
};

/**
 * `GET /api/v1/view/campaign` (View campaigns): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const viewCampaignHandler = (answer?: MockAnswer<ViewCampaignResponses & ViewCampaignErrors> | MockResolver<ViewCampaignData, ViewCampaignResponses & ViewCampaignErrors>, options?: MockOptions): HttpHandler => mockOperation(viewCampaignMock, answer, options);

const updateProfileMock: MockedOperation = {
    method: 'post',
    path: '/data/api/v1/profile/update',
    status: 200,
    mediaType: 'application/json',
    example: {
        status: '200',
        statusKey: 'SUCCESS',
        message: 'Profile updated',
        timestamp: 1777356012481,
        traceid: '6a1f0c9e3b7d4e21',
        results: [
            {
                customerId: 'CUST-20931',
                loyaltyTier: 'Platinum',
                preferredStore: 'Bandra West'
            }
        ]
    }
};

/**
 * `POST /data/api/v1/profile/update` (Push profile updates): answers the spec's example
 * (200) unless given another answer or an MSW resolver.
 */
export const updateProfileHandler = (answer?: MockAnswer<UpdateProfileResponses & UpdateProfileErrors> | MockResolver<UpdateProfileData, UpdateProfileResponses & UpdateProfileErrors>, options?: MockOptions): HttpHandler => mockOperation(updateProfileMock, answer, options);

/**
 * Each operation's handler factory by SDK function name, most specific paths first.
 */
export const handlerFactories = {
    listGlobalVariables: listGlobalVariablesHandler,
    listHsmTemplates: listHsmTemplatesHandler,
    setContactLanguage: setContactLanguageHandler,
    updateProfile: updateProfileHandler,
    listChannels: listChannelsHandler,
    setWebhook: setWebhookHandler,
    pushCustomerData: pushCustomerDataHandler,
    pushCustomerEvent: pushCustomerEventHandler,
    sendMessage: sendMessageHandler,
    closeSession: closeSessionHandler,
    listSessionMessages: listSessionMessagesHandler,
    resolveSession: resolveSessionHandler,
    routeSession: routeSessionHandler,
    pushMessage: pushMessageHandler,
    lookupContact: lookupContactHandler,
    createCampaign: createCampaignHandler,
    viewCampaign: viewCampaignHandler
};

/**
 * One MSW handler per operation, answering the spec's examples; `answers` replaces some:
 * `setupServer(...createHandlers({ answers: { getUser: { status: 404, body } } }))`.
 */
export const createHandlers = (options?: HandlersOptions<typeof handlerFactories>): Array<HttpHandler> => createAllHandlers(handlerFactories, options);

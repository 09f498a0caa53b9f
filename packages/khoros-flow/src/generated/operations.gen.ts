// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { CredentialOptionTable, OperationInfo, OperationTable, SecuritySchemeTable } from '@parley/runtime/internal';

export const generateThreadIdOperation: OperationInfo = { id: 'generateThreadId', requiredBody: ['payload'] };

export const listMessagesOperation: OperationInfo = { id: 'listMessages', scalars: [
        'path.threadId',
        'query.sync',
        'query.page'
    ] };

export const sendMessageOperation: OperationInfo = {
    id: 'sendMessage',
    bodyRequired: true,
    scalars: [
        'path.threadId',
        'query.sync',
        'query.writeConcern'
    ],
    requiredBody: ['payload']
};

export const listThreadsOperation: OperationInfo = { id: 'listThreads', scalars: ['query.sync', 'query.page'] };

export const handoverThreadOperation: OperationInfo = {
    id: 'handoverThread',
    idempotent: true,
    scalars: ['path.threadId']
};

export const takeoverThreadOperation: OperationInfo = { id: 'takeoverThread', scalars: ['path.threadId'] };

export const resolveThreadOperation: OperationInfo = {
    id: 'resolveThread',
    idempotent: true,
    scalars: ['path.threadId']
};

export const listTriggerEventsOperation: OperationInfo = { id: 'listTriggerEvents', scalars: ['query.sync'] };

export const triggerEventOperation: OperationInfo = {
    id: 'triggerEvent',
    requiredQuery: ['eventName'],
    scalars: ['path.threadId', 'query.eventName']
};

export const getBusinessHoursOperation: OperationInfo = { id: 'getBusinessHours', scalars: ['query.sync'] };

export const resumeBotOperation: OperationInfo = { id: 'resumeBot', scalars: ['path.threadId'] };

export const getBotStatusOperation: OperationInfo = { id: 'getBotStatus', scalars: ['path.threadId', 'query.sync'] };

export const pauseBotOperation: OperationInfo = {
    id: 'pauseBot',
    idempotent: true,
    scalars: ['path.threadId']
};

export const broadcastToPhoneNumbersOperation: OperationInfo = {
    id: 'broadcastToPhoneNumbers',
    bodyRequired: true,
    requiredBody: [
        'audience',
        'channel',
        'payload'
    ]
};

export const broadcastToSegmentsOperation: OperationInfo = {
    id: 'broadcastToSegments',
    bodyRequired: true,
    requiredBody: ['audience', 'payload']
};

export const listSegmentsOperation: OperationInfo = { id: 'listSegments', scalars: ['query.sync'] };

/**
 * Every operation by `"<METHOD> <url template>"`.
 */
export const operations: OperationTable = {
    'POST /messages': generateThreadIdOperation,
    'GET /messages/{threadId}': listMessagesOperation,
    'POST /messages/{threadId}': sendMessageOperation,
    'GET /threads': listThreadsOperation,
    'POST /handover/{threadId}': handoverThreadOperation,
    'POST /takeover/{threadId}': takeoverThreadOperation,
    'POST /resolve/{threadId}': resolveThreadOperation,
    'GET /trigger/event': listTriggerEventsOperation,
    'POST /trigger/event/{threadId}': triggerEventOperation,
    'GET /businesshours': getBusinessHoursOperation,
    'DELETE /pause/{threadId}': resumeBotOperation,
    'GET /pause/{threadId}': getBotStatusOperation,
    'POST /pause/{threadId}': pauseBotOperation,
    'POST /broadcast/instant': broadcastToPhoneNumbersOperation,
    'POST /broadcast/instant/segment': broadcastToSegmentsOperation,
    'GET /broadcast/segments': listSegmentsOperation
};

export const securitySchemes: SecuritySchemeTable = { apiKey: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization'
    } };

/**
 * The spec's top-level security, for every operation of the table that names none.
 */
export const defaultSecurity: ReadonlyArray<ReadonlyArray<string>> = [['apiKey']];

/**
 * The credential options of a client factory, one set per security scheme of the spec.
 */
export type CredentialOptions = {
    /**
     * Credential of the `apiKey` scheme: API key sent in the header `Authorization`. The raw API key as the whole value of the `Authorization` header, with no `Bearer ` prefix: `Authorization: MY_MESSAGING_API_KEY`. (An older flow.ai JavaScript SDK sends `Bearer`; that is the separate socket API.)
     */
    apiKey?: string;
};

/**
 * Which `CredentialOptions` give each scheme's credential (`credentialsFromOptions` of @parley/runtime/internal).
 */
export const credentialOptions: CredentialOptionTable = { apiKey: { kind: 'secret', option: 'apiKey' } };

/**
 * The spec's first server with its variables at their defaults.
 */
export const defaultBaseUrl = 'https://api.flow.ai/rest/v1';

/**
 * The spec's server URL template and variable defaults (`{tenant}`, ...).
 */
export const serverTemplate = { url: 'https://api.flow.ai/rest/v1', variables: {} } as const;

export type OperationId = 'generateThreadId' | 'listMessages' | 'sendMessage' | 'listThreads' | 'handoverThread' | 'takeoverThread' | 'resolveThread' | 'listTriggerEvents' | 'triggerEvent' | 'getBusinessHours' | 'resumeBot' | 'getBotStatus' | 'pauseBot' | 'broadcastToPhoneNumbers' | 'broadcastToSegments' | 'listSegments';

/**
 * The spec's top-level `webhooks`: wire event name, handler operationId, summary.
 */
export const webhookEvents = [
    {
        event: 'message',
        operationId: 'onMessage',
        summary: 'Bot reply for a thread'
    },
    {
        event: 'history',
        operationId: 'onHistory',
        summary: 'Message history of a thread'
    },
    {
        event: 'threads',
        operationId: 'onThreads',
        summary: 'List of threads'
    },
    {
        event: 'trigger.events',
        operationId: 'onTriggerEvents',
        summary: 'List of events that can be triggered'
    },
    {
        event: 'businessHours',
        operationId: 'onBusinessHours',
        summary: 'Business hours'
    },
    {
        event: 'paused',
        operationId: 'onPaused',
        summary: 'Bot paused for a thread'
    },
    {
        event: 'resumed',
        operationId: 'onResumed',
        summary: 'Bot resumed for a thread'
    },
    {
        event: 'isPaused',
        operationId: 'onIsPaused',
        summary: 'Bot status for a thread'
    },
    {
        event: 'inbound',
        operationId: 'onInbound',
        summary: 'User message from another channel'
    },
    {
        event: 'outbound',
        operationId: 'onOutbound',
        summary: 'Bot message on another channel'
    },
    {
        event: 'takeover',
        operationId: 'onTakeover',
        summary: 'Takeover action executed'
    }
] as const;

/**
 * The answer header that carries the vendor's id for a request (`x-parley-request-id` of the spec's
 * `info`, else `x-request-id`): `requestId` of `withResponse()` and of errors.
 */
export const requestIdHeader = 'x-request-id';

export const apiTitle = 'Khoros Flow REST API';

export const apiVersion = '1.0';

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import { createZodResponseChecker, type SafeParseSchema } from '@parley/runtime/validate';

import { zBroadcastToPhoneNumbersResponse, zBroadcastToSegmentsResponse, zGenerateThreadIdResponse, zGetBotStatusResponse, zGetBusinessHoursResponse, zHandoverThreadResponse, zListMessagesResponse, zListSegmentsResponse, zListThreadsResponse, zListTriggerEventsResponse, zPauseBotResponse, zResolveThreadResponse, zResumeBotResponse, zSendMessageResponse, zTakeoverThreadResponse, zTriggerEventResponse } from './zod.gen.js';

/**
 * Each operation's 2xx body schema by operationId. Imported by the package's `./zod` entry
 * (nothing loads it lazily): only applications that import `./zod` carry zod and these schemas.
 */
export const responseSchemas: Readonly<Record<string, SafeParseSchema>> = {
    generateThreadId: zGenerateThreadIdResponse,
    listMessages: zListMessagesResponse,
    sendMessage: zSendMessageResponse,
    listThreads: zListThreadsResponse,
    handoverThread: zHandoverThreadResponse,
    takeoverThread: zTakeoverThreadResponse,
    resolveThread: zResolveThreadResponse,
    listTriggerEvents: zListTriggerEventsResponse,
    triggerEvent: zTriggerEventResponse,
    getBusinessHours: zGetBusinessHoursResponse,
    resumeBot: zResumeBotResponse,
    getBotStatus: zGetBotStatusResponse,
    pauseBot: zPauseBotResponse,
    broadcastToPhoneNumbers: zBroadcastToPhoneNumbersResponse,
    broadcastToSegments: zBroadcastToSegmentsResponse,
    listSegments: zListSegmentsResponse
};

/**
 * The checker for a client's `validateResponses: responseChecker`.
 */
export const responseChecker = createZodResponseChecker(responseSchemas);

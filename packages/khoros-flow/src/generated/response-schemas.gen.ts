// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

// Imported lazily by the client when `validateResponses: true`, so zod and the
// validator stay out of bundles that do not validate.
import { createZodResponseChecker } from '@parley/runtime/validate'
import { zBroadcastToPhoneNumbersResponse, zBroadcastToSegmentsResponse, zGenerateThreadIdResponse, zGetBotStatusResponse, zGetBusinessHoursResponse, zHandoverThreadResponse, zListMessagesResponse, zListSegmentsResponse, zListThreadsResponse, zListTriggerEventsResponse, zPauseBotResponse, zResolveThreadResponse, zResumeBotResponse, zSendMessageResponse, zTakeoverThreadResponse, zTriggerEventResponse } from './zod.gen.js'

export const responseSchemas = {
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
  getBotStatus: zGetBotStatusResponse,
  pauseBot: zPauseBotResponse,
  resumeBot: zResumeBotResponse,
  broadcastToPhoneNumbers: zBroadcastToPhoneNumbersResponse,
  broadcastToSegments: zBroadcastToSegmentsResponse,
  listSegments: zListSegmentsResponse,
} as const

export const responseChecker = createZodResponseChecker(responseSchemas)

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

// Imported lazily by the client when `validateResponses: true`, so zod and the
// validator stay out of bundles that do not validate.
import { createZodResponseChecker } from '@parley/runtime/validate'
import { zCreateClientResponse, zCreateConversationResponse, zCreateMessageAndCollectResponse, zCreateMessageResponse, zCreateUserResponse, zDeleteConversationMessagesResponse, zDeleteMessageResponse, zGetClientResponse, zGetConversationResponse, zGetHealthResponse, zGetMessageResponse, zGetUserResponse, zListConversationEndpointsResponse, zListConversationsResponse, zListMessagesResponse, zMapEndpointResponse, zSyncResponse } from './zod.gen.js'

export const responseSchemas = {
  createClient: zCreateClientResponse,
  getClient: zGetClientResponse,
  sync: zSyncResponse,
  getHealth: zGetHealthResponse,
  createUser: zCreateUserResponse,
  getUser: zGetUserResponse,
  createConversation: zCreateConversationResponse,
  getConversation: zGetConversationResponse,
  listConversations: zListConversationsResponse,
  createMessage: zCreateMessageResponse,
  createMessageAndCollect: zCreateMessageAndCollectResponse,
  getMessage: zGetMessageResponse,
  deleteMessage: zDeleteMessageResponse,
  listMessages: zListMessagesResponse,
  deleteConversationMessages: zDeleteConversationMessagesResponse,
  mapEndpoint: zMapEndpointResponse,
  listConversationEndpoints: zListConversationEndpointsResponse,
} as const

export const responseChecker = createZodResponseChecker(responseSchemas)

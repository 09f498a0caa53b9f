// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

// Imported lazily by the client when `validateResponses: true`, so zod and the
// validator stay out of bundles that do not validate.
import { createZodResponseChecker } from '@parley/runtime/validate'
import { zCreateClientResponse, zCreateConversationResponse, zCreateMessageAndCollectResponse, zCreateMessageResponse, zCreateUserResponse, zCreateUserTokenResponse, zDeleteConversationMessagesResponse, zDeleteMessageResponse, zEndTurnResponse, zGetClientResponse, zGetConversationResponse, zGetHealthResponse, zGetMessageResponse, zGetUserResponse, zListConversationEndpointsResponse, zListConversationsResponse, zListMessagesResponse, zMapEndpointResponse, zRenameClientResponse, zSyncResponse } from './zod.gen.js'

export const responseSchemas = {
  createClient: zCreateClientResponse,
  renameClient: zRenameClientResponse,
  getClient: zGetClientResponse,
  sync: zSyncResponse,
  getHealth: zGetHealthResponse,
  createUser: zCreateUserResponse,
  createUserToken: zCreateUserTokenResponse,
  getUser: zGetUserResponse,
  createConversation: zCreateConversationResponse,
  getConversation: zGetConversationResponse,
  listConversations: zListConversationsResponse,
  createMessage: zCreateMessageResponse,
  createMessageAndCollect: zCreateMessageAndCollectResponse,
  endTurn: zEndTurnResponse,
  getMessage: zGetMessageResponse,
  deleteMessage: zDeleteMessageResponse,
  listMessages: zListMessagesResponse,
  deleteConversationMessages: zDeleteConversationMessagesResponse,
  mapEndpoint: zMapEndpointResponse,
  listConversationEndpoints: zListConversationEndpointsResponse,
} as const

export const responseChecker = createZodResponseChecker(responseSchemas)

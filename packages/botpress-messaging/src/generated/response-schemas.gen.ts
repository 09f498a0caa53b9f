// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import { createZodResponseChecker, type SafeParseSchema } from '@parley/runtime/validate';

import { zCreateClientResponse, zCreateConversationResponse, zCreateMessageAndCollectResponse, zCreateMessageResponse, zCreateUserResponse, zCreateUserTokenResponse, zDeleteConversationMessagesResponse, zDeleteMessageResponse, zEndTurnResponse, zGetClientResponse, zGetConversationResponse, zGetHealthResponse, zGetMessageResponse, zGetUserResponse, zListConversationEndpointsResponse, zListConversationsResponse, zListMessagesResponse, zMapEndpointResponse, zRenameClientResponse, zSyncResponse } from './zod.gen.js';

/**
 * Each operation's 2xx body schema by operationId. Imported by the package's `./zod` entry
 * (nothing loads it lazily): only applications that import `./zod` carry zod and these schemas.
 */
export const responseSchemas: Readonly<Record<string, SafeParseSchema>> = {
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
    deleteMessage: zDeleteMessageResponse,
    getMessage: zGetMessageResponse,
    deleteConversationMessages: zDeleteConversationMessagesResponse,
    listMessages: zListMessagesResponse,
    mapEndpoint: zMapEndpointResponse,
    listConversationEndpoints: zListConversationEndpointsResponse
};

/**
 * The checker for a client's `validateResponses: responseChecker`.
 */
export const responseChecker = createZodResponseChecker(responseSchemas);

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import { createZodResponseChecker, type SafeParseSchema } from '@parley/runtime/validate';

import { zCloseSessionResponse, zCreateCampaignResponse, zListChannelsResponse, zListGlobalVariablesResponse, zListHsmTemplatesResponse, zListSessionMessagesResponse, zLookupContactResponse, zPushCustomerDataResponse, zPushCustomerEventResponse, zPushMessageResponse, zResolveSessionResponse, zRouteSessionResponse, zSendMessageResponse, zSetContactLanguageResponse, zSetWebhookResponse, zUpdateProfileResponse, zViewCampaignResponse } from './zod.gen.js';

/**
 * Each operation's 2xx body schema by operationId. Imported by the package's `./zod` entry
 * (nothing loads it lazily): only applications that import `./zod` carry zod and these schemas.
 */
export const responseSchemas: Readonly<Record<string, SafeParseSchema>> = {
    listChannels: zListChannelsResponse,
    listGlobalVariables: zListGlobalVariablesResponse,
    listHsmTemplates: zListHsmTemplatesResponse,
    setWebhook: zSetWebhookResponse,
    setContactLanguage: zSetContactLanguageResponse,
    pushCustomerData: zPushCustomerDataResponse,
    pushCustomerEvent: zPushCustomerEventResponse,
    sendMessage: zSendMessageResponse,
    closeSession: zCloseSessionResponse,
    listSessionMessages: zListSessionMessagesResponse,
    resolveSession: zResolveSessionResponse,
    routeSession: zRouteSessionResponse,
    pushMessage: zPushMessageResponse,
    lookupContact: zLookupContactResponse,
    createCampaign: zCreateCampaignResponse,
    viewCampaign: zViewCampaignResponse,
    updateProfile: zUpdateProfileResponse
};

/**
 * The checker for a client's `validateResponses: responseChecker`.
 */
export const responseChecker = createZodResponseChecker(responseSchemas);

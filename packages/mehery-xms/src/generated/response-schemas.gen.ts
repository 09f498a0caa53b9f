// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

// Imported lazily by the client when `validateResponses: true`, so zod and the
// validator stay out of bundles that do not validate.
import { createZodResponseChecker } from '@parley/runtime/validate'
import { zCloseSessionResponse, zCreateCampaignResponse, zListChannelsResponse, zListGlobalVariablesResponse, zListHsmTemplatesResponse, zListSessionMessagesResponse, zLookupContactResponse, zPushCustomerDataResponse, zPushCustomerEventResponse, zPushMessageResponse, zResolveSessionResponse, zRouteSessionResponse, zSendMessageResponse, zSetContactLanguageResponse, zSetWebhookResponse, zUpdateProfileResponse, zViewCampaignResponse } from './zod.gen.js'

export const responseSchemas = {
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
  updateProfile: zUpdateProfileResponse,
} as const

export const responseChecker = createZodResponseChecker(responseSchemas)

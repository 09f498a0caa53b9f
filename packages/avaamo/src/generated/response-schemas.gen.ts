// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

// Imported lazily by the client when `validateResponses: true`, so zod stays out of
// bundles that do not validate.
import { zListAgentMessagesResponse, zPostAgentMessageResponse } from './zod.gen.js'

export const responseSchemas = {
  postAgentMessage: zPostAgentMessageResponse,
  listAgentMessages: zListAgentMessagesResponse,
} as const

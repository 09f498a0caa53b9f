// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

// Imported lazily by the client when `validateResponses: true`, so zod and the
// validator stay out of bundles that do not validate.
import { createZodResponseChecker } from '@parley/runtime/validate'
import { zListAgentMessagesResponse, zPostAgentMessageResponse } from './zod.gen.js'

export const responseSchemas = {
  postAgentMessage: zPostAgentMessageResponse,
  listAgentMessages: zListAgentMessagesResponse,
} as const

export const responseChecker = createZodResponseChecker(responseSchemas)

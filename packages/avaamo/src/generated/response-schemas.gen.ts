// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import { createZodResponseChecker, type SafeParseSchema } from '@parley/runtime/validate';

import { zListAgentMessagesResponse, zPostAgentMessageResponse } from './zod.gen.js';

/**
 * Each operation's 2xx body schema by operationId. Imported by the package's `./zod` entry
 * (nothing loads it lazily): only applications that import `./zod` carry zod and these schemas.
 */
export const responseSchemas: Readonly<Record<string, SafeParseSchema>> = {
    postAgentMessage: zPostAgentMessageResponse,
    listAgentMessages: zListAgentMessagesResponse
};

/**
 * The checker for a client's `validateResponses: responseChecker`.
 */
export const responseChecker = createZodResponseChecker(responseSchemas);

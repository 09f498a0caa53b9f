// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { Client, ClientMeta, Options as Options2, TDataShape } from '@parley/runtime';

import { listAgentMessagesOperation, postAgentMessageOperation } from './operations.gen.js';
import { listAgentMessagesRequest, postAgentMessageRequest } from './requests.gen.js';

export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client?: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: keyof ClientMeta extends never ? Record<string, unknown> : ClientMeta;
};

/**
 * Post a message to an agent
 *
 * Posts a message as the agent into one conversation. Typically used to post
 * notifications, summaries and important product or service announcements.
 *
 * Authenticate with a **user** access token (`userAccessToken`); the user needs at
 * least edit permission on the agent. See the custom channel's "Supported agent
 * responses" for WhatsApp-compatible messages.
 *
 * Not safe to repeat: a retried request posts the message again.
 *
 */
export const postAgentMessage: typeof postAgentMessageRequest = options => postAgentMessageRequest({ operation: postAgentMessageOperation, ...options });

/**
 * List the agent's latest messages
 *
 * Gets the latest messages of the agent, across all conversations (not one user's
 * conversation), one page at a time. Follow `page` up to `total_pages` to read them
 * all. The document does not say in which order the entries of a page come.
 *
 * Use cases from the document: `per_page=1` (the latest message);
 * `since_timetoken=1569229247677821&timetoken=1569229251418739` (a period, epoch
 * microseconds); `page=5&per_page=2` (paging); `per_page=1&device_info=true` (the
 * latest message with the user's device details).
 *
 * Authenticate with the **agent** access token (`agentAccessToken`). The vendor
 * recommends fetching at most 7 days per request for good performance.
 *
 */
export const listAgentMessages: typeof listAgentMessagesRequest = options => listAgentMessagesRequest({ operation: listAgentMessagesOperation, ...options });

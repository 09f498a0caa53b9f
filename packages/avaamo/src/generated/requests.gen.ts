// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { RequestResult } from '@parley/runtime';

import { client } from './client.gen.js';
import type { Options } from './sdk.gen.js';
import type { ListAgentMessagesData, ListAgentMessagesErrors, ListAgentMessagesResponses, PostAgentMessageData, PostAgentMessageErrors, PostAgentMessageResponses } from './types.gen.js';

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
export const postAgentMessageRequest = <ThrowOnError extends boolean = true>(options: Options<PostAgentMessageData, ThrowOnError>): RequestResult<PostAgentMessageResponses, PostAgentMessageErrors, ThrowOnError, 'data'> => (options.client ?? client).post<PostAgentMessageResponses, PostAgentMessageErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/bots_api/v1/messages.json',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

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
export const listAgentMessagesRequest = <ThrowOnError extends boolean = true>(options?: Options<ListAgentMessagesData, ThrowOnError>): RequestResult<ListAgentMessagesResponses, ListAgentMessagesErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<ListAgentMessagesResponses, ListAgentMessagesErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/v1/messages.json',
    ...options
});

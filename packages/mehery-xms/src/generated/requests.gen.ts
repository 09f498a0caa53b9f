// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { RequestResult } from '@parley/runtime';

import { client } from './client.gen.js';
import type { Options } from './sdk.gen.js';
import type { CloseSessionData, CloseSessionErrors, CloseSessionResponses, CreateCampaignData, CreateCampaignErrors, CreateCampaignResponses, ListChannelsData, ListChannelsErrors, ListChannelsResponses, ListGlobalVariablesData, ListGlobalVariablesErrors, ListGlobalVariablesResponses, ListHsmTemplatesData, ListHsmTemplatesErrors, ListHsmTemplatesResponses, ListSessionMessagesData, ListSessionMessagesErrors, ListSessionMessagesResponses, LookupContactData, LookupContactErrors, LookupContactResponses, PushCustomerDataData, PushCustomerDataErrors, PushCustomerDataResponses, PushCustomerEventData, PushCustomerEventErrors, PushCustomerEventResponses, PushMessageData, PushMessageErrors, PushMessageResponses, ResolveSessionData, ResolveSessionErrors, ResolveSessionResponses, RouteSessionData, RouteSessionErrors, RouteSessionResponses, SendMessageData, SendMessageErrors, SendMessageResponses, SetContactLanguageData, SetContactLanguageErrors, SetContactLanguageResponses, SetWebhookData, SetWebhookErrors, SetWebhookResponses, UpdateProfileData, UpdateProfileErrors, UpdateProfileResponses, ViewCampaignData, ViewCampaignErrors, ViewCampaignResponses } from './types.gen.js';

/**
 * List channels
 *
 * Lists the configured channels. Pass `sabdnox=true` to include sandbox channels too. A channel's `channelId` is what `sendMessage` takes.
 */
export const listChannelsRequest = <ThrowOnError extends boolean = true>(options?: Options<ListChannelsData, ThrowOnError>): RequestResult<ListChannelsResponses, ListChannelsErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<ListChannelsResponses, ListChannelsErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/config/channels',
    ...options
});

/**
 * List global variables
 *
 * Lists the global (company) variables.
 */
export const listGlobalVariablesRequest = <ThrowOnError extends boolean = true>(options?: Options<ListGlobalVariablesData, ThrowOnError>): RequestResult<ListGlobalVariablesResponses, ListGlobalVariablesErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<ListGlobalVariablesResponses, ListGlobalVariablesErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/config/global/vars',
    ...options
});

/**
 * List HSM templates
 *
 * Lists the configured message templates (WhatsApp HSM and others). Pass `channelId` to get only the templates approved for that channel.
 */
export const listHsmTemplatesRequest = <ThrowOnError extends boolean = true>(options?: Options<ListHsmTemplatesData, ThrowOnError>): RequestResult<ListHsmTemplatesResponses, ListHsmTemplatesErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<ListHsmTemplatesResponses, ListHsmTemplatesErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/config/tmpl/hsm',
    ...options
});

/**
 * Set the webhook URL
 *
 * Sets the callback URL Mehery calls to deliver inbound messages, statuses, actions and events
 * (`message/receive`) and to ask for contact details (`contact/info`). The URL must be
 * reachable on the public internet over HTTPS with a valid certificate. The API key must
 * belong to a webhook-type client app.
 *
 * Safe to repeat: setting the same URL again changes nothing.
 */
export const setWebhookRequest = <ThrowOnError extends boolean = true>(options: Options<SetWebhookData, ThrowOnError>): RequestResult<SetWebhookResponses, SetWebhookErrors, ThrowOnError, 'data'> => (options.client ?? client).post<SetWebhookResponses, SetWebhookErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/config/webhook',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Set a contact's language
 *
 * Sets the preferred language of a contact (used, for example, to pick template languages).
 *
 * Safe to repeat: it sets a value.
 */
export const setContactLanguageRequest = <ThrowOnError extends boolean = true>(options: Options<SetContactLanguageData, ThrowOnError>): RequestResult<SetContactLanguageResponses, SetContactLanguageErrors, ThrowOnError, 'data'> => (options.client ?? client).post<SetContactLanguageResponses, SetContactLanguageErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/contact/prefs/lang',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Push customer data
 *
 * Uploads customer details (a customer record and its links).
 *
 * Not marked safe to repeat: the document does not say whether a repeated push is merged or
 * recorded twice.
 */
export const pushCustomerDataRequest = <ThrowOnError extends boolean = true>(options: Options<PushCustomerDataData, ThrowOnError>): RequestResult<PushCustomerDataResponses, PushCustomerDataErrors, ThrowOnError, 'data'> => (options.client ?? client).post<PushCustomerDataResponses, PushCustomerDataErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/data/push',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Push a customer event
 *
 * Uploads a customer event.
 *
 * Not safe to repeat: a retried push may record the event twice.
 */
export const pushCustomerEventRequest = <ThrowOnError extends boolean = true>(options: Options<PushCustomerEventData, ThrowOnError>): RequestResult<PushCustomerEventResponses, PushCustomerEventErrors, ThrowOnError, 'data'> => (options.client ?? client).post<PushCustomerEventResponses, PushCustomerEventErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/event/push',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Send a message
 *
 * Sends a text, media, document, location, contacts or template message to a contact. The body
 * differs by message `type`: the payload field named like the type carries the content.
 *
 * Not safe to repeat: a retried request sends the message again.
 */
export const sendMessageRequest = <ThrowOnError extends boolean = true>(options: Options<SendMessageData, ThrowOnError>): RequestResult<SendMessageResponses, SendMessageErrors, ThrowOnError, 'data'> => (options.client ?? client).post<SendMessageResponses, SendMessageErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/message/send',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Close a session
 *
 * Closes the active session. Answers with the session event, or with empty `results` when
 * there was no active session to close.
 *
 * Safe to repeat: closing a closed session changes nothing.
 */
export const closeSessionRequest = <ThrowOnError extends boolean = true>(options: Options<CloseSessionData, ThrowOnError>): RequestResult<CloseSessionResponses, CloseSessionErrors, ThrowOnError, 'data'> => (options.client ?? client).post<CloseSessionResponses, CloseSessionErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/session/close',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * List a session's messages
 *
 * Fetches all messages of a session. The session id comes with inbound messages
 * (`messages[].session.sessionId`).
 *
 * A read done by POST: safe to repeat.
 */
export const listSessionMessagesRequest = <ThrowOnError extends boolean = true>(options: Options<ListSessionMessagesData, ThrowOnError>): RequestResult<ListSessionMessagesResponses, ListSessionMessagesErrors, ThrowOnError, 'data'> => (options.client ?? client).post<ListSessionMessagesResponses, ListSessionMessagesErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/session/messages',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Resolve a session
 *
 * Resolves the active session, leaving it to the end user to close it. Answers with the
 * session event, or with empty `results` when there was nothing to resolve.
 *
 * Safe to repeat: resolving a resolved session changes nothing.
 */
export const resolveSessionRequest = <ThrowOnError extends boolean = true>(options: Options<ResolveSessionData, ThrowOnError>): RequestResult<ResolveSessionResponses, ResolveSessionErrors, ThrowOnError, 'data'> => (options.client ?? client).post<ResolveSessionResponses, ResolveSessionErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/session/resolve',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Route a session
 *
 * Assigns the session to another queue (and, for agent queues, to an agent, team or skills);
 * all future inbound messages of the session go to that queue.
 *
 * Not marked safe to repeat: each call routes the session again and emits a new routing event.
 */
export const routeSessionRequest = <ThrowOnError extends boolean = true>(options: Options<RouteSessionData, ThrowOnError>): RequestResult<RouteSessionResponses, RouteSessionErrors, ThrowOnError, 'data'> => (options.client ?? client).post<RouteSessionResponses, RouteSessionErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/session/routing',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Push a message
 *
 * Sends a message like `sendMessage`, through the vendor's push route (the 2026 file's
 * "Send Message" under `message/push`): same body, same receipt.
 *
 * Not safe to repeat: a retried request sends the message again.
 */
export const pushMessageRequest = <ThrowOnError extends boolean = true>(options: Options<PushMessageData, ThrowOnError>): RequestResult<PushMessageResponses, PushMessageErrors, ThrowOnError, 'data'> => (options.client ?? client).post<PushMessageResponses, PushMessageErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/message/push',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Look up a contact
 *
 * Finds the contacts whose `key` (a contact field such as `phone` or `email`) equals `value`.
 * The path is spelled `looup` by the vendor; that is the URL the server answers.
 */
export const lookupContactRequest = <ThrowOnError extends boolean = true>(options: Options<LookupContactData, ThrowOnError>): RequestResult<LookupContactResponses, LookupContactErrors, ThrowOnError, 'data'> => (options.client ?? client).get<LookupContactResponses, LookupContactErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/contact/looup',
    ...options
});

/**
 * Create a campaign
 *
 * Creates a campaign that sends the template `templateCode` to the contacts of `contactType`.
 * The parameters are query parameters; the call has no body.
 *
 * Not safe to repeat: each call creates a campaign.
 */
export const createCampaignRequest = <ThrowOnError extends boolean = true>(options: Options<CreateCampaignData, ThrowOnError>): RequestResult<CreateCampaignResponses, CreateCampaignErrors, ThrowOnError, 'data'> => (options.client ?? client).post<CreateCampaignResponses, CreateCampaignErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/create/campaign',
    ...options
});

/**
 * View campaigns
 *
 * Reads the campaigns matching the given title, template or mode.
 */
export const viewCampaignRequest = <ThrowOnError extends boolean = true>(options?: Options<ViewCampaignData, ThrowOnError>): RequestResult<ViewCampaignResponses, ViewCampaignErrors, ThrowOnError, 'data'> => (options?.client ?? client).get<ViewCampaignResponses, ViewCampaignErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/api/v1/view/campaign',
    ...options
});

/**
 * Push profile updates
 *
 * Uploads profile details of a customer: a JSON object of your own fields, stored on the
 * customer's profile. Note the path: `/xms/data/api/v1/...`, not `/xms/api/v1/...`.
 *
 * Not safe to repeat blindly: each call is recorded as an update.
 */
export const updateProfileRequest = <ThrowOnError extends boolean = true>(options: Options<UpdateProfileData, ThrowOnError>): RequestResult<UpdateProfileResponses, UpdateProfileErrors, ThrowOnError, 'data'> => (options.client ?? client).post<UpdateProfileResponses, UpdateProfileErrors, ThrowOnError, 'data'>({
    responseStyle: 'data',
    url: '/data/api/v1/profile/update',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

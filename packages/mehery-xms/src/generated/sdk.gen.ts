// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { Client, ClientMeta, Options as Options2, TDataShape } from '@parley/runtime';

import { closeSessionOperation, createCampaignOperation, listChannelsOperation, listGlobalVariablesOperation, listHsmTemplatesOperation, listSessionMessagesOperation, lookupContactOperation, pushCustomerDataOperation, pushCustomerEventOperation, pushMessageOperation, resolveSessionOperation, routeSessionOperation, sendMessageOperation, setContactLanguageOperation, setWebhookOperation, updateProfileOperation, viewCampaignOperation } from './operations.gen.js';
import { closeSessionRequest, createCampaignRequest, listChannelsRequest, listGlobalVariablesRequest, listHsmTemplatesRequest, listSessionMessagesRequest, lookupContactRequest, pushCustomerDataRequest, pushCustomerEventRequest, pushMessageRequest, resolveSessionRequest, routeSessionRequest, sendMessageRequest, setContactLanguageRequest, setWebhookRequest, updateProfileRequest, viewCampaignRequest } from './requests.gen.js';

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
 * List channels
 *
 * Lists the configured channels. Pass `sabdnox=true` to include sandbox channels too. A channel's `channelId` is what `sendMessage` takes.
 */
export const listChannels: typeof listChannelsRequest = options => listChannelsRequest({ operation: listChannelsOperation, ...options });

/**
 * List global variables
 *
 * Lists the global (company) variables.
 */
export const listGlobalVariables: typeof listGlobalVariablesRequest = options => listGlobalVariablesRequest({ operation: listGlobalVariablesOperation, ...options });

/**
 * List HSM templates
 *
 * Lists the configured message templates (WhatsApp HSM and others). Pass `channelId` to get only the templates approved for that channel.
 */
export const listHsmTemplates: typeof listHsmTemplatesRequest = options => listHsmTemplatesRequest({ operation: listHsmTemplatesOperation, ...options });

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
export const setWebhook: typeof setWebhookRequest = options => setWebhookRequest({ operation: setWebhookOperation, ...options });

/**
 * Set a contact's language
 *
 * Sets the preferred language of a contact (used, for example, to pick template languages).
 *
 * Safe to repeat: it sets a value.
 */
export const setContactLanguage: typeof setContactLanguageRequest = options => setContactLanguageRequest({ operation: setContactLanguageOperation, ...options });

/**
 * Push customer data
 *
 * Uploads customer details (a customer record and its links).
 *
 * Not marked safe to repeat: the document does not say whether a repeated push is merged or
 * recorded twice.
 */
export const pushCustomerData: typeof pushCustomerDataRequest = options => pushCustomerDataRequest({ operation: pushCustomerDataOperation, ...options });

/**
 * Push a customer event
 *
 * Uploads a customer event.
 *
 * Not safe to repeat: a retried push may record the event twice.
 */
export const pushCustomerEvent: typeof pushCustomerEventRequest = options => pushCustomerEventRequest({ operation: pushCustomerEventOperation, ...options });

/**
 * Send a message
 *
 * Sends a text, media, document, location, contacts or template message to a contact. The body
 * differs by message `type`: the payload field named like the type carries the content.
 *
 * Not safe to repeat: a retried request sends the message again.
 */
export const sendMessage: typeof sendMessageRequest = options => sendMessageRequest({ operation: sendMessageOperation, ...options });

/**
 * Close a session
 *
 * Closes the active session. Answers with the session event, or with empty `results` when
 * there was no active session to close.
 *
 * Safe to repeat: closing a closed session changes nothing.
 */
export const closeSession: typeof closeSessionRequest = options => closeSessionRequest({ operation: closeSessionOperation, ...options });

/**
 * List a session's messages
 *
 * Fetches all messages of a session. The session id comes with inbound messages
 * (`messages[].session.sessionId`).
 *
 * A read done by POST: safe to repeat.
 */
export const listSessionMessages: typeof listSessionMessagesRequest = options => listSessionMessagesRequest({ operation: listSessionMessagesOperation, ...options });

/**
 * Resolve a session
 *
 * Resolves the active session, leaving it to the end user to close it. Answers with the
 * session event, or with empty `results` when there was nothing to resolve.
 *
 * Safe to repeat: resolving a resolved session changes nothing.
 */
export const resolveSession: typeof resolveSessionRequest = options => resolveSessionRequest({ operation: resolveSessionOperation, ...options });

/**
 * Route a session
 *
 * Assigns the session to another queue (and, for agent queues, to an agent, team or skills);
 * all future inbound messages of the session go to that queue.
 *
 * Not marked safe to repeat: each call routes the session again and emits a new routing event.
 */
export const routeSession: typeof routeSessionRequest = options => routeSessionRequest({ operation: routeSessionOperation, ...options });

/**
 * Push a message
 *
 * Sends a message like `sendMessage`, through the vendor's push route (the 2026 file's
 * "Send Message" under `message/push`): same body, same receipt.
 *
 * Not safe to repeat: a retried request sends the message again.
 */
export const pushMessage: typeof pushMessageRequest = options => pushMessageRequest({ operation: pushMessageOperation, ...options });

/**
 * Look up a contact
 *
 * Finds the contacts whose `key` (a contact field such as `phone` or `email`) equals `value`.
 * The path is spelled `looup` by the vendor; that is the URL the server answers.
 */
export const lookupContact: typeof lookupContactRequest = options => lookupContactRequest({ operation: lookupContactOperation, ...options });

/**
 * Create a campaign
 *
 * Creates a campaign that sends the template `templateCode` to the contacts of `contactType`.
 * The parameters are query parameters; the call has no body.
 *
 * Not safe to repeat: each call creates a campaign.
 */
export const createCampaign: typeof createCampaignRequest = options => createCampaignRequest({ operation: createCampaignOperation, ...options });

/**
 * View campaigns
 *
 * Reads the campaigns matching the given title, template or mode.
 */
export const viewCampaign: typeof viewCampaignRequest = options => viewCampaignRequest({ operation: viewCampaignOperation, ...options });

/**
 * Push profile updates
 *
 * Uploads profile details of a customer: a JSON object of your own fields, stored on the
 * customer's profile. Note the path: `/xms/data/api/v1/...`, not `/xms/api/v1/...`.
 *
 * Not safe to repeat blindly: each call is recorded as an update.
 */
export const updateProfile: typeof updateProfileRequest = options => updateProfileRequest({ operation: updateProfileOperation, ...options });

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { CredentialOptionTable, OperationInfo, OperationTable, SecuritySchemeTable } from '@parley/runtime/internal';

export const listChannelsOperation: OperationInfo = { id: 'listChannels', scalars: ['query.sabdnox'] };

export const listGlobalVariablesOperation: OperationInfo = { id: 'listGlobalVariables', scalars: ['query.channelId'] };

export const listHsmTemplatesOperation: OperationInfo = { id: 'listHsmTemplates', scalars: ['query.channelId', 'query.channelStatus'] };

export const setWebhookOperation: OperationInfo = {
    id: 'setWebhook',
    bodyRequired: true,
    idempotent: true,
    requiredBody: ['url']
};

export const setContactLanguageOperation: OperationInfo = {
    id: 'setContactLanguage',
    bodyRequired: true,
    idempotent: true,
    requiredBody: ['contactId', 'lang']
};

export const pushCustomerDataOperation: OperationInfo = {
    id: 'pushCustomerData',
    bodyRequired: true,
    requiredBody: ['id', 'type']
};

export const pushCustomerEventOperation: OperationInfo = {
    id: 'pushCustomerEvent',
    bodyRequired: true,
    requiredBody: ['id', 'eventName']
};

export const sendMessageOperation: OperationInfo = { id: 'sendMessage', bodyRequired: true };

export const closeSessionOperation: OperationInfo = {
    id: 'closeSession',
    bodyRequired: true,
    idempotent: true,
    requiredBody: ['sessionId']
};

export const listSessionMessagesOperation: OperationInfo = {
    id: 'listSessionMessages',
    bodyRequired: true,
    idempotent: true,
    requiredBody: ['sessionId']
};

export const resolveSessionOperation: OperationInfo = {
    id: 'resolveSession',
    bodyRequired: true,
    idempotent: true,
    requiredBody: ['sessionId']
};

export const routeSessionOperation: OperationInfo = {
    id: 'routeSession',
    bodyRequired: true,
    requiredBody: ['sessionId', 'queue']
};

export const pushMessageOperation: OperationInfo = { id: 'pushMessage', bodyRequired: true };

export const lookupContactOperation: OperationInfo = {
    id: 'lookupContact',
    requiredQuery: ['value'],
    scalars: ['query.key', 'query.value']
};

export const createCampaignOperation: OperationInfo = {
    id: 'createCampaign',
    requiredQuery: [
        'campaignTitle',
        'templateCode',
        'contactType'
    ],
    scalars: [
        'query.campaignTitle',
        'query.templateCode',
        'query.campaignMode',
        'query.contactType',
        'query.channelId'
    ]
};

export const viewCampaignOperation: OperationInfo = { id: 'viewCampaign', scalars: [
        'query.campaignTitle',
        'query.templateCode',
        'query.campaignMode'
    ] };

export const updateProfileOperation: OperationInfo = { id: 'updateProfile', bodyRequired: true };

/**
 * Every operation by `"<METHOD> <url template>"`.
 */
export const operations: OperationTable = {
    'GET /api/v1/config/channels': listChannelsOperation,
    'GET /api/v1/config/global/vars': listGlobalVariablesOperation,
    'GET /api/v1/config/tmpl/hsm': listHsmTemplatesOperation,
    'POST /api/v1/config/webhook': setWebhookOperation,
    'POST /api/v1/contact/prefs/lang': setContactLanguageOperation,
    'POST /api/v1/data/push': pushCustomerDataOperation,
    'POST /api/v1/event/push': pushCustomerEventOperation,
    'POST /api/v1/message/send': sendMessageOperation,
    'POST /api/v1/session/close': closeSessionOperation,
    'POST /api/v1/session/messages': listSessionMessagesOperation,
    'POST /api/v1/session/resolve': resolveSessionOperation,
    'POST /api/v1/session/routing': routeSessionOperation,
    'POST /api/v1/message/push': pushMessageOperation,
    'GET /api/v1/contact/looup': lookupContactOperation,
    'POST /api/v1/create/campaign': createCampaignOperation,
    'GET /api/v1/view/campaign': viewCampaignOperation,
    'POST /data/api/v1/profile/update': updateProfileOperation
};

export const securitySchemes: SecuritySchemeTable = { apiKey: {
        type: 'apiKey',
        in: 'header',
        name: 'x-api-key'
    }, apiId: {
        type: 'apiKey',
        in: 'header',
        name: 'x-api-id'
    } };

/**
 * The spec's top-level security, for every operation of the table that names none.
 */
export const defaultSecurity: ReadonlyArray<ReadonlyArray<string>> = [['apiKey', 'apiId']];

/**
 * The credential options of a client factory, one set per security scheme of the spec.
 */
export type CredentialOptions = {
    /**
     * Credential of the `apiKey` scheme: API key sent in the header `x-api-key`. Your API key. Sent together with `x-api-id`.
     */
    apiKey?: string;
    /**
     * Credential of the `apiId` scheme: API key sent in the header `x-api-id`. Your API id (the client app id). Sent together with `x-api-key`.
     */
    apiId?: string;
};

/**
 * Which `CredentialOptions` give each scheme's credential (`credentialsFromOptions` of @parley/runtime/internal).
 */
export const credentialOptions: CredentialOptionTable = { apiKey: { kind: 'secret', option: 'apiKey' }, apiId: { kind: 'secret', option: 'apiId' } };

/**
 * The spec's first server with its variables at their defaults.
 */
export const defaultBaseUrl = 'https://api.mehery.xyz/xms';

/**
 * The spec's server URL template and variable defaults (`{tenant}`, ...).
 */
export const serverTemplate = { url: 'https://{tenant}.mehery.{tld}/xms', variables: { tenant: 'api', tld: 'xyz' } } as const;

export type OperationId = 'listChannels' | 'listGlobalVariables' | 'listHsmTemplates' | 'setWebhook' | 'setContactLanguage' | 'pushCustomerData' | 'pushCustomerEvent' | 'sendMessage' | 'closeSession' | 'listSessionMessages' | 'resolveSession' | 'routeSession' | 'pushMessage' | 'lookupContact' | 'createCampaign' | 'viewCampaign' | 'updateProfile';

/**
 * The spec's top-level `webhooks`: wire event name, handler operationId, summary.
 */
export const webhookEvents = [{
        event: 'contact/info',
        operationId: 'onContactInfo',
        summary: 'Contact information requested'
    }, {
        event: 'message/receive',
        operationId: 'onMessageReceive',
        summary: 'Messages, statuses, actions or events received'
    }] as const;

/**
 * The answer header that carries the vendor's id for a request (`x-parley-request-id` of the spec's
 * `info`, else `x-request-id`): `requestId` of `withResponse()` and of errors.
 */
export const requestIdHeader = 'x-request-id';

export const apiTitle = 'Mehery XMS Messaging API';

export const apiVersion = '1.0';

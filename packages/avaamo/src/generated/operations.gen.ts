// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import type { CredentialOptionTable, OperationInfo, OperationTable, SecuritySchemeTable } from '@parley/runtime/internal';

export const postAgentMessageOperation: OperationInfo = {
    id: 'postAgentMessage',
    security: [['userAccessToken']],
    bodyRequired: true,
    requiredBody: [
        'message',
        'conversation',
        'bot_id'
    ]
};

export const listAgentMessagesOperation: OperationInfo = {
    id: 'listAgentMessages',
    security: [['agentAccessToken']],
    scalars: [
        'query.device_info',
        'query.since_timetoken',
        'query.timetoken',
        'query.page',
        'query.per_page'
    ]
};

/**
 * Every operation by `"<METHOD> <url template>"`.
 */
export const operations: OperationTable = {
    'POST /bots_api/v1/messages.json': postAgentMessageOperation,
    'GET /v1/messages.json': listAgentMessagesOperation
};

export const securitySchemes: SecuritySchemeTable = { userAccessToken: {
        type: 'apiKey',
        in: 'header',
        name: 'access-token'
    }, agentAccessToken: {
        type: 'apiKey',
        in: 'header',
        name: 'access-token'
    } };

/**
 * The spec's top-level security, for every operation of the table that names none.
 */
export const defaultSecurity: ReadonlyArray<ReadonlyArray<string>> = [];

/**
 * The credential options of a client factory, one set per security scheme of the spec.
 */
export type CredentialOptions = {
    /**
     * Credential of the `userAccessToken` scheme: API key sent in the header `access-token`. A **user** access token (Settings -> Users, or Groups). The user must have at least edit permission on the agent. Used to post messages.
     */
    userAccessToken?: string;
    /**
     * Credential of the `agentAccessToken` scheme: API key sent in the header `access-token`. The **agent** access token (Agent -> Settings -> Agent authentication keys). Used to read the agent's messages. Same header as `userAccessToken`, different token.
     */
    agentAccessToken?: string;
};

/**
 * Which `CredentialOptions` give each scheme's credential (`credentialsFromOptions` of @parley/runtime/internal).
 */
export const credentialOptions: CredentialOptionTable = { userAccessToken: { kind: 'secret', option: 'userAccessToken' }, agentAccessToken: { kind: 'secret', option: 'agentAccessToken' } };

/**
 * The spec's first server with its variables at their defaults.
 */
export const defaultBaseUrl = 'https://cx.avaamo.com';

/**
 * The spec's server URL template and variable defaults (`{tenant}`, ...).
 */
export const serverTemplate = { url: 'https://cx.avaamo.com', variables: {} } as const;

export type OperationId = 'postAgentMessage' | 'listAgentMessages';

/**
 * The spec's top-level `webhooks`: wire event name, handler operationId, summary.
 */
export const webhookEvents = [] as const;

/**
 * The answer header that carries the vendor's id for a request (`x-parley-request-id` of the spec's
 * `info`, else `x-request-id`): `requestId` of `withResponse()` and of errors.
 */
export const requestIdHeader = 'x-request-id';

export const apiTitle = 'Avaamo Message API';

export const apiVersion = '1.0.0';

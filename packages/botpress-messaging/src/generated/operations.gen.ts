// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

import type { OperationTable, SecuritySchemeTable } from '@parley/runtime'

/** What the runtime checks before sending, by `"<METHOD> <url template>"`. */
export const operations: OperationTable = {
  "POST /api/v1/admin/clients": {"id":"createClient","security":[["adminKey"],[]]},
  "GET /api/v1/clients": {"id":"getClient"},
  "POST /api/v1/sync": {"id":"sync","bodyRequired":true,"idempotent":true},
  "GET /api/v1/health": {"id":"getHealth"},
  "POST /api/v1/users": {"id":"createUser"},
  "GET /api/v1/users/{id}": {"id":"getUser"},
  "POST /api/v1/conversations": {"id":"createConversation","bodyRequired":true},
  "GET /api/v1/conversations/{id}": {"id":"getConversation"},
  "GET /api/v1/conversations/user/{userId}": {"id":"listConversations"},
  "POST /api/v1/messages": {"id":"createMessage","bodyRequired":true},
  "POST /api/v1/messages/collect": {"id":"createMessageAndCollect","bodyRequired":true},
  "GET /api/v1/messages/{id}": {"id":"getMessage"},
  "DELETE /api/v1/messages/{id}": {"id":"deleteMessage"},
  "GET /api/v1/messages/conversation/{conversationId}": {"id":"listMessages"},
  "DELETE /api/v1/messages/conversation/{conversationId}": {"id":"deleteConversationMessages"},
  "POST /api/v1/endpoints/map": {"id":"mapEndpoint","bodyRequired":true,"idempotent":true},
  "GET /api/v1/endpoints/conversation/{conversationId}": {"id":"listConversationEndpoints"},
}

export const securitySchemes: SecuritySchemeTable = {
  "clientId": {
    "type": "apiKey",
    "in": "header",
    "name": "x-bp-messaging-client-id"
  },
  "clientToken": {
    "type": "apiKey",
    "in": "header",
    "name": "x-bp-messaging-client-token"
  },
  "adminKey": {
    "type": "apiKey",
    "in": "header",
    "name": "x-bp-messaging-admin-key"
  }
}

/** The spec's top-level security, for every operation of the table that names none. */
export const defaultSecurity: ReadonlyArray<ReadonlyArray<string>> = [["clientId","clientToken"]]

/** The spec's first server with its variables at their defaults. */
export const defaultBaseUrl = "http://localhost:3100"

/** The spec's server URL template and variable defaults (`{tenant}`, ...). */
export const serverTemplate = {
  "url": "{messagingUrl}",
  "variables": {
    "messagingUrl": "http://localhost:3100"
  }
} as const

export type OperationId = "createClient" | "getClient" | "sync" | "getHealth" | "createUser" | "getUser" | "createConversation" | "getConversation" | "listConversations" | "createMessage" | "createMessageAndCollect" | "getMessage" | "deleteMessage" | "listMessages" | "deleteConversationMessages" | "mapEndpoint" | "listConversationEndpoints"

/** The spec's top-level `webhooks`: wire event name, handler operationId, summary. */
export const webhookEvents = [
  {
    "event": "user.new",
    "operationId": "onUserNew",
    "summary": "A user was created"
  },
  {
    "event": "user.updated",
    "operationId": "onUserUpdated",
    "summary": "A user was updated"
  },
  {
    "event": "conversation.new",
    "operationId": "onConversationNew",
    "summary": "A conversation was created"
  },
  {
    "event": "conversation.started",
    "operationId": "onConversationStarted",
    "summary": "A conversation was started on a channel"
  },
  {
    "event": "message.new",
    "operationId": "onMessageNew",
    "summary": "A message was created"
  },
  {
    "event": "message.feedback",
    "operationId": "onMessageFeedback",
    "summary": "A user gave feedback on a message"
  },
  {
    "event": "health.new",
    "operationId": "onHealthNew",
    "summary": "A channel health event was recorded"
  }
] as const

export const apiTitle = "Botpress Messaging client API"
export const apiVersion = "1.2.0"

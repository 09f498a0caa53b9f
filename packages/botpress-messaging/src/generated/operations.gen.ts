// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

import type { OperationTable, SecuritySchemeTable } from '@parley/runtime'

/** What the runtime checks before sending, by `"<METHOD> <url template>"`. */
export const operations: OperationTable = {
  "POST /api/v1/admin/clients": {"id":"createClient","security":[["adminKey"],[]]},
  "GET /api/v1/clients": {"id":"getClient","security":[["clientId","clientToken"]]},
  "POST /api/v1/sync": {"id":"sync","security":[["clientId","clientToken"]],"bodyRequired":true,"idempotent":true},
  "GET /api/v1/health": {"id":"getHealth","security":[["clientId","clientToken"]]},
  "POST /api/v1/users": {"id":"createUser","security":[["clientId","clientToken"]]},
  "GET /api/v1/users/{id}": {"id":"getUser","security":[["clientId","clientToken"]]},
  "POST /api/v1/conversations": {"id":"createConversation","security":[["clientId","clientToken"]],"bodyRequired":true},
  "GET /api/v1/conversations/{id}": {"id":"getConversation","security":[["clientId","clientToken"]]},
  "GET /api/v1/conversations/user/{userId}": {"id":"listConversations","security":[["clientId","clientToken"]]},
  "POST /api/v1/messages": {"id":"createMessage","security":[["clientId","clientToken"]],"bodyRequired":true},
  "POST /api/v1/messages/collect": {"id":"createMessageAndCollect","security":[["clientId","clientToken"]],"bodyRequired":true},
  "GET /api/v1/messages/{id}": {"id":"getMessage","security":[["clientId","clientToken"]]},
  "DELETE /api/v1/messages/{id}": {"id":"deleteMessage","security":[["clientId","clientToken"]]},
  "GET /api/v1/messages/conversation/{conversationId}": {"id":"listMessages","security":[["clientId","clientToken"]]},
  "DELETE /api/v1/messages/conversation/{conversationId}": {"id":"deleteConversationMessages","security":[["clientId","clientToken"]]},
  "POST /api/v1/endpoints/map": {"id":"mapEndpoint","security":[["clientId","clientToken"]],"bodyRequired":true,"idempotent":true},
  "GET /api/v1/endpoints/conversation/{conversationId}": {"id":"listConversationEndpoints","security":[["clientId","clientToken"]]},
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

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

import type { OperationTable, SecuritySchemeTable } from '@parley/runtime'

/** What the runtime checks before sending, by `"<METHOD> <url template>"`. */
export const operations: OperationTable = {
  "GET /api/v1/config/channels": {"id":"listChannels"},
  "GET /api/v1/config/global/vars": {"id":"listGlobalVariables"},
  "GET /api/v1/config/tmpl/hsm": {"id":"listHsmTemplates"},
  "POST /api/v1/config/webhook": {"id":"setWebhook","bodyRequired":true,"idempotent":true},
  "POST /api/v1/contact/prefs/lang": {"id":"setContactLanguage","bodyRequired":true,"idempotent":true},
  "POST /api/v1/data/push": {"id":"pushCustomerData","bodyRequired":true},
  "POST /api/v1/event/push": {"id":"pushCustomerEvent","bodyRequired":true},
  "POST /api/v1/message/send": {"id":"sendMessage","bodyRequired":true},
  "POST /api/v1/session/close": {"id":"closeSession","bodyRequired":true,"idempotent":true},
  "POST /api/v1/session/messages": {"id":"listSessionMessages","bodyRequired":true,"idempotent":true},
  "POST /api/v1/session/resolve": {"id":"resolveSession","bodyRequired":true,"idempotent":true},
  "POST /api/v1/session/routing": {"id":"routeSession","bodyRequired":true},
}

export const securitySchemes: SecuritySchemeTable = {
  "apiKey": {
    "type": "apiKey",
    "in": "header",
    "name": "x-api-key"
  },
  "apiId": {
    "type": "apiKey",
    "in": "header",
    "name": "x-api-id"
  }
}

/** The spec's top-level security, for every operation of the table that names none. */
export const defaultSecurity: ReadonlyArray<ReadonlyArray<string>> = [["apiKey","apiId"]]

/** The spec's first server with its variables at their defaults. */
export const defaultBaseUrl = "https://api.mehery.xyz/xms"

/** The spec's server URL template and variable defaults (`{tenant}`, ...). */
export const serverTemplate = {
  "url": "https://{tenant}.mehery.{tld}/xms",
  "variables": {
    "tenant": "api",
    "tld": "xyz"
  }
} as const

export type OperationId = "listChannels" | "listGlobalVariables" | "listHsmTemplates" | "setWebhook" | "setContactLanguage" | "pushCustomerData" | "pushCustomerEvent" | "sendMessage" | "closeSession" | "listSessionMessages" | "resolveSession" | "routeSession"

/** The spec's top-level `webhooks`: wire event name, handler operationId, summary. */
export const webhookEvents = [
  {
    "event": "contact/info",
    "operationId": "onContactInfo",
    "summary": "Contact information requested"
  },
  {
    "event": "message/receive",
    "operationId": "onMessageReceive",
    "summary": "Messages, statuses, actions or events received"
  }
] as const

export const apiTitle = "Mehery XMS Messaging API"
export const apiVersion = "1.0"

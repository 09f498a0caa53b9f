// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

import type { OperationTable, SecuritySchemeTable } from '@parley/runtime'

/** What the runtime checks before sending, by `"<METHOD> <url template>"`. */
export const operations: OperationTable = {
  "POST /messages": {"id":"generateThreadId"},
  "GET /messages/{threadId}": {"id":"listMessages"},
  "POST /messages/{threadId}": {"id":"sendMessage","bodyRequired":true},
  "GET /threads": {"id":"listThreads"},
  "POST /handover/{threadId}": {"id":"handoverThread","idempotent":true},
  "POST /takeover/{threadId}": {"id":"takeoverThread"},
  "POST /resolve/{threadId}": {"id":"resolveThread","idempotent":true},
  "GET /trigger/event": {"id":"listTriggerEvents"},
  "POST /trigger/event/{threadId}": {"id":"triggerEvent","requiredQuery":["eventName"]},
  "GET /businesshours": {"id":"getBusinessHours"},
  "GET /pause/{threadId}": {"id":"getBotStatus"},
  "POST /pause/{threadId}": {"id":"pauseBot","idempotent":true},
  "DELETE /pause/{threadId}": {"id":"resumeBot"},
  "POST /broadcast/instant": {"id":"broadcastToPhoneNumbers","bodyRequired":true},
  "POST /broadcast/instant/segment": {"id":"broadcastToSegments","bodyRequired":true},
  "GET /broadcast/segments": {"id":"listSegments"},
}

export const securitySchemes: SecuritySchemeTable = {
  "apiKey": {
    "type": "apiKey",
    "in": "header",
    "name": "Authorization"
  }
}

/** The spec's top-level security, for every operation of the table that names none. */
export const defaultSecurity: ReadonlyArray<ReadonlyArray<string>> = [["apiKey"]]

/** The spec's first server with its variables at their defaults. */
export const defaultBaseUrl = "https://api.flow.ai/rest/v1"

/** The spec's server URL template and variable defaults (`{tenant}`, ...). */
export const serverTemplate = {
  "url": "https://api.flow.ai/rest/v1",
  "variables": {}
} as const

export type OperationId = "generateThreadId" | "listMessages" | "sendMessage" | "listThreads" | "handoverThread" | "takeoverThread" | "resolveThread" | "listTriggerEvents" | "triggerEvent" | "getBusinessHours" | "getBotStatus" | "pauseBot" | "resumeBot" | "broadcastToPhoneNumbers" | "broadcastToSegments" | "listSegments"

/** The spec's top-level `webhooks`: wire event name, handler operationId, summary. */
export const webhookEvents = [
  {
    "event": "message",
    "operationId": "onMessage",
    "summary": "Bot reply for a thread"
  },
  {
    "event": "history",
    "operationId": "onHistory",
    "summary": "Message history of a thread"
  },
  {
    "event": "threads",
    "operationId": "onThreads",
    "summary": "List of threads"
  },
  {
    "event": "trigger.events",
    "operationId": "onTriggerEvents",
    "summary": "List of events that can be triggered"
  },
  {
    "event": "businessHours",
    "operationId": "onBusinessHours",
    "summary": "Business hours"
  },
  {
    "event": "paused",
    "operationId": "onPaused",
    "summary": "Bot paused for a thread"
  },
  {
    "event": "resumed",
    "operationId": "onResumed",
    "summary": "Bot resumed for a thread"
  },
  {
    "event": "isPaused",
    "operationId": "onIsPaused",
    "summary": "Bot status for a thread"
  },
  {
    "event": "inbound",
    "operationId": "onInbound",
    "summary": "User message from another channel"
  },
  {
    "event": "outbound",
    "operationId": "onOutbound",
    "summary": "Bot message on another channel"
  },
  {
    "event": "takeover",
    "operationId": "onTakeover",
    "summary": "Takeover action executed"
  }
] as const

export const apiTitle = "Khoros Flow REST API"
export const apiVersion = "1.0"

// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or scripts/codegen/ and regenerate.

import type { OperationTable, SecuritySchemeTable } from '@parley/runtime'

/** What the runtime checks before sending, by `"<METHOD> <url template>"`. */
export const operations: OperationTable = {
  "POST /messages": {
    "id": "generateThreadId",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": false
  },
  "GET /messages/{threadId}": {
    "id": "listMessages",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [
      "threadId"
    ],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  },
  "POST /messages/{threadId}": {
    "id": "sendMessage",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [
      "threadId"
    ],
    "requiredQuery": [],
    "bodyRequired": true,
    "idempotent": false
  },
  "GET /threads": {
    "id": "listThreads",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  },
  "POST /handover/{threadId}": {
    "id": "handoverThread",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [
      "threadId"
    ],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  },
  "POST /takeover/{threadId}": {
    "id": "takeoverThread",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [
      "threadId"
    ],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": false
  },
  "POST /resolve/{threadId}": {
    "id": "resolveThread",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [
      "threadId"
    ],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  },
  "GET /trigger/event": {
    "id": "listTriggerEvents",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  },
  "POST /trigger/event/{threadId}": {
    "id": "triggerEvent",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [
      "threadId"
    ],
    "requiredQuery": [
      "eventName"
    ],
    "bodyRequired": false,
    "idempotent": false
  },
  "GET /businesshours": {
    "id": "getBusinessHours",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  },
  "GET /pause/{threadId}": {
    "id": "getBotStatus",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [
      "threadId"
    ],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  },
  "POST /pause/{threadId}": {
    "id": "pauseBot",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [
      "threadId"
    ],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  },
  "DELETE /pause/{threadId}": {
    "id": "resumeBot",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [
      "threadId"
    ],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  },
  "POST /broadcast/instant": {
    "id": "broadcastToPhoneNumbers",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [],
    "requiredQuery": [],
    "bodyRequired": true,
    "idempotent": false
  },
  "POST /broadcast/instant/segment": {
    "id": "broadcastToSegments",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [],
    "requiredQuery": [],
    "bodyRequired": true,
    "idempotent": false
  },
  "GET /broadcast/segments": {
    "id": "listSegments",
    "security": [
      [
        "apiKey"
      ]
    ],
    "pathParameters": [],
    "requiredQuery": [],
    "bodyRequired": false,
    "idempotent": true
  }
}

export const securitySchemes: SecuritySchemeTable = {
  "apiKey": {
    "type": "apiKey",
    "in": "header",
    "name": "Authorization"
  }
}

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

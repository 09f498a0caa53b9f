/**
 * Response validation (`validateResponses: true`) for Flow's sync mode. The spec types
 * each sync-capable 200 as `anyOf [Result, Accepted]`; as a plain union a broken result
 * would still pass as the open `Accepted` and come back stripped to `{ status: "ok" }`,
 * hiding the error from a caller who asked for the result. Here a body that carries any
 * field the result requires (besides `status`) must be a valid result; only a body
 * without them is read as the acknowledgement. Loaded lazily, like the generated table.
 */
import { type SafeParseSchema, createZodResponseChecker } from '@parley/runtime/validate'
import { responseSchemas } from './generated/response-schemas.gen.js'
import {
  zAccepted,
  zBotStatusResult,
  zBusinessHoursResult,
  zMessageHistoryResult,
  zSegmentListResult,
  zSendMessageResult,
  zThreadListResult,
  zTriggerEventListResult,
} from './generated/zod.gen.js'

interface ObjectSchema extends SafeParseSchema {
  readonly shape: Record<string, { isOptional(): boolean }>
}

/** Each sync-capable operation's result schema. */
const syncResultSchemas: Record<string, ObjectSchema> = {
  sendMessage: zSendMessageResult,
  listMessages: zMessageHistoryResult,
  listThreads: zThreadListResult,
  listTriggerEvents: zTriggerEventListResult,
  getBusinessHours: zBusinessHoursResult,
  getBotStatus: zBotStatusResult,
  listSegments: zSegmentListResult,
}

function resultOrAccepted(resultSchema: ObjectSchema): SafeParseSchema {
  const resultFields = Object.entries(resultSchema.shape)
    .filter(([name, field]) => name !== 'status' && !field.isOptional())
    .map(([name]) => name)
  return {
    safeParse(data) {
      const claimsResult =
        typeof data === 'object' && data !== null && resultFields.some((name) => Object.hasOwn(data, name))
      return (claimsResult ? resultSchema : zAccepted).safeParse(data)
    },
  }
}

export const khorosFlowResponseSchemas: Readonly<Record<string, SafeParseSchema>> = {
  ...responseSchemas,
  ...Object.fromEntries(
    Object.entries(syncResultSchemas).map(([operationId, schema]) => [operationId, resultOrAccepted(schema)]),
  ),
}

export const khorosFlowResponseChecker = createZodResponseChecker(khorosFlowResponseSchemas)

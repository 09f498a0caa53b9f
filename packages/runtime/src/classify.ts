/**
 * Step 3 of a call: what an answer means. A 2xx is parsed (JSON by its content type),
 * checked by the response validator when one is configured, and given with its answer
 * (`withResponse`) when the caller asks; any other status becomes the typed `ApiError` for it, secrets scrubbed.
 */
import type { Answer } from './attempt.js'
import type { CallContext } from './call-context.js'
import type { ClientMetadata, WithResponse } from './client-types.js'
import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  UnprocessableEntityError,
} from './errors.js'
import { redactHeaders, redactValue } from './redact.js'
import { asResponse } from './transport.js'

/** The body as data: JSON parsed when the answer says it is JSON, text or binary as read. */
function parsedContent(answer: Answer, call: CallContext): unknown {
  const { content, response } = answer
  if (content === '') return undefined
  if (typeof content !== 'string' || !answer.contentType?.includes('json')) return content
  try {
    return JSON.parse(content)
  } catch {
    // An error answer keeps its text; a 2xx that is not the JSON it claims is an error.
    // The parser's message is left out: it quotes the start of the body, which may be a secret.
    if (!response.ok) return content
    const { method, url } = answer.answered
    throw new ResponseParseError({ status: response.status, method, url: call.redactUrl(url) })
  }
}

/** A 2xx answer with its body as data. */
export interface Answered {
  readonly data: unknown
  readonly answer: Answer
}

/** The data of a 2xx answer: parsed, and checked when a response validator is configured. */
export async function successData(answer: Answer, call: CallContext): Promise<unknown> {
  const data = parsedContent(answer, call)
  const { operationId } = call
  const validate = call.metadata.responseValidator
  // The schemas describe bodies read as text or JSON: an unread stream or a Blob is not checked.
  return validate && operationId && typeof answer.content === 'string' ? validate(operationId, data) : data
}

/** The vendor's id for the request, from the header its spec names. */
export const requestIdOf = (response: Pick<Response, 'headers'>, metadata: ClientMetadata): string | undefined =>
  response.headers.get(metadata.requestIdHeader ?? 'x-request-id') ?? undefined

/** The body with its answer (`withResponse()`, `responseStyle: 'fields'`): a fetch `Response` is made only here. */
export const withResponse = ({ data, answer }: Answered, metadata: ClientMetadata): WithResponse => ({
  data,
  response: asResponse(answer.response, answer.content),
  requestId: requestIdOf(answer.response, metadata),
})

/** The typed error for a non-2xx answer. */
export function errorForAnswer(answer: Answer, call: CallContext): ApiError {
  const { response } = answer
  return createApiError({
    status: response.status,
    headers: redactHeaders(response.headers, call.secrets),
    body: redactValue(parsedContent(answer, call), call.secrets),
    method: answer.answered.method,
    url: call.redactUrl(answer.answered.url),
    operationId: call.operationId,
    requestId: requestIdOf(response, call.metadata),
  })
}

const errorClassByStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
}

/** The most specific error class for a status. */
export function createApiError(init: ApiErrorInit): ApiError {
  const ErrorClass = errorClassByStatus[init.status] ?? (init.status >= 500 ? InternalServerError : ApiError)
  return new ErrorClass(init)
}

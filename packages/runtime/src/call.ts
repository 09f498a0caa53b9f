/** What names a call in an error message: its operation, or its method and URL template. */
export interface CallName {
  readonly operationId: string | undefined
  readonly method: string
  readonly url: string
}

export const callLabel = (call: CallName): string => call.operationId ?? `${call.method} ${call.url}`

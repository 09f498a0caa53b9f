export interface RunningMock {
  /** Base URL to give a client: Prism serves the spec's paths at its root. */
  readonly baseUrl: string
  readonly port: number
  /** What Prism printed, for failure messages. */
  readonly output: () => string
  close(): Promise<void>
}
export interface PrismOptions {
  port?: number
  /** Generate responses from schemas instead of answering with the examples. */
  dynamic?: boolean
  startTimeoutMs?: number
}
export function findFreePort(): Promise<number>
export function startPrismMock(specPath: string, options?: PrismOptions): Promise<RunningMock>

export interface PrismOptions {
  /** Port on 127.0.0.1; a free one is picked when omitted. Rejects when it is taken. */
  port?: number
  /** Prism's `--dynamic` (answers generated from the schemas instead of the examples). */
  dynamic?: boolean
  /** Overall deadline for the port to accept connections (default 240 s). */
  startDeadlineMs?: number
  /** Called when the Prism process exits, whether or not it was asked to. */
  onExit?: (exit: { code: number | null; signal: NodeJS.Signals | null; output: string }) => void
}

export interface RunningMock {
  baseUrl: string
  port: number
  pid: number | undefined
  output(): string
  close(): Promise<void>
}

export const defaultStartDeadlineMs: number
export function findFreePort(): Promise<number>
export function isPortFree(port: number): Promise<boolean>
export function firstFreePortFrom(port: number): Promise<number>
export function startPrismMock(specPath: string, options?: PrismOptions): Promise<RunningMock>

export {
  findFreePort,
  firstFreePortFrom,
  isPortFree,
  prismGlobalSetup,
  prismMockUrl,
  prismMockWatch,
  repositoryRoot,
  specPathOf,
  startPrismMock,
  watchThroughExitLog,
} from './prism.js'
export type { MockExit, MockWatch, PrismOptions, RunningMock } from './prism.js'
export { startScriptedServer } from './scripted-server.js'
export type { RecordedRequest, Responder, ScriptedResponse, ScriptedServer } from './scripted-server.js'
export {
  answerExamples,
  checkEveryOperation,
  checkEveryOperationOf,
  exerciseEveryOperation,
  expectEveryOperationJudged,
  formatOperationsReport,
  mockCallTimeoutMs,
  sweepTimeoutMs,
} from './exercise.js'
export type {
  CheckOptions,
  CheckPackageOptions,
  ExerciseOptions,
  ExerciseResult,
  LoadedPackage,
  OperationsReport,
  ReportedSpecProblem,
  SdkProblem,
} from './exercise.js'
export { findSpecProblems, overlayActionYaml, specProblemKinds } from './spec-problems.mjs'
export type { OverlayAction, SpecProblem } from './spec-problems.mjs'
export { startConnectionCounter } from './connection-counter.js'
export type { ConnectionCounter } from './connection-counter.js'
export { interceptWithMsw } from './msw-server.js'
export type { MswServer } from './msw-server.js'

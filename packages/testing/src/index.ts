export {
  findFreePort,
  firstFreePortFrom,
  isPortFree,
  prismGlobalSetup,
  prismMockUrl,
  repositoryRoot,
  specPathOf,
  startPrismMock,
} from './prism.js'
export type { PrismOptions, RunningMock } from './prism.js'
export { startScriptedServer } from './scripted-server.js'
export type { RecordedRequest, Responder, ScriptedResponse, ScriptedServer } from './scripted-server.js'
export { answerExamples, exerciseEveryOperation } from './exercise.js'
export type { ExerciseOptions, ExerciseResult } from './exercise.js'
export { startConnectionCounter } from './connection-counter.js'
export type { ConnectionCounter } from './connection-counter.js'

/**
 * @rapport/core — the Rapport engine. Browser-safe: nothing here imports `node:` modules.
 * @packageDocumentation
 */

export { type FeelingEntry, feelingLexicon } from './analysis/feelingLexicon';
export * from './analysis/index';
export { type FeedbackInput, type FeedbackOverride, feedbackFor } from './feedback/feedbackFor';
export {
  FEEDBACK_CODE_IDS,
  FEEDBACK_CODES,
  type FeedbackCode,
  type FeedbackCodeDefinition,
  renderTemplate,
} from './feedback/registry';
export { askNeedInstead, iStatementFrom, reflectionFrom, strongestFeeling } from './feedback/rewrite';
// feedback/ — feedback codes, feedback on a reply, better replies (engine)
export type { FeedbackItem, FeedbackSeverity } from './feedback/types';
// safety/ — the safety message (engine)
export {
  CRISIS_LINE_RESOURCES,
  DOMESTIC_ABUSE_RESOURCES,
  EMERGENCY_RESOURCE,
  safetyMessage,
} from './safety/messages';
// scenario/ — the scenario format, its parser, issue codes, linter and JSON Schema
export type {
  MessageParams,
  ScenarioCode,
  ScenarioCodeInfo,
  ScenarioCodeStage,
  ScenarioSeverity,
} from './scenario/codes';
export { formatCodeMessage, isScenarioCode, SCENARIO_CODE_LIST, SCENARIO_CODES } from './scenario/codes';
// scenario/compile — scenario → session machine (engine)
export {
  type CompileOptions,
  compileScenario,
  type SessionInput,
  type SessionInternalEvent,
  type SessionMachine,
  type SessionMachineEvent,
} from './scenario/compile';
export type { IssuePath, ScenarioDiagnostic, ScenarioIssue } from './scenario/issues';
export { createIssue, formatIssue, formatIssues, formatPath, ScenarioError } from './scenario/issues';
export { scenarioJsonSchema } from './scenario/json-schema';
export { HURTFUL_MOVES, lintScenario, partnerStatesOf, SKILL_METERS, timeoutEnding } from './scenario/lint';
export { describeCondition, scenarioToMermaid } from './scenario/mermaid';
export type { ParseScenarioResult } from './scenario/parse';
export { assertScenario, knownKeysAt, parseScenario } from './scenario/parse';
export type {
  Beat,
  Branch,
  Condition,
  Ending,
  HintLadder,
  MeterDefinition,
  Persona,
  Scenario,
  ScenarioInput,
} from './scenario/schema';
export {
  beatSchema,
  branchSchema,
  conditionSchema,
  endingSchema,
  feedbackOverrideSchema,
  hintLadderSchema,
  meterSchema,
  personaSchema,
  SCENARIO_ID_PATTERN,
  SCENARIO_SCHEMA_VERSION,
  scenarioSchema,
} from './scenario/schema';
export { closestMatch, didYouMean, editDistance } from './scenario/suggest';
export {
  assertRestorable,
  createSession,
  type Session,
  type SessionOptions,
  type SessionSnapshot,
} from './session/createSession';
export { RapportError, type RapportErrorCode } from './session/errors';
export { nextRandom, pickVariant } from './session/random';
export {
  type AnalyzedReply,
  MIN_SAVE_FORMAT_VERSION,
  NOTICES,
  type PendingReply,
  SAVE_FORMAT_VERSION,
  type SessionCheckpoint,
  type SessionState,
  type SkillState,
} from './session/state';
export { summarizeSession } from './session/summary';
export { conditionHolds } from './session/turn';
// session/ — sessions, save/restore, summary (engine)
export type {
  PartnerView,
  SafetyMessage,
  SessionContext,
  SessionEvent,
  SessionOutcome,
  SessionSummary,
  TranscriptLine,
} from './session/types';
export {
  ACTIVE_LISTENING_EFFECTS,
  ACTIVE_LISTENING_METERS,
  ACTIVE_LISTENING_MOODS,
  ACTIVE_LISTENING_THRESHOLDS,
  activeListeningMachine,
} from './skills/activeListening';
export {
  CONFLICT_REPAIR_EFFECTS,
  CONFLICT_REPAIR_METERS,
  CONFLICT_REPAIR_MOODS,
  CONFLICT_REPAIR_THRESHOLDS,
  callsBreakWithReturn,
  conflictRepairMachine,
} from './skills/conflictRepair';
export {
  CONNECTION_EFFECTS,
  CONNECTION_METERS,
  CONNECTION_MOODS,
  CONNECTION_THRESHOLDS,
  connectionMachine,
} from './skills/connection';
// skills/ — the conversation machines (engine)
export { SKILL_IDS, type SkillId } from './skills/ids';
export { SKILL_PARTNER_STATES, type SkillMachine, skillMachines } from './skills/index';
export { SKILL_NAMES } from './skills/names';
export {
  clampMeter,
  type MoveEffects,
  type PartnerWants,
  REPLY_ANALYZED,
  type ReplyAnalyzedEvent,
  type SkillContext,
  type SkillInput,
} from './skills/shared';
export {
  INVITED_ADVICE_EFFECTS,
  seededWants,
  URGE_TO_FIX_EFFECTS,
  URGE_TO_FIX_METERS,
  URGE_TO_FIX_MOODS,
  URGE_TO_FIX_THRESHOLDS,
  urgeToFixMachine,
} from './skills/urgeToFix';

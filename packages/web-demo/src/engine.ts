/**
 * The one place the demo touches the engine (@rapport/core) and the pack (@rapport/scenarios), together
 * with `engine-lazy.ts` (the authoring half, loaded on demand).
 *
 * Everything the UI shows comes from the session actor's snapshots; this module only adapts names and
 * shapes, so that wiring a different engine build in is a one-file change.
 */
import {
  builtinAnalyzer,
  createSession,
  FEELING_FAMILIES,
  type FeedbackItem,
  type FeelingFamily,
  feelingLexicon,
  type SafetyMessage,
  type Scenario,
  type SessionContext,
  type SessionEvent,
  type SessionSummary,
  SKILL_IDS,
  SKILL_NAMES,
  type SkillId,
  summarizeSession,
  type TranscriptLine,
} from '@rapport/core';
import { scenarios as pack } from '@rapport/scenarios';
import type { Observer, Subscription } from 'xstate';

export type {
  FeedbackItem,
  FeelingFamily,
  SafetyMessage,
  Scenario,
  SessionContext,
  SessionEvent,
  SessionSummary,
  SkillId,
  TranscriptLine,
};

/** What the UI reads from a session snapshot. */
export interface SessionSnapshotView {
  readonly context: SessionContext;
}

/** The running session as the UI sees it: the engine's XState actor. */
export interface SessionActor {
  getSnapshot(): SessionSnapshotView;
  subscribe(observer: Observer<SessionSnapshotView>): Subscription;
  subscribe(
    next: (snapshot: SessionSnapshotView) => void,
    error?: (error: unknown) => void,
    complete?: () => void,
  ): Subscription;
  send(event: SessionEvent): void;
  /** Plain JSON that `startSession(scenario, { snapshot })` can resume from. */
  getPersistedSnapshot(): unknown;
  stop(): void;
}

export interface StartOptions {
  readonly seed?: number;
  /** A persisted snapshot from `actor.getPersistedSnapshot()` to resume. */
  readonly snapshot?: unknown;
}

/** Start (or resume) a session; the actor is already started. Throws when a snapshot cannot be restored. */
export function startSession(scenario: Scenario, options: StartOptions = {}): SessionActor {
  return createSession(scenario, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.snapshot !== undefined ? { snapshot: options.snapshot } : {}),
    // Named explicitly rather than relying on the default being registered by a side effect.
    analyzer: builtinAnalyzer,
  });
}

/** The end-of-session summary for a session's current snapshot. */
export function summarize(actor: SessionActor): SessionSummary {
  return summarizeSession(actor.getSnapshot());
}

/** The scenario pack, in the pack's order. */
export const scenarios: readonly Scenario[] = pack;

/** Every skill id the engine knows, in its order. */
export const skillIds: readonly SkillId[] = SKILL_IDS;

/** A skill's name as learners read it, capitalised. */
export function skillName(id: string): string {
  const name = (SKILL_NAMES as Readonly<Record<string, string>>)[id] ?? id.replace(/[-_]/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Checks scenario data kept in the browser (e.g. a playground scenario being resumed). */
export async function validScenario(data: unknown): Promise<Scenario | null> {
  const { loadScenarioText } = await import('./engine-lazy');
  const result = loadScenarioText(JSON.stringify(data), { fileName: 'saved.json', lint: false });
  return result.ok ? result.scenario : null;
}

/** A problem found in pasted scenario text, placed by line and column. */
export interface ScenarioIssue {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly suggestion?: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  /** Where in the scenario, e.g. `beats.open.hints.nudge`; empty for the whole file. */
  readonly path: string;
}

export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly issues: readonly ScenarioIssue[] }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/**
 * Reads a scenario from YAML or JSON text, with every issue (and lint warning) placed by line.
 * The YAML reader is loaded on first use, so it is not part of the app's initial JavaScript.
 */
export async function loadScenario(text: string, fileName = 'pasted.yaml'): Promise<LoadResult> {
  const { loadScenarioText } = await import('./engine-lazy');
  const result = loadScenarioText(text, { fileName });
  const issues = (result.ok ? result.diagnostics : result.issues).map(
    (i): ScenarioIssue => ({
      code: i.code,
      severity: i.severity === 'error' ? 'error' : 'warning',
      message: i.message,
      ...(i.suggestion !== undefined ? { suggestion: i.suggestion } : {}),
      line: i.line,
      column: i.column,
      path: i.path,
    }),
  );
  return result.ok ? { ok: true, scenario: result.scenario, issues } : { ok: false, issues };
}

/** The feeling words the analyzer knows, grouped by family, for the check-in picker. */
export interface FeelingGroup {
  readonly family: FeelingFamily;
  readonly words: readonly string[];
}

/** How many words the picker offers per family: the lexicon lists everyday words first. */
const WORDS_PER_FAMILY = 8;

/**
 * The check-in picker's words: the analyzer's own feeling lexicon (`feelingLexicon()`), the first everyday
 * words of each family, so whatever the learner picks is a word the analyzer understands.
 */
export function feelingVocabulary(): readonly FeelingGroup[] {
  const lexicon = feelingLexicon().filter((e) => !e.needsFeelingVerb);
  return FEELING_FAMILIES.map((family) => ({
    family,
    words: lexicon
      .filter((e) => e.family === family)
      .slice(0, WORDS_PER_FAMILY)
      .map((e) => e.word),
  })).filter((g) => g.words.length > 0);
}

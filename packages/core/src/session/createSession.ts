import { type Actor, createActor, type SnapshotFrom } from 'xstate';
import { builtinAnalyzer } from '../analysis/index';
import type { Analyzer } from '../analysis/types';
import { compileScenario, type SessionMachine } from '../scenario/compile';
import type { Scenario } from '../scenario/schema';
import { RapportError } from './errors';
import { randomSeed } from './random';
import { MIN_SAVE_FORMAT_VERSION, SAVE_FORMAT_VERSION } from './state';

/** Options for `createSession`. */
export interface SessionOptions {
  /** Seeds the partner's variant choices: same seed + same replies = same transcript. Random when absent. */
  readonly seed?: number;
  /** A saved session (`session.getPersistedSnapshot()`, JSON round-tripped or not) to continue. */
  readonly snapshot?: unknown;
  /** The analyzer; defaults to the built-in one. May be asynchronous (e.g. model-backed). */
  readonly analyzer?: Analyzer;
}

/** A running session: an XState actor. Send `learner.say` / `learner.hint` / `learner.retry`. */
export type Session = Actor<SessionMachine>;

/** A session snapshot, as returned by `session.getSnapshot()`. */
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

// Compiling is cheap, but a UI that creates many sessions of one scenario should not pay for it each time.
const compiled = new WeakMap<Scenario, WeakMap<Analyzer, SessionMachine>>();

function machineFor(scenario: Scenario, analyzer: Analyzer): SessionMachine {
  let byAnalyzer = compiled.get(scenario);
  if (!byAnalyzer) {
    byAnalyzer = new WeakMap();
    compiled.set(scenario, byAnalyzer);
  }
  let machine = byAnalyzer.get(analyzer);
  if (!machine) {
    machine = compileScenario(scenario, { analyzer });
    byAnalyzer.set(analyzer, machine);
  }
  return machine;
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

/**
 * Checks that a saved session can be restored into this scenario; throws a `RapportError` that says why not
 * (`snapshot-invalid`, `snapshot-version` or `snapshot-scenario`). `createSession` calls it for you.
 * @example
 * assertRestorable(JSON.parse(saved), scenario); // throws RapportError { code: 'snapshot-scenario', … }
 */
export function assertRestorable(snapshot: unknown, scenario: Scenario): void {
  const context = (snapshot as { context?: unknown } | null)?.context;
  if (typeof snapshot !== 'object' || snapshot === null || typeof context !== 'object' || context === null) {
    throw new RapportError(
      'snapshot-invalid',
      `This is not a saved Rapport session: expected the object from session.getPersistedSnapshot(), got ${describe(snapshot)}.`,
    );
  }
  const { saveFormat, scenarioId, beat } = context as {
    saveFormat?: unknown;
    scenarioId?: unknown;
    beat?: unknown;
  };
  if (typeof saveFormat !== 'number') {
    throw new RapportError(
      'snapshot-invalid',
      'This saved session has no save-format version (context.saveFormat), so it cannot be restored safely. Start a new session.',
    );
  }
  if (saveFormat < MIN_SAVE_FORMAT_VERSION || saveFormat > SAVE_FORMAT_VERSION) {
    const range =
      MIN_SAVE_FORMAT_VERSION === SAVE_FORMAT_VERSION
        ? `${SAVE_FORMAT_VERSION}`
        : `${MIN_SAVE_FORMAT_VERSION}–${SAVE_FORMAT_VERSION}`;
    throw new RapportError(
      'snapshot-version',
      `This saved session uses save format ${saveFormat}, but this version of @rapport/core reads format ${range}. ` +
        (saveFormat > SAVE_FORMAT_VERSION ? 'Update @rapport/core to continue it.' : 'Start a new session.'),
    );
  }
  if (scenarioId !== scenario.id) {
    throw new RapportError(
      'snapshot-scenario',
      `This saved session is for scenario '${String(scenarioId)}', not '${scenario.id}'. Restore it with that scenario: createSession(<scenario '${String(scenarioId)}'>, { snapshot }).`,
    );
  }
  if (
    typeof beat !== 'string' ||
    !(beat in scenario.beats || beat in scenario.endings || beat === 'timeout')
  ) {
    throw new RapportError(
      'snapshot-invalid',
      `This saved session is at beat '${String(beat)}', which scenario '${scenario.id}' does not have; the scenario may have changed since it was saved. Start a new session.`,
    );
  }
}

/**
 * Starts a practice session for a scenario, or continues a saved one.
 * With a synchronous analyzer (the built-in one) each `learner.say` is fully processed when `send` returns.
 * @example
 * const session = createSession(scenario, { seed: 7 });
 * session.send({ type: 'learner.say', text: "That sounds exhausting. What happened?" });
 * const { transcript, feedback, meters, partner, outcome } = session.getSnapshot().context;
 * localStorage.setItem('save', JSON.stringify(session.getPersistedSnapshot()));
 * const resumed = createSession(scenario, { snapshot: JSON.parse(localStorage.getItem('save')!) });
 */
export function createSession(scenario: Scenario, options: SessionOptions = {}): Session {
  const analyzer = options.analyzer ?? builtinAnalyzer;
  const machine = machineFor(scenario, analyzer);
  if (options.snapshot !== undefined) {
    assertRestorable(options.snapshot, scenario);
    // `input` is only read for new sessions; the restored context carries the seed.
    return createActor(machine, {
      snapshot: options.snapshot as SessionSnapshot,
      input: { seed: 0 },
    }).start();
  }
  return createActor(machine, { input: { seed: options.seed ?? randomSeed() } }).start();
}

/**
 * Playthroughs: scripted conversations, as data, run against the real engine and the built-in analyzer
 * (the Yarn Spinner way: a test plan per dialogue, one data-driven test runs them all).
 *
 * Every scenario in `scenarios/` has `test/playthrough/<id>.playthrough.yaml`:
 *
 * ```yaml
 * scenario: whats-going-on
 * seeds: [1, 2, 3]              # optional; each script runs once per seed (default [1, 2, 3])
 * scripts:
 *   - name: names the fear, asks for company
 *     kind: good                # good | recovery: must succeed; fixing | blaming: must not
 *     steps:                    # or `replies: [ "…", "…" ]` when no step needs an expectation
 *       - say: Honestly? I'm scared.
 *         expect: { beat: named-it }    # optional: beat, outcomeAfter, feedbackCodes, mood
 *       - say: Can you just sit with me?
 *     outcome: succeeded        # succeeded | ended | safety | playing | not-succeeded, after the last reply
 *     beat: let-in              # optional: the beat or ending it must be at
 *     partnerWants: listen      # optional (urge-to-fix, seeded): run with seeds whose partner wants this
 *     seeds: [7]                # optional; overrides the file's seeds
 * ```
 *
 * The field names follow the engine's first playthrough module (`name`, `replies`, `outcome`, `beat`,
 * `partnerWants`), so its scripts carry over unchanged. Scenarios are read from their YAML files with the
 * package's own loader, so a playthrough runs against what the author wrote; `pack.test.ts` checks that the
 * generated pack matches the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@rapport/core';
import { type Analyzer, conditionHolds, createSession, HURTFUL_MOVES, type Scenario } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenarioText } from '../src/index';

const root = join(import.meta.dirname, '..');
const scenarioDir = join(root, 'scenarios');
const playthroughDir = join(import.meta.dirname, 'playthrough');
const SUFFIX = '.playthrough.yaml';
const DEFAULT_SEEDS = [1, 2, 3] as const;

const KINDS = ['good', 'recovery', 'fixing', 'blaming'] as const;
type ScriptKind = (typeof KINDS)[number];
const OUTCOMES = ['succeeded', 'ended', 'safety', 'playing', 'not-succeeded'] as const;
type ExpectedOutcome = (typeof OUTCOMES)[number];
/** What each kind of script proves: that the skill works in the learner's own words, or that fixing,
 * blaming and minimizing do not. */
const MUST_SUCCEED: Readonly<Record<ScriptKind, boolean>> = {
  good: true,
  recovery: true,
  fixing: false,
  blaming: false,
};

interface StepExpectation {
  readonly beat?: string;
  /** The session's outcome right after this reply: `playing` while it goes on. */
  readonly outcomeAfter?: 'playing' | 'succeeded' | 'ended' | 'safety';
  /** Feedback codes that must be among this reply's feedback. */
  readonly feedbackCodes?: readonly string[];
  readonly mood?: string;
}
interface Step {
  readonly say: string;
  readonly expect?: StepExpectation;
}
interface Script {
  readonly name: string;
  readonly kind: ScriptKind;
  readonly steps: readonly Step[];
  readonly outcome: ExpectedOutcome;
  readonly beat?: string;
  readonly partnerWants?: 'listen' | 'help';
  readonly seeds?: readonly number[];
}
interface Playthrough {
  readonly scenario: string;
  readonly seeds?: readonly number[];
  readonly scripts: readonly Script[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isSeeds = (v: unknown) =>
  v === undefined || (Array.isArray(v) && v.length > 0 && v.every(Number.isInteger));

/** Reads a playthrough file and checks its shape, naming every problem with its path. */
function readPlaythrough(file: string): Playthrough {
  const data: unknown = parse(readFileSync(join(playthroughDir, file), 'utf8'));
  const problems: string[] = [];
  const onlyKeys = (v: Record<string, unknown>, keys: readonly string[], at: string) => {
    for (const key of Object.keys(v)) if (!keys.includes(key)) problems.push(`${at}: unknown key '${key}'`);
  };
  if (!isRecord(data)) throw new Error(`${file}: expected a map with scenario and scripts`);
  onlyKeys(data, ['scenario', 'seeds', 'scripts'], file);
  if (!isText(data.scenario)) problems.push(`${file}: scenario: give the scenario id`);
  if (!isSeeds(data.seeds)) problems.push(`${file}: seeds: a non-empty list of integers`);
  if (!Array.isArray(data.scripts) || data.scripts.length === 0)
    problems.push(`${file}: scripts: a non-empty list`);

  const scripts: Script[] = [];
  for (const [i, raw] of (Array.isArray(data.scripts) ? data.scripts : []).entries()) {
    const at = `${file}: scripts[${i}]`;
    if (!isRecord(raw)) {
      problems.push(`${at}: expected a map`);
      continue;
    }
    onlyKeys(raw, ['name', 'kind', 'steps', 'replies', 'outcome', 'beat', 'partnerWants', 'seeds'], at);
    if (!isText(raw.name)) problems.push(`${at}.name: give the script a name`);
    if (!KINDS.includes(raw.kind as ScriptKind)) problems.push(`${at}.kind: one of ${KINDS.join(', ')}`);
    if (!OUTCOMES.includes(raw.outcome as ExpectedOutcome))
      problems.push(`${at}.outcome: one of ${OUTCOMES.join(', ')}`);
    if (raw.beat !== undefined && !isText(raw.beat)) problems.push(`${at}.beat: a beat or ending id`);
    if (raw.partnerWants !== undefined && raw.partnerWants !== 'listen' && raw.partnerWants !== 'help') {
      problems.push(`${at}.partnerWants: listen or help`);
    }
    if (!isSeeds(raw.seeds)) problems.push(`${at}.seeds: a non-empty list of integers`);

    const steps: Step[] = [];
    if ((raw.steps === undefined) === (raw.replies === undefined)) {
      problems.push(`${at}: give either steps (with expectations) or replies (plain), not both`);
    } else if (raw.replies !== undefined) {
      if (!Array.isArray(raw.replies) || raw.replies.length === 0 || !raw.replies.every(isText)) {
        problems.push(`${at}.replies: a non-empty list of replies`);
      } else for (const say of raw.replies) steps.push({ say });
    } else if (!Array.isArray(raw.steps) || raw.steps.length === 0) {
      problems.push(`${at}.steps: a non-empty list`);
    } else {
      for (const [j, step] of raw.steps.entries()) {
        const stepAt = `${at}.steps[${j}]`;
        if (!isRecord(step) || !isText(step.say)) {
          problems.push(`${stepAt}: expected { say: "…" }`);
          continue;
        }
        onlyKeys(step, ['say', 'expect'], stepAt);
        if (step.expect !== undefined) {
          if (!isRecord(step.expect)) problems.push(`${stepAt}.expect: expected a map`);
          else onlyKeys(step.expect, ['beat', 'outcomeAfter', 'feedbackCodes', 'mood'], `${stepAt}.expect`);
        }
        steps.push(step as unknown as Step);
      }
    }
    scripts.push({ ...(raw as unknown as Script), steps });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return { ...(data as unknown as Playthrough), scripts };
}

/** Every scenario file, by file id; a file that does not load fails its own test instead of the suite. */
function loadScenarios(): { byId: Map<string, Scenario>; failures: Map<string, string> } {
  const byId = new Map<string, Scenario>();
  const failures = new Map<string, string>();
  for (const name of readdirSync(scenarioDir).filter((n) => /\.ya?ml$/.test(n))) {
    const id = name.replace(/\.ya?ml$/, '');
    const result = loadScenarioText(readFileSync(join(scenarioDir, name), 'utf8'), {
      fileName: name,
      lint: false,
    });
    if (result.ok) byId.set(id, result.scenario);
    else
      failures.set(
        id,
        result.issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.path}: ${i.message}`).join('\n'),
      );
  }
  return { byId, failures };
}

const { byId: scenarios, failures } = loadScenarios();
const scenarioIds = [...scenarios.keys(), ...failures.keys()].sort();
const playthroughFiles = readdirSync(playthroughDir)
  .filter((name) => name.endsWith(SUFFIX))
  .sort();

// The real analyzer: these playthroughs are about natural replies, so a fake one would prove nothing.
const builtin = (core as unknown as { builtinAnalyzer?: Analyzer }).builtinAnalyzer;

describe('every scenario has a playthrough', () => {
  it.each(scenarioIds)('%s loads', (id) => {
    expect(failures.get(id), `scenarios/${id}.yaml does not load`).toBeUndefined();
  });

  it.each(scenarioIds)('%s has a good, a fixing-or-blaming and a recovery script', (id) => {
    const file = `${id}${SUFFIX}`;
    expect(playthroughFiles, `add test/playthrough/${file}`).toContain(file);
    const kinds = new Set(readPlaythrough(file).scripts.map((s) => s.kind));
    expect(kinds.has('good'), `${file}: add a script of kind good`).toBe(true);
    expect(kinds.has('recovery'), `${file}: add a script of kind recovery`).toBe(true);
    expect(
      kinds.has('fixing') || kinds.has('blaming'),
      `${file}: add a script of kind fixing or blaming`,
    ).toBe(true);
  });

  it.each(playthroughFiles)('%s names its scenario and promises outcomes that fit its kinds', (file) => {
    const playthrough = readPlaythrough(file);
    expect(`${playthrough.scenario}${SUFFIX}`).toBe(file);
    expect(scenarioIds, `no scenario '${playthrough.scenario}'`).toContain(playthrough.scenario);
    for (const script of playthrough.scripts) {
      const succeeds = script.outcome === 'succeeded';
      const must = MUST_SUCCEED[script.kind];
      expect(succeeds, `'${script.name}' (${script.kind}) must ${must ? '' : 'not '}succeed`).toBe(must);
    }
  });
});

/** Seeds to play a script with: the first three whose partner wants `partnerWants`, else the given ones. */
function seedsFor(
  scenario: Scenario,
  analyzer: Analyzer,
  script: Script,
  fileSeeds: readonly number[],
): number[] {
  if (!script.partnerWants) return [...(script.seeds ?? fileSeeds)];
  const found: number[] = [];
  for (let seed = 0; seed < 200 && found.length < 3; seed++) {
    const session = createSession(scenario, { seed, analyzer });
    if (session.getSnapshot().context.skill.context.wants === script.partnerWants) found.push(seed);
    session.stop();
  }
  if (found.length === 0)
    throw new Error(`no seed below 200 gives a partner who wants ${script.partnerWants}`);
  return found;
}

function play(scenario: Scenario, analyzer: Analyzer, script: Script, seed: number): void {
  const session = createSession(scenario, { seed, analyzer });
  const trace: string[] = [];
  const explain = (what: string) =>
    `${what} — ${script.kind} "${script.name}", seed ${seed}:\n${trace.join('\n')}`;
  try {
    for (const [i, step] of script.steps.entries()) {
      const before = session.getSnapshot().context;
      expect(
        before.outcome,
        explain(`reply ${i + 1} comes after the session ended at '${before.beat}'`),
      ).toBeNull();
      session.send({ type: 'learner.say', text: step.say });
      const ctx = session.getSnapshot().context;
      const moves = ctx.replies.at(-1)?.analysis.moves.map((m) => m.id) ?? [];
      const ended = ctx.outcome ? ` (${ctx.outcome})` : '';
      trace.push(`  ${i + 1}. "${step.say}" → [${moves.join(', ')}] → ${ctx.beat}${ended}`);
      const want = step.expect;
      if (!want) continue;
      if (want.beat !== undefined) expect(ctx.beat, explain(`reply ${i + 1}: beat`)).toBe(want.beat);
      if (want.outcomeAfter !== undefined) {
        expect(ctx.outcome ?? 'playing', explain(`reply ${i + 1}: outcome`)).toBe(want.outcomeAfter);
      }
      if (want.mood !== undefined) expect(ctx.partner.mood, explain(`reply ${i + 1}: mood`)).toBe(want.mood);
      for (const code of want.feedbackCodes ?? []) {
        expect(
          ctx.feedback.map((f) => f.code),
          explain(`reply ${i + 1}: feedback`),
        ).toContain(code);
      }
    }
    const end = session.getSnapshot().context;
    if (script.outcome === 'not-succeeded') expect(end.outcome, explain('outcome')).not.toBe('succeeded');
    else expect(end.outcome ?? 'playing', explain('outcome')).toBe(script.outcome);
    if (script.beat !== undefined) expect(end.beat, explain('final beat')).toBe(script.beat);
  } finally {
    session.stop();
  }
}

describe.skipIf(!builtin).each(playthroughFiles)('playthrough %s', (file) => {
  let playthrough: Playthrough;
  try {
    playthrough = readPlaythrough(file);
  } catch (error) {
    it('is a valid playthrough file', () => {
      throw error;
    });
    return;
  }
  const scenario = scenarios.get(playthrough.scenario);
  if (!scenario) {
    it('has a playable scenario', () => {
      throw new Error(failures.get(playthrough.scenario) ?? `no scenarios/${playthrough.scenario}.yaml`);
    });
    return;
  }
  // Collection runs even for a skipped suite: do not start sessions until the analyzer exists.
  if (!builtin) return;
  const analyzer = builtin;
  const cases = playthrough.scripts.flatMap((script) =>
    seedsFor(scenario, analyzer, script, playthrough.seeds ?? DEFAULT_SEEDS).map(
      (seed) => [script.kind, script.name, seed, script] as const,
    ),
  );
  it.each(cases)('%s: %s (seed %i)', (_kind, _name, seed, script) => {
    play(scenario, analyzer, script, seed);
  });
});

/**
 * A learner who follows the last rung of the hint ladder must never be punished for it: the model reply,
 * read by the real analyzer against each variant of the partner's line, makes no hurtful move, and where a
 * beat's branches depend on moves alone, it takes one of them instead of leaving the beat where it was.
 */
describe.skipIf(!builtin)('hint ladders', () => {
  if (!builtin) return;
  const analyzer = builtin;
  const beats = [...scenarios].flatMap(([id, scenario]) =>
    Object.entries(scenario.beats).map(([beatId, beat]) => [`${id} / ${beatId}`, beat] as const),
  );
  it.each(beats)('the model reply at %s makes no hurtful move and moves the conversation on', (_, beat) => {
    const movesOnly = beat.on.every(
      (b) => !b.when.partnerState && !b.when.meters && b.when.minTurn === undefined,
    );
    for (const partnerLine of beat.partner) {
      const analysis = analyzer.analyze(beat.hints.model, { partnerLine });
      if (analysis instanceof Promise) throw new Error('the built-in analyzer is synchronous');
      const hurtful = analysis.moves
        .filter((m) => HURTFUL_MOVES.includes(m.id))
        .map((m) => `${m.id} ("${m.cue}")`);
      expect(hurtful, `"${beat.hints.model}" after "${partnerLine}"`).toEqual([]);
      if (!movesOnly) continue;
      const facts = {
        moves: new Set(analysis.moves.map((m) => m.id)),
        meters: {},
        partnerState: '',
        turn: 1,
      };
      const moves = analysis.moves.map((m) => m.id).join(', ') || 'none';
      expect(
        beat.on.some((b) => conditionHolds(b.when, facts)),
        `"${beat.hints.model}" (moves: ${moves}) takes no branch`,
      ).toBe(true);
    }
  });
});

/**
 * Every problem Rapport can find in a scenario, keyed by a stable code (the Yarn Spinner way: a code, a
 * message template with `{placeholders}`, an example and the fix). Messages are made from this table only,
 * so docs, fixtures and tests can all be derived from it.
 *
 * - `load` codes come from reading a file (YAML syntax), `parse` codes from `parseScenario()` (a scenario
 *   with them cannot be played), `lint` codes from `lintScenario()` (it can be played, but something is
 *   wrong with its conversation graph).
 * - Missing hint rungs (RS006) and too few variants (RS007) are parse errors, not lint warnings: the engine
 *   relies on a full hint ladder and on at least two variants per line, so a scenario without them is not
 *   a scenario. They keep their own codes so an author sees what is wrong in the author's words.
 */

/** Where a problem is found. */
export type ScenarioCodeStage = 'load' | 'parse' | 'lint';

/** `error`: the scenario must not ship; `warning`: it plays, but probably not as meant. */
export type ScenarioSeverity = 'error' | 'warning';

/** One entry of the code registry. */
export interface ScenarioCodeInfo {
  /** Stable code, e.g. `RS003`. Never reused for another meaning. */
  readonly code: string;
  /** A short kebab-case name, e.g. `unknown-target`. */
  readonly name: string;
  readonly title: string;
  readonly severity: ScenarioSeverity;
  readonly stage: ScenarioCodeStage;
  /** The message, with `{placeholders}` filled from the params. */
  readonly message: string;
  /** A YAML excerpt that raises the code. */
  readonly example: string;
  /** How to fix it. */
  readonly fix: string;
}

const define = <const T extends Record<string, Omit<ScenarioCodeInfo, 'code'>>>(codes: T) =>
  Object.fromEntries(Object.entries(codes).map(([code, info]) => [code, { code, ...info }])) as {
    readonly [K in keyof T]: T[K] & { readonly code: K };
  };

/**
 * The code registry. Adding a code here makes the fixture test demand
 * `packages/scenarios/test/fixtures/invalid/<CODE>.yaml` and the docs list it.
 * @example
 * SCENARIO_CODES.RS003.message // "unknown beat or ending '{target}'"
 */
export const SCENARIO_CODES = define({
  RS001: {
    name: 'unreachable-beat',
    title: 'Unreachable beat',
    severity: 'warning',
    stage: 'lint',
    message: "beat '{beat}' can never be reached from the start beat '{start}'",
    example:
      'start: opening\nbeats:\n  opening: { on: [{ to: felt-heard }] }\n  forgotten: { on: [{ to: felt-heard }] }',
    fix: 'Add a branch that leads to the beat, or delete the beat.',
  },
  RS002: {
    name: 'dead-end',
    title: 'Dead end',
    severity: 'error',
    stage: 'lint',
    message:
      "no ending can be reached from beat '{beat}': once there, the conversation can only run out of turns",
    example: 'beats:\n  stuck:\n    on:\n      - to: stuck',
    fix: 'Give the beat a branch that leads, directly or through other beats, to an ending.',
  },
  RS003: {
    name: 'unknown-target',
    title: 'Unknown branch target',
    severity: 'error',
    stage: 'parse',
    message: "unknown beat or ending '{target}'",
    example: 'on:\n  - to: closng   # there is a beat "closing"',
    fix: 'Name a beat or an ending that exists (ids are case-sensitive), or add the missing beat.',
  },
  RS004: {
    name: 'success-unreachable',
    title: 'Success ending unreachable',
    severity: 'error',
    stage: 'lint',
    message: "no success ending can be reached from the start beat '{start}'",
    example: 'endings:\n  felt-heard: { kind: success }   # but no branch leads to it',
    fix: 'Add a branch, on a beat reachable from the start, that leads toward a success ending.',
  },
  RS005: {
    name: 'no-good-way-forward',
    title: 'No way forward for good replies',
    severity: 'warning',
    stage: 'lint',
    message: "a good reply cannot move the conversation forward from beat '{beat}': {reason}",
    example: 'on:\n  - when: { anyMove: [blame] }\n    to: felt-heard',
    fix: "Add a branch toward success for the skill's good moves (e.g. `anyMove: [reflection, validation]`).",
  },
  RS006: {
    name: 'missing-hint',
    title: 'Missing hint rung',
    severity: 'error',
    stage: 'parse',
    message: 'the hint ladder is missing {rungs}',
    example: 'hints:\n  nudge: What might she be feeling?\n  # skill and model are missing',
    fix: 'Give every beat all three rungs: nudge (a gentle pointer), skill (the skill by name), model (a model reply).',
  },
  RS007: {
    name: 'too-few-variants',
    title: 'Too few variants',
    severity: 'error',
    stage: 'parse',
    message:
      'give at least 2 variants of this line so the partner does not repeat word for word (found {count})',
    example: 'partner:\n  - I had the worst day.',
    fix: 'Add another way of saying the same line.',
  },
  RS008: {
    name: 'max-turns-too-small',
    title: 'maxTurns too small to succeed',
    severity: 'error',
    stage: 'lint',
    message: 'the shortest way to a success ending takes {needed} replies, but maxTurns is {maxTurns}',
    example: 'maxTurns: 1   # success needs at least 2 replies',
    fix: 'Raise maxTurns (a few turns above the shortest path leaves room for a misstep), or shorten the path.',
  },
  RS009: {
    name: 'unused-meter',
    title: 'Unused meter',
    severity: 'warning',
    stage: 'lint',
    message:
      "meter '{meter}' is declared but no condition or effect uses it, and no skill of this scenario drives it",
    example: 'meters:\n  trust: { label: Trust, initial: 50 }   # never used',
    fix: 'Use the meter in a `when.meters` condition or an `effects` entry, or delete it.',
  },
  RS010: {
    name: 'unreachable-ending',
    title: 'Unreachable ending',
    severity: 'warning',
    stage: 'lint',
    message: "ending '{ending}' can never be reached",
    example: 'endings:\n  walked-out: { kind: other }   # no branch leads here',
    fix: 'Add a branch that leads to the ending, or delete it.',
  },
  RS011: {
    name: 'unknown-start',
    title: 'Unknown start beat',
    severity: 'error',
    stage: 'parse',
    message: "the start beat '{start}' is not a beat",
    example: 'start: openning   # the beat is "opening"',
    fix: 'Set `start` to the id of the first beat.',
  },
  RS012: {
    name: 'undeclared-meter',
    title: 'Undeclared meter',
    severity: 'error',
    stage: 'parse',
    message: "meter '{meter}' is used but not declared",
    example: 'effects: { hread: 10 }   # meters declares "heard"',
    fix: 'Declare the meter under `meters` (label and initial value), or fix its name.',
  },
  RS013: {
    name: 'no-success-ending',
    title: 'No success ending',
    severity: 'error',
    stage: 'parse',
    message: 'no ending has kind success, so the learner can never succeed',
    example: 'endings:\n  walked-out: { kind: other }',
    fix: 'Add an ending with `kind: success` and lead a branch to it.',
  },
  RS014: {
    name: 'ambiguous-id',
    title: 'Beat and ending share an id',
    severity: 'error',
    stage: 'parse',
    message: "'{id}' is both a beat and an ending, so a branch to it is ambiguous",
    example: 'beats:\n  closing: {}\nendings:\n  closing: {}',
    fix: 'Rename the beat or the ending.',
  },
  RS015: {
    name: 'shadowed-branch',
    title: 'Branch never taken',
    severity: 'warning',
    stage: 'lint',
    message: 'this branch is never taken: branch {earlier} before it has no condition and always holds',
    example:
      'on:\n  - to: closing            # no `when`: always taken\n  - when: { anyMove: [reflection] }\n    to: opening-up',
    fix: 'Move the branch without a `when` to the end of the list, or give it a condition.',
  },
  RS016: {
    name: 'impossible-condition',
    title: 'Condition can never hold',
    severity: 'warning',
    stage: 'lint',
    message: 'this branch is never taken: {reason}',
    example: 'when: { allMoves: [reflection], noMove: [reflection] }',
    fix: 'Remove the contradiction from the condition.',
  },
  RS017: {
    name: 'unknown-partner-state',
    title: 'Unknown partner state',
    severity: 'error',
    stage: 'lint',
    message: "the {skill} machine has no partner state '{state}', so this condition never holds",
    example: 'when: { partnerState: [feels_herd] }   # active-listening has feels_heard',
    fix: "Use a state of the scenario's first skill machine (the authoring guide lists them per skill).",
  },
  RS100: {
    name: 'yaml-syntax',
    title: 'Not valid YAML',
    severity: 'error',
    stage: 'load',
    message: '{detail}',
    example: 'partner: [I had the worst day.',
    fix: 'Fix the YAML syntax at the position given (a missing bracket, quote or bad indentation).',
  },
  RS101: {
    name: 'missing-field',
    title: 'Missing field',
    severity: 'error',
    stage: 'parse',
    message: "missing required field '{field}'",
    example: 'persona:\n  name: Maya\n  # pronouns and relationship are missing',
    fix: 'Add the field (the JSON Schema and the authoring guide list every field).',
  },
  RS102: {
    name: 'wrong-type',
    title: 'Wrong type',
    severity: 'error',
    stage: 'parse',
    message: 'expected {expected}, got {received}',
    example: 'maxTurns: ten',
    fix: 'Write a value of the expected type.',
  },
  RS103: {
    name: 'unknown-key',
    title: 'Unknown key',
    severity: 'error',
    stage: 'parse',
    message: "unknown key '{key}'",
    example: 'persona:\n  nmae: Maya',
    fix: 'Fix the spelling or remove the key; every key is listed in the JSON Schema.',
  },
  RS104: {
    name: 'invalid-choice',
    title: 'Not one of the allowed values',
    severity: 'error',
    stage: 'parse',
    message: "'{value}' is not one of {allowed}",
    example: 'difficulty: easy',
    fix: 'Use one of the allowed values.',
  },
  RS105: {
    name: 'unknown-move',
    title: 'Unknown move',
    severity: 'error',
    stage: 'parse',
    message: "unknown move '{move}'",
    example: 'when: { anyMove: [reflect] }',
    fix: 'Use a move id from the taxonomy (packages/core/docs/moves.md), e.g. reflection, validation, open_question.',
  },
  RS106: {
    name: 'bad-format',
    title: 'Badly formatted id or value',
    severity: 'error',
    stage: 'parse',
    message: "'{value}' is not in the expected form: {detail}",
    example: 'beats:\n  Opening Up: {}',
    fix: 'Ids use lowercase letters, digits and single - or _ between words, e.g. opening-up; pronouns are written like she/her.',
  },
  RS107: {
    name: 'empty-text',
    title: 'Empty text',
    severity: 'error',
    stage: 'parse',
    message: 'this text must not be empty',
    example: 'message: ""',
    fix: 'Write the text, or remove the field if it is optional.',
  },
  RS108: {
    name: 'out-of-range',
    title: 'Number out of range',
    severity: 'error',
    stage: 'parse',
    message: '{value} is out of range: {detail}',
    example: 'meters:\n  heard: { label: Felt heard, initial: 150 }',
    fix: 'Use a number in the allowed range (meters run 0..100).',
  },
  RS109: {
    name: 'too-few-items',
    title: 'Too few items',
    severity: 'error',
    stage: 'parse',
    message: 'give at least {minimum} item(s) here (found {count})',
    example: 'on: []',
    fix: 'Add the missing items, or remove the field if it is optional.',
  },
  RS110: {
    name: 'empty-threshold',
    title: 'Empty meter threshold',
    severity: 'error',
    stage: 'parse',
    message: 'a meter threshold needs gte, lte or both',
    example: 'when:\n  meters: { heard: {} }',
    fix: 'Write `{ gte: 60 }`, `{ lte: 30 }` or both.',
  },
  RS111: {
    name: 'unsupported-version',
    title: 'Unsupported schemaVersion',
    severity: 'error',
    stage: 'parse',
    message: 'this Rapport reads schemaVersion {supported}, got {got}',
    example: 'schemaVersion: 2',
    fix: 'Set `schemaVersion: 1`, or upgrade Rapport if the file was written for a newer version.',
  },
  RS112: {
    name: 'duplicate-key',
    title: 'Duplicate key',
    severity: 'error',
    stage: 'load',
    message: "key '{key}' appears twice in the same map; the second would silently replace the first",
    example: 'beats:\n  opening: {}\n  opening: {}',
    fix: 'Rename or merge one of the two entries.',
  },
});

/** A stable scenario problem code, e.g. `'RS003'`. */
export type ScenarioCode = keyof typeof SCENARIO_CODES;

/** Every code, in order. */
export const SCENARIO_CODE_LIST: readonly ScenarioCodeInfo[] = Object.values(SCENARIO_CODES);

/** Parameters substituted into a code's message template. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills a code's message template.
 * @example
 * formatCodeMessage('RS003', { target: 'closng' }) // "unknown beat or ending 'closng'"
 */
export function formatCodeMessage(code: ScenarioCode, params: MessageParams = {}): string {
  return SCENARIO_CODES[code].message.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** Whether a string is a known code. */
export function isScenarioCode(code: string): code is ScenarioCode {
  return Object.hasOwn(SCENARIO_CODES, code);
}

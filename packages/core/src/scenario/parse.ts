import type { z } from 'zod';
import { MOVE_IDS } from '../analysis/types';
import type { MessageParams, ScenarioCode } from './codes';
import { createIssue, type IssuePath, ScenarioError, type ScenarioIssue } from './issues';
import { SCENARIO_ID_PATTERN, SCENARIO_SCHEMA_VERSION, type Scenario, scenarioSchema } from './schema';
import { closestMatch, didYouMean } from './suggest';

/** What `parseScenario()` returns: the typed scenario, or every issue found. */
export type ParseScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/**
 * Validates scenario data (parsed YAML or JSON, or a literal) against the schema and checks its
 * cross-references: the start beat exists, every branch leads to a beat or an ending, every meter used is
 * declared, there is a success ending. Reports **every** issue, each with a stable code, a path and, where
 * one can be guessed, a suggestion. Never throws, whatever the input.
 * @example
 * const result = parseScenario(data);
 * if (!result.ok) console.error(formatIssues(result.issues));
 * // ✖ RS003 unknown beat or ending 'closng' — did you mean 'closing'?
 * //   → at beats.opening.on[1].to
 */
export function parseScenario(input: unknown): ParseScenarioResult {
  const result = parseUnchecked(input);
  if (result.ok) crossReferenced.add(result.scenario);
  return result;
}

/**
 * Scenarios that came out of `parseScenario()`: their cross-references are known to hold, so
 * `lintScenario()` need not check them again (it still does for scenarios built in code).
 */
const crossReferenced = new WeakSet<object>();

/** Whether this scenario object was returned by `parseScenario()` (and not changed since, we trust). */
export function wasParsed(scenario: object): boolean {
  return crossReferenced.has(scenario);
}

function parseUnchecked(input: unknown): ParseScenarioResult {
  const issues: ScenarioIssue[] = [];
  let scenario: Scenario | undefined;
  try {
    const result = scenarioSchema.safeParse(input);
    if (result.success) scenario = result.data;
    else for (const issue of result.error.issues) issues.push(...fromZodIssue(issue, input));
  } catch (error) {
    issues.push(unreadable(error));
  }
  try {
    issues.push(...crossReferenceIssues(input));
  } catch (error) {
    if (issues.length === 0) issues.push(unreadable(error));
  }
  if (scenario !== undefined && issues.length === 0) return { ok: true, scenario };
  return { ok: false, issues };
}

/**
 * Like `parseScenario()`, but returns the scenario or throws a `ScenarioError` carrying every issue.
 * @example
 * const scenario = assertScenario(JSON.parse(text));
 */
export function assertScenario(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}

function unreadable(error: unknown): ScenarioIssue {
  let reason = 'something that could not be read';
  try {
    if (error instanceof Error) reason = `something that could not be read (${error.message})`;
  } catch {
    // an exotic error object; keep the generic reason
  }
  return createIssue('RS102', [], { expected: 'a scenario (a map of fields)', received: reason });
}

// ---------------------------------------------------------------------------------------------------------
// zod issues → scenario issues

const HINT_RUNGS = ['nudge', 'skill', 'model'] as const;
const VARIANT_KEYS = new Set(['partner', 'stay']);
const MOVE_LIST_KEYS = new Set(['anyMove', 'allMoves', 'noMove']);

function fromZodIssue(zodIssue: z.core.$ZodIssue, input: unknown): ScenarioIssue[] {
  const path: IssuePath = zodIssue.path.map((segment) =>
    typeof segment === 'number' ? segment : String(segment),
  );
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const issue = (
    code: ScenarioCode,
    params: MessageParams = {},
    suggestion?: string,
    at: IssuePath = path,
  ) => [createIssue(code, at, params, suggestion)];

  switch (zodIssue.code) {
    case 'invalid_type': {
      const value = valueAt(input, path);
      if (value.found === false) {
        if (last === 'hints')
          return issue('RS006', { rungs: 'nudge, skill and model' }, 'add hints: nudge, skill, model');
        if (parent === 'hints' && typeof last === 'string' && isRung(last))
          return issue('RS006', { rungs: `its ${last} rung` });
        if (path.length === 0)
          return issue('RS102', { expected: 'a scenario (a map of fields)', received: 'nothing' });
        return issue('RS101', { field: String(last) });
      }
      if (path.length === 0) {
        return issue('RS102', {
          expected: 'a scenario (a map of fields)',
          received: describeValue(value.value),
        });
      }
      return issue('RS102', {
        expected: describeExpected(zodIssue.expected),
        received: describeValue(value.value),
      });
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(path);
      return zodIssue.keys.map((key) =>
        createIssue('RS103', [...path, key], { key }, known ? unknownKeySuggestion(key, known) : undefined),
      );
    }
    case 'invalid_value': {
      const value = valueAt(input, path);
      const shown = value.found ? describeScalar(value.value) : 'nothing';
      if (path.length === 1 && last === 'schemaVersion') {
        if (!value.found)
          return issue('RS101', { field: 'schemaVersion' }, `add schemaVersion: ${SCENARIO_SCHEMA_VERSION}`);
        return issue('RS111', { supported: SCENARIO_SCHEMA_VERSION, got: shown });
      }
      const allowed = zodIssue.values.map(String);
      if (!value.found) return issue('RS101', { field: String(last) }, `use one of ${listOf(allowed)}`);
      if (isMoveList(path)) {
        return issue('RS105', { move: shown }, moveSuggestion(shown));
      }
      return issue(
        'RS104',
        { value: shown, allowed: listOf(allowed) },
        typeof value.value === 'string' ? didYouMean(value.value, allowed) : undefined,
      );
    }
    case 'invalid_format': {
      const value = valueAt(input, path);
      const shown = value.found ? describeScalar(value.value) : '';
      const suggestion = last === 'pronouns' ? pronounSuggestion(value.value) : idSuggestion(value.value);
      return issue('RS106', { value: shown, detail: zodIssue.message }, suggestion);
    }
    case 'invalid_key': {
      const key = String(last);
      const detail = zodIssue.issues[0]?.message ?? zodIssue.message;
      return issue('RS106', { value: key, detail }, idSuggestion(key));
    }
    case 'too_small': {
      const value = valueAt(input, path);
      if (zodIssue.origin === 'string') return issue('RS107');
      if (zodIssue.origin === 'array') {
        const count = value.found && Array.isArray(value.value) ? value.value.length : 0;
        if (typeof last === 'string' && VARIANT_KEYS.has(last)) return issue('RS007', { count });
        return issue('RS109', { minimum: Number(zodIssue.minimum), count });
      }
      const shown = value.found ? describeScalar(value.value) : String(zodIssue.minimum);
      return issue('RS108', {
        value: shown,
        detail: `must be ${zodIssue.inclusive === false ? 'more than' : 'at least'} ${zodIssue.minimum}`,
      });
    }
    case 'too_big': {
      const value = valueAt(input, path);
      const shown = value.found ? describeScalar(value.value) : String(zodIssue.maximum);
      return issue('RS108', {
        value: shown,
        detail: `must be ${zodIssue.inclusive === false ? 'less than' : 'at most'} ${zodIssue.maximum}`,
      });
    }
    case 'custom':
      if (parent === 'meters') return issue('RS110');
      return issue('RS102', {
        expected: zodIssue.message,
        received: describeValue(valueAt(input, path).value),
      });
    default:
      return issue('RS102', {
        expected: zodIssue.message,
        received: describeValue(valueAt(input, path).value),
      });
  }
}

function isRung(key: string): key is (typeof HINT_RUNGS)[number] {
  return (HINT_RUNGS as readonly string[]).includes(key);
}

function isMoveList(path: IssuePath): boolean {
  const listKey = path[path.length - 2];
  return (
    typeof path[path.length - 1] === 'number' && typeof listKey === 'string' && MOVE_LIST_KEYS.has(listKey)
  );
}

function moveSuggestion(move: string): string {
  const close =
    closestMatch(move, MOVE_IDS) ?? MOVE_IDS.find((id) => id.startsWith(move) || move.startsWith(id));
  return close === undefined ? 'use a move id from packages/core/docs/moves.md' : `did you mean '${close}'?`;
}

function unknownKeySuggestion(key: string, known: readonly string[]): string {
  return didYouMean(key, known) ?? `known keys here: ${known.join(', ')}`;
}

function idSuggestion(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const slug = value
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[-0-9]+|-+$/g, '');
  return slug !== value && SCENARIO_ID_PATTERN.test(slug) ? `did you mean '${slug}'?` : undefined;
}

function pronounSuggestion(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value
    .trim()
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/');
  return /^[a-z]+\/[a-z]+$/.test(lower) ? `did you mean '${lower}'?` : undefined;
}

function listOf(values: readonly string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map (key: value)',
  record: 'a map (key: value)',
};

function describeExpected(expected: string): string {
  return EXPECTED[expected] ?? expected;
}

/** Describes any value without touching getters or serialising it (it may be cyclic or hostile). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text ${describeScalar(value)}`;
    case 'number':
      return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'a map';
    case 'bigint':
      return 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return typeof value;
  }
}

function describeScalar(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}...` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeValue(value);
}

type Lookup =
  | { readonly found: true; readonly value: unknown }
  | { readonly found: false; readonly value: undefined };

/** The input's value at a path, without throwing. */
function valueAt(input: unknown, path: IssuePath): Lookup {
  try {
    let node: unknown = input;
    for (const segment of path) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) {
        return { found: false, value: undefined };
      }
      node = (node as Record<string | number, unknown>)[segment];
    }
    return node === undefined ? { found: false, value: undefined } : { found: true, value: node };
  } catch {
    return { found: false, value: undefined };
  }
}

// The schema's own shape answers "which keys are allowed here?", so suggestions stay right as it grows.
interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly valueType?: SchemaNode;
      readonly element?: SchemaNode;
      readonly innerType?: SchemaNode;
      readonly in?: SchemaNode;
    };
  };
}

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  for (;;) {
    const def = current._zod.def;
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner === undefined) return current;
    current = inner;
  }
}

/** The keys the schema allows at a path, or `undefined` when it is not an object there. */
export function knownKeysAt(path: IssuePath): readonly string[] | undefined {
  let node: SchemaNode | undefined = unwrap(scenarioSchema as unknown as SchemaNode);
  for (const segment of path) {
    const def: SchemaNode['_zod']['def'] = node._zod.def;
    if (def.type === 'object') node = def.shape?.[String(segment)];
    else if (def.type === 'record') node = def.valueType;
    else if (def.type === 'array') node = def.element;
    else return undefined;
    if (node === undefined) return undefined;
    node = unwrap(node);
  }
  const shape = node._zod.def.type === 'object' ? node._zod.def.shape : undefined;
  return shape === undefined ? undefined : Object.keys(shape);
}

// ---------------------------------------------------------------------------------------------------------
// Cross-references, read defensively from the raw input so they are reported alongside schema issues.

type Loose = Readonly<Record<string, unknown>>;

function isMap(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function crossReferenceIssues(input: unknown): ScenarioIssue[] {
  if (!isMap(input)) return [];
  const issues: ScenarioIssue[] = [];
  const beats = isMap(input.beats) ? input.beats : undefined;
  const endings = isMap(input.endings) ? input.endings : undefined;
  const beatIds = beats ? Object.keys(beats) : [];
  const endingIds = endings ? Object.keys(endings) : [];
  const beatSet = new Set(beatIds);
  const endingSet = new Set(endingIds);

  for (const id of endingIds) {
    if (beatSet.has(id)) issues.push(createIssue('RS014', ['endings', id], { id }));
  }

  const start = input.start;
  if (beats && typeof start === 'string' && SCENARIO_ID_PATTERN.test(start) && !beatSet.has(start)) {
    const suggestion = endingSet.has(start)
      ? `'${start}' is an ending; the conversation must start at a beat`
      : didYouMean(start, beatIds);
    issues.push(createIssue('RS011', ['start'], { start }, suggestion));
  }

  if (endings) {
    const kinds = endingIds.map((id) => (isMap(endings[id]) ? (endings[id] as Loose).kind : undefined));
    if (kinds.every((kind) => kind === 'other')) issues.push(createIssue('RS013', ['endings']));
  }

  const meters = input.meters === undefined ? {} : isMap(input.meters) ? input.meters : undefined;
  const meterIds = meters ? Object.keys(meters) : [];
  const meterSet = new Set(meterIds);
  // Hot on large scenarios: no allocation per branch unless there is something to report.
  const checkMeters = (names: Loose, at: () => IssuePath) => {
    if (!meters) return;
    for (const name in names) {
      if (!Object.hasOwn(names, name) || meterSet.has(name) || !SCENARIO_ID_PATTERN.test(name)) continue;
      issues.push(createIssue('RS012', [...at(), name], { meter: name }, didYouMean(name, meterIds)));
    }
  };

  if (!beats) return issues;
  let targetIds: string[] | undefined;
  for (const beatId of beatIds) {
    const beat = beats[beatId];
    if (!isMap(beat) || !Array.isArray(beat.on)) continue;
    const on: readonly unknown[] = beat.on;
    for (let index = 0; index < on.length; index++) {
      const branch = on[index];
      if (!isMap(branch)) continue;
      const to = branch.to;
      if (
        endings &&
        typeof to === 'string' &&
        !beatSet.has(to) &&
        !endingSet.has(to) &&
        SCENARIO_ID_PATTERN.test(to)
      ) {
        targetIds ??= [...beatIds, ...endingIds];
        const at = ['beats', beatId, 'on', index, 'to'];
        issues.push(createIssue('RS003', at, { target: to }, didYouMean(to, targetIds)));
      }
      if (isMap(branch.effects)) checkMeters(branch.effects, () => ['beats', beatId, 'on', index, 'effects']);
      const when = branch.when;
      if (isMap(when) && isMap(when.meters)) {
        checkMeters(when.meters, () => ['beats', beatId, 'on', index, 'when', 'meters']);
      }
    }
  }
  return issues;
}

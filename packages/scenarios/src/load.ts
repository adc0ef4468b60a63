import {
  createIssue,
  type IssuePath,
  lintScenario,
  parseScenario,
  type Scenario,
  type ScenarioCode,
  type ScenarioIssue,
} from '@rapport/core';
import {
  type Document,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';

/** A scenario issue or lint diagnostic, placed in the author's file. Lines and columns count from 1. */
export interface LocatedIssue extends ScenarioIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** What `loadScenarioText()` returns. */
export type LoadScenarioResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** Lint diagnostics (errors and warnings), in file order; empty when the scenario is clean. */
      readonly diagnostics: readonly LocatedIssue[];
    }
  | { readonly ok: false; readonly issues: readonly LocatedIssue[] };

export interface LoadScenarioOptions {
  /** Shown in every issue's location, e.g. `scenarios/rough-day.yaml`. Default: `<scenario>`. */
  readonly fileName?: string;
  /** Whether to lint a scenario that parses. Default: `true`. */
  readonly lint?: boolean;
}

/**
 * Reads a scenario from YAML (or JSON, which is YAML too) and returns it typed, or **every** issue, each
 * placed at `file:line:column`: YAML syntax errors (RS100, RS112), schema and cross-reference issues (mapped
 * back through the document's node ranges) and, for a scenario that parses, its lint diagnostics.
 * Browser-safe: it takes text, not a path.
 * @example
 * const result = loadScenarioText(text, { fileName: 'rough-day.yaml' });
 * if (!result.ok) for (const issue of result.issues) console.error(formatLocatedIssue(issue));
 * // rough-day.yaml:31:13 error RS003 beats.opening.on[1].to: unknown beat or ending 'closng' — did you mean 'closing'?
 */
export function loadScenarioText(text: string, options: LoadScenarioOptions = {}): LoadScenarioResult {
  const file = options.fileName ?? '<scenario>';
  const lineCounter = new LineCounter();
  // uniqueKeys is off because the yaml package compares every key with every earlier one (quadratic in a
  // 10,000-beat map); duplicateKeys() below does the same check with a Set.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line, column: col };
  };

  const duplicates = duplicateKeys(doc);
  if (doc.errors.length > 0 || duplicates.length > 0) {
    const issues = doc.errors.map((error): LocatedIssue => {
      const issue = createIssue('RS100', [], { detail: firstLine(error.message) });
      return { ...issue, file, ...at(error.pos[0]) };
    });
    for (const { key, offset } of duplicates)
      issues.push({ ...createIssue('RS112', [], { key }), file, ...at(offset) });
    return { ok: false, issues: sortByPosition(issues) };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const detail = error instanceof Error ? firstLine(error.message) : 'the document could not be read';
    return {
      ok: false,
      issues: [{ ...createIssue('RS100', [], { detail }), file, ...at(unresolvedAlias(doc)) }],
    };
  }

  const locate = (issue: ScenarioIssue): LocatedIssue => ({
    ...issue,
    file,
    ...at(offsetOf(doc, issue.segments, issue.code)),
  });
  const parsed = parseScenario(data);
  if (!parsed.ok) return { ok: false, issues: sortByPosition(parsed.issues.map(locate)) };
  const diagnostics = options.lint === false ? [] : lintScenario(parsed.scenario).map(locate);
  return { ok: true, scenario: parsed.scenario, diagnostics: sortByPosition(diagnostics) };
}

/**
 * One line per issue, the way compilers print them.
 * @example
 * formatLocatedIssue(issue)
 * // "rough-day.yaml:31:13 error RS003 beats.opening.on[1].to: unknown beat or ending 'closng' — did you mean 'closing'?"
 */
export function formatLocatedIssue(issue: LocatedIssue): string {
  const where = issue.path === '' ? '' : ` ${issue.path}:`;
  const fix = issue.suggestion === undefined ? '' : ` — ${issue.suggestion}`;
  return `${issue.file}:${issue.line}:${issue.column} ${issue.severity} ${issue.code}${where} ${issue.message}${fix}`;
}

/** Whether any of the issues is an error (warnings alone do not fail a build). */
export function hasErrors(issues: readonly ScenarioIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Where the first alias without an anchor is (what makes `toJS()` throw), else 0. */
function unresolvedAlias(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      let resolved: unknown;
      try {
        resolved = alias.resolve(doc);
      } catch {
        resolved = undefined;
      }
      if (resolved !== undefined) return undefined;
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Every key that repeats an earlier key of the same map, with where the repeat is. Linear. */
function duplicateKeys(doc: Document): { key: string; offset: number }[] {
  const found: { key: string; offset: number }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) found.push({ key, offset: pair.key.range?.[0] ?? 0 });
        seen.add(key);
      }
    },
  });
  return found;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

function sortByPosition(issues: LocatedIssue[]): LocatedIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => a.issue.line - b.issue.line || a.issue.column - b.issue.column || a.order - b.order)
    .map(({ issue }) => issue);
}

// Issues about a key (not its value) point at the key itself.
const KEY_CODES = new Set<ScenarioCode>(['RS103', 'RS014', 'RS112']);

/**
 * Where in the source an issue's path is. Walks the document's nodes by the path; a path that runs out
 * (a missing field) points at the deepest node that exists, i.e. the map the field should be in.
 */
function offsetOf(doc: Document, segments: IssuePath, code: ScenarioCode): number {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  let matched = 0;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (pair === undefined) break;
      key = isNode(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      key = undefined;
      node = item;
    } else {
      break;
    }
    matched++;
  }
  const whole = matched === segments.length;
  const onKey = KEY_CODES.has(code) || !whole || !isNode(node) || !isScalar(node);
  const target = onKey && key !== undefined ? key : isNode(node) ? node : key;
  return target?.range?.[0] ?? (isNode(doc.contents) ? (doc.contents.range?.[0] ?? 0) : 0);
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

import {
  formatCodeMessage,
  type MessageParams,
  SCENARIO_CODES,
  type ScenarioCode,
  type ScenarioSeverity,
} from './codes';

/** Where in a scenario a problem is: object keys and array indexes from the root. */
export type IssuePath = readonly (string | number)[];

/**
 * One problem in a scenario, as data (the zod way): a stable code, where it is, what is wrong and,
 * when there is one, how to fix it. `lintScenario()` diagnostics have the same shape.
 */
export interface ScenarioIssue {
  /** Stable code from `SCENARIO_CODES`, e.g. `'RS003'`. */
  readonly code: ScenarioCode;
  readonly severity: ScenarioSeverity;
  /** The path as text, e.g. `beats.opening.on[1].to`; empty for the whole scenario. */
  readonly path: string;
  /** The same path as keys and indexes, e.g. `['beats', 'opening', 'on', 1, 'to']`, to find it in a file. */
  readonly segments: IssuePath;
  /** What is wrong, e.g. `unknown beat or ending 'closng'`. */
  readonly message: string;
  /** How to fix it, e.g. `did you mean 'closing'?`. */
  readonly suggestion?: string;
}

/** A lint finding; the same shape as a parse issue. */
export type ScenarioDiagnostic = ScenarioIssue;

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/**
 * Formats a path the way authors read it.
 * @example
 * formatPath(['beats', 'opening', 'on', 1, 'to']) // 'beats.opening.on[1].to'
 * formatPath(['beats', 'my beat'])                // 'beats["my beat"]'
 */
export function formatPath(segments: IssuePath): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * Makes an issue from the code registry: the message comes from the code's template.
 * @example
 * createIssue('RS003', ['beats', 'opening', 'on', 1, 'to'], { target: 'closng' }, "did you mean 'closing'?")
 */
export function createIssue(
  code: ScenarioCode,
  segments: IssuePath,
  params: MessageParams = {},
  suggestion?: string,
): ScenarioIssue {
  const issue = {
    code,
    severity: SCENARIO_CODES[code].severity,
    path: formatPath(segments),
    segments: [...segments],
    message: formatCodeMessage(code, params),
  };
  return suggestion === undefined ? issue : { ...issue, suggestion };
}

/**
 * One line per issue: `path: message — suggestion`.
 * @example
 * formatIssue(issue) // "beats.opening.on[1].to: unknown beat or ending 'closng' — did you mean 'closing'?"
 */
export function formatIssue(issue: ScenarioIssue): string {
  const where = issue.path === '' ? '' : `${issue.path}: `;
  const fix = issue.suggestion === undefined ? '' : ` — ${issue.suggestion}`;
  return `${where}${issue.message}${fix}`;
}

/**
 * Every issue as readable text, like zod's `prettifyError`: one `✖` (error) or `⚠` (warning) line with the
 * code and message, then where it is.
 * @example
 * formatIssues(result.issues)
 * // ✖ RS003 unknown beat or ending 'closng' — did you mean 'closing'?
 * //   → at beats.opening.on[1].to
 */
export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues
    .map((issue) => {
      const mark = issue.severity === 'error' ? '✖' : '⚠';
      const fix = issue.suggestion === undefined ? '' : ` — ${issue.suggestion}`;
      const at = issue.path === '' ? '' : `\n  → at ${issue.path}`;
      return `${mark} ${issue.code} ${issue.message}${fix}${at}`;
    })
    .join('\n');
}

/**
 * Thrown by `assertScenario()`: carries every issue, not just the first.
 * @example
 * try { assertScenario(data) } catch (error) {
 *   if (error instanceof ScenarioError) console.error(formatIssues(error.issues));
 * }
 */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly code = 'RAPPORT_INVALID_SCENARIO' as const;
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[], label = 'scenario') {
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    super(`Invalid ${label} (${count}):\n${formatIssues(issues)}`);
    this.issues = issues;
  }
}

import { type RefObject, useId, useRef, useState } from 'react';
import { type LoadResult, loadScenario, type Scenario, type ScenarioIssue, scenarios } from '../engine';

export interface AuthorProps {
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly onPlay: (scenario: Scenario) => void;
}

function where(issue: ScenarioIssue): string {
  return `Line ${issue.line}, column ${issue.column}`;
}

/** The author playground: paste a scenario, see every issue with its line, play it. */
export default function Author({ headingRef, onPlay }: AuthorProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<LoadResult | null>(null);
  const [checking, setChecking] = useState(false);
  const textId = useId();
  const helpId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const run = useRef(0);

  const check = async () => {
    const mine = ++run.current;
    setChecking(true);
    try {
      const loaded = await loadScenario(text);
      if (mine === run.current) setResult(loaded);
    } finally {
      if (mine === run.current) setChecking(false);
    }
  };
  const example = () => {
    const first = scenarios[0];
    if (!first) return;
    const { $schema: _ignored, ...rest } = first;
    setText(JSON.stringify({ ...rest, id: `${first.id}-copy`, title: `${first.title} (my copy)` }, null, 2));
    setResult(null);
  };
  /** Put the caret at an issue's line in the text box. */
  const goTo = (issue: ScenarioIssue) => {
    const el = box.current;
    if (!el) return;
    const lines = text.split('\n');
    let offset = 0;
    for (let i = 0; i < issue.line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
    offset += Math.max(0, issue.column - 1);
    el.focus();
    el.setSelectionRange(offset, offset);
  };

  const errors = result?.issues.filter((i) => i.severity === 'error') ?? [];
  const playable = result?.ok === true && errors.length === 0;

  return (
    <section aria-labelledby="author-title">
      <h1 id="author-title" ref={headingRef} tabIndex={-1}>
        Author playground
      </h1>
      <p className="lead">
        Paste a scenario in YAML or JSON, check it, and play it. It stays in this browser.
      </p>
      <label htmlFor={textId}>Scenario (YAML or JSON)</label>
      <textarea
        id={textId}
        ref={box}
        className="code"
        rows={16}
        spellCheck={false}
        value={text}
        aria-describedby={helpId}
        onChange={(e) => {
          setText(e.target.value);
          setResult(null);
        }}
      />
      <p id={helpId} className="help">
        Tip: start from an example and change it.
      </p>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void check()}>
          Check scenario
        </button>
        <button type="button" onClick={example}>
          Load an example
        </button>
      </div>
      <div role="status" aria-live="polite" className="author-result">
        {checking ? <p>Checking…</p> : null}
        {result === null ? null : (
          <>
            {playable && result.ok ? (
              <div className="ok">
                <p>
                  <strong>{result.scenario.title}</strong> is ready to play
                  {result.issues.length > 0
                    ? ` (${result.issues.length} ${result.issues.length === 1 ? 'warning' : 'warnings'} below).`
                    : ', with no issues.'}
                </p>
                <button type="button" className="primary" onClick={() => onPlay(result.scenario)}>
                  Play “{result.scenario.title}”
                </button>
              </div>
            ) : (
              <p>
                {errors.length === 1 ? '1 issue' : `${errors.length} issues`} to fix
                {result.issues.length > errors.length
                  ? `, and ${result.issues.length - errors.length} warnings`
                  : ''}
                :
              </p>
            )}
            {result.issues.length > 0 ? (
              <ul className="issues">
                {result.issues.map((issue) => (
                  <li
                    key={`${issue.code}-${issue.line}-${issue.column}-${issue.path}-${issue.message}`}
                    className={`issue-${issue.severity}`}
                  >
                    <button type="button" className="link" onClick={() => goTo(issue)}>
                      {where(issue)}
                    </button>{' '}
                    <span className="sev">{issue.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
                    <code>{issue.code}</code>
                    {issue.path ? <code>{issue.path}</code> : null}: {issue.message}
                    {issue.suggestion ? ` — ${issue.suggestion}` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}

import { type RefObject, useEffect, useMemo } from 'react';
import {
  type Scenario,
  type SessionContext,
  type SessionSummary,
  scenarios,
  skillName,
  summarize,
} from '../engine';
import type { Running } from '../session';
import { Transcript } from './Play';

export interface SummaryProps {
  readonly running: Running;
  readonly context: SessionContext;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly onLeave: () => void;
  readonly onStart: (scenario: Scenario) => void;
  readonly onRetry: () => void;
}

/** The scenario to suggest next: one that practises the engine's suggested skill, not this one. */
export function suggestNext(summary: SessionSummary, current: string, pack: readonly Scenario[] = scenarios) {
  const others = pack.filter((s) => s.id !== current);
  return (
    others.find((s) => s.skills[0] === summary.next.skill) ??
    others.find((s) => s.skills.includes(summary.next.skill)) ??
    others[0]
  );
}

export function Summary({ running, context, headingRef, onLeave, onStart, onRetry }: SummaryProps) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the summary changes only with the snapshot
  const summary = useMemo(() => summarize(running.actor), [running.actor, context]);
  const next = suggestNext(summary, running.scenario.id);
  const succeeded = context.outcome === 'succeeded';
  // The reply box that had the focus is gone: move it to the summary's heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, [headingRef]);

  return (
    <section aria-labelledby="summary-title" className="summary">
      <h1 id="summary-title" ref={headingRef} tabIndex={-1}>
        {succeeded ? 'Well done' : 'Session finished'}: {running.scenario.title}
      </h1>
      {context.endMessage ? <p className="end-message">{context.endMessage}</p> : null}
      <ScoreChart scores={summary.scores} />
      <div className="summary-grid">
        <section aria-labelledby="strengths-title">
          <h2 id="strengths-title">Strengths</h2>
          {summary.strengths.length === 0 ? (
            <p>No clear strengths this time — every practice run still counts.</p>
          ) : (
            <ul className="quotes">
              {summary.strengths.map((s) => (
                <li key={`${s.move}-${s.quote}`}>
                  <q>{s.quote}</q>
                  <p>{s.note}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="growth-title">
          <h2 id="growth-title">Room to grow</h2>
          {summary.growth.length === 0 ? (
            <p>Nothing to flag. Nice work.</p>
          ) : (
            <ul className="quotes">
              {summary.growth.map((g) => (
                <li key={`${g.move}-${g.quote}`}>
                  <q>{g.quote}</q>
                  <p>{g.note}</p>
                  {g.tryInstead ? (
                    <p>
                      <strong>Try instead:</strong> <q>{g.tryInstead}</q>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="next-title" className="next">
        <h2 id="next-title">What to practise next</h2>
        <p>{summary.next.reason}</p>
        {next ? (
          <p>
            Suggested scenario:{' '}
            <button type="button" className="primary" onClick={() => onStart(next)}>
              {next.title}
            </button>
          </p>
        ) : null}
      </section>
      <div className="button-row">
        <button type="button" onClick={() => onStart(running.scenario)}>
          Practise this one again
        </button>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" onClick={onLeave}>
          Back to scenarios
        </button>
      </div>
      <details className="replay">
        <summary>Read the conversation again</summary>
        <Transcript context={context} />
      </details>
    </section>
  );
}

/** Per-skill scores (0..100) as a small horizontal bar chart, drawn in SVG. */
export function ScoreChart({ scores }: { scores: SessionSummary['scores'] }) {
  const rows = Object.entries(scores).filter((e): e is [string, number] => typeof e[1] === 'number');
  if (rows.length === 0) return null;
  const rowH = 36;
  const labelW = 150;
  const barW = 200;
  const height = rows.length * rowH + 8;
  const description = rows.map(([k, v]) => `${skillName(k)}: ${Math.round(v)} out of 100`).join('; ');
  return (
    <figure className="chart">
      <figcaption id="chart-title">Your scores by skill</figcaption>
      <svg
        role="img"
        aria-labelledby="chart-title chart-desc"
        viewBox={`0 0 ${labelW + barW + 50} ${height}`}
        width="100%"
        style={{ maxWidth: `${labelW + barW + 50}px` }}
      >
        <title>Your scores by skill</title>
        <desc id="chart-desc">{description}</desc>
        {rows.map(([skill, value], i) => {
          const y = i * rowH + 8;
          const v = Math.max(0, Math.min(100, value));
          return (
            <g key={skill}>
              <text x={0} y={y + 16} className="chart-label">
                {skillName(skill)}
              </text>
              <rect x={labelW} y={y + 2} width={barW} height={20} rx={4} className="chart-track" />
              <rect x={labelW} y={y + 2} width={(barW * v) / 100} height={20} rx={4} className="chart-bar" />
              <text x={labelW + barW + 8} y={y + 17} className="chart-value">
                {Math.round(v)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

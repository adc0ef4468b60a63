import { type RefObject, useId, useState } from 'react';
import { scenarios as pack, type Scenario, skillIds, skillName } from '../engine';
import { capitalise } from '../format';
import type { Running } from '../session';
import type { Store } from '../storage';
import { PracticeNote } from './PracticeNote';

const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const;

export interface LibraryProps {
  readonly store: Store;
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  readonly running: Running | null;
  readonly scenarios?: readonly Scenario[];
  readonly onStart: (scenario: Scenario) => void;
  readonly onResume: () => void;
  readonly onDiscard: () => void;
}

export function Library({
  store,
  headingRef,
  running,
  scenarios = pack,
  onStart,
  onResume,
  onDiscard,
}: LibraryProps) {
  const [skill, setSkill] = useState('all');
  const [difficulty, setDifficulty] = useState('all');
  const skillId = useId();
  const difficultyId = useId();
  const done = new Set(
    store
      .history()
      .filter((h) => h.outcome === 'succeeded')
      .map((h) => h.scenarioId),
  );
  const shown = scenarios.filter(
    (s) =>
      (skill === 'all' || s.skills.includes(skill as never)) &&
      (difficulty === 'all' || s.difficulty === difficulty),
  );
  const ongoing = running && running.actor.getSnapshot().context.outcome === null ? running : null;

  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title" ref={headingRef} tabIndex={-1}>
        Choose a conversation to practise
      </h1>
      <PracticeNote />
      {ongoing ? (
        <div className="resume-card">
          <p>
            You have a conversation in progress: <strong>{ongoing.scenario.title}</strong>.
          </p>
          <div className="button-row">
            <button type="button" className="primary" onClick={onResume}>
              Continue “{ongoing.scenario.title}”
            </button>
            <button type="button" onClick={onDiscard}>
              End it without saving
            </button>
          </div>
        </div>
      ) : null}
      <fieldset className="filters">
        <legend>Filter scenarios</legend>
        <div className="field">
          <label htmlFor={skillId}>Skill</label>
          <select id={skillId} value={skill} onChange={(e) => setSkill(e.target.value)}>
            <option value="all">All skills</option>
            {skillIds.map((id) => (
              <option key={id} value={id}>
                {skillName(id)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={difficultyId}>Difficulty</label>
          <select id={difficultyId} value={difficulty} onChange={(e) => setDifficulty(e.target.value)}>
            <option value="all">All levels</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {capitalise(d)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <p role="status" className="count">
        {shown.length === 1 ? '1 scenario' : `${shown.length} scenarios`}
      </p>
      {shown.length === 0 ? (
        <p>No scenario matches both filters yet. Try another skill or level.</p>
      ) : (
        <ul className="cards">
          {shown.map((s) => (
            <li key={s.id} className="card">
              <h2>
                <button type="button" className="card-title" onClick={() => onStart(s)}>
                  {s.title}
                </button>
              </h2>
              <p className="tags">
                <span className={`tag level-${s.difficulty}`}>{capitalise(s.difficulty)}</span>
                {s.skills.map((k) => (
                  <span key={k} className="tag">
                    {skillName(k)}
                  </span>
                ))}
                {done.has(s.id) ? <span className="tag done">Completed</span> : null}
              </p>
              <p>{s.summary}</p>
              <dl>
                <dt>Setting</dt>
                <dd>{s.setting}</dd>
                <dt>Your goal</dt>
                <dd>{s.goal}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

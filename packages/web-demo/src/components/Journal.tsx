import { type FormEvent, type RefObject, useId, useMemo, useState } from 'react';
import { feelingVocabulary } from '../engine';
import { capitalise, formatDate } from '../format';
import { localDay, type Store, streaks } from '../storage';

/** The daily feelings check-in: "What am I feeling right now, and what caused it?" */
export function Journal({
  store,
  headingRef,
}: {
  store: Store;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const groups = useMemo(() => feelingVocabulary(), []);
  const [picked, setPicked] = useState<string[]>([]);
  const [cause, setCause] = useState('');
  const [status, setStatus] = useState('');
  const causeId = useId();
  const findId = useId();
  const [find, setFind] = useState('');
  const query = find.trim().toLowerCase();
  const shown = groups
    .map((g) => ({ ...g, words: query ? g.words.filter((w) => w.includes(query)) : g.words }))
    .filter((g) => g.words.length > 0);
  const checkIns = store.checkIns();
  const today = localDay(new Date());
  const doneToday = checkIns.some((c) => c.day === today);
  const streak = streaks([
    ...checkIns.map((c) => c.day),
    ...store.history().map((h) => localDay(new Date(h.finishedAt))),
  ]);

  const toggle = (word: string) =>
    setPicked((p) => (p.includes(word) ? p.filter((w) => w !== word) : [...p, word]));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (picked.length === 0) {
      setStatus('Pick at least one feeling first.');
      return;
    }
    const now = new Date();
    store.addCheckIn({ day: localDay(now), at: now.toISOString(), feelings: picked, cause: cause.trim() });
    setPicked([]);
    setCause('');
    setStatus('Saved in this browser. Thank you for checking in.');
  };

  return (
    <section aria-labelledby="journal-title">
      <h1 id="journal-title" ref={headingRef} tabIndex={-1}>
        Daily check-in
      </h1>
      <p className="lead">
        Naming a feeling makes it easier to talk about. Take a minute:{' '}
        <em>What am I feeling right now, and what caused it?</em>
      </p>
      <p className="streak">
        {doneToday ? 'You have checked in today. ' : ''}
        Current streak: <strong>{streak.current}</strong> {streak.current === 1 ? 'day' : 'days'} · Longest:{' '}
        <strong>{streak.longest}</strong>
      </p>
      <form onSubmit={submit} className="checkin">
        <fieldset>
          <legend>What am I feeling right now?</legend>
          <label htmlFor={findId} className="find-label">
            Find a feeling
          </label>
          <input
            id={findId}
            type="search"
            value={find}
            autoComplete="off"
            onChange={(e) => setFind(e.target.value)}
          />
          {picked.length > 0 ? (
            <p className="picked">
              Picked: <strong>{picked.join(', ')}</strong>
            </p>
          ) : null}
          {shown.length === 0 ? <p>No feeling word matches “{find}”.</p> : null}
          {shown.map((g) => (
            <details key={g.family} className="family" open={query !== '' || g.family === shown[0]?.family}>
              <summary>
                {capitalise(g.family)} <span className="help">({g.words.length})</span>
              </summary>
              <ul className="chips">
                {g.words.map((word) => (
                  <li key={word}>
                    <label className="chip">
                      <input type="checkbox" checked={picked.includes(word)} onChange={() => toggle(word)} />
                      <span>{word}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </fieldset>
        <label htmlFor={causeId}>What caused it?</label>
        <textarea
          id={causeId}
          rows={3}
          value={cause}
          maxLength={1000}
          onChange={(e) => setCause(e.target.value)}
        />
        <div className="button-row">
          <button type="submit" className="primary">
            Save check-in
          </button>
        </div>
        <p role="status">{status}</p>
      </form>
      {checkIns.length > 0 ? (
        <section aria-labelledby="past-title">
          <h2 id="past-title">Earlier check-ins</h2>
          <ul className="past">
            {[...checkIns]
              .reverse()
              .slice(0, 14)
              .map((c) => (
                <li key={c.at}>
                  <strong>{formatDate(c.at)}</strong>: {c.feelings.join(', ')}
                  {c.cause ? ` — ${c.cause}` : ''}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

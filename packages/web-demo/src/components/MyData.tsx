import { type RefObject, useState } from 'react';
import { skillName } from '../engine';
import { formatDate } from '../format';
import { localDay, type Store, streaks } from '../storage';

const OUTCOME: Record<string, string> = {
  succeeded: 'Reached the goal',
  ended: 'Ended',
  safety: 'Paused for safety',
};

/** History, streaks, export and "delete all my data". */
export function MyData({
  store,
  headingRef,
  onDeleteAll,
}: {
  store: Store;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDeleteAll: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const history = store.history();
  const checkIns = store.checkIns();
  const streak = streaks([
    ...history.map((h) => localDay(new Date(h.finishedAt))),
    ...checkIns.map((c) => c.day),
  ]);

  const exportJson = () => {
    const blob = new Blob([store.exportAll()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `rapport-data-${localDay(new Date())}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('Your data was exported as a JSON file.');
  };

  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title" ref={headingRef} tabIndex={-1}>
        My data
      </h1>
      <p className="lead">
        Everything Rapport keeps is stored in this browser only. Nothing is sent anywhere.
      </p>
      <p className="streak">
        Practice streak: <strong>{streak.current}</strong> {streak.current === 1 ? 'day' : 'days'} in a row ·
        Longest: <strong>{streak.longest}</strong> · Sessions finished: <strong>{history.length}</strong> ·
        Check-ins: <strong>{checkIns.length}</strong>
      </p>
      <h2>Practice history</h2>
      {history.length === 0 ? (
        <p>No finished sessions yet.</p>
      ) : (
        <table className="history">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Scenario</th>
              <th scope="col">Outcome</th>
              <th scope="col">Scores</th>
            </tr>
          </thead>
          <tbody>
            {[...history].reverse().map((h) => (
              <tr key={h.id}>
                <td>{formatDate(h.finishedAt)}</td>
                <td>{h.title}</td>
                <td>{h.outcome ? (OUTCOME[h.outcome] ?? h.outcome) : 'Unfinished'}</td>
                <td>
                  {Object.entries(h.scores)
                    .map(([k, v]) => `${skillName(k)} ${Math.round(v)}`)
                    .join(', ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Export or delete</h2>
      <div className="button-row">
        <button type="button" onClick={exportJson}>
          Export my data (JSON)
        </button>
        {confirming ? null : (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete all my data
          </button>
        )}
      </div>
      {confirming ? (
        <fieldset className="confirm" aria-describedby="confirm-text">
          <legend>Delete all your data?</legend>
          <p id="confirm-text">
            This removes your history, check-ins and any session in progress from this browser. It can’t be
            undone.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              // biome-ignore lint/a11y/noAutofocus: the confirmation replaces the button the user just pressed
              autoFocus
              onClick={() => {
                onDeleteAll();
                setConfirming(false);
                setStatus('All your Rapport data was deleted from this browser.');
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep my data
            </button>
          </div>
        </fieldset>
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}

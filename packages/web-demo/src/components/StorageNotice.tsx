import type { Store } from '../storage';

/** Reports saved data that could not be read and was set aside. */
export function StorageNotice({ store }: { store: Store }) {
  if (!store.available) {
    return (
      <div className="banner" role="alert">
        <p>This browser isn’t letting Rapport save anything, so history and resuming won’t work here.</p>
      </div>
    );
  }
  if (store.problems.length === 0) return null;
  return (
    <div className="banner" role="alert">
      <p>
        <strong>Some saved data couldn’t be read, so it was set aside.</strong> Everything else is safe.
      </p>
      <ul>
        {store.problems.map((p) => (
          <li key={`${p.key}-${p.movedTo ?? ''}`}>
            <code>{p.key}</code>: {p.reason}.{' '}
            {p.movedTo ? (
              <>
                Kept under <code>{p.movedTo}</code> (included in an export; removed by “Delete all my data”).
              </>
            ) : (
              'It could not be moved, so it was left as it was.'
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => store.dismissProblems()}>
        Dismiss
      </button>
    </div>
  );
}

import { lazy, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Journal } from './components/Journal';
import { Library } from './components/Library';
import { MyData } from './components/MyData';
import { Play } from './components/Play';
import { StorageNotice } from './components/StorageNotice';
import type { Scenario } from './engine';
import { begin, persist, type Running, resume } from './session';
import type { Store } from './storage';

const Author = lazy(() => import('./components/Author'));

export type View = 'library' | 'play' | 'journal' | 'author' | 'data';

const NAV: readonly { view: View; label: string }[] = [
  { view: 'library', label: 'Practise' },
  { view: 'journal', label: 'Check-in' },
  { view: 'author', label: 'Author' },
  { view: 'data', label: 'My data' },
];

/** Re-render when this tab changes the store (reads are checked again on every render). */
function useStoreVersion(store: Store): number {
  const version = useRef(0);
  const subscribe = useCallback(
    (cb: () => void) =>
      store.subscribe(() => {
        version.current += 1;
        cb();
      }),
    [store],
  );
  return useSyncExternalStore(subscribe, () => version.current);
}

export function App({ store }: { store: Store }) {
  useStoreVersion(store);
  // Resume a session left open before a reload: at once for a pack scenario, after a check for a
  // playground one (see session.ts).
  const [resumed] = useState(() => resume(store));
  const [running, setRunning] = useState<Running | null>(resumed instanceof Promise ? null : resumed);
  const [resuming, setResuming] = useState(resumed instanceof Promise);
  const [view, setView] = useState<View>(() => (running ? 'play' : 'library'));

  useEffect(() => {
    if (!(resumed instanceof Promise)) return;
    let live = true;
    void resumed.then((r) => {
      if (!live) return;
      setResuming(false);
      if (r) {
        setRunning(r);
        setView('play');
      }
    });
    return () => {
      live = false;
    };
  }, [resumed]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (!running) return;
    return persist(store, running);
  }, [store, running]);

  // Move focus to the new screen's heading, so keyboard and screen-reader users land in the right place.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the screen changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [view]);

  const start = useCallback(
    (scenario: Scenario, custom = false) => {
      running?.actor.stop();
      setRunning(begin(store, scenario, custom));
      setView('play');
    },
    [store, running],
  );

  const leave = useCallback(() => {
    if (running) {
      const over = running.actor.getSnapshot().context.outcome !== null;
      if (over) {
        running.actor.stop();
        store.clearActive();
        setRunning(null);
      }
    }
    setView('library');
  }, [store, running]);

  const discard = useCallback(() => {
    running?.actor.stop();
    store.clearActive();
    setRunning(null);
  }, [store, running]);

  const deleteAll = useCallback(() => {
    running?.actor.stop();
    setRunning(null);
    store.deleteAll();
  }, [store, running]);

  const navigate = (next: View) => setView(next);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <p className="brand">
          <span aria-hidden="true" className="brand-mark" />
          Rapport
        </p>
        <nav aria-label="Main">
          <ul className="nav-list">
            {NAV.map((item) => (
              <li key={item.view}>
                <button
                  type="button"
                  className="nav-link"
                  aria-current={
                    view === item.view || (item.view === 'library' && view === 'play') ? 'page' : undefined
                  }
                  onClick={() => navigate(item.view)}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageNotice store={store} />
        {resuming ? (
          <p role="status">Resuming your conversation…</p>
        ) : view === 'play' && running ? (
          <Play key={running.id} running={running} headingRef={headingRef} onLeave={leave} onStart={start} />
        ) : view === 'journal' ? (
          <Journal store={store} headingRef={headingRef} />
        ) : view === 'author' ? (
          <Suspense fallback={<p role="status">Loading the playground…</p>}>
            <Author headingRef={headingRef} onPlay={(scenario) => start(scenario, true)} />
          </Suspense>
        ) : view === 'data' ? (
          <MyData store={store} headingRef={headingRef} onDeleteAll={deleteAll} />
        ) : (
          <Library
            store={store}
            headingRef={headingRef}
            running={running}
            onStart={start}
            onResume={() => setView('play')}
            onDiscard={discard}
          />
        )}
      </main>
      <footer className="site-footer">
        <p>
          Rapport is for practice, not therapy. Everything you write stays in this browser; nothing is sent
          anywhere.
        </p>
      </footer>
    </>
  );
}

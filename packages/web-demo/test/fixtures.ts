import type { Observer, Subscription } from 'xstate';
import type { SessionActor, SessionContext, SessionEvent, SessionSnapshotView } from '../src/engine';

/** A stand-in session actor whose snapshots the test sets by hand, and which records what it was sent. */
export class FakeActor implements SessionActor {
  sent: SessionEvent[] = [];
  #snapshot: SessionSnapshotView;
  #listeners = new Set<(s: SessionSnapshotView) => void>();

  constructor(context: SessionContext) {
    this.#snapshot = { context };
  }

  getSnapshot(): SessionSnapshotView {
    return this.#snapshot;
  }

  subscribe(observer: Observer<SessionSnapshotView> | ((s: SessionSnapshotView) => void)): Subscription {
    const fn = typeof observer === 'function' ? observer : (s: SessionSnapshotView) => observer.next?.(s);
    this.#listeners.add(fn);
    return { unsubscribe: () => this.#listeners.delete(fn) };
  }

  send(event: SessionEvent): void {
    this.sent.push(event);
  }

  getPersistedSnapshot(): unknown {
    return JSON.parse(JSON.stringify(this.#snapshot));
  }

  stop(): void {}

  /** Push a new snapshot, as the engine would after an event. */
  set(patch: Partial<SessionContext>): void {
    this.#snapshot = { context: { ...this.#snapshot.context, ...patch } };
    for (const l of this.#listeners) l(this.#snapshot);
  }
}

export function context(patch: Partial<SessionContext> = {}): SessionContext {
  return {
    scenarioId: 'test',
    transcript: [{ speaker: 'partner', text: 'I had a terrible day.' }],
    feedback: [],
    meters: { heard: 30 },
    partner: { name: 'Maya', mood: 'guarded' },
    outcome: null,
    beat: 'open',
    turn: 0,
    hints: [],
    endMessage: null,
    safety: null,
    notice: null,
    replies: [],
    ...patch,
  };
}

/**
 * Running a session in the browser: start, resume after a reload, save every snapshot, record the
 * finished session in the history. The session itself is the engine's actor; nothing here re-derives it.
 */
import {
  type Scenario,
  type SessionActor,
  scenarios,
  startSession,
  summarize,
  validScenario,
} from './engine';
import type { ActiveSession, Store } from './storage';

export interface Running {
  readonly id: string;
  readonly scenario: Scenario;
  /** Whether the scenario came from the author playground (so it is saved with the session). */
  readonly custom: boolean;
  readonly seed: number;
  readonly startedAt: string;
  readonly actor: SessionActor;
}

function newId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function newSeed(): number {
  const n = new Uint32Array(1);
  globalThis.crypto.getRandomValues(n);
  return (n[0] ?? 1) % 2_147_483_647;
}

export function begin(store: Store, scenario: Scenario, custom = false, seed: number = newSeed()): Running {
  const actor = startSession(scenario, { seed });
  const running: Running = {
    id: newId(),
    scenario,
    custom,
    seed,
    startedAt: new Date().toISOString(),
    actor,
  };
  save(store, running);
  return running;
}

export function save(store: Store, running: Running): void {
  const record: ActiveSession = {
    id: running.id,
    scenarioId: running.scenario.id,
    ...(running.custom ? { scenario: running.scenario } : {}),
    seed: running.seed,
    startedAt: running.startedAt,
    snapshot: running.actor.getPersistedSnapshot(),
  };
  store.saveActive(record);
}

/**
 * Resume the saved session, or set it aside (reported) when it cannot be resumed. A pack scenario resumes
 * at once; a playground scenario is checked again first, which loads the authoring code, so it resolves later.
 */
export function resume(store: Store): Running | Promise<Running | null> | null {
  const saved = store.active();
  if (!saved) return null;
  if (saved.scenario !== undefined) {
    const data = saved.scenario;
    return validScenario(data).then(
      (scenario) =>
        scenario && scenario.id === saved.scenarioId
          ? restore(store, saved, scenario, true)
          : unavailable(store, saved),
      () => unavailable(store, saved),
    );
  }
  const scenario = scenarios.find((s) => s.id === saved.scenarioId);
  return scenario ? restore(store, saved, scenario, false) : unavailable(store, saved);
}

function unavailable(store: Store, saved: ActiveSession): null {
  store.setAsideActive(`the saved session's scenario ("${saved.scenarioId}") is not available`);
  return null;
}

function restore(store: Store, saved: ActiveSession, scenario: Scenario, custom: boolean): Running | null {
  try {
    const actor = startSession(scenario, { seed: saved.seed, snapshot: saved.snapshot });
    const ctx = actor.getSnapshot().context;
    if (!ctx || !Array.isArray(ctx.transcript) || ctx.scenarioId !== scenario.id) {
      actor.stop();
      throw new Error('snapshot does not match');
    }
    return { id: saved.id, scenario, custom, seed: saved.seed, startedAt: saved.startedAt, actor };
  } catch {
    store.setAsideActive('the saved session could not be resumed');
    return null;
  }
}

/** Save every change; when the session ends, add it to the history once. Returns the unsubscribe. */
export function persist(store: Store, running: Running): () => void {
  const record = () => {
    save(store, running);
    const ctx = running.actor.getSnapshot().context;
    if (ctx.outcome !== null) {
      let scores: Record<string, number> = {};
      if (ctx.outcome !== 'safety') {
        try {
          scores = { ...summarize(running.actor).scores } as Record<string, number>;
        } catch {
          scores = {};
        }
      }
      store.addHistory({
        id: running.id,
        scenarioId: running.scenario.id,
        title: running.scenario.title,
        outcome: ctx.outcome,
        finishedAt: new Date().toISOString(),
        scores,
      });
    }
  };
  let last = running.actor.getSnapshot().context;
  const sub = running.actor.subscribe((snapshot) => {
    if (snapshot.context === last) return;
    const wasOver = last.outcome !== null;
    last = snapshot.context;
    if (wasOver && last.outcome !== null) {
      save(store, running);
      return;
    }
    record();
  });
  return () => sub.unsubscribe();
}

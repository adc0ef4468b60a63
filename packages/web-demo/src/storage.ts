/**
 * Everything the demo keeps lives in this browser's localStorage, under keys starting with `rapport:`.
 * Every read is checked: data that is corrupt or not ours is reported, moved to a quarantine key
 * (`rapport:quarantine:<key>:<time>`) and left out — nothing else is lost and nothing crashes.
 */

export const PREFIX = 'rapport:';
export const KEYS = {
  history: 'rapport:v1:history',
  active: 'rapport:v1:active',
  checkins: 'rapport:v1:checkins',
} as const;
export const QUARANTINE_PREFIX = 'rapport:quarantine:';

/** A finished practice session. */
export interface HistoryEntry {
  readonly id: string;
  readonly scenarioId: string;
  readonly title: string;
  readonly outcome: 'succeeded' | 'ended' | 'safety' | null;
  /** ISO time. */
  readonly finishedAt: string;
  readonly scores: Readonly<Record<string, number>>;
}

/** The session in progress, to resume after a reload. */
export interface ActiveSession {
  readonly id: string;
  readonly scenarioId: string;
  /** For a scenario from the author playground: the scenario itself, checked again on resume. */
  readonly scenario?: unknown;
  readonly seed: number;
  readonly startedAt: string;
  /** The engine's persisted snapshot (plain JSON). */
  readonly snapshot: unknown;
}

/** A daily feelings check-in. */
export interface CheckIn {
  /** Local day, `YYYY-MM-DD`. */
  readonly day: string;
  readonly at: string;
  readonly feelings: readonly string[];
  readonly cause: string;
}

/** Something set aside, to tell the learner. */
export interface StorageProblem {
  readonly key: string;
  readonly movedTo: string | null;
  readonly reason: string;
}

type Guard<T> = (value: unknown) => value is T;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isIso = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));

export const isHistoryEntry: Guard<HistoryEntry> = (v): v is HistoryEntry =>
  isObject(v) &&
  isString(v.id) &&
  isString(v.scenarioId) &&
  isString(v.title) &&
  (v.outcome === null || v.outcome === 'succeeded' || v.outcome === 'ended' || v.outcome === 'safety') &&
  isIso(v.finishedAt) &&
  isObject(v.scores) &&
  Object.values(v.scores).every((n) => typeof n === 'number' && Number.isFinite(n));

export const isCheckIn: Guard<CheckIn> = (v): v is CheckIn =>
  isObject(v) &&
  isString(v.day) &&
  /^\d{4}-\d{2}-\d{2}$/.test(v.day) &&
  isIso(v.at) &&
  Array.isArray(v.feelings) &&
  v.feelings.every(isString) &&
  isString(v.cause);

export const isActiveSession: Guard<ActiveSession> = (v): v is ActiveSession =>
  isObject(v) &&
  isString(v.id) &&
  isString(v.scenarioId) &&
  (v.scenario === undefined || isObject(v.scenario)) &&
  typeof v.seed === 'number' &&
  isIso(v.startedAt) &&
  isObject(v.snapshot);

interface Envelope<T> {
  readonly version: 1;
  readonly data: T;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The store: reads are validated, problems are collected for the UI to report. */
export class Store {
  readonly problems: StorageProblem[] = [];
  readonly #listeners = new Set<() => void>();
  readonly #ls: Storage | null;

  constructor(ls: Storage | null = storage()) {
    this.#ls = ls;
  }

  /** Read everything once, so problems are found (and set aside) before the first screen shows. */
  checkAll(): this {
    this.history();
    this.checkIns();
    this.active();
    return this;
  }

  get available(): boolean {
    return this.#ls !== null;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): void {
    for (const l of this.#listeners) l();
  }

  /** Move a raw value aside and remember why. */
  #quarantine(key: string, raw: string, reason: string): void {
    const movedTo = `${QUARANTINE_PREFIX}${key.slice(PREFIX.length)}:${Date.now()}`;
    let stored: string | null = movedTo;
    try {
      this.#ls?.setItem(movedTo, raw);
      this.#ls?.removeItem(key);
    } catch {
      // Quota or a locked store: leave the original where it was rather than lose it.
      stored = null;
    }
    this.problems.push({ key, movedTo: stored, reason });
  }

  #readRaw(key: string): string | null {
    try {
      return this.#ls?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  #write(key: string, data: unknown): boolean {
    try {
      this.#ls?.setItem(key, JSON.stringify({ version: 1, data } satisfies Envelope<unknown>));
      return true;
    } catch {
      return false;
    } finally {
      this.#changed();
    }
  }

  /** Parse an envelope; set it aside whole when it is not ours. */
  #readEnvelope(key: string): { data: unknown } | null {
    const raw = this.#readRaw(key);
    if (raw === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      this.#quarantine(key, raw, 'it is not valid JSON');
      return null;
    }
    if (!isObject(parsed) || !('data' in parsed)) {
      this.#quarantine(key, raw, 'it is not in Rapport’s format');
      return null;
    }
    if (parsed.version !== 1) {
      this.#quarantine(
        key,
        raw,
        `it has an unknown format version (${JSON.stringify(parsed.version) ?? 'none'})`,
      );
      return null;
    }
    return { data: parsed.data };
  }

  /** A list: a foreign whole is set aside; single bad items are set aside and the rest kept. */
  #readList<T>(key: string, guard: Guard<T>, what: string): T[] {
    const env = this.#readEnvelope(key);
    if (!env) return [];
    if (!Array.isArray(env.data)) {
      this.#quarantine(key, this.#readRaw(key) ?? '', `its ${what} is not a list`);
      return [];
    }
    const good = env.data.filter(guard);
    const bad = env.data.filter((v) => !guard(v));
    if (bad.length > 0) {
      const movedTo = `${QUARANTINE_PREFIX}${key.slice(PREFIX.length)}:${Date.now()}`;
      try {
        this.#ls?.setItem(movedTo, JSON.stringify(bad));
        this.#ls?.setItem(key, JSON.stringify({ version: 1, data: good }));
        this.problems.push({
          key,
          movedTo,
          reason: `${bad.length} ${what} ${bad.length === 1 ? 'entry was' : 'entries were'} unreadable`,
        });
      } catch {
        this.problems.push({ key, movedTo: null, reason: `${bad.length} ${what} entries were unreadable` });
      }
    }
    return good;
  }

  history(): HistoryEntry[] {
    return this.#readList(KEYS.history, isHistoryEntry, 'history');
  }

  addHistory(entry: HistoryEntry): void {
    const list = this.history().filter((e) => e.id !== entry.id);
    this.#write(KEYS.history, [...list, entry]);
  }

  checkIns(): CheckIn[] {
    return this.#readList(KEYS.checkins, isCheckIn, 'check-in');
  }

  addCheckIn(entry: CheckIn): void {
    this.#write(KEYS.checkins, [...this.checkIns(), entry]);
  }

  active(): ActiveSession | null {
    const env = this.#readEnvelope(KEYS.active);
    if (!env) return null;
    if (!isActiveSession(env.data)) {
      this.#quarantine(KEYS.active, this.#readRaw(KEYS.active) ?? '', 'the saved session is unreadable');
      return null;
    }
    return env.data;
  }

  saveActive(session: ActiveSession): void {
    this.#write(KEYS.active, session);
  }

  clearActive(): void {
    try {
      this.#ls?.removeItem(KEYS.active);
    } catch {
      // nothing to do
    }
    this.#changed();
  }

  /** Called when a saved session turns out not to resume (e.g. the engine changed): set it aside. */
  setAsideActive(reason: string): void {
    const raw = this.#readRaw(KEYS.active);
    if (raw !== null) this.#quarantine(KEYS.active, raw, reason);
    this.#changed();
  }

  /** Every key the demo owns, quarantined ones included. */
  keys(): string[] {
    const out: string[] = [];
    const ls = this.#ls;
    if (!ls) return out;
    try {
      for (let i = 0; i < ls.length; i++) {
        const k = ls.key(i);
        if (k?.startsWith(PREFIX)) out.push(k);
      }
    } catch {
      // nothing to do
    }
    return out.sort();
  }

  /** Everything the demo keeps, as one JSON document. */
  exportAll(): string {
    const setAside: Record<string, string> = {};
    for (const k of this.keys()) {
      if (k.startsWith(QUARANTINE_PREFIX)) setAside[k] = this.#readRaw(k) ?? '';
    }
    return JSON.stringify(
      {
        app: 'rapport-web-demo',
        exportedAt: new Date().toISOString(),
        history: this.history(),
        checkIns: this.checkIns(),
        activeSession: this.active(),
        setAside,
      },
      null,
      2,
    );
  }

  /** Remove every key the demo owns. Other sites' and apps' keys are untouched. */
  deleteAll(): void {
    for (const k of this.keys()) {
      try {
        this.#ls?.removeItem(k);
      } catch {
        // nothing to do
      }
    }
    this.problems.length = 0;
    this.#changed();
  }

  dismissProblems(): void {
    this.problems.length = 0;
    this.#changed();
  }
}

/** `YYYY-MM-DD` in local time. */
export function localDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Days in a row with practice or a check-in, ending today (or yesterday, so it is not lost before you start). */
export function streaks(
  days: Iterable<string>,
  today: Date = new Date(),
): { current: number; longest: number } {
  const set = new Set(days);
  const sorted = [...set].sort();
  let longest = 0;
  let run = 0;
  let prev: string | null = null;
  for (const day of sorted) {
    run = prev !== null && addDays(prev, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    prev = day;
  }
  let current = 0;
  let cursor = localDay(today);
  if (!set.has(cursor)) cursor = addDays(cursor, -1);
  while (set.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest };
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n);
  return localDay(date);
}

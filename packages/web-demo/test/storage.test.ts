import { describe, expect, it } from 'vitest';
import { KEYS, QUARANTINE_PREFIX, Store, streaks } from '../src/storage';

const entry = {
  id: 'a',
  scenarioId: 'long-day',
  title: 'A long day',
  outcome: 'succeeded',
  finishedAt: '2026-11-20T10:00:00.000Z',
  scores: { 'active-listening': 70 },
};

const quarantined = () => Object.keys(localStorage).filter((k) => k.startsWith(QUARANTINE_PREFIX));

describe('storage', () => {
  it('round-trips history and check-ins in a versioned envelope', () => {
    const store = new Store();
    store.addHistory(entry as never);
    store.addCheckIn({
      day: '2026-11-20',
      at: '2026-11-20T10:00:00.000Z',
      feelings: ['calm'],
      cause: 'a walk',
    });
    expect(new Store().history()).toEqual([entry]);
    expect(new Store().checkIns()[0]?.feelings).toEqual(['calm']);
    expect(JSON.parse(localStorage.getItem(KEYS.history) ?? '{}').version).toBe(1);
  });

  it('sets corrupt JSON aside under a quarantine key, reports it, and keeps everything else', () => {
    localStorage.setItem(KEYS.history, '{not json');
    localStorage.setItem(KEYS.checkins, JSON.stringify({ version: 1, data: [] }));
    localStorage.setItem('someone-else', 'untouched');
    const store = new Store().checkAll();
    expect(store.history()).toEqual([]);
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0]?.key).toBe(KEYS.history);
    const [moved] = quarantined();
    expect(moved).toBeDefined();
    expect(localStorage.getItem(moved as string)).toBe('{not json');
    expect(localStorage.getItem(KEYS.history)).toBeNull();
    expect(localStorage.getItem(KEYS.checkins)).not.toBeNull();
    expect(localStorage.getItem('someone-else')).toBe('untouched');
  });

  it('sets aside data in a foreign shape or unknown version', () => {
    localStorage.setItem(KEYS.history, JSON.stringify([1, 2, 3]));
    localStorage.setItem(KEYS.checkins, JSON.stringify({ version: 99, data: [] }));
    localStorage.setItem(KEYS.active, JSON.stringify({ version: 1, data: { hello: 'world' } }));
    const store = new Store().checkAll();
    expect(store.problems.map((p) => p.key).sort()).toEqual(
      [KEYS.active, KEYS.checkins, KEYS.history].sort(),
    );
    expect(quarantined()).toHaveLength(3);
    expect(store.active()).toBeNull();
  });

  it('keeps the good entries of a list and sets only the bad ones aside', () => {
    localStorage.setItem(KEYS.history, JSON.stringify({ version: 1, data: [entry, { id: 5 }, 'junk'] }));
    const store = new Store().checkAll();
    expect(store.history()).toEqual([entry]);
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0]?.reason).toMatch(/2 history entries/);
    const [moved] = quarantined();
    expect(JSON.parse(localStorage.getItem(moved as string) ?? '[]')).toEqual([{ id: 5 }, 'junk']);
  });

  it('deletes all of its own keys, quarantine included, and nothing else', () => {
    localStorage.setItem(KEYS.history, 'bad');
    localStorage.setItem('other-app', 'keep');
    const store = new Store().checkAll();
    store.addCheckIn({ day: '2026-11-20', at: '2026-11-20T10:00:00.000Z', feelings: ['calm'], cause: '' });
    store.deleteAll();
    expect(Object.keys(localStorage)).toEqual(['other-app']);
  });

  it('exports everything as JSON', () => {
    const store = new Store();
    store.addHistory(entry as never);
    const data = JSON.parse(store.exportAll());
    expect(data.app).toBe('rapport-web-demo');
    expect(data.history).toEqual([entry]);
  });

  it('survives a storage that throws', () => {
    const throwing = {
      getItem() {
        throw new Error('denied');
      },
      setItem() {
        throw new Error('denied');
      },
      removeItem() {
        throw new Error('denied');
      },
      key: () => null,
      length: 0,
      clear() {},
    } as Storage;
    const store = new Store(throwing).checkAll();
    expect(store.history()).toEqual([]);
    expect(() => store.addHistory(entry as never)).not.toThrow();
  });

  it('counts streaks of days in a row', () => {
    const today = new Date(2026, 10, 20);
    expect(streaks(['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-10'], today)).toEqual({
      current: 3,
      longest: 3,
    });
    expect(streaks(['2026-11-18', '2026-11-19'], today).current).toBe(2);
    expect(streaks(['2026-11-17'], today).current).toBe(0);
    expect(streaks([], today)).toEqual({ current: 0, longest: 0 });
  });
});

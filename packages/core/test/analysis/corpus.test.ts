/**
 * Scores the analyzer on the labelled corpus. `dev.jsonl` is for writing rules; `heldout.jsonl` is only
 * ever scored here (its lines are never printed), so it keeps measuring generalisation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { MOVE_IDS, type MoveId } from '../../src/analysis/types';

interface CorpusLine {
  readonly id: string;
  readonly text: string;
  readonly context?: { readonly partnerLine?: string };
  readonly moves: readonly MoveId[];
  readonly crisis: boolean;
  readonly tags?: readonly string[];
}

interface Score {
  readonly perMove: Record<MoveId, { tp: number; fp: number; fn: number; f1: number }>;
  readonly macroF1: number;
  readonly confusions: [string, number][];
  readonly crisisRecall: number;
  readonly crisisCount: number;
  readonly idiomFalseAlarms: number;
  readonly idiomCount: number;
  readonly exactMatch: number;
  readonly lines: number;
}

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

function load(name: string): CorpusLine[] {
  return readFileSync(join(corpusDir, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusLine);
}

function score(lines: readonly CorpusLine[]): Score {
  const counts = Object.fromEntries(MOVE_IDS.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<
    MoveId,
    { tp: number; fp: number; fn: number }
  >;
  const confusions = new Map<string, number>();
  let crisisHit = 0;
  let crisisCount = 0;
  let idiomFalseAlarms = 0;
  let idiomCount = 0;
  let exact = 0;
  for (const line of lines) {
    const a = analyze(line.text, line.context);
    const got = new Set(a.moves.map((m) => m.id));
    const want = new Set(line.moves);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const m of MOVE_IDS) {
      if (got.has(m) && want.has(m)) counts[m].tp++;
      else if (got.has(m)) {
        counts[m].fp++;
        extra.push(m);
      } else if (want.has(m)) {
        counts[m].fn++;
        missed.push(m);
      }
    }
    if (missed.length === 0 && extra.length === 0) exact++;
    for (const m of missed)
      for (const e of extra.length > 0 ? extra : ['(none)']) {
        const key = `${m} → ${e}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
      }
    if (missed.length === 0)
      for (const e of extra) confusions.set(`(none) → ${e}`, (confusions.get(`(none) → ${e}`) ?? 0) + 1);
    if (line.crisis) {
      crisisCount++;
      if (a.crisis !== null) crisisHit++;
    }
    if (line.tags?.includes('idiom')) {
      idiomCount++;
      if (a.crisis !== null) idiomFalseAlarms++;
    }
  }
  const perMove = Object.fromEntries(
    MOVE_IDS.map((m) => {
      const { tp, fp, fn } = counts[m];
      const p = tp + fp === 0 ? 1 : tp / (tp + fp);
      const r = tp + fn === 0 ? 1 : tp / (tp + fn);
      return [m, { tp, fp, fn, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }];
    }),
  ) as Score['perMove'];
  const macroF1 = MOVE_IDS.reduce((s, m) => s + perMove[m].f1, 0) / MOVE_IDS.length;
  return {
    perMove,
    macroF1,
    confusions: [...confusions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10),
    crisisRecall: crisisCount === 0 ? 1 : crisisHit / crisisCount,
    crisisCount,
    idiomFalseAlarms,
    idiomCount,
    exactMatch: exact / lines.length,
    lines: lines.length,
  };
}

function report(split: string, s: Score): string {
  const rows = MOVE_IDS.map((m) => {
    const { tp, fp, fn, f1 } = s.perMove[m];
    return `  ${m.padEnd(22)} F1 ${f1.toFixed(2)}  TP ${String(tp).padStart(3)}  FP ${String(fp).padStart(3)}  FN ${String(fn).padStart(3)}`;
  });
  return [
    `── ${split}: ${s.lines} lines · macro-F1 ${s.macroF1.toFixed(3)} · exact ${(s.exactMatch * 100).toFixed(1)}% · crisis recall ${(s.crisisRecall * 100).toFixed(0)}% (${s.crisisCount}) · idiom false alarms ${s.idiomFalseAlarms}/${s.idiomCount}`,
    ...rows,
    '  most common confusions (expected → found instead):',
    ...s.confusions.map(([k, n]) => `    ${String(n).padStart(3)} × ${k}`),
  ].join('\n');
}

const hasSplit = (f: string): boolean => existsSync(join(corpusDir, f));

// Each split is scored only by the tests that name it, so a run filtered to dev
// (`--testNamePattern "^(?!.*held-out)"`) never reads the held-out file.
describe.runIf(hasSplit('dev.jsonl'))('labelled corpus: dev split', () => {
  let dev: Score | undefined;
  const devScore = (): Score => {
    if (dev === undefined) {
      dev = score(load('dev.jsonl'));
      console.log(report('dev', dev));
    }
    return dev;
  };

  it('keeps every move at F1 ≥ 0.75 on dev', () => {
    const s = devScore();
    for (const m of MOVE_IDS) expect({ move: m, f1: s.perMove[m].f1 >= 0.75 }).toEqual({ move: m, f1: true });
  });

  it('finds every crisis line on dev', () => {
    expect(devScore().crisisRecall).toBe(1);
  });

  it('raises no false alarm on idioms on dev', () => {
    expect(devScore().idiomFalseAlarms).toBe(0);
  });
});

/**
 * Issue 3's targets for the held-out split, and the floors this analyzer is held to today.
 * The targets are not met yet (see packages/core/docs/moves.md, "Measured quality"): the floors are the
 * levels measured on the fresh held-out split, so a change that makes generalisation worse fails here.
 * Raise a floor whenever a change raises the measured figure; never lower one to make a change pass.
 */
const HELD_OUT = {
  target: { macroF1: 0.9, crisisRecall: 1 },
  floor: { macroF1: 0.82, perMoveF1: 0.45, crisisRecall: 0.75 },
} as const;

describe.runIf(hasSplit('heldout.jsonl'))('labelled corpus: held-out split', () => {
  let heldout: Score | undefined;
  const heldoutScore = (): Score => {
    if (heldout === undefined) {
      heldout = score(load('heldout.jsonl'));
      console.log(report('heldout', heldout));
      const gap = (name: string, value: number, target: number) =>
        `${name} ${value.toFixed(3)} vs target ${target} — ${value >= target ? 'met' : 'NOT met'}`;
      console.log(
        `  issue 3 targets: ${gap('macro-F1', heldout.macroF1, HELD_OUT.target.macroF1)}; ${gap(
          'crisis recall',
          heldout.crisisRecall,
          HELD_OUT.target.crisisRecall,
        )}`,
      );
    }
    return heldout;
  };

  it(`keeps macro-F1 ≥ ${HELD_OUT.floor.macroF1} on the held-out split (the measured floor; target ${HELD_OUT.target.macroF1})`, () => {
    expect(heldoutScore().macroF1).toBeGreaterThanOrEqual(HELD_OUT.floor.macroF1);
  });

  it(`keeps every move at F1 ≥ ${HELD_OUT.floor.perMoveF1} on the held-out split`, () => {
    const s = heldoutScore();
    const floor = HELD_OUT.floor.perMoveF1;
    for (const m of MOVE_IDS)
      expect({ move: m, f1: s.perMove[m].f1 >= floor }).toEqual({ move: m, f1: true });
  });

  it(`finds at least ${HELD_OUT.floor.crisisRecall * 100}% of crisis lines on the held-out split (target 100%)`, () => {
    expect(heldoutScore().crisisRecall).toBeGreaterThanOrEqual(HELD_OUT.floor.crisisRecall);
  });

  it('raises no false alarm on idioms on the held-out split', () => {
    expect(heldoutScore().idiomFalseAlarms).toBe(0);
  });
});

/**
 * External benchmark: AnnoMI therapist utterances (see ../shared/data/README.md). Measures only; no
 * sentence of the data set is copied into the project, and no rule is tuned on it.
 * Run: `npx pnpm@12.21.0 bench:annomi` (or `npx pnpm@12.21.0 --filter @rapport/core bench:annomi`).
 *
 * Mapping from our moves to AnnoMI labels:
 * - reflection ← reflection
 * - question_open ← open_question or asks_need; question_closed ← closed_question
 * - advice ← advice
 * A reply gets one label, in this order: reflection, advice, open question, closed question, else other.
 * 4-way (as in the AnnoMI papers): reflection / question / therapist input (information + advice) / other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analysis/analyze';

interface AnnomiLine {
  readonly text: string;
  readonly label: 'reflection' | 'question_open' | 'question_closed' | 'advice' | 'information' | 'other';
  readonly context: string | null;
  readonly is_fragment: boolean;
}

type Label = AnnomiLine['label'];

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir)
      throw new Error('Could not find the repository root (no pnpm-workspace.yaml above bench/).');
    dir = up;
  }
  return dir;
}

/** Our single-label prediction for an utterance. */
export function predictLabel(text: string, context: string | null): Label {
  const ids = new Set(
    analyze(text, context === null ? undefined : { partnerLine: context }).moves.map((m) => m.id),
  );
  if (ids.has('reflection')) return 'reflection';
  if (ids.has('advice')) return 'advice';
  if (ids.has('open_question') || ids.has('asks_need')) return 'question_open';
  if (ids.has('closed_question')) return 'question_closed';
  return 'other';
}

function f1(tp: number, fp: number, fn: number): number {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function binary(gold: readonly boolean[], pred: readonly boolean[]): { f1: number; p: number; r: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (g && pred[i]) tp++;
    else if (pred[i]) fp++;
    else if (g) fn++;
  });
  return { f1: f1(tp, fp, fn), p: tp + fp === 0 ? 0 : tp / (tp + fp), r: tp + fn === 0 ? 0 : tp / (tp + fn) };
}

const four = (l: Label): string =>
  l === 'reflection'
    ? 'reflection'
    : l.startsWith('question')
      ? 'question'
      : l === 'advice' || l === 'information'
        ? 'input'
        : 'other';

export function runAnnomi(): boolean {
  const file = join(repoRoot(), '..', 'shared', 'data', 'annomi.jsonl');
  if (!existsSync(file)) {
    console.log(`── AnnoMI: skipped (no data at ${file}; it is not part of the project)`);
    return true;
  }
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as AnnomiLine)
    .filter((l) => !l.is_fragment && l.text.trim().split(/\s+/).length >= 3);
  const counts = new Map<Label, number>();
  for (const l of lines) counts.set(l.label, (counts.get(l.label) ?? 0) + 1);
  const t = performance.now();
  const pred = lines.map((l) => predictLabel(l.text, l.context));
  const ms = performance.now() - t;
  const gold = lines.map((l) => l.label);

  const refl = binary(
    gold.map((g) => g === 'reflection'),
    pred.map((p) => p === 'reflection'),
  );
  const question = binary(
    gold.map((g) => g.startsWith('question')),
    pred.map((p) => p.startsWith('question')),
  );
  const advice = binary(
    gold.map((g) => g === 'advice'),
    pred.map((p) => p === 'advice'),
  );
  let qBoth = 0;
  let qRight = 0;
  gold.forEach((g, i) => {
    const p = pred[i] as Label;
    if (g.startsWith('question') && p.startsWith('question')) {
      qBoth++;
      if (g === p) qRight++;
    }
  });
  const classes = ['reflection', 'question', 'input', 'other'];
  const g4 = gold.map(four);
  const p4 = pred.map(four);
  const perClass = classes.map(
    (c) =>
      [
        c,
        binary(
          g4.map((g) => g === c),
          p4.map((p) => p === c),
        ).f1,
      ] as const,
  );
  const macro = perClass.reduce((s, [, f]) => s + f, 0) / classes.length;

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    [
      `── AnnoMI (external, measured only): ${lines.length} substantive therapist utterances (!is_fragment, ≥ 3 words) in ${ms.toFixed(0)} ms`,
      `  gold counts: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ')}`,
      `  reflection  F1 ${refl.f1.toFixed(3)}  (P ${pct(refl.p)}, R ${pct(refl.r)})`,
      `  question    F1 ${question.f1.toFixed(3)}  (P ${pct(question.p)}, R ${pct(question.r)})`,
      `  advice      F1 ${advice.f1.toFixed(3)}  (P ${pct(advice.p)}, R ${pct(advice.r)})`,
      `  open/closed accuracy among questions found as questions: ${pct(qBoth === 0 ? 0 : qRight / qBoth)} (${qRight}/${qBoth})`,
      `  4-way (reflection / question / therapist input / other) macro-F1 ${macro.toFixed(3)}   [anchors: text-only 0.72, multimodal 0.83, human 0.86]`,
      `    per class: ${perClass.map(([c, f]) => `${c} ${f.toFixed(3)}`).join(', ')}`,
      '  note: our analyzer has no "information" move, so therapist input is advice only.',
    ].join('\n'),
  );
  return true;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) runAnnomi();

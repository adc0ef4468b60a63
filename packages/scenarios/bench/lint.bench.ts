/**
 * `pnpm --filter @rapport/scenarios bench` (or `pnpm bench` at the root): times parse + lint of generated
 * scenarios with 100, 1,000 and 10,000 beats, and loading the same scenarios from YAML text.
 * Target: parse + lint of 10,000 beats in ≤ 200 ms, growing linearly. Not a test: it prints figures.
 */
import { lintScenario, type MoveId, parseScenario } from '@rapport/core';
import { stringify } from 'yaml';
import { loadScenarioText } from '../src/index';

const GOOD: MoveId[] = ['reflection', 'validation', 'open_question'];

/** A scenario of `size` beats: a chain with skips forward, steps back and exits, like a long authored one. */
function generate(size: number): Record<string, unknown> {
  const beats: Record<string, unknown> = {};
  const id = (i: number) => (i >= size ? 'felt-heard' : `beat-${i}`);
  for (let i = 0; i < size; i++) {
    beats[id(i)] = {
      partner: [`Line ${i}, first way.`, `Line ${i}, second way.`],
      hints: { nudge: `Nudge ${i}.`, skill: 'Reflect the feeling.', model: `Model reply ${i}.` },
      on: [
        { when: { anyMove: ['blame', 'contempt'] }, to: 'pulled-away' },
        { when: { allMoves: ['reflection', 'validation'], meters: { heard: { gte: 60 } } }, to: id(i + 2) },
        { when: { anyMove: GOOD }, effects: { heard: 5 }, to: id(i + 1) },
        { when: { anyMove: ['advice'] }, effects: { heard: -5 }, to: id(Math.max(0, i - 1)) },
      ],
      stay: ['Mm.', 'Yeah.'],
    };
  }
  return {
    schemaVersion: 1,
    id: `generated-${size}`,
    title: `Generated, ${size} beats`,
    summary: 'A generated scenario for the benchmark.',
    skills: ['active-listening'],
    difficulty: 'advanced',
    persona: { name: 'Maya', pronouns: 'she/her', relationship: 'your partner' },
    setting: 'A long evening.',
    goal: 'Keep listening.',
    meters: { heard: { label: 'Felt heard', initial: 20 } },
    start: id(0),
    beats,
    endings: {
      'felt-heard': { kind: 'success', partner: ['Thank you.', 'That helped.'], message: 'Maya felt heard.' },
      'pulled-away': { kind: 'other', partner: ['Forget it.', 'Never mind.'], message: 'Maya pulled away.' },
    },
    maxTurns: 200,
  };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(runs: number, task: () => void): number {
  task(); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    task();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const sizes = [100, 1_000, 10_000];
const rows: { size: number; branches: number; parse: number; lint: number; total: number; yaml: number }[] =
  [];
for (const size of sizes) {
  const data = generate(size);
  const text = stringify(data, { aliasDuplicateObjects: false });
  const runs = size >= 10_000 ? 7 : 21;
  let diagnostics = 0;
  const parse = time(runs, () => {
    if (!parseScenario(data).ok) throw new Error('generated scenario did not parse');
  });
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error('generated scenario did not parse');
  const lint = time(runs, () => {
    diagnostics = lintScenario(parsed.scenario).length;
  });
  const total = time(runs, () => {
    const result = parseScenario(data);
    if (result.ok) lintScenario(result.scenario);
  });
  const yaml = time(Math.min(runs, 5), () => {
    if (!loadScenarioText(text).ok) throw new Error('generated YAML did not load');
  });
  rows.push({ size, branches: size * 4, parse, lint, total, yaml });
  if (diagnostics > 1) console.warn(`note: ${diagnostics} diagnostics for ${size} beats`);
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
console.log(`parse + lint of generated scenarios (median; node ${process.version})\n`);
console.log('   beats  branches      parse       lint  parse+lint  growth   from YAML text');
rows.forEach((row, i) => {
  const previous = rows[i - 1];
  const growth =
    previous === undefined ? '     -' : `${(row.total / previous.total).toFixed(1).padStart(5)}x`;
  console.log(
    `${String(row.size).padStart(8)} ${String(row.branches).padStart(9)} ${ms(row.parse)} ${ms(row.lint)} ${ms(row.total)}   ${growth}   ${ms(row.yaml)}`,
  );
});
const largest = rows[rows.length - 1];
if (largest !== undefined) {
  const verdict = largest.total <= 200 ? 'within' : 'OVER';
  console.log(`\n10,000 beats: parse + lint ${largest.total.toFixed(1)} ms, ${verdict} the 200 ms target.`);
}

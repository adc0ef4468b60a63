/**
 * Session benchmark: time per turn (send → snapshot, analysis included) and session creation.
 * Targets from the issue: p99 per turn ≤ 1 ms, session creation ≤ 5 ms.
 * Run: `npx pnpm@12.21.0 --filter @rapport/core bench` (all core benches) or
 *      `npx tsx --conditions=@rapport/source packages/core/bench/session.bench.ts` (this one).
 */
import { fileURLToPath } from 'node:url';
import { type Analyzer, builtinAnalyzer, createSession, type Scenario } from '../src/index';
import { conflictScenario, listeningScenario, ventingScenario } from '../test/helpers/scenarios';

const REPLIES = [
  "It sounds like you're frustrated — she changed the plan and then blamed you.",
  'That makes total sense. What was the hardest part?',
  'Have you tried talking to HR about it?',
  "I'm sorry, I jumped ahead. Tell me more.",
  'You never listen to me when I talk about my day.',
  'Can we take a twenty-minute break and come back to this at eight?',
  'Do you want me to just listen, or help you think it through?',
  "It's not a big deal, it'll be fine.",
  'Hmm.',
  "You sound exhausted. I'd be upset too.",
];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const fmt = (ms: number) => (ms < 0.01 ? `${(ms * 1000).toFixed(2)} µs` : `${ms.toFixed(3)} ms`);

export interface SessionBenchResult {
  readonly analyzer: string;
  readonly turns: {
    readonly count: number;
    readonly p50: number;
    readonly p99: number;
    readonly max: number;
  };
  readonly creation: {
    readonly count: number;
    readonly first: number;
    readonly p50: number;
    readonly p99: number;
  };
}

/** Plays many seeded sessions through three scenarios; returns per-turn and creation timings in ms. */
export function runSessionBench(
  options: { sessions?: number; analyzer?: Analyzer } = {},
): SessionBenchResult {
  const analyzer = options.analyzer ?? builtinAnalyzer;
  const analyzerName = options.analyzer ? 'custom' : 'built-in';
  const scenarios: Scenario[] = [listeningScenario, conflictScenario, ventingScenario];
  const sessions = options.sessions ?? 3000;

  // The first session of a scenario compiles its machine (then cached); fresh copies measure that cost.
  const first = scenarios.map((scenario) => {
    const copy = structuredClone(scenario);
    const t0 = performance.now();
    createSession(copy, { seed: 0, analyzer }).stop();
    return performance.now() - t0;
  });

  const turnTimes: number[] = [];
  const createTimes: number[] = [];
  for (let i = 0; i < sessions; i++) {
    const scenario = scenarios[i % scenarios.length] as Scenario;
    const t0 = performance.now();
    const session = createSession(scenario, { seed: i, analyzer });
    createTimes.push(performance.now() - t0);
    for (let turn = 0; turn < scenario.maxTurns && session.getSnapshot().context.outcome === null; turn++) {
      const text = REPLIES[(i * 7 + turn * 3) % REPLIES.length] as string;
      const start = performance.now();
      session.send({ type: 'learner.say', text });
      session.getSnapshot();
      turnTimes.push(performance.now() - start);
    }
    session.stop();
  }
  turnTimes.sort((a, b) => a - b);
  createTimes.sort((a, b) => a - b);
  return {
    analyzer: analyzerName,
    turns: {
      count: turnTimes.length,
      p50: percentile(turnTimes, 50),
      p99: percentile(turnTimes, 99),
      max: turnTimes.at(-1) ?? Number.NaN,
    },
    creation: {
      count: createTimes.length,
      first: Math.max(...first),
      p50: percentile(createTimes, 50),
      p99: percentile(createTimes, 99),
    },
  };
}

/** Runs the bench and prints a short report; returns false when a target is missed. */
export function printSessionBench(): boolean {
  // Warm up the JIT before measuring.
  runSessionBench({ sessions: 3000 });
  const r = runSessionBench();
  const turnOk = r.turns.p99 <= 1;
  const createOk = r.creation.p99 <= 5;
  console.log(`session (analyzer: ${r.analyzer})`);
  console.log(
    `  turn (send → snapshot, analysis included), ${r.turns.count} turns: p50 ${fmt(r.turns.p50)}  p99 ${fmt(r.turns.p99)}  max ${fmt(r.turns.max)}  ${turnOk ? '✓' : '✗'} target p99 ≤ 1 ms`,
  );
  console.log(
    `  session creation, ${r.creation.count} sessions: p50 ${fmt(r.creation.p50)}  p99 ${fmt(r.creation.p99)}  first (compiles the scenario) ${fmt(r.creation.first)}  ${createOk ? '✓' : '✗'} target ≤ 5 ms`,
  );
  return turnOk && createOk;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = printSessionBench() ? 0 : 1;
}

/**
 * Analyzer benchmark (issue 3): throughput on typical replies beside a bare regex tokenization of the same
 * replies (the floor), cold import + first call in a fresh `node` process, the analyzer's browser bundle
 * size gzipped, and 1 MB adversarial inputs. Targets: ≥ 100,000 replies/s, ≤ 15× the floor, cold start
 * ≤ 20 ms, bundle ≤ 20 KB gzipped, each adversarial input ≤ 200 ms.
 * Run: `npx pnpm@12.21.0 --filter @rapport/core bench` (all core benches) or
 *      `npx tsx packages/core/bench/analyze.bench.ts` (this one).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { analyze } from '../src/analysis/analyze';
import { typicalReplies } from './replies';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, '..', 'src', 'analysis', 'index.ts');

function perSecond(replies: readonly string[], fn: (s: string) => unknown, minMs = 1500): number {
  for (let i = 0; i < 2000; i++) fn(replies[i % replies.length] as string);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 1000; i++) fn(replies[(n + i) % replies.length] as string);
    n += 1000;
    elapsed = performance.now() - start;
  }
  return (n / elapsed) * 1000;
}

const WORDS = /[\p{L}\p{N}']+/gu;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Spawns a fresh `node` on the bundled analyzer and measures import + first call inside it. */
function coldStart(code: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-cold-'));
  try {
    writeFileSync(join(dir, 'analyzer.mjs'), code);
    writeFileSync(
      join(dir, 'run.mjs'),
      `const t0 = performance.now();
const { analyze } = await import('./analyzer.mjs');
analyze("It sounds like you're frustrated. Have you tried HR?");
console.log(performance.now() - t0);`,
    );
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      runs.push(Number(execFileSync(process.execPath, [join(dir, 'run.mjs')], { encoding: 'utf8' }).trim()));
    }
    return runs.sort((a, b) => a - b);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function printAnalyzeBench(): Promise<boolean> {
  const replies = typicalReplies(5000);
  const analyzerRate = perSecond(replies, (s) => analyze(s));
  const floorRate = perSecond(replies, (s) => s.match(WORDS));
  const ratio = floorRate / analyzerRate;

  const code = await bundle();
  const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
  const cold = coldStart(code);
  const coldMedian = cold[Math.floor(cold.length / 2)] ?? Number.NaN;

  const MB = 1_000_000;
  const adversarial: [string, string][] = [
    ['1 MB of "!"', '!'.repeat(MB)],
    ['no spaces', 'a'.repeat(MB)],
    ['emoji + ZWJ', '👩‍👩‍👧‍👦'.repeat(MB / 11)],
    ['zalgo', 'z\u0301\u0316\u0327\u0352'.repeat(MB / 5)],
    ['lone surrogates', '\ud83d'.repeat(MB)],
    ['NUL', '\u0000'.repeat(MB)],
    ['words, no punctuation', 'you never listen i feel hurt when '.repeat(MB / 34)],
  ];
  const adversarialMs = adversarial.map(([name, text]) => {
    const t = performance.now();
    const a = analyze(text);
    return [name, performance.now() - t, a.truncated] as const;
  });

  const ok =
    analyzerRate >= 100_000 &&
    ratio <= 15 &&
    coldMedian <= 20 &&
    gzipKb <= 20 &&
    adversarialMs.every(([, ms]) => ms <= 200);
  const k = (n: number) => `${Math.round(n).toLocaleString('en-US')}/s`;
  console.log(
    [
      '── analyzer (issue 3)',
      `  throughput         ${k(analyzerRate)} replies on one core (target ≥ 100,000/s)`,
      `  floor              ${k(floorRate)} bare regex tokenization of the same replies`,
      `  ratio              ${ratio.toFixed(1)}× the floor (target ≤ 15×)`,
      `  cold start         ${coldMedian.toFixed(1)} ms median of ${cold.length} fresh node processes: import of the esbuild bundle of src/analysis + first analyze() (target ≤ 20 ms; node's own start-up excluded)`,
      `  browser bundle     ${gzipKb.toFixed(1)} KB gzipped (${(code.length / 1024).toFixed(1)} KB minified; target ≤ 20 KB)`,
      '  1 MB adversarial inputs (analysis capped, reported as truncated):',
      ...adversarialMs.map(
        ([name, ms, truncated]) =>
          `    ${name.padEnd(28)} ${ms.toFixed(1)} ms${truncated ? ' (truncated)' : ''}`,
      ),
      `  ${ok ? 'all targets met' : 'MISSED a target'}`,
    ].join('\n'),
  );
  return ok;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  printAnalyzeBench().then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}

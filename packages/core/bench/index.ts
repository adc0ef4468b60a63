/**
 * `pnpm --filter @rapport/core bench`: runs every core benchmark and exits 1 when one misses its target.
 * Each benchmark is its own file exporting a `print…` function (sync or async); add yours to the list.
 * The session bench runs first: it measures sub-millisecond turns, which the analyzer bench's 1 MB inputs
 * would otherwise leave to an old-generation GC.
 */
import { printAnalyzeBench } from './analyze.bench';
import { printSessionBench } from './session.bench';

const benches: readonly (() => boolean | Promise<boolean>)[] = [printSessionBench, printAnalyzeBench];

let ok = true;
for (const bench of benches) ok = (await bench()) && ok;
process.exitCode = ok ? 0 : 1;

import { analyze } from '../../src/analysis/analyze';
import type { AnalysisContext, MoveId } from '../../src/analysis/types';

/** The sorted move ids the analyzer finds in a reply. */
export function movesOf(text: string, context?: AnalysisContext): MoveId[] {
  return analyze(text, context)
    .moves.map((m) => m.id)
    .sort();
}

/**
 * The utterance analyzer: what a reply *does* (its communication moves), the feelings it names, and
 * crisis language. Browser-safe; no `node:` imports.
 */
export { analyze, builtinAnalyzer, MAX_ANALYZED_LENGTH } from './analyze';
export {
  type Analysis,
  type AnalysisContext,
  type Analyzer,
  type CrisisFinding,
  type CrisisKind,
  FEELING_FAMILIES,
  type FeelingFamily,
  type FeelingHit,
  type FeelingOwner,
  MOVE_IDS,
  type MoveHit,
  type MoveId,
  type Span,
} from './types';

/**
 * The built-in analyzer: tokenize, segment, match cue phrases, find feelings, questions and crisis
 * language, then resolve them into moves. Pure, synchronous, deterministic and linear in the input.
 */
import { CRISIS_PHRASE_LISTS, MOVE_PHRASE_LISTS } from './lexicon/index';
import { buildPhraseIndex, matchPhrases } from './matcher';
import { findCrisis } from './rules/crisis';
import { findFeelings, isFeelingWord } from './rules/feelings';
import { findQuestions } from './rules/questions';
import { resolveMoves } from './rules/resolve';
import { buildTextModel, type TextModel } from './segments';
import { tokenize } from './tokenizer';
import type { Analysis, AnalysisContext, Analyzer, FeelingHit, MoveHit, Span } from './types';

/**
 * The longest input the analyzer reads, in UTF-16 code units. Longer input is cut at this length (never
 * inside a surrogate pair) and the result says so with `truncated: true` and `analyzedLength`.
 *
 * @example
 * analyze('!'.repeat(MAX_ANALYZED_LENGTH + 1)).truncated; // true
 */
export const MAX_ANALYZED_LENGTH = 20_000;

// One index for move cues and crisis cues, so a reply is scanned once.
const phraseIndex = buildPhraseIndex([...MOVE_PHRASE_LISTS, ...CRISIS_PHRASE_LISTS]);

/** The compiled phrase index (for tests and debugging). */
export const movePhraseIndex = phraseIndex;

function spanOf(model: TextModel, first: number, last: number): Span {
  const a = model.units[first];
  const b = model.units[last];
  const ta = a ? model.tokens[a.token] : undefined;
  const tb = b ? model.tokens[b.token] : undefined;
  const start = ta ? ta.start : 0;
  const end = tb ? tb.end : start;
  return [start, Math.max(start, end)];
}

function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const cu = text.charCodeAt(max - 1);
  // Never cut between a high and a low surrogate.
  return cu >= 0xd800 && cu <= 0xdbff ? max - 1 : max;
}

/**
 * Names the communication moves a reply makes, the feelings it names (and whose they are), and any
 * crisis language. `context.partnerLine` is the partner's line being answered; it lets a restatement of
 * the partner's situation count as a reflection.
 *
 * @throws {TypeError} when `text` is not a string.
 * @example
 * const a = analyze("It sounds like you're frustrated. Have you tried talking to HR?");
 * a.moves.map((m) => m.id); // ['reflection', 'advice']
 * a.moves[1]?.cue; // 'Have you tried'
 */
export function analyze(text: string, context?: AnalysisContext): Analysis {
  if (typeof text !== 'string') {
    throw new TypeError(
      `analyze(text) expects a string, got ${text === null ? 'null' : typeof text}. Try analyze(String(value)).`,
    );
  }
  const partnerLine = typeof context?.partnerLine === 'string' ? context.partnerLine : undefined;
  const analyzedLength = cutPoint(text, MAX_ANALYZED_LENGTH);
  const source = analyzedLength === text.length ? text : text.slice(0, analyzedLength);
  const model = buildTextModel(source, tokenize(source), isFeelingWord);
  const hits = matchPhrases(model, phraseIndex);
  const found = findFeelings(model);
  const questions = findQuestions(model);
  const crisisFound = findCrisis(hits);
  const candidates = resolveMoves(model, hits, found, questions, crisisFound, partnerLine);

  const moves: MoveHit[] = [];
  for (const c of candidates) {
    const span = spanOf(model, c.first, c.last);
    moves.push({ id: c.id, confidence: c.confidence, span, cue: text.slice(span[0], span[1]) });
  }
  const feelings: FeelingHit[] = [];
  for (const f of found) {
    const span = spanOf(model, f.first, f.last);
    feelings.push({
      word: text.slice(span[0], span[1]),
      lemma: f.entry.lemma,
      family: f.entry.family,
      intensity: f.entry.intensity,
      owner: f.owner,
      faux: f.entry.faux,
      span,
    });
  }
  let crisis: Analysis['crisis'] = null;
  if (crisisFound !== null) {
    const span = spanOf(model, crisisFound.first, crisisFound.last);
    crisis = { kind: crisisFound.kind, span, cue: text.slice(span[0], span[1]) };
  }
  return {
    moves,
    feelings,
    crisis,
    length: text.length,
    truncated: analyzedLength < text.length,
    analyzedLength,
  };
}

/**
 * The default `Analyzer`: the rule-based analyzer in this package, synchronous and offline.
 *
 * @example
 * const analyzer: Analyzer = builtinAnalyzer;
 * analyzer.analyze('Take your time.'); // { moves: [{ id: 'respects_pace', … }], … }
 */
export const builtinAnalyzer: Analyzer & { analyze(text: string, context?: AnalysisContext): Analysis } = {
  analyze,
};

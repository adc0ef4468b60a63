/**
 * From evidence to moves: phrase hits, feelings and questions become candidate moves; the hard-case rules
 * (blocks, questions claimed by the move they make, crisis first) decide which survive.
 */
import { COMPLAINT_MARKERS } from '../lexicon/conflict';
import type { PhraseHit } from '../matcher';
import type { PhraseList } from '../phrases';
import type { TextModel, Unit } from '../segments';
import type { MoveId } from '../types';
import type { CrisisFound } from './crisis';
import type { FoundFeeling } from './feelings';
import type { QuestionFound } from './questions';

/** A move with its evidence as units `[first, last]`. */
export interface Candidate {
  readonly id: MoveId;
  readonly confidence: number;
  readonly first: number;
  readonly last: number;
  readonly list: PhraseList | null;
}

/** Stronger lists block first; a blocked hit blocks nothing. */
const PRIORITY: readonly string[] = [
  'not_blame',
  'not_reflection',
  'not_advice',
  'contempt',
  'defensiveness',
  'pressure',
  'stonewalling',
  'asks_need',
  'affection',
  'respects_pace',
  'repair',
  'appreciation_specific',
  'appreciation_generic',
  'blame',
  'minimizing',
  'self_focus',
  'sympathy',
  'reflection_for_you',
  'validation',
  'open_question',
  'request',
  'advice',
  'reflection',
  'restatement',
  'bare_apology',
];

const RANK = new Map(PRIORITY.map((name, i) => [name, i]));
const complaint = new Set(COMPLAINT_MARKERS);
const LINKS = new Set(['when', 'whenever', 'because', 'cause', 'every', 'after', 'since', 'if']);
const THIRD = new Set(['he', 'she', 'they', 'the', 'my', 'his', 'her']);
const STOP = new Set(
  'that this with have been your you they them their there what when will would about again just from into than then only really still some know like were said want the and for are was his her him she'.split(
    ' ',
  ),
);

function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^a-z']+/)) {
    if (w.length >= 4 && !STOP.has(w)) out.add(w.length > 5 ? w.slice(0, 5) : w);
  }
  return out;
}

function wordAt(units: readonly Unit[], i: number): string {
  return units[i]?.word ?? '';
}

/** Links a feeling to a behaviour or situation: "…when you…", "When plans change, I feel…". */
function tiedToSituation(model: TextModel, f: FoundFeeling): boolean {
  const { units, sentences } = model;
  const unit = units[f.first];
  if (unit === undefined) return false;
  const sentence = sentences[unit.sentence];
  if (sentence === undefined) return false;
  for (let i = f.last + 1; i < sentence.end && i <= f.last + 8; i++) {
    const w = wordAt(units, i);
    if (LINKS.has(w)) {
      const next = wordAt(units, i + 1);
      if (w === 'every' && next !== 'time') continue;
      if (w === 'if' && next !== 'you' && next !== 'we') continue;
      return !(w === 'when' && (next === 'he' || next === 'she' || next === 'they'));
    }
    if (w === 'that' && (wordAt(units, i + 1) === 'you' || wordAt(units, i + 1) === 'we')) return true;
  }
  // "When the TV stays on through dinner, I feel lonely."
  for (let i = sentence.first; i < f.first && i < sentence.first + 3; i++) {
    const w = wordAt(units, i);
    if (w === 'when' || w === 'whenever' || w === 'every')
      return (
        !THIRD.has(wordAt(units, i + 1)) || wordAt(units, i + 1) === 'the' || wordAt(units, i + 1) === 'my'
      );
  }
  return false;
}

function clauseEnd(model: TextModel, unitIndex: number): number {
  const unit = model.units[unitIndex];
  const clause = unit ? model.clauses[unit.clause] : undefined;
  return clause ? clause.end - 1 : unitIndex;
}

/** The units a blocking list reaches: its match, its clause, or the whole reply. */
function blockRange(model: TextModel, blocker: Candidate): [number, number] {
  const scope = blocker.list?.blockScope ?? 'clause';
  if (scope === 'text') return [0, model.units.length];
  if (scope === 'span') return [blocker.first, blocker.last];
  return [blocker.first, Math.max(blocker.last, clauseEnd(model, blocker.first))];
}

/**
 * Turns evidence into the final moves of a reply.
 *
 * @example
 * resolveMoves(model, hits, feelings, questions, crisis, context).map((c) => c.id);
 */
export function resolveMoves(
  model: TextModel,
  hits: readonly PhraseHit[],
  feelings: readonly FoundFeeling[],
  questions: readonly QuestionFound[],
  crisis: CrisisFound | null,
  partnerLine: string | undefined,
): Candidate[] {
  const { units } = model;
  const formalQuestion = (first: number, last: number): boolean =>
    questions.some((q) => q.formal && q.first <= last && first <= q.last);

  // 1. Phrase hits, with the two context-dependent lists decided here.
  const phrase: Candidate[] = [];
  let partnerWords: Set<string> | null = null;
  for (const h of hits) {
    const list = h.list;
    if (list.name.startsWith('crisis.')) continue;
    if (list.name === 'restatement') {
      const next = wordAt(units, h.first + 1);
      if (partnerLine !== undefined && partnerLine.length > 0) {
        partnerWords ??= words(partnerLine);
        const end = clauseEnd(model, h.first);
        let overlap = false;
        for (let i = h.first; i <= end && !overlap; i++) {
          const w = wordAt(units, i);
          if (w.length >= 4 && !STOP.has(w) && partnerWords.has(w.length > 5 ? w.slice(0, 5) : w))
            overlap = true;
        }
        if (!overlap && next !== 'your' && next !== 'you') continue;
      } else if (next !== 'your' && next !== 'you') {
        continue;
      }
      phrase.push({
        id: 'reflection',
        confidence: list.confidence,
        first: h.first,
        last: clauseEnd(model, h.first),
        list,
      });
      continue;
    }
    if (list.name === 'bare_apology') {
      let id: MoveId = 'repair';
      if (partnerLine !== undefined && partnerLine.length > 0) {
        const said = partnerLine.toLowerCase().split(/[^a-z]+/);
        if (!said.some((w) => complaint.has(w))) id = 'validation';
      }
      phrase.push({ id, confidence: list.confidence, first: h.first, last: h.last, list });
      continue;
    }
    if (list.move === null) {
      phrase.push({ id: 'reflection', confidence: 0, first: h.first, last: h.last, list });
      continue;
    }
    phrase.push({ id: list.move, confidence: list.confidence, first: h.first, last: h.last, list });
  }

  // 2. Feelings: the speaker's own → owns_feeling (and i_statement when tied to a situation); the
  // partner's → reflection; a hypothetical own feeling ("I'd be furious") → validation.
  const derived: Candidate[] = [];
  for (const f of feelings) {
    if (formalQuestion(f.first, f.last)) continue;
    if (f.owner === 'speaker') {
      if (f.hypothetical) {
        if (wordAt(units, f.ownerAt + 1) === 'would') {
          derived.push({ id: 'validation', confidence: 0.6, first: f.ownerAt, last: f.last, list: null });
        }
        continue;
      }
      derived.push({ id: 'owns_feeling', confidence: 0.8, first: f.ownerAt, last: f.last, list: null });
      if (tiedToSituation(model, f)) {
        derived.push({ id: 'i_statement', confidence: 0.75, first: f.ownerAt, last: f.last, list: null });
      }
    } else if (f.owner === 'partner' && !f.hypothetical && !f.negated) {
      derived.push({ id: 'reflection', confidence: 0.8, first: f.ownerAt, last: f.last, list: null });
    }
  }

  // 3. Blocks, strongest list first.
  const ranked = phrase
    .map((c, order) => ({ c, order, rank: RANK.get(c.list?.name ?? '') ?? 99 }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order);
  const all: Candidate[] = [...ranked.map((r) => r.c), ...derived];
  const removed = new Uint8Array(all.length);
  for (let k = 0; k < ranked.length; k++) {
    if (removed[k] === 1) continue;
    const blocker = all[k] as Candidate;
    const blocks = blocker.list?.blocks;
    if (blocks === undefined || blocks.length === 0) continue;
    const [from, to] = blockRange(model, blocker);
    for (let m = 0; m < all.length; m++) {
      if (m === k || removed[m] === 1) continue;
      const other = all[m] as Candidate;
      if (other.list === blocker.list) continue;
      if (blocks.includes(other.id) && other.first <= to && from <= other.last) removed[m] = 1;
    }
  }
  let kept = all.filter((c, k) => removed[k] !== 1 && c.list?.move !== null);
  // Exclusion lists carry no move of their own.
  kept = kept.filter((c) => !(c.list !== null && c.list.move === null));

  // 4. Questions: a question that makes another move is that move.
  for (const q of questions) {
    const claimed = kept.some(
      (c) => c.list?.claimsQuestion === true && c.first <= q.last && q.first <= c.last,
    );
    const blockedByList = all.some((c, k) => {
      if (removed[k] === 1 || c.list?.blocks?.includes(q.id) !== true) return false;
      const [from, to] = blockRange(model, c);
      return from <= q.last && q.first <= to;
    });
    if (claimed || blockedByList) continue;
    kept.push({
      id: q.id,
      confidence: q.id === 'open_question' ? 0.75 : 0.7,
      first: q.first,
      last: q.last,
      list: null,
    });
  }
  // A reflection cue inside "how are you feeling…?" is part of the question.
  kept = kept.filter(
    (c) => c.id !== 'reflection' || !formalQuestion(c.first, c.last) || c.list?.name === 'restatement',
  );

  // A specific thanks makes a bare "Thank you" beside it part of the same appreciation.
  if (kept.some((c) => c.id === 'appreciation_specific'))
    kept = kept.filter((c) => c.id !== 'appreciation_generic');

  // 5. Crisis wins: keep at most a clear statement of the speaker's own feeling.
  if (crisis !== null) kept = kept.filter((c) => c.id === 'owns_feeling');

  // 6. One hit per move: the most confident, then the earliest.
  const best = new Map<MoveId, Candidate>();
  for (const c of kept) {
    const prev = best.get(c.id);
    if (
      prev === undefined ||
      c.confidence > prev.confidence ||
      (c.confidence === prev.confidence && c.first < prev.first)
    ) {
      best.set(c.id, c);
    }
  }
  return [...best.values()].sort((a, b) => a.first - b.first || a.last - b.last);
}

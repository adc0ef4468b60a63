/**
 * From evidence to moves: phrase hits, feelings and questions become candidate moves; the hard-case rules
 * (blocks, questions claimed by the move they make, crisis first) decide which survive.
 */
import { COMPLAINT_MARKERS } from '../lexicon/conflict';
import { CRISIS_PHRASE_LISTS } from '../lexicon/index';
import type { PhraseHit } from '../matcher';
import type { PhraseList } from '../phrases';
import type { TextModel, Unit } from '../segments';
import type { MoveId } from '../types';
import type { CrisisFound } from './crisis';
import { type FoundFeeling, isFeelingWord } from './feelings';
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
  'not_defensiveness',
  'apology',
  'normalising',
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
  'own_story',
  'of_course',
  'sympathy',
  'reflection_for_you',
  'validation',
  'open_question',
  'request',
  'advice',
  'reflection',
  'restatement',
  'bare_apology',
  'owns_feeling',
];

const CRISIS_LISTS: ReadonlySet<PhraseList> = new Set(CRISIS_PHRASE_LISTS);
const RANK = new Map(PRIORITY.map((name, i) => [name, i]));
const rankCache = new Map<PhraseList, number>();

function rankOf(list: PhraseList | null): number {
  if (list === null) return 99;
  let r = rankCache.get(list);
  if (r === undefined) {
    r = RANK.get(list.name) ?? 99;
    rankCache.set(list, r);
  }
  return r;
}
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

const FEELING_TALK = new Set([
  'feel',
  'felt',
  'feeling',
  'cry',
  'cried',
  'crying',
  'miss',
  'missed',
  'hurt',
  'scared',
]);

/** Whether a partner's line names a feeling ("I felt so stupid", "I'm scared"). */
function namesFeeling(line: string): boolean {
  for (const w of line.toLowerCase().split(/[^a-z']+/))
    if (FEELING_TALK.has(w) || isFeelingWord(w)) return true;
  return false;
}

function wordAt(units: readonly Unit[], i: number): string {
  return units[i]?.word ?? '';
}

/** Stable insertion sort by list rank (replies have a handful of hits). */
function sortByRank(cs: Candidate[]): void {
  const ranks: number[] = [];
  for (const c of cs) ranks.push(rankOf(c.list));
  for (let k = 1; k < cs.length; k++) {
    const c = cs[k] as Candidate;
    const r = ranks[k] as number;
    let j = k - 1;
    while (j >= 0 && (ranks[j] as number) > r) {
      cs[j + 1] = cs[j] as Candidate;
      ranks[j + 1] = ranks[j] as number;
      j--;
    }
    cs[j + 1] = c;
    ranks[j + 1] = r;
  }
}

function bySpan(a: Candidate, b: Candidate): number {
  return a.first - b.first || a.last - b.last;
}

function formalQuestion(questions: readonly QuestionFound[], first: number, last: number): boolean {
  for (const q of questions) if (q.formal && q.first <= last && first <= q.last) return true;
  return false;
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

/** The units a blocking list reaches: its match, its clause, or the whole reply (first unit). */
function blockFrom(blocker: Candidate): number {
  return blocker.list?.blockScope === 'text' ? 0 : blocker.first;
}

/** The units a blocking list reaches (last unit). */
function blockTo(model: TextModel, blocker: Candidate): number {
  const scope = blocker.list?.blockScope ?? 'clause';
  if (scope === 'text') return model.units.length;
  if (scope === 'span') return blocker.last;
  return Math.max(blocker.last, clauseEnd(model, blocker.first));
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

  // 1. Phrase hits, with the two context-dependent lists decided here.
  const phrase: Candidate[] = [];
  let partnerWords: Set<string> | null = null;
  for (const h of hits) {
    const list = h.list;
    if (CRISIS_LISTS.has(list)) continue;
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
    if (list.name === 'own_story' && (partnerLine === undefined || partnerLine.trim() === '')) continue;
    if (list.name === 'of_course') {
      // After the partner names a feeling, "of course you did" understands it; otherwise it mocks.
      const id: MoveId = partnerLine !== undefined && namesFeeling(partnerLine) ? 'validation' : 'contempt';
      phrase.push({ id, confidence: list.confidence, first: h.first, last: h.last, list });
      continue;
    }
    if (list.name === 'bare_apology') {
      let id: MoveId = 'repair';
      // Beside an account of one's own act ("I didn't mean it like that"), "sorry" apologises.
      let ownsAct = false;
      for (const o of hits) if (o.list.name === 'repair' || o.list.name === 'defensiveness') ownsAct = true;
      if (!ownsAct && partnerLine !== undefined && partnerLine.length > 0) {
        const said = partnerLine.toLowerCase().split(/[^a-z]+/);
        let complained = false;
        for (const w of said) if (complaint.has(w)) complained = true;
        if (!complained) id = 'validation';
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
    if (formalQuestion(questions, f.first, f.last)) continue;
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

  // 3. Blocks, strongest list first (a stable sort keeps the order of equal ranks).
  if (phrase.length > 1) sortByRank(phrase);
  const rankedCount = phrase.length;
  const all: Candidate[] = phrase;
  for (let k = 0; k < derived.length; k++) all.push(derived[k] as Candidate);
  const removed: boolean[] = [];
  for (let k = 0; k < rankedCount; k++) {
    if (removed[k] === true) continue;
    const blocker = all[k] as Candidate;
    const blocks = blocker.list?.blocks;
    if (blocks === undefined || blocks.length === 0) continue;
    const from = blockFrom(blocker);
    const to = blockTo(model, blocker);
    for (let m = 0; m < all.length; m++) {
      if (m === k || removed[m] === true) continue;
      const other = all[m] as Candidate;
      if (other.list === blocker.list) continue;
      if (other.first <= to && from <= other.last && blocks.includes(other.id)) removed[m] = true;
    }
  }
  // Exclusion lists carry no move of their own.
  const kept: Candidate[] = [];
  for (let k = 0; k < all.length; k++) {
    const c = all[k] as Candidate;
    if (removed[k] !== true && !(c.list !== null && c.list.move === null)) kept.push(c);
  }

  // 4. Questions: a question that makes another move is that move.
  for (const q of questions) {
    let skip = false;
    for (let k = 0; k < kept.length && !skip; k++) {
      const c = kept[k] as Candidate;
      if (c.list?.claimsQuestion === true && c.first <= q.last && q.first <= c.last) skip = true;
    }
    for (let k = 0; k < all.length && !skip; k++) {
      const c = all[k] as Candidate;
      if (removed[k] === true || c.list?.blocks?.includes(q.id) !== true) continue;
      const from = blockFrom(c);
      const to = blockTo(model, c);
      if (from <= q.last && q.first <= to) skip = true;
    }
    if (skip) continue;
    kept.push({
      id: q.id,
      confidence: q.id === 'open_question' ? 0.75 : 0.7,
      first: q.first,
      last: q.last,
      list: null,
    });
  }
  // A reflection cue inside "how are you feeling…?" is part of the question; a specific thanks makes a
  // bare "Thank you" beside it part of the same appreciation; crisis wins, keeping at most a clear
  // statement of the speaker's own feeling.
  let specific = false;
  for (const c of kept) if (c.id === 'appreciation_specific') specific = true;
  let w = 0;
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k] as Candidate;
    if (c.id === 'reflection' && c.list?.name !== 'restatement' && formalQuestion(questions, c.first, c.last))
      continue;
    if (specific && c.id === 'appreciation_generic') continue;
    if (crisis !== null && c.id !== 'owns_feeling') continue;
    kept[w++] = c;
  }
  kept.length = w;

  // 6. One hit per move: the most confident, then the earliest.
  const best: Candidate[] = [];
  for (const c of kept) {
    let at = -1;
    for (let k = 0; k < best.length; k++) if ((best[k] as Candidate).id === c.id) at = k;
    if (at < 0) best.push(c);
    else {
      const prev = best[at] as Candidate;
      if (c.confidence > prev.confidence || (c.confidence === prev.confidence && c.first < prev.first))
        best[at] = c;
    }
  }
  // By span (insertion sort: stable, and a handful of items).
  for (let k = 1; k < best.length; k++) {
    const c = best[k] as Candidate;
    let j = k - 1;
    while (j >= 0 && bySpan(best[j] as Candidate, c) > 0) {
      best[j + 1] = best[j] as Candidate;
      j--;
    }
    best[j + 1] = c;
  }
  return best;
}

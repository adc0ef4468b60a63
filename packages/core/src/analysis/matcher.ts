/**
 * Runs phrase lists over a text model. Phrases are indexed by the words that can start them, so each
 * word of a reply tries only the few phrases that could begin there. A phrase is compiled the first time
 * a reply reaches it, which keeps start-up cheap.
 */
import {
  type Alternatives,
  type CompiledPhrase,
  compilePhrase,
  firstWords,
  matchSteps,
  type PhraseList,
  phraseStart,
  type Step,
  StepKind,
} from './phrases';
import { isClauseHead, type TextModel } from './segments';

/** A phrase list that matched units `[first, last]` (inclusive). */
export interface PhraseHit {
  readonly list: PhraseList;
  readonly first: number;
  readonly last: number;
}

/** One phrase in the index; compiled on first use. */
interface IndexedPhrase {
  readonly list: PhraseList;
  readonly source: string;
  readonly headOnly: boolean;
  /** The second token when it fixes the second word (see `PhraseStart`). */
  readonly second: string | null;
  compiled: CompiledPhrase | null;
  /** A cheap pre-check: one of these words must occur in the reply (`null`: no check). */
  need: Need | null;
}

/** The words of one step a phrase needs; shared by the phrases whose step has the same alternatives. */
interface Need {
  readonly ids: Int32Array;
  /** The reply (`generation`) this was last checked for, and the answer. */
  gen: number;
  ok: boolean;
}

/** What the index knows about one word: its id, and the phrases that may start with it. */
interface WordEntry {
  readonly id: number;
  readonly single: IndexedPhrase[];
  pair: Map<string, IndexedPhrase[]> | null;
  /**
   * Phrases that start here, not yet sorted into `single` and `pair` (done the first time a reply has
   * the word), each with the second word its first token fixes, if any.
   */
  pending: IndexedPhrase[] | null;
  pendingSecond: (string | null)[] | null;
}

/** Phrases indexed by their first word, or by their first two words when those are fixed. */
export interface PhraseIndex {
  /** Every word the index knows (phrase starts and pre-check words), with the phrases that start there. */
  readonly vocab: Map<string, WordEntry>;
  readonly phrases: readonly IndexedPhrase[];
}

function entryOf(vocab: Map<string, WordEntry>, w: string): WordEntry {
  let e = vocab.get(w);
  if (e === undefined) {
    e = { id: vocab.size + 1, single: [], pair: null, pending: null, pendingSecond: null };
    vocab.set(w, e);
  }
  return e;
}

/**
 * Indexes phrase lists by their first words. Only the start of each phrase is read here.
 *
 * @example
 * const index = buildPhraseIndex([{ name: 'x', move: 'advice', confidence: 1, phrases: ['you should'] }]);
 */
export function buildPhraseIndex(lists: readonly PhraseList[]): PhraseIndex {
  const vocab = new Map<string, WordEntry>();
  const phrases: IndexedPhrase[] = [];
  for (const list of lists) {
    for (const source of list.phrases) {
      const start = phraseStart(list, source);
      const ip: IndexedPhrase = {
        list,
        source,
        headOnly: start.headOnly,
        second: start.second,
        compiled: null,
        need: null,
      };
      phrases.push(ip);
      for (let a = 0; a < start.first.length; a++) {
        const alt = start.first[a] as readonly string[];
        const e = entryOf(vocab, alt[0] as string);
        if (e.pending === null) {
          e.pending = [];
          e.pendingSecond = [];
        }
        e.pending.push(ip);
        (e.pendingSecond as (string | null)[]).push(alt.length > 1 ? (alt[1] as string) : null);
      }
    }
  }
  return { vocab, phrases };
}

function addPair(e: WordEntry, second: string, ip: IndexedPhrase): void {
  e.pair ??= new Map();
  const at = e.pair.get(second);
  if (at === undefined) e.pair.set(second, [ip]);
  else if (at[at.length - 1] !== ip) at.push(ip);
}

/** Sorts the phrases starting at a word into single-word and word-pair starts. */
function settle(e: WordEntry): void {
  const pending = e.pending as IndexedPhrase[];
  const fixed = e.pendingSecond as (string | null)[];
  e.pending = null;
  e.pendingSecond = null;
  for (let k = 0; k < pending.length; k++) {
    const ip = pending[k] as IndexedPhrase;
    const second = fixed[k] as string | null;
    if (second !== null) addPair(e, second, ip);
    else if (ip.second !== null) for (const w of firstWords(ip.second)) addPair(e, w, ip);
    else if (e.single[e.single.length - 1] !== ip) e.single.push(ip);
  }
}

/** Compiles a phrase and picks its pre-check: the required later step with the fewest alternatives. */
function compile(index: PhraseIndex, ip: IndexedPhrase): CompiledPhrase {
  const c = compilePhrase(ip.list, ip.source);
  let best: Step | null = null;
  let bestSize = Number.POSITIVE_INFINITY;
  // A required second word is already checked by the pair index: look further.
  const s1 = c.steps[1];
  const from = s1 !== undefined && s1.kind === StepKind.Lit && !s1.optional && !s1.alts.end ? 2 : 1;
  for (let k = from; k < c.steps.length; k++) {
    const st = c.steps[k] as Step;
    if (st.kind !== StepKind.Lit || st.optional || st.alts.end) continue;
    const size = st.alts.single.size + st.alts.multi.size;
    if (size < bestSize) {
      best = st;
      bestSize = size;
    }
  }
  // A long list of alternatives is cheaper to match than to pre-check.
  if (best !== null && bestSize <= 40) {
    let need = needs.get(best.alts);
    if (need === undefined) {
      const ids: number[] = [];
      for (const w of best.alts.single) ids.push(entryOf(index.vocab, w).id);
      for (const w of best.alts.multi.keys()) ids.push(entryOf(index.vocab, w).id);
      need = { ids: Int32Array.from(ids), gen: 0, ok: false };
      needs.set(best.alts, need);
    }
    ip.need = need;
  }
  ip.compiled = c;
  return c;
}

/**
 * Compiles every phrase now (tests use it to prove that every phrase is valid).
 *
 * @example
 * compileAll(buildPhraseIndex(lists)); // throws on a malformed phrase
 */
export function compileAll(index: PhraseIndex): void {
  for (const e of [...index.vocab.values()]) if (e.pending !== null) settle(e);
  for (const ip of index.phrases) if (ip.compiled === null) compile(index, ip);
}

// Pre-checks by the alternatives they test, so phrases sharing a step share one check per reply.
const needs = new Map<Alternatives, Need>();

// Scratch space reused across calls (the analyzer is synchronous, so calls never overlap).
let seen = new Int32Array(256);
let generation = 0;
const entries: (WordEntry | undefined)[] = [];

/** Marks the words of a reply that the index knows, for the pre-check. */
function stamp(words: readonly string[], vocab: Map<string, WordEntry>, gen: number): void {
  if (seen.length <= vocab.size) {
    const grown = new Int32Array(Math.max(vocab.size + 1, seen.length * 2));
    grown.set(seen);
    seen = grown;
  }
  for (let i = 0; i < words.length; i++) {
    const e = vocab.get(words[i] as string);
    entries[i] = e;
    if (e !== undefined) seen[e.id] = gen;
  }
}

function present(need: Need | null, gen: number): boolean {
  if (need === null) return true;
  if (need.gen === gen) return need.ok;
  const ids = need.ids;
  let ok = false;
  for (let k = 0; k < ids.length && !ok; k++) if (seen[ids[k] as number] === gen) ok = true;
  need.gen = gen;
  need.ok = ok;
  return ok;
}

/**
 * Finds every phrase-list hit in a text model: at each word, the longest match of each list.
 *
 * @example
 * matchPhrases(model, index).map((h) => h.list.name);
 */
export function matchPhrases(model: TextModel, index: PhraseIndex): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { words } = model;
  const n = words.length;
  const vocab = index.vocab;
  if (generation >= 0x7ffffff0) {
    seen.fill(0);
    for (const need of needs.values()) need.gen = 0;
    generation = 0;
  }
  const gen = ++generation;
  stamp(words, vocab, gen);
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    if (e === undefined) continue;
    if (e.pending !== null) settle(e);
    const single = e.single;
    const pair = e.pair !== null && i + 1 < n ? e.pair.get(words[i + 1] as string) : undefined;
    const total = single.length + (pair === undefined ? 0 : pair.length);
    if (total === 0) continue;
    const at = hits.length;
    for (let k = 0; k < total; k++) {
      const ip = (
        k < single.length ? single[k] : (pair as IndexedPhrase[])[k - single.length]
      ) as IndexedPhrase;
      if (ip.headOnly && !isClauseHead(model, i)) continue;
      let c = ip.compiled;
      if (c === null) {
        const size = vocab.size;
        c = compile(index, ip);
        // New pre-check words: mark them too if this reply has them.
        if (vocab.size !== size) stamp(words, vocab, gen);
      }
      if (!present(ip.need, gen)) continue;
      const end = matchSteps(c.steps, 0, words, i, n);
      if (end <= i) continue;
      // One hit per list per starting word: the longest.
      let merged = false;
      for (let h = at; h < hits.length; h++) {
        const hit = hits[h] as PhraseHit;
        if (hit.list === ip.list) {
          if (end - 1 > hit.last) hits[h] = { list: ip.list, first: i, last: end - 1 };
          merged = true;
          break;
        }
      }
      if (!merged) hits.push({ list: ip.list, first: i, last: end - 1 });
    }
  }
  return hits;
}

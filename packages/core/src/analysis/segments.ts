/**
 * Sentences and clauses. Tokens become *units*: one canonical word (or punctuation mark) each; the rules
 * match against the unit words. Every unit remembers its token, so a match maps back to a span of the
 * original text.
 */
import { EMOJI_WORDS } from './lexicon/emoji';
import { DISCOURSE_MARKERS } from './lexicon/hedges';
import { canonicalWords, foldWord, squeeze } from './normalize';
import type { Token } from './tokenizer';

/** One canonical word or punctuation mark. */
export interface Unit {
  /** The canonical word, or `.` `?` `!` `,` `*` for punctuation. */
  readonly word: string;
  /** Index of the token it came from. */
  readonly token: number;
  readonly sentence: number;
  readonly clause: number;
}

/** A sentence: units `[first, end)`. */
export interface Sentence {
  readonly first: number;
  readonly end: number;
  /** Ends with a question mark. */
  readonly asked: boolean;
}

/** A clause: units `[first, end)`; `head` skips leading discourse markers ("so", "well", "oh"). */
export interface Clause {
  readonly first: number;
  readonly head: number;
  readonly end: number;
  readonly sentence: number;
}

/** The analysed text as units, sentences and clauses. */
export interface TextModel {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly units: readonly Unit[];
  readonly sentences: readonly Sentence[];
  readonly clauses: readonly Clause[];
  /** `units[i].word` for every unit: what the phrase matcher reads. */
  readonly words: readonly string[];
}

/**
 * Whether unit `i` starts its clause, or is its head (the first word after openers like "so", "well").
 *
 * @example
 * isClauseHead(model, 0); // true
 */
export function isClauseHead(model: TextModel, i: number): boolean {
  const unit = model.units[i];
  if (unit === undefined) return false;
  const clause = model.clauses[unit.clause];
  return clause !== undefined && (clause.head === i || clause.first === i);
}

const emojiWords = new Map<string, string>(Object.entries(EMOJI_WORDS));
// Replies reuse the same few thousand words: remember how each spelling folds and what it canonicalises to.
interface Folded {
  readonly folded: string;
  /** The canonical words, or `null` when they depend on the next word ("ur", "its"). */
  readonly words: readonly string[] | null;
}
const foldCache = new Map<string, Folded>();
const FOLD_CACHE_LIMIT = 20_000;

function foldCached(raw: string, known: (w: string) => boolean): Folded {
  let entry = foldCache.get(raw);
  if (entry === undefined) {
    const folded = squeeze(foldWord(raw), known);
    entry = { folded, words: folded === 'ur' || folded === 'its' ? null : canonicalWords(folded, undefined) };
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    if (raw.length <= 32) foldCache.set(raw, entry);
  }
  return entry;
}
const discourse = new Set(DISCOURSE_MARKERS);

/**
 * Builds units, sentences and clauses from tokens.
 *
 * @example
 * buildTextModel('im fine, u?', tokenize('im fine, u?'), () => false).words; // ['i', 'am', 'fine', ',', 'you', '?']
 */
export function buildTextModel(
  text: string,
  tokens: readonly Token[],
  known: (w: string) => boolean,
): TextModel {
  const units: Unit[] = [];
  const sentences: Sentence[] = [];
  const clauses: Clause[] = [];
  const parts: string[] = [];
  let sentence = 0;
  let sentenceFirst = 0;
  let clauseFirst = 0;
  const nt = tokens.length;
  for (let t = 0; t < nt; t++) {
    const tok = tokens[t] as Token;
    const kind = tok.kind;
    if (kind === 'word') {
      const f = foldCached(text.slice(tok.start, tok.end), known);
      let ws = f.words;
      if (ws === null) {
        // "ur" and "its" depend on the next word.
        const nextTok = tokens[t + 1];
        const nextF =
          nextTok !== undefined && nextTok.kind === 'word'
            ? foldCached(text.slice(nextTok.start, nextTok.end), known)
            : null;
        ws = canonicalWords(f.folded, nextF ? nextF.folded || undefined : undefined);
      }
      for (let k = 0; k < ws.length; k++) {
        const w = ws[k] as string;
        units.push({ word: w, token: t, sentence, clause: clauses.length });
        parts.push(w);
      }
      continue;
    }
    let closeSentence = false;
    let asked = false;
    let word = '';
    if (kind === 'stop') {
      // Look at most 64 code units into a run of stops ("?!?!…").
      const stopEnd = Math.min(tok.end, tok.start + 64);
      let bang = false;
      let newlineOnly = true;
      for (let k = tok.start; k < stopEnd; k++) {
        const cu = text.charCodeAt(k);
        if (cu === 0x3f) asked = true;
        else if (cu === 0x21) bang = true;
        if (cu !== 0x0a && cu !== 0x2028 && cu !== 0x2029) newlineOnly = false;
      }
      if (units.length > sentenceFirst) word = asked ? '?' : bang ? '!' : '.';
      asked = asked && !newlineOnly;
      closeSentence = true;
    } else if (kind === 'pause') {
      if (units.length > clauseFirst) word = ',';
    } else if (kind === 'star') {
      word = '*';
    } else {
      word =
        emojiWords.get(text.slice(tok.start, Math.min(tok.end, tok.start + 8)).replace(/\ufe0f/g, '')) ??
        'emoji';
    }
    if (word !== '') {
      units.push({ word, token: t, sentence, clause: clauses.length });
      parts.push(word);
    }
    if (kind === 'pause' && word !== '') {
      clauses.push(makeClause(units, clauseFirst, units.length, sentence));
      clauseFirst = units.length;
    } else if (closeSentence) {
      if (units.length > clauseFirst) clauses.push(makeClause(units, clauseFirst, units.length, sentence));
      if (units.length > sentenceFirst) {
        sentences.push({ first: sentenceFirst, end: units.length, asked });
        sentence++;
      }
      sentenceFirst = units.length;
      clauseFirst = units.length;
    }
  }
  if (units.length > clauseFirst) clauses.push(makeClause(units, clauseFirst, units.length, sentence));
  if (units.length > sentenceFirst) sentences.push({ first: sentenceFirst, end: units.length, asked: false });
  return { text, tokens, units, sentences, clauses, words: parts };
}

function makeClause(units: readonly Unit[], first: number, end: number, sentence: number): Clause {
  let head = first;
  while (head < end - 1 && discourse.has((units[head] as Unit).word)) head++;
  return { first, head, end, sentence };
}

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
  /** For each unit index, whether it is the head of its clause. */
  readonly isHead: Uint8Array;
}

const emojiWords = new Map<string, string>(Object.entries(EMOJI_WORDS));
// Replies reuse the same few thousand words: remember how each spelling folds.
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 20_000;

function foldCached(raw: string, known: (w: string) => boolean): string {
  let folded = foldCache.get(raw);
  if (folded === undefined) {
    folded = squeeze(foldWord(raw), known);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    if (raw.length <= 32) foldCache.set(raw, folded);
  }
  return folded;
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
  const folded: string[] = new Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    folded[t] = tok.kind === 'word' ? foldCached(text.slice(tok.start, tok.end), known) : '';
  }
  const push = (word: string, token: number): void => {
    units.push({ word, token, sentence, clause: clauses.length });
    parts.push(word);
  };
  const closeClause = (): void => {
    if (units.length > clauseFirst) {
      clauses.push({ first: clauseFirst, head: clauseFirst, end: units.length, sentence });
    }
    clauseFirst = units.length;
  };
  const closeSentence = (asked: boolean): void => {
    closeClause();
    if (units.length > sentenceFirst) {
      sentences.push({ first: sentenceFirst, end: units.length, asked });
      sentence++;
    }
    sentenceFirst = units.length;
    clauseFirst = units.length;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    switch (tok.kind) {
      case 'word': {
        let next: string | undefined;
        for (let k = t + 1; k < tokens.length && k < t + 2; k++) next = folded[k] || undefined;
        for (const w of canonicalWords(folded[t] as string, next)) push(w, t);
        break;
      }
      case 'stop': {
        const raw =
          tok.end - tok.start > 64 ? text.slice(tok.start, tok.start + 64) : text.slice(tok.start, tok.end);
        const asked = raw.indexOf('?') >= 0;
        const newlineOnly = raw.trim() === '';
        if (units.length > sentenceFirst) push(asked ? '?' : raw.indexOf('!') >= 0 ? '!' : '.', t);
        closeSentence(asked && !newlineOnly);
        break;
      }
      case 'pause':
        if (units.length > clauseFirst) {
          push(',', t);
          closeClause();
        }
        break;
      case 'star':
        push('*', t);
        break;
      case 'emoji': {
        const word = emojiWords.get(
          text.slice(tok.start, Math.min(tok.end, tok.start + 8)).replace(/\ufe0f/g, ''),
        );
        push(word ?? 'emoji', t);
        break;
      }
    }
  }
  closeSentence(false);
  const isHead = new Uint8Array(units.length);
  const withHeads = clauses.map((c) => {
    let head = c.first;
    while (head < c.end - 1 && discourse.has((units[head] as Unit).word)) head++;
    isHead[head] = 1;
    if (head !== c.first) isHead[c.first] = 1;
    return { ...c, head };
  });
  return { text, tokens, units, sentences, clauses: withHeads, words: parts, isHead };
}

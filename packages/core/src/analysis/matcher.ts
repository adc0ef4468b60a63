/**
 * Runs phrase lists over a text model. Phrases are indexed by the words that can start them, so each
 * word of a reply tries only the few phrases that could begin there.
 */
import { type CompiledPhrase, compilePhrase, matchSteps, type PhraseList } from './phrases';
import type { TextModel } from './segments';

/** A phrase list that matched units `[first, last]` (inclusive). */
export interface PhraseHit {
  readonly list: PhraseList;
  readonly first: number;
  readonly last: number;
}

/** Compiled phrases indexed by their first word, or by their first two words when those are fixed. */
export interface PhraseIndex {
  readonly byWord: ReadonlyMap<string, readonly CompiledPhrase[]>;
  readonly byPair: ReadonlyMap<string, ReadonlyMap<string, readonly CompiledPhrase[]>>;
  readonly phrases: readonly CompiledPhrase[];
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const at = map.get(key);
  if (at === undefined) map.set(key, [value]);
  else if (!at.includes(value)) at.push(value);
}

/**
 * Compiles phrase lists and indexes them by their first words.
 *
 * @example
 * const index = buildPhraseIndex([{ name: 'x', move: 'advice', confidence: 1, phrases: ['you should'] }]);
 */
export function buildPhraseIndex(lists: readonly PhraseList[]): PhraseIndex {
  const byWord = new Map<string, CompiledPhrase[]>();
  const byPair = new Map<string, Map<string, CompiledPhrase[]>>();
  const phrases: CompiledPhrase[] = [];
  for (const list of lists) {
    for (const source of list.phrases) {
      const c = compilePhrase(list, source);
      phrases.push(c);
      for (const [first, second] of c.keys) {
        if (second === null) {
          addTo(byWord, first, c);
          continue;
        }
        let inner = byPair.get(first);
        if (inner === undefined) {
          inner = new Map();
          byPair.set(first, inner);
        }
        addTo(inner, second, c);
      }
    }
  }
  return { byWord, byPair, phrases };
}

/**
 * Finds every phrase-list hit in a text model: at each word, the longest match of each list.
 *
 * @example
 * matchPhrases(model, index).map((h) => h.list.name);
 */
export function matchPhrases(model: TextModel, index: PhraseIndex): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const { words, isHead } = model;
  const n = words.length;
  const none: readonly CompiledPhrase[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    const single = index.byWord.get(w) ?? none;
    const pair = i + 1 < n ? (index.byPair.get(w)?.get(words[i + 1] as string) ?? none) : none;
    if (single.length === 0 && pair.length === 0) continue;
    const at = hits.length;
    for (let k = 0; k < single.length + pair.length; k++) {
      const c = (k < single.length ? single[k] : pair[k - single.length]) as CompiledPhrase;
      if (c.headOnly && isHead[i] !== 1) continue;
      const end = matchSteps(c.steps, 0, words, i, n);
      if (end <= i) continue;
      // One hit per list per starting word: the longest.
      let merged = false;
      for (let k = at; k < hits.length; k++) {
        const h = hits[k] as PhraseHit;
        if (h.list === c.list) {
          if (end - 1 > h.last) hits[k] = { list: c.list, first: i, last: end - 1 };
          merged = true;
          break;
        }
      }
      if (!merged) hits.push({ list: c.list, first: i, last: end - 1 });
    }
  }
  return hits;
}

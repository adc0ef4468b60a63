import { FEELING_WORDS } from './lexicon/feelings';
import type { FeelingFamily } from './types';

/** One feeling word of the analyzer's lexicon. */
export interface FeelingEntry {
  /** The word or phrase as a learner would write it, e.g. `'worn out'`. */
  readonly word: string;
  readonly family: FeelingFamily;
  /** 1 (mild) .. 3 (intense). */
  readonly intensity: 1 | 2 | 3;
  /** Names a feeling only after a feeling verb ("I feel small", not "a small car"). */
  readonly needsFeelingVerb: boolean;
}

let cache: readonly FeelingEntry[] | undefined;

/**
 * The analyzer's feeling vocabulary, family by family, in lexicon order (everyday words first). For feeling
 * pickers and journals, so an app offers exactly the words the analyzer understands.
 * @example
 * feelingLexicon().filter((f) => f.family === 'fear').slice(0, 3).map((f) => f.word); // ['scared', 'afraid', …]
 */
export function feelingLexicon(): readonly FeelingEntry[] {
  if (cache) return cache;
  const entries: FeelingEntry[] = [];
  for (const [family, list] of Object.entries(FEELING_WORDS) as [FeelingFamily, string][]) {
    for (const item of list.split(' ')) {
      const [word, level, flag] = item.split(':');
      if (!word) continue;
      const intensity = Number(level);
      entries.push({
        word: word.replaceAll('_', ' '),
        family,
        intensity: intensity === 1 || intensity === 3 ? intensity : 2,
        needsFeelingVerb: flag === 'f',
      });
    }
  }
  cache = entries;
  return entries;
}

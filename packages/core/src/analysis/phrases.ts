/**
 * Cue phrases: a tiny pattern language over canonical words, matched word by word (no regexes, so no
 * regex compile cost at start-up and no backtracking blow-up).
 *
 * A phrase is tokens separated by spaces:
 * - `word` matches that word; `a|b|c` any of them; `in_a_bit` (underscores) a multi-word alternative;
 * - `@name` any word or phrase from the macro table (`lexicon/macros.ts`), e.g. `@advice_verb`;
 * - `word?` an optional token (never first);
 * - `*` exactly one word, `*ing` one word ending in "ing", `~` up to three words, `~2` up to two (never first);
 * - `!a|b` the next word is none of these (consumes nothing);
 * - `$` the clause ends here; `^` (alone, or glued to the first token) the phrase must start its clause,
 *   after "so", "well", "oh"…;
 * - `,` `.` `?` `!` as a whole token match that punctuation unit; `**` matches an action star ("*hugs*").
 * Every window is bounded, so a match costs a small constant per starting word.
 */
import { MACROS } from './lexicon/macros';
import type { MoveId } from './types';

/** A list of cue phrases for one move (or an exclusion list when `move` is `null`). */
export interface PhraseList {
  /** Stable name, used in tests and debugging. */
  readonly name: string;
  /** The move the phrases show, or `null` for a list that only blocks other moves. */
  readonly move: MoveId | null;
  readonly confidence: number;
  readonly phrases: readonly string[];
  /** Moves this list cancels (hard-case rules), within `blockScope`. */
  readonly blocks?: readonly MoveId[];
  /**
   * Where `blocks` applies: `'clause'` (default) from the match to the end of its clause, `'span'` only
   * hits that overlap the match, `'text'` the whole reply (sarcasm colours everything).
   */
  readonly blockScope?: 'span' | 'clause' | 'text';
  /** When a hit of this list lies in a question, the question is this move, not open/closed. */
  readonly claimsQuestion?: boolean;
}

/** Alternatives grouped by their first word, so a step costs one map lookup however many it has. */
type Alternatives = ReadonlyMap<string, readonly (readonly string[])[]>;

/** One step of a compiled phrase. */
export type Step =
  | { readonly t: 'lit'; readonly alts: Alternatives; readonly optional: boolean }
  | { readonly t: 'any' }
  | { readonly t: 'suffix'; readonly suffix: string }
  | { readonly t: 'window'; readonly max: number }
  | { readonly t: 'not'; readonly alts: Alternatives }
  | { readonly t: 'end' };

/** A compiled phrase. */
export interface CompiledPhrase {
  readonly list: PhraseList;
  readonly source: string;
  readonly steps: readonly Step[];
  /** The first word, and the second when the phrase fixes it: the matcher's index keys. */
  readonly keys: readonly (readonly [first: string, second: string | null])[];
  readonly headOnly: boolean;
}

const PUNCT = new Set([',', '.', '?', '!', '*']);

/** Whether a unit is punctuation (wildcards never match it). */
export function isPunct(word: string): boolean {
  return PUNCT.has(word);
}

function alternatives(token: string): Alternatives {
  const out: string[][] = [];
  for (const alt of token.split('|')) {
    if (alt.startsWith('@')) {
      const macro = MACROS[alt.slice(1)];
      if (macro === undefined) {
        throw new Error(`Unknown macro "${alt}". Try one of: ${Object.keys(MACROS).join(', ')}.`);
      }
      for (const m of macro.split('|')) out.push(m.split('_'));
    } else {
      out.push(alt === '**' ? ['*'] : alt.split('_'));
    }
  }
  const byFirst = new Map<string, string[][]>();
  for (const a of out) {
    const key = a[0] as string;
    const list = byFirst.get(key);
    if (list) list.push(a);
    else byFirst.set(key, [a]);
  }
  return byFirst;
}

/**
 * Compiles one phrase of a list.
 *
 * @example
 * compilePhrase(list, 'have you tried|thought_about').keys; // ['have']
 */
export function compilePhrase(list: PhraseList, phrase: string): CompiledPhrase {
  const parts = phrase
    .trim()
    .split(' ')
    .filter((p) => p !== '');
  let headOnly = false;
  if (parts[0] === '^') {
    headOnly = true;
    parts.shift();
  } else if (parts[0] !== undefined && parts[0].length > 1 && parts[0].startsWith('^')) {
    headOnly = true;
    parts[0] = parts[0].slice(1);
  }
  const first = parts[0];
  if (
    first === undefined ||
    first === '*' ||
    first.startsWith('~') ||
    first.startsWith('!') ||
    first === '$'
  ) {
    throw new Error(
      `Phrase "${phrase}" in list "${list.name}" must start with a word. Try moving the wildcard after a word.`,
    );
  }
  if (first.length > 1 && first.endsWith('?')) {
    throw new Error(
      `Phrase "${phrase}" in list "${list.name}" must not start with an optional word. Try two phrases.`,
    );
  }
  const steps: Step[] = parts.map((p): Step => {
    if (p === '*') return { t: 'any' };
    if (p.length > 1 && p.length <= 7 && p.startsWith('*') && p !== '**')
      return { t: 'suffix', suffix: p.slice(1) };
    if (p === '~') return { t: 'window', max: 3 };
    if (p.length === 2 && p.startsWith('~')) return { t: 'window', max: Number(p.slice(1)) || 3 };
    if (p === '$') return { t: 'end' };
    if (p.length > 1 && p.startsWith('!')) return { t: 'not', alts: alternatives(p.slice(1)) };
    if (p.length > 1 && p.endsWith('?'))
      return { t: 'lit', alts: alternatives(p.slice(0, -1)), optional: true };
    return { t: 'lit', alts: alternatives(p), optional: false };
  });
  const head = steps[0] as Extract<Step, { t: 'lit' }>;
  const second = steps[1];
  const keys: [string, string | null][] = [];
  for (const alts of head.alts.values()) {
    for (const alt of alts) {
      const w0 = alt[0] as string;
      if (alt.length > 1) keys.push([w0, alt[1] as string]);
      else if (second !== undefined && second.t === 'lit' && !second.optional) {
        for (const w1 of second.alts.keys()) keys.push([w0, w1]);
      } else keys.push([w0, null]);
    }
  }
  return { list, source: phrase, steps, keys, headOnly };
}

function matchAlt(words: readonly string[], pos: number, end: number, alt: readonly string[]): number {
  if (pos + alt.length > end) return -1;
  for (let k = 0; k < alt.length; k++) if (words[pos + k] !== alt[k]) return -1;
  return pos + alt.length;
}

/**
 * Matches compiled steps at `pos`; returns the end (exclusive) of the longest match, or -1.
 * `end` bounds the search (the end of the text's units).
 */
export function matchSteps(
  steps: readonly Step[],
  i: number,
  words: readonly string[],
  pos: number,
  end: number,
): number {
  if (i === steps.length) return pos;
  const step = steps[i] as Step;
  switch (step.t) {
    case 'lit': {
      let best = -1;
      const alts = pos < end ? step.alts.get(words[pos] as string) : undefined;
      if (alts !== undefined)
        for (const alt of alts) {
          const next = matchAlt(words, pos, end, alt);
          if (next < 0) continue;
          const r = matchSteps(steps, i + 1, words, next, end);
          if (r > best) best = r;
        }
      if (step.optional) {
        const r = matchSteps(steps, i + 1, words, pos, end);
        if (r > best) best = r;
      }
      return best;
    }
    case 'any': {
      const w = words[pos];
      return pos < end && w !== undefined && !PUNCT.has(w)
        ? matchSteps(steps, i + 1, words, pos + 1, end)
        : -1;
    }
    case 'suffix': {
      const w = words[pos];
      if (
        pos >= end ||
        w === undefined ||
        PUNCT.has(w) ||
        w.length <= step.suffix.length ||
        !w.endsWith(step.suffix)
      ) {
        return -1;
      }
      return matchSteps(steps, i + 1, words, pos + 1, end);
    }
    case 'window': {
      let best = -1;
      for (let n = 0; n <= step.max; n++) {
        if (n > 0) {
          const w = words[pos + n - 1];
          if (pos + n > end || w === undefined || PUNCT.has(w)) break;
        }
        const r = matchSteps(steps, i + 1, words, pos + n, end);
        if (r > best) best = r;
      }
      return best;
    }
    case 'not': {
      const alts = pos < end ? step.alts.get(words[pos] as string) : undefined;
      if (alts !== undefined) for (const alt of alts) if (matchAlt(words, pos, end, alt) >= 0) return -1;
      return matchSteps(steps, i + 1, words, pos, end);
    }
    case 'end': {
      const w = words[pos];
      return pos >= end || w === undefined || w === ',' || w === '.' || w === '?' || w === '!'
        ? matchSteps(steps, i + 1, words, pos, end)
        : -1;
    }
  }
}

/**
 * Cue phrases: a tiny pattern language over canonical words, matched word by word (no regexes, so no
 * regex compile cost at start-up and no backtracking blow-up).
 *
 * A phrase is tokens separated by spaces:
 * - `word` matches that word; `a|b|c` any of them; `in_a_bit` (underscores) a multi-word alternative;
 *   `a|b|$` any of them or the end of the clause (`$` as an alternative consumes nothing);
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

/**
 * The alternatives of one step: single words in a set, multi-word alternatives grouped by their first word,
 * so a step costs one or two lookups however many alternatives it has.
 */
export interface Alternatives {
  readonly single: ReadonlySet<string>;
  readonly multi: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** `$` is one of the alternatives: the step may also match the end of the clause, consuming nothing. */
  readonly end: boolean;
}

/** Step kinds (small integers, so the matcher's switch is cheap and its reads monomorphic). */
export const StepKind = { Lit: 0, Any: 1, Suffix: 2, Window: 3, Not: 4, End: 5 } as const;
export type StepKind = (typeof StepKind)[keyof typeof StepKind];

/** One step of a compiled phrase. Every step has the same shape, so the matcher reads it quickly. */
export interface Step {
  readonly kind: StepKind;
  /** For `Lit` and `Not`. */
  readonly alts: Alternatives;
  readonly optional: boolean;
  /** For `Window`: how many words it may skip. */
  readonly max: number;
  /** For `Suffix`. */
  readonly suffix: string;
}

/** A compiled phrase. */
export interface CompiledPhrase {
  readonly list: PhraseList;
  readonly source: string;
  readonly steps: readonly Step[];
  readonly headOnly: boolean;
}

const PUNCT = new Set([',', '.', '?', '!', '*']);

/** Whether a unit is punctuation (wildcards never match it). */
export function isPunct(word: string): boolean {
  return PUNCT.has(word);
}

const EMPTY_MULTI: ReadonlyMap<string, readonly (readonly string[])[]> = new Map();
const NO_ALTS: Alternatives = { single: new Set(), multi: EMPTY_MULTI, end: false };
// Macros are shared by many phrases: compile each distinct token once.
const altCache = new Map<string, Alternatives>();

// The alternatives of a token as word lists, for indexing (plain arrays: cheap to build at start-up).
const wordListCache = new Map<string, readonly (readonly string[])[]>();

function wordLists(token: string): readonly (readonly string[])[] {
  let out = wordListCache.get(token);
  if (out === undefined) {
    const lists: (readonly string[])[] = [];
    for (const alt of token.split('|')) {
      if (alt.charCodeAt(0) === 64 /* @ */) {
        const macro = MACROS[alt.slice(1)];
        if (macro === undefined) {
          throw new Error(`Unknown macro "${alt}". Try one of: ${Object.keys(MACROS).join(', ')}.`);
        }
        for (const m of macro.split('|')) lists.push(m.split('_'));
      } else lists.push(alt === '**' ? ['*'] : alt.split('_'));
    }
    out = lists;
    wordListCache.set(token, out);
  }
  return out;
}

function alternatives(token: string): Alternatives {
  const cached = altCache.get(token);
  if (cached !== undefined) return cached;
  const lists = wordLists(token);
  const singles: string[] = [];
  let multi: Map<string, (readonly string[])[]> | null = null;
  let end = false;
  for (let k = 0; k < lists.length; k++) {
    const words = lists[k] as readonly string[];
    if (words.length === 1 && words[0] === '$') {
      end = true;
      continue;
    }
    if (words.length === 1) {
      singles.push(words[0] as string);
      continue;
    }
    multi ??= new Map();
    const key = words[0] as string;
    const list = multi.get(key);
    if (list) list.push(words);
    else multi.set(key, [words]);
  }
  const out: Alternatives = { single: new Set(singles), multi: multi ?? EMPTY_MULTI, end };
  altCache.set(token, out);
  return out;
}

function step(kind: StepKind, alts: Alternatives, optional: boolean, max: number, suffix: string): Step {
  return { kind, alts, optional, max, suffix };
}

function parts(list: PhraseList, phrase: string): { parts: string[]; headOnly: boolean } {
  const out = phrase.split(' ');
  if (out.includes('')) throw new Error(`Phrase "${phrase}" in list "${list.name}" has a double space.`);
  let headOnly = false;
  if (out[0] === '^') {
    headOnly = true;
    out.shift();
  } else if (out[0] !== undefined && out[0].length > 1 && out[0].startsWith('^')) {
    headOnly = true;
    out[0] = out[0].slice(1);
  }
  const first = out[0];
  if (
    first === undefined ||
    first === '*' ||
    first.startsWith('~') ||
    first.startsWith('!') ||
    first === '$' ||
    first.split('|').includes('$')
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
  return { parts: out, headOnly };
}

function isRequiredLiteral(p: string | undefined): p is string {
  return (
    p !== undefined &&
    p !== '$' &&
    !p.startsWith('*') &&
    !p.startsWith('~') &&
    !(p.length > 1 && (p.startsWith('!') || p.endsWith('?'))) &&
    !p.split('|').includes('$')
  );
}

/** The start of a phrase, read without compiling it. */
export interface PhraseStart {
  readonly headOnly: boolean;
  /** The alternatives of the first token, as word lists. */
  readonly first: readonly (readonly string[])[];
  /** The second token when it is a required literal (its words then fix the second word), else `null`. */
  readonly second: string | null;
}

/**
 * Reads only the start of a phrase (its first two tokens): the words it may begin with. The rest is
 * compiled on first use.
 *
 * @example
 * phraseStart(list, 'have you tried|thought_about').first; // [['have']]
 */
export function phraseStart(list: PhraseList, phrase: string): PhraseStart {
  let from = 0;
  let headOnly = false;
  if (phrase.charCodeAt(0) === 94 /* ^ */) {
    headOnly = true;
    from = phrase.charCodeAt(1) === 32 ? 2 : 1;
  }
  const sp = phrase.indexOf(' ', from);
  const t0 = sp < 0 ? phrase.slice(from) : phrase.slice(from, sp);
  let t1: string | undefined;
  if (sp >= 0) {
    const sp2 = phrase.indexOf(' ', sp + 1);
    t1 = sp2 < 0 ? phrase.slice(sp + 1) : phrase.slice(sp + 1, sp2);
  }
  if (
    t0 === '' ||
    t0 === '*' ||
    t0 === '$' ||
    t0.startsWith('~') ||
    t0.startsWith('!') ||
    t0.split('|').includes('$')
  ) {
    throw new Error(
      `Phrase "${phrase}" in list "${list.name}" must start with a word. Try moving the wildcard after a word.`,
    );
  }
  if (t0.length > 1 && t0.endsWith('?')) {
    throw new Error(
      `Phrase "${phrase}" in list "${list.name}" must not start with an optional word. Try two phrases.`,
    );
  }
  return { headOnly, first: wordLists(t0), second: isRequiredLiteral(t1) ? t1 : null };
}

/**
 * The first words of a token's alternatives ("you|u_are" → ["you", "u"]), for the pair index.
 *
 * @example
 * firstWords('tried|thought_about'); // ['tried', 'thought']
 */
export function firstWords(token: string): readonly string[] {
  return wordLists(token).map((alt) => alt[0] as string);
}

/**
 * Compiles one phrase of a list.
 *
 * @example
 * compilePhrase(list, 'have you tried|thought_about').steps.length; // 3
 */
export function compilePhrase(list: PhraseList, phrase: string): CompiledPhrase {
  const { parts: ps, headOnly } = parts(list, phrase);
  const steps: Step[] = ps.map((p): Step => {
    if (p === '*') return step(StepKind.Any, NO_ALTS, false, 0, '');
    if (p.length > 1 && p.length <= 7 && p.startsWith('*') && p !== '**')
      return step(StepKind.Suffix, NO_ALTS, false, 0, p.slice(1));
    if (p === '~') return step(StepKind.Window, NO_ALTS, false, 3, '');
    if (p.length === 2 && p.startsWith('~'))
      return step(StepKind.Window, NO_ALTS, false, Number(p.slice(1)) || 3, '');
    if (p === '$') return step(StepKind.End, NO_ALTS, false, 0, '');
    if (p.length > 1 && p.startsWith('!')) return step(StepKind.Not, alternatives(p.slice(1)), false, 0, '');
    if (p.length > 1 && p.endsWith('?')) return step(StepKind.Lit, alternatives(p.slice(0, -1)), true, 0, '');
    return step(StepKind.Lit, alternatives(p), false, 0, '');
  });
  return { list, source: phrase, steps, headOnly };
}

function isEndWord(w: string): boolean {
  return w === ',' || w === '.' || w === '?' || w === '!';
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
  const s = steps[i] as Step;
  switch (s.kind) {
    case StepKind.Lit: {
      let best = -1;
      if (pos < end) {
        const w = words[pos] as string;
        if (s.alts.single.has(w)) best = matchSteps(steps, i + 1, words, pos + 1, end);
        const multi = s.alts.multi.size === 0 ? undefined : s.alts.multi.get(w);
        if (multi !== undefined)
          for (let a = 0; a < multi.length; a++) {
            const alt = multi[a] as readonly string[];
            const next = pos + alt.length;
            if (next > end) continue;
            let k = 1;
            while (k < alt.length && words[pos + k] === alt[k]) k++;
            if (k < alt.length) continue;
            const r = matchSteps(steps, i + 1, words, next, end);
            if (r > best) best = r;
          }
      }
      if (s.optional || (s.alts.end && (pos >= end || isEndWord(words[pos] as string)))) {
        const r = matchSteps(steps, i + 1, words, pos, end);
        if (r > best) best = r;
      }
      return best;
    }
    case StepKind.Any:
      return pos < end && !PUNCT.has(words[pos] as string)
        ? matchSteps(steps, i + 1, words, pos + 1, end)
        : -1;
    case StepKind.Suffix: {
      if (pos >= end) return -1;
      const w = words[pos] as string;
      if (PUNCT.has(w) || w.length <= s.suffix.length || !w.endsWith(s.suffix)) return -1;
      return matchSteps(steps, i + 1, words, pos + 1, end);
    }
    case StepKind.Window: {
      let best = matchSteps(steps, i + 1, words, pos, end);
      for (let n = 1; n <= s.max; n++) {
        if (pos + n > end || PUNCT.has(words[pos + n - 1] as string)) break;
        const r = matchSteps(steps, i + 1, words, pos + n, end);
        if (r > best) best = r;
      }
      return best;
    }
    case StepKind.Not: {
      if (pos < end) {
        const w = words[pos] as string;
        if (s.alts.single.has(w)) return -1;
        const multi = s.alts.multi.size === 0 ? undefined : s.alts.multi.get(w);
        if (multi !== undefined)
          for (const alt of multi) {
            if (pos + alt.length > end) continue;
            let k = 1;
            while (k < alt.length && words[pos + k] === alt[k]) k++;
            if (k === alt.length) return -1;
          }
      }
      return matchSteps(steps, i + 1, words, pos, end);
    }
    default:
      return pos >= end || isEndWord(words[pos] as string) ? matchSteps(steps, i + 1, words, pos, end) : -1;
  }
}

/**
 * Word normalisation: lower case, straight apostrophes, elongations squeezed ("soooo" → "so"), casual
 * spellings and typos mapped through the casual table, contractions expanded. Rules then see one spelling.
 */
import { CASUAL_SPELLINGS, ITS_AS_POSSESSIVE_BEFORE, UR_AS_YOU_ARE_BEFORE } from './lexicon/casual';

/** Words longer than this are never lexicon words; they normalise to a placeholder. */
export const MAX_WORD_LENGTH = 24;

/** The casual table's canonical words for `w`, or `undefined` (read on demand: no start-up cost). */
function casualWords(w: string): readonly string[] | undefined {
  return Object.hasOwn(CASUAL_SPELLINGS, w) ? (CASUAL_SPELLINGS[w] as string).split(' ') : undefined;
}
const urAsYouAre = new Set(UR_AS_YOU_ARE_BEFORE);
const itsPossessive = new Set(ITS_AS_POSSESSIVE_BEFORE);
// "everything's" is "everything is"; "john's" stays a possessive.
const IS_BEFORE_S = new Set(
  'everything something nothing anything everyone someone nobody everybody somebody anybody one this there here who what where when why how life work'.split(
    ' ',
  ),
);

/** Lower-cases and straightens apostrophes; returns `'#'` for over-long words. */
export function foldWord(raw: string): string {
  if (raw.length > MAX_WORD_LENGTH * 2) return '#';
  let w = raw.toLowerCase();
  if (w.indexOf('\u2019') >= 0 || w.indexOf('\u2018') >= 0 || w.indexOf('\u02bc') >= 0) {
    w = w.replace(/[\u2018\u2019\u02bc]/g, "'");
  }
  // Combining marks (zalgo) are not part of any lexicon word.
  if (w.length > 0 && !/^[a-z0-9']+$/.test(w)) {
    w = w
      .normalize('NFD')
      .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '');
  }
  if (w.length > MAX_WORD_LENGTH) return '#';
  return w;
}

/** Squeezes runs of three or more equal letters: to one letter if that is a known word, else to two. */
export function squeeze(w: string, known: (word: string) => boolean): string {
  let run = false;
  for (let i = 2; i < w.length; i++) {
    if (w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2)) {
      run = true;
      break;
    }
  }
  if (!run) return w;
  let two = '';
  let one = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string;
    if (i >= 2 && c === w[i - 1] && c === w[i - 2]) continue;
    two += c;
    if (i >= 1 && c === w[i - 1]) continue;
    one += c;
  }
  if (known(two) || Object.hasOwn(CASUAL_SPELLINGS, two)) return two;
  if (known(one) || Object.hasOwn(CASUAL_SPELLINGS, one)) return one;
  return two;
}

/**
 * Maps one folded word to its canonical words, looking at the next folded word for "ur" and "its".
 *
 * @example
 * canonicalWords('dont', 'know'); // ['do', 'not']
 */
export function canonicalWords(w: string, next: string | undefined): readonly string[] {
  if (w === 'ur') {
    return next !== undefined && (urAsYouAre.has(next) || next.endsWith('ing')) ? ['you', 'are'] : ['your'];
  }
  if (w === 'its') return next !== undefined && itsPossessive.has(next) ? ['its'] : ['it', 'is'];
  const mapped = casualWords(w);
  if (mapped !== undefined) return mapped;
  // Possessive/other "'s" on names: "john's" → "john"; keeps rules simple.
  if (w.endsWith("'s")) {
    const base = w.slice(0, -2);
    return IS_BEFORE_S.has(base) ? [base, 'is'] : [base];
  }
  if (w.endsWith("n't")) return [w.slice(0, -3), 'not'];
  return [w];
}

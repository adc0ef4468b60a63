/**
 * Every regular expression the analyzer runs, collected so a test can check each one for ReDoS. Cue
 * phrases are matched word by word (`phrases.ts`), not with regexes, so only these few remain; a test
 * scans the analyzer's source files to make sure none is missing here.
 */

/** A named regex the analyzer uses. */
export interface RegisteredRegex {
  readonly name: string;
  readonly regex: RegExp;
}

/**
 * All regexes written in the analyzer's modules, by file.
 *
 * @example
 * ANALYZER_REGEXES.every((r) => r.regex instanceof RegExp); // true
 */
export const ANALYZER_REGEXES: readonly RegisteredRegex[] = [
  { name: 'tokenizer.LETTER', regex: /^[\p{L}\p{N}]$/u },
  { name: 'normalize.ascii-word', regex: /^[a-z0-9']+$/ },
  { name: 'normalize.apostrophes', regex: /[\u2018\u2019\u02bc]/g },
  {
    name: 'normalize.combining-marks',
    regex: /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g,
  },
  { name: 'segments.variation-selector', regex: /\ufe0f/g },
  { name: 'resolve.word-split', regex: /[^a-z']+/ },
  { name: 'resolve.letters-split', regex: /[^a-z]+/ },
];

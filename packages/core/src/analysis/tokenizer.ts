/**
 * The tokenizer: one linear pass over UTF-16 code units. Offsets index the original text and never fall
 * inside a surrogate pair, so any span built from token edges can be quoted safely.
 */

/** What a token is. */
export type TokenKind =
  /** Letters, digits, inner apostrophes, combining marks (so zalgo text stays one word). */
  | 'word'
  /** `.`, `!`, `?`, `…` or a line break: ends a sentence. */
  | 'stop'
  /** `,`, `;`, `:`, dashes, brackets: ends a clause. */
  | 'pause'
  /** `*`, used for actions like "*holds your hand*". */
  | 'star'
  /** An emoji sequence, including ZWJ joins, variation selectors and skin tones. */
  | 'emoji';

/** A token: `[start, end)` in UTF-16 code units of the original text. */
export interface Token {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
}

enum Cls {
  Space,
  Word,
  Mark,
  Apostrophe,
  Stop,
  Pause,
  Star,
  Emoji,
  Joiner,
  Other,
}

// One code point at a time; only non-ASCII letters fall through to this test, and it reads one code point.
const LETTER = /^[\p{L}\p{N}]$/u;

// ASCII classes by table: the common case costs one read.
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII[c] = classifySlow(c);

function classify(cp: number): Cls {
  return cp < 0x80 ? (ASCII[cp] as Cls) : classifySlow(cp);
}

function classifySlow(cp: number): Cls {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39))
      return Cls.Word;
    switch (cp) {
      case 0x20:
      case 0x09:
      case 0x0d:
      case 0x0c:
      case 0x0b:
        return Cls.Space;
      case 0x0a:
      case 0x2e: // .
      case 0x21: // !
      case 0x3f: // ?
        return Cls.Stop;
      case 0x27: // '
        return Cls.Apostrophe;
      case 0x2c: // ,
      case 0x3b: // ;
      case 0x3a: // :
      case 0x2d: // -
      case 0x28: // (
      case 0x29: // )
      case 0x22: // "
        return Cls.Pause;
      case 0x2a: // *
        return Cls.Star;
      default:
        return Cls.Other;
    }
  }
  if (cp === 0x2019 || cp === 0x2018 || cp === 0x02bc) return Cls.Apostrophe;
  if (cp === 0x2026 || cp === 0x2028 || cp === 0x2029) return Cls.Stop;
  if (cp === 0x2013 || cp === 0x2014 || cp === 0x201c || cp === 0x201d) return Cls.Pause;
  if (cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200b) || cp === 0x3000 || cp === 0xfeff) return Cls.Space;
  if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) return Cls.Joiner;
  if (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  ) {
    return Cls.Mark;
  }
  if ((cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0x2764) return Cls.Emoji;
  if (cp >= 0xe0020 && cp <= 0xe007f) return Cls.Joiner; // emoji tag sequences (flags)
  if (cp >= 0xd800 && cp <= 0xdfff) return Cls.Other; // a lone surrogate
  if (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) return Cls.Word;
  return LETTER.test(String.fromCodePoint(cp)) ? Cls.Word : Cls.Other;
}

/**
 * Splits text into tokens in one pass. Spaces and unknown symbols produce no token; runs of the same
 * punctuation ("!!!", "...") produce one.
 *
 * @example
 * tokenize("im ok!!").map((t) => t.kind); // ['word', 'word', 'stop']
 */
const KIND: readonly (TokenKind | null)[] = [
  null,
  'word',
  null,
  null,
  'stop',
  'pause',
  'star',
  'emoji',
  null,
  null,
];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let open: Cls = Cls.Space; // class of the token being built, Space when none
  let start = 0;
  let stopCp = -1;
  while (i < n) {
    const cu = text.charCodeAt(i);
    let cp = cu;
    let width = 1;
    if (cu >= 0xd800 && cu <= 0xdbff && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cu - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let cls = classify(cp);
    if (cls === Cls.Apostrophe) {
      // An apostrophe belongs to a word only between letters: "don't", not "'hello'".
      const next = i + width < n ? text.charCodeAt(i + width) : 0;
      const nextIsLetter = (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a);
      cls = open === Cls.Word && nextIsLetter ? Cls.Word : Cls.Pause;
    } else if (cls === Cls.Mark) {
      cls = open === Cls.Word ? Cls.Word : open === Cls.Emoji ? Cls.Emoji : Cls.Other;
    } else if (cls === Cls.Joiner) {
      cls = open === Cls.Emoji ? Cls.Emoji : Cls.Other;
    } else if (open === Cls.Emoji && cls === Cls.Emoji && i > 0 && text.charCodeAt(i - 1) !== 0x200d) {
      // Two emoji without a joiner are two tokens.
      tokens.push({ kind: 'emoji', start, end: i });
      start = i;
      i += width;
      continue;
    }
    if (cls === Cls.Stop && open === Cls.Stop && cp !== stopCp && cp !== 0x0a && stopCp !== 0x0a) {
      // "?!" and "!?" stay one stop; it only matters whether a "?" is in it.
    } else if (cls !== open) {
      const kind = KIND[open];
      if (kind !== null && kind !== undefined) tokens.push({ kind, start, end: i });
      open = KIND[cls] === null ? Cls.Space : cls;
      start = i;
    }
    if (cls === Cls.Stop) stopCp = cp;
    i += width;
  }
  const kind = KIND[open];
  if (kind !== null && kind !== undefined) tokens.push({ kind, start, end: n });
  return tokens;
}

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analysis/tokenizer';

describe('tokenizer', () => {
  it('keeps contractions as one word and offsets in UTF-16 code units', () => {
    const text = "I'm fine 😊 don’t worry";
    const words = tokenize(text)
      .filter((t) => t.kind === 'word')
      .map((t) => text.slice(t.start, t.end));
    expect(words).toEqual(["I'm", 'fine', 'don’t', 'worry']);
  });

  it('keeps an emoji ZWJ sequence as one token without splitting surrogate pairs', () => {
    const text = 'hi 👩‍👩‍👧 ok';
    const emoji = tokenize(text).find((t) => t.kind === 'emoji');
    expect(emoji && text.slice(emoji.start, emoji.end)).toBe('👩‍👩‍👧');
  });

  it('turns a run of punctuation into one token', () => {
    expect(tokenize('no!!!???').map((t) => t.kind)).toEqual(['word', 'stop']);
  });

  it('keeps combining marks (zalgo) inside their word', () => {
    expect(tokenize('h\u0301\u0302i there')).toHaveLength(2);
  });

  it('skips lone surrogates and NUL without throwing', () => {
    expect(tokenize('a\ud800b\u0000c').map((t) => t.kind)).toEqual(['word', 'word', 'word']);
  });
});

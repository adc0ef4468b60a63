import { describe, expect, it } from 'vitest';
import { CRISIS_PHRASE_LISTS, MOVE_PHRASE_LISTS } from '../../src/analysis/lexicon/index';
import { buildPhraseIndex, compileAll } from '../../src/analysis/matcher';
import { compilePhrase, type PhraseList } from '../../src/analysis/phrases';

const list: PhraseList = { name: 'test', move: 'advice', confidence: 1, phrases: [] };

describe('phrase lists', () => {
  it('compiles every phrase of every list (phrases compile lazily at run time, so a bad one must fail here)', () => {
    expect(() => compileAll(buildPhraseIndex([...MOVE_PHRASE_LISTS, ...CRISIS_PHRASE_LISTS]))).not.toThrow();
  });

  it('rejects a phrase that starts with a wildcard', () => {
    expect(() => buildPhraseIndex([{ ...list, phrases: ['~2 you'] }])).toThrow(/must start with a word/);
  });

  it('rejects an unknown macro', () => {
    expect(() => compilePhrase(list, 'you @nope')).toThrow(/Unknown macro/);
  });

  it('rejects a double space, which would be an empty token', () => {
    expect(() => compilePhrase(list, 'you  should')).toThrow(/double space/);
  });
});

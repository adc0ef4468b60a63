import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { FAUX_FEELING_WORDS, FEELING_WORDS } from '../../src/analysis/lexicon/feelings';
import { FEELING_FAMILIES } from '../../src/analysis/types';

describe('feelings', () => {
  it('names the speaker as owner of "I\'m anxious"', () => {
    const [f] = analyze("I'm anxious about tomorrow.").feelings;
    expect(f).toMatchObject({ lemma: 'anxious', family: 'fear', owner: 'speaker', faux: false });
  });

  it('names the partner as owner of "you sound anxious"', () => {
    expect(analyze('You sound anxious.').feelings[0]?.owner).toBe('partner');
  });

  it('names someone else as owner of "she seemed upset"', () => {
    expect(analyze('She seemed upset.').feelings[0]?.owner).toBe('other');
  });

  it('maps a typo to its lemma but quotes the word as written', () => {
    const [f] = analyze('so frustratd').feelings;
    expect(f).toMatchObject({ word: 'frustratd', lemma: 'frustrated', family: 'anger' });
  });

  it('marks faux feelings such as "ignored" after a feeling verb', () => {
    const [f] = analyze('I feel ignored.').feelings;
    expect(f).toMatchObject({ lemma: 'ignored', faux: true, owner: 'speaker' });
  });

  it('does not read a past-tense verb ("you ignored me") as a feeling', () => {
    expect(analyze('You ignored me.').feelings).toEqual([]);
  });

  it('needs a feeling verb for words like "small": "I feel small", not "a small car"', () => {
    expect(analyze('I feel small.').feelings).toHaveLength(1);
    expect(analyze('We bought a small car.').feelings).toEqual([]);
  });

  it('reads multi-word feelings such as "worn out"', () => {
    expect(analyze("You're worn out.").feelings[0]?.lemma).toBe('worn out');
  });

  it('gives every feeling an intensity from 1 to 3', () => {
    const a = analyze('I am a bit annoyed, really angry, and honestly furious.');
    expect(a.feelings.map((f) => f.intensity)).toEqual([1, 2, 3]);
  });
});

describe('feeling lexicon', () => {
  const words = Object.values(FEELING_WORDS)
    .flatMap((s) => s.split(/\s+/))
    .filter(Boolean);

  it('holds at least 300 feeling words', () => {
    expect(new Set(words.map((w) => w.split(':')[0])).size).toBeGreaterThanOrEqual(300);
  });

  it('gives every family words, and every word an intensity of 1, 2 or 3', () => {
    for (const family of FEELING_FAMILIES) expect(FEELING_WORDS[family].length).toBeGreaterThan(0);
    for (const w of words) expect(w).toMatch(/^[a-z_-]+:[123](:f)?$/);
  });

  it('holds faux feelings such as ignored, abandoned and manipulated', () => {
    for (const w of ['ignored', 'abandoned', 'manipulated'])
      expect(FAUX_FEELING_WORDS.split(' ')).toContain(w);
  });
});

import { analyze, FEELING_FAMILIES, feelingLexicon } from '@rapport/core';
import { describe, expect, it } from 'vitest';

describe('feelingLexicon', () => {
  it('offers at least 300 feeling words, in every family', () => {
    const entries = feelingLexicon();
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const family of FEELING_FAMILIES) expect(entries.some((e) => e.family === family)).toBe(true);
  });

  it('lists only words the analyzer reads as a feeling of that family after "I feel"', () => {
    const misread = feelingLexicon()
      .filter((e) => {
        const hit = analyze(`I feel ${e.word}.`).feelings[0];
        return hit === undefined || hit.family !== e.family;
      })
      .map((e) => `${e.word} (${e.family})`);
    expect(misread).toEqual([]);
  });
});

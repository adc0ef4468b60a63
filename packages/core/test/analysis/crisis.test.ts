import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';

describe('crisis', () => {
  const crises: readonly [string, string][] = [
    ["I don't see the point in living anymore.", 'suicide'],
    ['i want to die', 'suicide'],
    ['everyone would be better off without me', 'suicide'],
    ['kms', 'suicide'],
    ["I've been cutting again.", 'self_harm'],
    ['I keep hurting myself', 'self_harm'],
    ['He hit me again.', 'partner_violence'],
    ['she threatened to hurt me if I leave', 'partner_violence'],
    ['my boyfriend grabbed me by the throat', 'partner_violence'],
  ];
  for (const [text, kind] of crises) {
    it(`flags "${text}" as ${kind}`, () => {
      const { crisis } = analyze(text);
      expect(crisis?.kind).toBe(kind);
      expect(crisis && text.slice(crisis.span[0], crisis.span[1])).toBe(crisis?.cue);
    });
  }

  const idioms = [
    'This deadline is killing me.',
    'I could kill for a coffee.',
    'My feet are killing me.',
    'I nearly died laughing.',
    'That cake is to die for.',
    "I'm dying to see the new flat.",
    'I want to die of embarrassment.',
    'She beat me at chess again.',
    'Hit me up later.',
    "I'd murder a pizza right now.",
  ];
  for (const text of idioms) {
    it(`does not raise a false alarm for the idiom "${text}"`, () => {
      expect(analyze(text).crisis).toBeNull();
    });
  }

  it('wins over other moves: a crisis line keeps at most owns_feeling', () => {
    const a = analyze("I'm scared he'll hurt me again. Can we talk?");
    expect(a.crisis?.kind).toBe('partner_violence');
    expect(a.moves.every((m) => m.id === 'owns_feeling')).toBe(true);
  });
});

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

  // Families: each is written generally in lexicon/crisis.ts, so these are new wordings, not the lexicon's own.
  const families: readonly [string, string, readonly string[]][] = [
    [
      'wanting not to exist',
      'suicide',
      [
        'honestly i just want to not be around anymore',
        "I wish I'd never been born",
        "idk why i'm even still alive",
        "I don't deserve to live",
        "i don't want to be on this planet anymore",
        'sometimes i wish i could just cease to exist',
      ],
    ],
    [
      'being tired of life, or seeing no point',
      'suicide',
      [
        "I'm so tired of being alive",
        'whats even the point of living',
        "I don't see any point in living",
        "i'm so done with being alive",
        "I can't do this anymore. Life is too much.",
      ],
    ],
    [
      'thinking about it, planning, goodbyes',
      'suicide',
      [
        "I've been thinking about ending things.",
        'thinking about sewerslide again',
        'I keep picturing my own funeral',
        "I'm done. With everything. I'm going to end it.",
        "I gave away my things because I won't need them",
        "I've said my goodbyes.",
        'lately i wonder if anyone would care if i just wasnt here',
      ],
    ],
    [
      'methods: pills, heights, traffic',
      'suicide',
      [
        'I was looking at the pills and thinking about taking them all',
        'I looked up how many paracetamol it would take',
        'i could just jump off the balcony and be done',
        'I thought about stepping in front of a bus',
        "I've been standing on the bridge for an hour now",
      ],
    ],
    [
      'self-harm: a verb on oneself, blades, bleeding, relapse',
      'self_harm',
      [
        'I self-harmed yesterday',
        "i've been burning my arm with a lighter",
        'I scratched my arms until they bled',
        'I hid the cuts under my sleeves',
        'i relapsed with cutting last week',
        'there is a razor in my drawer and I keep thinking about it',
      ],
    ],
    [
      'a partner hurting the speaker',
      'partner_violence',
      [
        'he smashed my phone and pushed me',
        'she grabbed my wrist and twisted it',
        'he threw his phone at my head',
        'he squeezed my arm so hard it left marks',
        'he shook me really hard',
        'he nearly killed me',
      ],
    ],
    [
      'threats and coercive control',
      'partner_violence',
      [
        "she says she'll hurt the children if I go",
        "he swore he'd make me pay",
        "he doesn't let me have any money",
        "he keeps my passport so I can't leave",
        'he keeps me from seeing my family',
        'my ex keeps showing up at my work and threatening me',
        "he said he'd burn the house down with me in it",
      ],
    ],
  ];
  for (const [family, kind, texts] of families)
    for (const text of texts)
      it(`flags ${family} as ${kind}: "${text}"`, () => {
        expect(analyze(text).crisis?.kind).toBe(kind);
      });

  const lookalikes = [
    'I cut myself shaving',
    'I hurt myself at football',
    'my sister would kill me if I told you',
    'he grabbed my hand at the concert',
    'he pushed me on the swing',
    'they kicked me off the team',
    'he knocked me off my feet when we met',
    "I'm dead 😂",
    'you look drop dead gorgeous',
    'shoot me now, another meeting',
    'I could strangle the printer',
    'he hit the gym this morning',
    "she's killing it at her new job",
    'over my dead body are we getting a cat',
    "I can't do this anymore, this wardrobe is impossible",
    'i want to disappear under a blanket all weekend',
    "I'm ready to go",
    'did you take your pills?',
  ];
  for (const text of lookalikes)
    it(`does not raise a false alarm for the look-alike "${text}"`, () => {
      expect(analyze(text).crisis).toBeNull();
    });

  it('counts a weak cue ("I can\'t do this anymore") only beside life context', () => {
    expect(analyze("I can't do this anymore.").crisis).toBeNull();
    expect(analyze("I can't do this anymore. I hate my life.").crisis?.kind).toBe('suicide');
  });
});

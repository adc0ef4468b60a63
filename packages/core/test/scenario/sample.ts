import type { ScenarioInput } from '@rapport/core';

/** A small valid scenario: opening → (listening) → closing → felt-heard; fixing → pulled-away. */
export function sampleScenario(): ScenarioInput & Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'rough-day',
    title: 'A rough day',
    summary: 'Maya had a hard day at work and wants to talk.',
    skills: ['active-listening'],
    difficulty: 'beginner',
    persona: { name: 'Maya', pronouns: 'she/her', relationship: 'your partner of four years' },
    setting: 'Maya comes home late and drops her bag by the door.',
    goal: 'Help Maya feel heard before anything else.',
    meters: { heard: { label: 'Felt heard', initial: 20 } },
    start: 'opening',
    beats: {
      opening: {
        partner: ['Ugh. What a day.', 'I am so done with today.'],
        hints: {
          nudge: 'What might she be feeling?',
          skill: 'Try a reflection: name the feeling you hear.',
          model: 'Sounds like today really wore you out.',
        },
        on: [
          {
            when: { anyMove: ['reflection', 'validation', 'open_question'] },
            to: 'closing',
            effects: { heard: 10 },
          },
          { when: { anyMove: ['advice', 'minimizing'] }, to: 'pulled-away' },
        ],
        stay: ['Yeah.', 'Mm.'],
      },
      closing: {
        partner: ['My boss took credit for my work again.', 'He presented my report as his own.'],
        hints: {
          nudge: 'Stay with her feeling.',
          skill: 'Validate: it makes sense she feels that way.',
          model: 'No wonder you are furious, that was your work.',
        },
        on: [
          {
            when: { anyMove: ['reflection', 'validation'], meters: { heard: { gte: 30 } } },
            to: 'felt-heard',
          },
          { when: { anyMove: ['advice'] }, to: 'pulled-away' },
        ],
      },
    },
    endings: {
      'felt-heard': {
        kind: 'success',
        partner: ['Thanks for listening.', 'I feel better just saying it.'],
        message: 'Maya felt heard.',
      },
      'pulled-away': {
        kind: 'other',
        partner: ['Never mind.', 'Forget it.'],
        message: 'Maya pulled away.',
      },
    },
    maxTurns: 8,
  };
}

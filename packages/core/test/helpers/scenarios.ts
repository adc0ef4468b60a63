import { type Scenario, type ScenarioInput, scenarioSchema } from '@rapport/core';

/** A small active-listening scenario: two beats, a success and an "other" ending, a timeout. */
export const listeningInput: ScenarioInput = {
  schemaVersion: 1,
  id: 'test-listening',
  title: 'Test: a hard day',
  summary: 'Sam had a hard day.',
  skills: ['active-listening'],
  difficulty: 'beginner',
  persona: { name: 'Sam', pronouns: 'they/them', relationship: 'your partner' },
  setting: 'Evening, kitchen.',
  goal: 'Help Sam feel heard.',
  meters: { heard: { label: 'Felt heard', initial: 20 } },
  start: 'opening',
  beats: {
    opening: {
      partner: ["I'm so frustrated with work.", 'Work was awful today. I am frustrated.'],
      hints: {
        nudge: 'What is Sam feeling?',
        skill: 'Reflect the feeling.',
        model: "It sounds like you're frustrated.",
      },
      on: [
        {
          when: { anyMove: ['advice', 'minimizing'] },
          to: 'brushed_off',
          say: ['Right. Sure.', 'Okay, whatever.'],
        },
        { when: { anyMove: ['reflection', 'validation', 'open_question'] }, to: 'deeper' },
      ],
      stay: ['I just... I do not know.', 'It is a lot.'],
      feedback: { 'advice-too-soon': { message: 'Custom: "{quote}" came too soon.' } },
    },
    deeper: {
      partner: ['My manager moved the deadline again.', 'The deadline moved. Again.'],
      hints: { nudge: 'Stay with Sam.', skill: 'Validate.', model: 'That makes sense.' },
      on: [
        { when: { partnerState: ['feels_heard'] }, to: 'heard' },
        { when: { anyMove: ['advice', 'minimizing', 'self_focus'] }, to: 'brushed_off' },
        {
          when: { meters: { heard: { gte: 50 } } },
          to: 'deeper',
          effects: { heard: 5 },
          say: ['Yeah.', 'Mm.'],
        },
      ],
      stay: ['Anyway.', 'So, yeah.'],
    },
  },
  endings: {
    heard: {
      kind: 'success',
      partner: ['Thanks for listening.', 'That helped.'],
      message: 'Sam felt heard.',
    },
    brushed_off: { kind: 'other', partner: ['Never mind.', 'Forget it.'], message: 'Sam felt brushed off.' },
  },
  maxTurns: 6,
};

// The schema is the contract; the engine does not depend on the authoring tools' parser.
const parsed = (input: ScenarioInput): Scenario => scenarioSchema.parse(input);

export const listeningScenario: Scenario = parsed(listeningInput);

/** Same, driven by conflict-repair. */
export const conflictScenario: Scenario = parsed({
  ...listeningInput,
  id: 'test-conflict',
  skills: ['conflict-repair'],
  meters: { tension: { label: 'Tension', initial: 60, better: 'down' } },
  start: 'complaint',
  beats: {
    complaint: {
      partner: ['You never listen to me!', "You're not listening. Again."],
      hints: {
        nudge: 'Breathe.',
        skill: 'Validate, then an I-statement.',
        model: "You're right, I'm sorry.",
      },
      on: [
        { when: { partnerState: ['flooded'] }, to: 'flooded' },
        { when: { partnerState: ['resolved'] }, to: 'repaired' },
        {
          when: { anyMove: ['repair', 'validation', 'i_statement'], noMove: ['blame', 'contempt'] },
          to: 'complaint',
          say: ['Okay...', 'Go on.'],
        },
      ],
      stay: ['See? This is what I mean.', 'Exactly.'],
    },
    flooded: {
      partner: ["I can't do this right now!", 'I am so done!'],
      hints: {
        nudge: 'Pause.',
        skill: 'Take a break with a time to return.',
        model: 'Can we take twenty minutes and come back at eight?',
      },
      on: [
        { when: { partnerState: ['on_break'] }, to: 'repaired' },
        { when: { minTurn: 5 }, to: 'blowup' },
      ],
      stay: ['Stop.', 'No.'],
    },
  },
  endings: {
    repaired: {
      kind: 'success',
      partner: ['Okay. Thank you.', 'Okay. Let us try.'],
      message: 'You repaired.',
    },
    blowup: { kind: 'other', partner: ['I am leaving.', 'Bye.'], message: 'It blew up.' },
  },
});

/** Same, driven by urge-to-fix, with the partner's wish from the seed. */
export const ventingScenario: Scenario = parsed({
  ...listeningInput,
  id: 'test-venting',
  skills: ['urge-to-fix'],
  partnerWants: 'seeded',
  start: 'vent',
  beats: {
    vent: {
      partner: ['My sister is driving me up the wall.', 'Ugh, my sister again.'],
      hints: {
        nudge: 'Wait.',
        skill: 'Ask what they need.',
        model: 'Do you want me to just listen, or help?',
      },
      on: [
        { when: { partnerState: ['unheard'] }, to: 'fixed' },
        { when: { partnerState: ['supported'] }, to: 'supported' },
        {
          when: { partnerState: ['wants_listening', 'wants_help'] },
          to: 'vent',
          say: ['Thanks for asking.', 'Good question.'],
        },
      ],
      stay: ['And another thing...', 'Anyway.'],
    },
  },
  endings: {
    supported: { kind: 'success', partner: ['I feel better.', 'Thanks.'], message: 'Supported.' },
    fixed: {
      kind: 'other',
      partner: ['I did not ask for advice.', 'Never mind.'],
      message: 'Advice too soon.',
    },
  },
});

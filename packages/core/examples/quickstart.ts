import { analyze, createSession, parseScenario, summarizeSession } from '@rapport/core';

// 1. Name the moves in a reply, with the words that show them.
const analysis = analyze('That sounds exhausting. Have you tried talking to your boss?', {
  partnerLine: 'Work has been brutal this week.',
});
for (const move of analysis.moves) console.log(move.id, JSON.stringify(move.cue));
// validation "sounds exhausting"
// advice "Have you tried"

// 2. Rehearse a scenario: parse it (every issue, never a throw), start a session, reply.
const parsed = parseScenario({
  schemaVersion: 1,
  id: 'long-day',
  title: 'A long day',
  summary: 'Your partner comes home drained.',
  skills: ['active-listening'],
  difficulty: 'beginner',
  persona: { name: 'Sam', pronouns: 'they/them', relationship: 'your partner of three years' },
  setting: 'Sam drops onto the sofa and sighs.',
  goal: 'Help Sam feel heard before anything else.',
  meters: { heard: { label: 'Felt heard', initial: 20 } },
  start: 'opening',
  maxTurns: 6,
  beats: {
    opening: {
      partner: ['Today was endless. I never stopped.', 'I am so done with today.'],
      hints: {
        nudge: 'What is Sam feeling right now?',
        skill: 'Reflect the feeling back before anything else.',
        model: 'It sounds like today completely drained you.',
      },
      on: [
        { when: { anyMove: ['reflection', 'validation', 'open_question'] }, to: 'heard' },
        { when: { anyMove: ['advice', 'minimizing'] }, to: 'brushed-off' },
      ],
    },
  },
  endings: {
    heard: {
      kind: 'success',
      partner: ['Yeah. Thanks for getting it.', 'Exactly. Thank you.'],
      message: 'Sam felt heard.',
    },
    'brushed-off': {
      kind: 'other',
      partner: ['Forget it.', 'Never mind.'],
      message: 'Sam felt fixed, not heard.',
    },
  },
});
if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));

const session = createSession(parsed.scenario, { seed: 7 });
session.send({ type: 'learner.say', text: 'It sounds like today wiped you out.' });
const { context } = session.getSnapshot();
console.log(context.outcome, context.partner.mood); // succeeded …
console.log(context.feedback.map((f) => f.code)); // the feedback codes for that reply

// 3. Save and resume later: the persisted snapshot is plain JSON.
const saved = JSON.stringify(session.getPersistedSnapshot());
const resumed = createSession(parsed.scenario, { snapshot: JSON.parse(saved) });
console.log(summarizeSession(resumed.getSnapshot()).scores); // { 'active-listening': … }

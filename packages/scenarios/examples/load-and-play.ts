import { createSession } from '@rapport/core';
import { formatLocatedIssue, loadScenarioText, scenarios } from '@rapport/scenarios';

// The pack: typed scenario data, usable in browsers.
for (const s of scenarios.slice(0, 3)) console.log(s.id, '—', s.title, s.skills);

// An author's file: every issue carries file:line:column and, where it can, a suggestion.
const yaml = `schemaVersion: 1
id: tiny
title: Tiny
summary: A two-line example.
skills: [active-listening]
difficulty: beginner
persona: { name: Ana, pronouns: she/her, relationship: your wife }
setting: Ana sighs.
goal: Reflect before fixing.
start: opening
maxTurns: 4
beats:
  opening:
    partner: ["Long day.", "What a day."]
    hints: { nudge: "How does she feel?", skill: "Reflect it.", model: "Sounds like it wore you out." }
    on:
      - { when: { anyMove: [reflection, validation] }, to: closng }
endings:
  closing: { kind: success, partner: ["Yeah.", "Thanks."], message: Ana felt heard. }
`;
const result = loadScenarioText(yaml, { fileName: 'tiny.yaml' });
if (!result.ok) for (const issue of result.issues) console.log(formatLocatedIssue(issue));
// tiny.yaml:17:60 error RS003 beats.opening.on[0].to: unknown beat or ending 'closng' — did you mean 'closing'?

// Fix the typo and play it.
const fixed = loadScenarioText(yaml.replace('closng', 'closing'), { fileName: 'tiny.yaml' });
if (fixed.ok) {
  const session = createSession(fixed.scenario, { seed: 1 });
  session.send({ type: 'learner.say', text: 'It sounds like today wore you out.' });
  console.log(session.getSnapshot().context.outcome); // succeeded
}

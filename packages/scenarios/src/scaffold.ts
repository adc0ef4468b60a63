import type { SkillId } from '@rapport/core';

/** Options for `scaffoldScenario()`. */
export interface ScaffoldOptions {
  /** The skill the partner is driven by. Default: `active-listening`. */
  readonly skill?: SkillId;
  /** Where the JSON Schema sits relative to the new file. Default: `../schema/scenario.schema.json`. */
  readonly schemaPath?: string;
}

interface SkillTemplate {
  readonly meter: string;
  readonly meterLabel: string;
  readonly initial: number;
  readonly better: 'up' | 'down';
  /** The threshold that must hold to succeed, as YAML flow text. */
  readonly threshold: string;
  readonly good: readonly string[];
  readonly goodEffect: number;
  readonly bad: readonly string[];
  readonly badEffect: number;
  readonly note: string;
}

const TEMPLATES: Readonly<Record<SkillId, SkillTemplate>> = {
  'active-listening': {
    meter: 'heard',
    meterLabel: 'Felt heard',
    initial: 20,
    better: 'up',
    threshold: '{ gte: 40 }',
    good: ['reflection', 'validation', 'open_question'],
    goodEffect: 10,
    bad: ['advice', 'minimizing', 'self_focus'],
    badEffect: -10,
    note: 'The active-listening machine raises `heard` on reflections, validation and open questions.',
  },
  'conflict-repair': {
    meter: 'tension',
    meterLabel: 'Tension',
    initial: 60,
    better: 'down',
    threshold: '{ lte: 50 }',
    good: ['i_statement', 'validation', 'repair', 'reflection'],
    goodEffect: -10,
    bad: ['blame', 'contempt', 'defensiveness'],
    badEffect: 15,
    note: 'The conflict-repair machine lowers `tension` on "I"-statements, repair, validation and reflection.',
  },
  'urge-to-fix': {
    meter: 'heard',
    meterLabel: 'Felt heard',
    initial: 20,
    better: 'up',
    threshold: '{ gte: 40 }',
    good: ['asks_need', 'reflection', 'validation'],
    goodEffect: 10,
    bad: ['advice', 'minimizing'],
    badEffect: -10,
    note: 'The urge-to-fix machine punishes advice until the learner asks what the partner needs.',
  },
  connection: {
    meter: 'closeness',
    meterLabel: 'Closeness',
    initial: 25,
    better: 'up',
    threshold: '{ gte: 45 }',
    good: ['owns_feeling', 'appreciation_specific', 'open_question', 'reflection'],
    goodEffect: 10,
    bad: ['blame', 'pressure', 'minimizing'],
    badEffect: -10,
    note: 'The connection machine raises `closeness` when the learner opens up, appreciates specifically or asks deeper questions.',
  },
};

const list = (moves: readonly string[]) => `[${moves.join(', ')}]`;

/**
 * A new scenario file: valid, lint-clean and commented line by line, for `rapport new <id>`.
 * @example
 * writeFileSync('scenarios/late-again.yaml', scaffoldScenario('late-again', { skill: 'conflict-repair' }));
 */
export function scaffoldScenario(id: string, options: ScaffoldOptions = {}): string {
  const skill = options.skill ?? 'active-listening';
  const t = TEMPLATES[skill];
  const schemaPath = options.schemaPath ?? '../schema/scenario.schema.json';
  const title = id
    .split(/[-_]/)
    .map((word, i) => (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ');
  return `# yaml-language-server: $schema=${schemaPath}
# A Rapport scenario. Guide: packages/scenarios/docs/authoring.md
# Check it with: pnpm rapport lint <this file>     Draw it with: pnpm rapport graph <this file>

schemaVersion: 1
id: ${id}
title: ${title}
# One or two sentences for the scenario picker.
summary: Your partner comes home upset and wants to talk about it.
# The skills practised; the first one drives the partner. ${t.note}
skills: [${skill}]
difficulty: beginner # beginner | intermediate | advanced

persona:
  name: Sam
  pronouns: they/them
  relationship: your partner of three years

# Told to the learner before they start: make them care.
setting: Sam walks in, drops their keys on the table harder than usual and sighs.
goal: Help Sam feel understood before anything else.

# Meters run 0..100. The skill machine moves its own meters (here \`${t.meter}\`) after every reply;
# branches can move them further with \`effects\` and test them with \`when.meters\`.
meters:
  ${t.meter}: { label: ${t.meterLabel}, initial: ${t.initial}, better: ${t.better} }

start: opening
# The session ends after this many learner replies (at ending \`timeout\` if there is one).
maxTurns: 8

beats:
  opening:
    # At least two variants of every partner line; the session's seed picks one.
    partner:
      - Ugh. I don't even want to talk about today.
      - What a day. I'm just... done.
    # Three rungs, revealed one at a time: a nudge, the skill by name, a model reply.
    hints:
      nudge: What might Sam be feeling right now?
      skill: Reflect the feeling you hear before anything else.
      model: Sounds like today really wore you out.
    # Branches in order: the first whose \`when\` holds is taken. If none holds, the beat repeats
    # with a \`stay\` line.
    on:
      - when: { anyMove: ${list(t.good)} }
        effects: { ${t.meter}: ${t.goodEffect} }
        to: opening-up
      - when: { anyMove: ${list(t.bad)} }
        effects: { ${t.meter}: ${t.badEffect} }
        say: [Forget it., "Never mind, it's fine."]
        to: shut-down
    stay:
      - Yeah. It was a lot.
      - "...Mm."

  opening-up:
    partner:
      - My manager rewrote my whole report in front of everyone.
      - "I spent a week on that report and he tore it apart in the meeting."
    hints:
      nudge: Stay with what this was like for Sam.
      skill: Validate - let Sam know the feeling makes sense.
      model: No wonder you're upset. That sounds humiliating after all that work.
    on:
      - when:
          anyMove: ${list(t.good)}
          meters: { ${t.meter}: ${t.threshold} }
        to: understood
      - when: { anyMove: ${list(t.bad)} }
        to: shut-down
    stay:
      - I just keep replaying it.
      - It still stings.

endings:
  understood:
    kind: success
    partner:
      - Thanks. I really needed someone to just get it.
      - That helps. I feel less alone with it.
    message: Sam felt understood. You stayed with the feeling instead of rushing past it.
  shut-down:
    kind: other
    partner:
      - I'm going to take a shower.
      - Let's just drop it.
    message: Sam shut down. Next time, reflect what you hear before anything else.
`;
}

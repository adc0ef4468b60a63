import { z } from 'zod';
import { MOVE_IDS } from '../analysis/types';
import { SKILL_IDS } from '../skills/ids';

/** The scenario format version this library reads and writes. */
export const SCENARIO_SCHEMA_VERSION = 1;

/** What an id looks like: lowercase words joined by single `-` or `_`. */
export const SCENARIO_ID_PATTERN = /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/;

// The `.meta()` titles and descriptions below are what editors show on hover and in completions
// (they end up in the committed JSON Schema), so they are written for scenario authors.

const id = z
  .string()
  .regex(SCENARIO_ID_PATTERN, 'use lowercase letters, digits and single - or _ (e.g. "opening-up")');
const text = z.string().trim().min(1, 'must not be empty');
/** Partner lines: at least two variants, picked by the session's seed. */
const variants = z
  .array(text)
  .min(2, 'give at least 2 variants so the partner does not repeat word for word')
  .meta({ description: 'At least two ways of saying the line; the session picks one by its seed.' });

const moveId = z.enum(MOVE_IDS).meta({
  title: 'Move id',
  description: 'A communication move the analyzer names in a reply (see packages/core/docs/moves.md).',
});
const skillId = z.enum(SKILL_IDS).meta({ title: 'Skill id' });
const moveList = (description: string) => z.array(moveId).min(1).optional().meta({ description });

/** A meter the partner carries, 0..100 (e.g. `heard`, `tension`). */
export const meterSchema = z
  .strictObject({
    /** Shown to learners, e.g. "Felt heard". */
    label: text.meta({ description: 'Shown to learners, e.g. "Felt heard".' }),
    initial: z.number().min(0).max(100).meta({ description: 'The value at the start, 0..100.' }),
    /** Whether a higher value is better for the conversation (heard: up, tension: down). */
    better: z
      .enum(['up', 'down'])
      .default('up')
      .meta({ description: 'Whether a higher value is better (heard: up, tension: down). Default: up.' }),
  })
  .meta({ title: 'Meter', description: 'A value the partner carries, 0..100, e.g. how heard they feel.' });

const threshold = z
  .strictObject({
    gte: z.number().optional().meta({ description: 'Holds when the meter is at least this.' }),
    lte: z.number().optional().meta({ description: 'Holds when the meter is at most this.' }),
  })
  .refine((t) => t.gte !== undefined || t.lte !== undefined, 'give gte, lte or both')
  .meta({ title: 'Meter threshold', description: 'Give gte, lte or both.' });

/**
 * When a branch applies. Every field given must hold (AND); an empty `when` always holds.
 * @example { anyMove: ['reflection', 'validation'], noMove: ['advice'], meters: { heard: { gte: 60 } } }
 */
export const conditionSchema = z
  .strictObject({
    /** The reply makes at least one of these moves. */
    anyMove: moveList('The reply makes at least one of these moves.'),
    /** The reply makes every one of these moves. */
    allMoves: moveList('The reply makes every one of these moves.'),
    /** The reply makes none of these moves. */
    noMove: moveList('The reply makes none of these moves.'),
    /** Meter thresholds, checked after this reply's effects are applied. */
    meters: z
      .record(id, threshold)
      .optional()
      .meta({ description: "Meter thresholds, checked after this reply's effects are applied." }),
    /** The skill machine's partner state is one of these (e.g. `feels_heard`). */
    partnerState: z
      .array(id)
      .min(1)
      .optional()
      .meta({ description: "The skill machine's partner state is one of these (e.g. feels_heard)." }),
    /** At least this many learner turns have been taken, counting this one. */
    minTurn: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'At least this many learner replies have been given, counting this one.' }),
  })
  .meta({
    title: 'Condition',
    description: 'When a branch applies. Every field given must hold; an empty `when` always holds.',
  });

/** A way out of a beat: the first branch whose `when` holds is taken. */
export const branchSchema = z
  .strictObject({
    when: conditionSchema.default({}),
    /** A beat id or an ending id. */
    to: id.meta({ description: 'The beat or ending this branch leads to.' }),
    /** Meter changes on top of the skill machine's own, e.g. `{ heard: 10 }`. */
    effects: z
      .record(id, z.number().min(-100).max(100))
      .optional()
      .meta({ description: "Meter changes on top of the skill machine's own, e.g. { heard: 10 }." }),
    /** What the partner says in reaction before the next beat's line (variants). */
    say: z
      .array(text)
      .min(1)
      .optional()
      .meta({ description: "What the partner says in reaction, before the next beat's line (variants)." }),
  })
  .meta({
    title: 'Branch',
    description: 'A way out of a beat; the first branch whose `when` holds is taken.',
  });

/** Hints climb a ladder: a nudge, then the skill by name, then a model reply. */
export const hintLadderSchema = z
  .strictObject({
    nudge: text.meta({ description: 'A gentle nudge that does not give the answer away.' }),
    skill: text.meta({ description: 'Names the skill to use here.' }),
    model: text.meta({ description: 'A model reply the learner could give.' }),
  })
  .meta({
    title: 'Hint ladder',
    description: 'Hints climb a ladder: a nudge, the skill by name, a model reply.',
  });

/** Authored feedback that replaces the default text for a feedback code. */
export const feedbackOverrideSchema = z
  .strictObject({
    message: text.optional(),
    why: text.optional(),
    tryInstead: text.optional(),
  })
  .meta({ title: 'Feedback override', description: 'Replaces the default text for a feedback code.' });

/** One step of the conversation: the partner speaks, the learner replies, a branch is taken. */
export const beatSchema = z
  .strictObject({
    /** What the partner says on entering the beat (variants). */
    partner: variants,
    hints: hintLadderSchema,
    /** Branches in order; the first that holds is taken. */
    on: z
      .array(branchSchema)
      .min(1, 'a beat needs at least one branch')
      .meta({ description: 'Branches in order; the first whose `when` holds is taken.' }),
    /** What the partner says when no branch is taken and the beat repeats (variants). */
    stay: variants
      .optional()
      .meta({ description: 'What the partner says when no branch is taken and the beat repeats.' }),
    /** Feedback text for this beat, keyed by feedback code. */
    feedback: z
      .record(id, feedbackOverrideSchema)
      .optional()
      .meta({ description: 'Feedback text for this beat, keyed by feedback code.' }),
  })
  .meta({
    title: 'Beat',
    description: 'One step: the partner speaks, the learner replies, the first matching branch is taken.',
  });

/** How a scenario can end. */
export const endingSchema = z
  .strictObject({
    kind: z
      .enum(['success', 'other'])
      .meta({ description: 'success: the learner reached the goal; other: any other way to end.' }),
    /** The partner's closing line (variants). */
    partner: variants,
    /** What the learner is told, e.g. "Maya felt heard." */
    message: text.meta({ description: 'What the learner is told, e.g. "Maya felt heard."' }),
  })
  .meta({ title: 'Ending', description: 'How the scenario can end.' });

/** The simulated partner. */
export const personaSchema = z
  .strictObject({
    name: text,
    pronouns: z
      .string()
      .regex(/^[a-z]+\/[a-z]+$/, 'write pronouns like "she/her"')
      .meta({ description: 'Like "she/her", "he/him" or "they/them".' }),
    /** Who they are to the learner, e.g. "your wife of six years". */
    relationship: text.meta({ description: 'Who they are to the learner, e.g. "your wife of six years".' }),
    age: z.number().int().min(16).max(110).optional(),
  })
  .meta({ title: 'Persona', description: 'The simulated partner.' });

/** A practice scenario, format version 1. */
export const scenarioSchema = z
  .strictObject({
    /** Editors use this to find the JSON Schema; ignored by the engine. */
    $schema: z.string().optional().meta({ description: 'Where editors find this JSON Schema; ignored.' }),
    schemaVersion: z
      .literal(SCENARIO_SCHEMA_VERSION)
      .meta({ description: `The scenario format version; this release reads ${SCENARIO_SCHEMA_VERSION}.` }),
    id: id.meta({ description: 'The scenario id, e.g. "work-frustration".' }),
    title: text,
    summary: text.meta({ description: 'One or two sentences shown in the scenario picker.' }),
    /** The skills practised; the first drives the partner (its skill machine). */
    skills: z
      .array(skillId)
      .min(1)
      .meta({ description: 'The skills practised; the first drives the partner (its skill machine).' }),
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
    persona: personaSchema,
    /** The situation, told to the learner before they start. */
    setting: text.meta({ description: 'The situation, told to the learner before they start.' }),
    /** What the learner is trying to do. */
    goal: text.meta({ description: 'What the learner is trying to do.' }),
    /** Meters by id; the skill machine's meters (e.g. `heard`, `tension`) get their initial values here. */
    meters: z.record(id, meterSchema).default({}).meta({
      description:
        "Meters by id; the skill machine's meters (e.g. heard, tension) get their initial values here.",
    }),
    /**
     * For `urge-to-fix`: what the partner wants once asked — just to be listened to, help thinking it
     * through, or chosen by the session's seed.
     */
    partnerWants: z.enum(['listen', 'help', 'seeded']).optional().meta({
      description:
        "For urge-to-fix: what the partner wants once asked — to be listened to, help thinking, or chosen by the session's seed.",
    }),
    /** The first beat. */
    start: id.meta({ description: 'The id of the first beat.' }),
    beats: z.record(id, beatSchema).meta({ description: 'The beats by id.' }),
    endings: z
      .record(id, endingSchema)
      .meta({ description: 'The endings by id; at least one of kind success.' }),
    /** The session ends (ending `timeout` if defined, else the first `other` ending) after this many replies. */
    maxTurns: z.number().int().min(1).max(200).meta({
      description:
        'The session ends after this many replies (at ending `timeout` if defined, else the first `other` ending).',
    }),
    /** Feedback text for the whole scenario, keyed by feedback code. */
    feedback: z
      .record(id, feedbackOverrideSchema)
      .optional()
      .meta({ description: 'Feedback text for the whole scenario, keyed by feedback code.' }),
  })
  .meta({
    title: 'Rapport scenario',
    description:
      'A practice conversation for Rapport, format version 1. See packages/scenarios/docs/authoring.md.',
  });

/** A scenario as authored (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A parsed, valid scenario. */
export type Scenario = z.output<typeof scenarioSchema>;
export type Beat = Scenario['beats'][string];
export type Branch = Beat['on'][number];
export type Condition = Branch['when'];
export type Ending = Scenario['endings'][string];
export type MeterDefinition = Scenario['meters'][string];
export type HintLadder = Beat['hints'];
export type Persona = Scenario['persona'];

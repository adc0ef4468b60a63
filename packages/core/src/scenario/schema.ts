import { z } from 'zod';
import { MOVE_IDS } from '../analysis/types';
import { SKILL_IDS } from '../skills/ids';

/** The scenario format version this library reads and writes. */
export const SCENARIO_SCHEMA_VERSION = 1;

const id = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/,
    'use lowercase letters, digits and single - or _ (e.g. "opening-up")',
  );
const text = z.string().trim().min(1, 'must not be empty');
/** Partner lines: at least two variants, picked by the session's seed. */
const variants = z
  .array(text)
  .min(2, 'give at least 2 variants so the partner does not repeat word for word');

const moveId = z.enum(MOVE_IDS);
const skillId = z.enum(SKILL_IDS);

/** A meter the partner carries, 0..100 (e.g. `heard`, `tension`). */
export const meterSchema = z.strictObject({
  /** Shown to learners, e.g. "Felt heard". */
  label: text,
  initial: z.number().min(0).max(100),
  /** Whether a higher value is better for the conversation (heard: up, tension: down). */
  better: z.enum(['up', 'down']).default('up'),
});

const threshold = z
  .strictObject({
    gte: z.number().optional(),
    lte: z.number().optional(),
  })
  .refine((t) => t.gte !== undefined || t.lte !== undefined, 'give gte, lte or both');

/**
 * When a branch applies. Every field given must hold (AND); an empty `when` always holds.
 * @example { anyMove: ['reflection', 'validation'], noMove: ['advice'], meters: { heard: { gte: 60 } } }
 */
export const conditionSchema = z.strictObject({
  /** The reply makes at least one of these moves. */
  anyMove: z.array(moveId).min(1).optional(),
  /** The reply makes every one of these moves. */
  allMoves: z.array(moveId).min(1).optional(),
  /** The reply makes none of these moves. */
  noMove: z.array(moveId).min(1).optional(),
  /** Meter thresholds, checked after this reply's effects are applied. */
  meters: z.record(id, threshold).optional(),
  /** The skill machine's partner state is one of these (e.g. `feels_heard`). */
  partnerState: z.array(id).min(1).optional(),
  /** At least this many learner turns have been taken, counting this one. */
  minTurn: z.number().int().min(1).optional(),
});

/** A way out of a beat: the first branch whose `when` holds is taken. */
export const branchSchema = z.strictObject({
  when: conditionSchema.default({}),
  /** A beat id or an ending id. */
  to: id,
  /** Meter changes on top of the skill machine's own, e.g. `{ heard: 10 }`. */
  effects: z.record(id, z.number().min(-100).max(100)).optional(),
  /** What the partner says in reaction before the next beat's line (variants). */
  say: z.array(text).min(1).optional(),
});

/** Hints climb a ladder: a nudge, then the skill by name, then a model reply. */
export const hintLadderSchema = z.strictObject({
  nudge: text,
  skill: text,
  model: text,
});

/** Authored feedback that replaces the default text for a feedback code. */
export const feedbackOverrideSchema = z.strictObject({
  message: text.optional(),
  why: text.optional(),
  tryInstead: text.optional(),
});

/** One step of the conversation: the partner speaks, the learner replies, a branch is taken. */
export const beatSchema = z.strictObject({
  /** What the partner says on entering the beat (variants). */
  partner: variants,
  hints: hintLadderSchema,
  /** Branches in order; the first that holds is taken. */
  on: z.array(branchSchema).min(1, 'a beat needs at least one branch'),
  /** What the partner says when no branch is taken and the beat repeats (variants). */
  stay: variants.optional(),
  /** Feedback text for this beat, keyed by feedback code. */
  feedback: z.record(id, feedbackOverrideSchema).optional(),
});

/** How a scenario can end. */
export const endingSchema = z.strictObject({
  kind: z.enum(['success', 'other']),
  /** The partner's closing line (variants). */
  partner: variants,
  /** What the learner is told, e.g. "Maya felt heard." */
  message: text,
});

/** The simulated partner. */
export const personaSchema = z.strictObject({
  name: text,
  pronouns: z.string().regex(/^[a-z]+\/[a-z]+$/, 'write pronouns like "she/her"'),
  /** Who they are to the learner, e.g. "your wife of six years". */
  relationship: text,
  age: z.number().int().min(16).max(110).optional(),
});

/** A practice scenario, format version 1. */
export const scenarioSchema = z.strictObject({
  /** Editors use this to find the JSON Schema; ignored by the engine. */
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
  id,
  title: text,
  summary: text,
  /** The skills practised; the first drives the partner (its skill machine). */
  skills: z.array(skillId).min(1),
  difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
  persona: personaSchema,
  /** The situation, told to the learner before they start. */
  setting: text,
  /** What the learner is trying to do. */
  goal: text,
  /** Meters by id; the skill machine's meters (e.g. `heard`, `tension`) get their initial values here. */
  meters: z.record(id, meterSchema).default({}),
  /**
   * For `urge-to-fix`: what the partner wants once asked — just to be listened to, help thinking it
   * through, or chosen by the session's seed.
   */
  partnerWants: z.enum(['listen', 'help', 'seeded']).optional(),
  /** The first beat. */
  start: id,
  beats: z.record(id, beatSchema),
  endings: z.record(id, endingSchema),
  /** The session ends (ending `timeout` if defined, else the first `other` ending) after this many replies. */
  maxTurns: z.number().int().min(1).max(200),
  /** Feedback text for the whole scenario, keyed by feedback code. */
  feedback: z.record(id, feedbackOverrideSchema).optional(),
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

/**
 * "I"-statement conflict repair: the partner raises a complaint. Blame, contempt, defensiveness and
 * stonewalling raise tension toward flooding, where the only good move is a break with a time to come back;
 * "I"-statements, repair and validation de-escalate; a specific request, once things have softened, closes
 * the loop.
 */
import { and, assign, not, setup } from 'xstate';
import type { MoveId } from '../analysis/types';
import {
  applyMoveEffects,
  clampMeter,
  hasAny,
  initialMeters,
  type MoveEffects,
  type ReplyAnalyzedEvent,
  replyText,
  type SkillContext,
  type SkillInput,
} from './shared';

/** Meters of the conflict-repair partner and where they start. */
export const CONFLICT_REPAIR_METERS = { tension: 60, trust: 40 } as const;

/** `tension` levels: flooded at or above `flooded`; softened at or below `softened`. */
export const CONFLICT_REPAIR_THRESHOLDS = {
  flooded: 85,
  softened: 45,
  resolvable: 50,
  afterBreak: 50,
} as const;

/** How each move changes the meters, once per reply. */
export const CONFLICT_REPAIR_EFFECTS: MoveEffects = {
  i_statement: { tension: -15, trust: 8 },
  repair: { tension: -18, trust: 10 },
  validation: { tension: -12, trust: 6 },
  reflection: { tension: -12, trust: 6 },
  owns_feeling: { tension: -6, trust: 3 },
  open_question: { tension: -5, trust: 3 },
  request: { tension: -5, trust: 4 },
  respects_pace: { tension: -6, trust: 3 },
  appreciation_specific: { tension: -8, trust: 6 },
  affection: { tension: -4, trust: 2 },
  blame: { tension: 18, trust: -10 },
  contempt: { tension: 25, trust: -15 },
  defensiveness: { tension: 15, trust: -8 },
  stonewalling: { tension: 15, trust: -10 },
  pressure: { tension: 10, trust: -5 },
  minimizing: { tension: 12, trust: -6 },
  advice: { tension: 5, trust: -2 },
  self_focus: { tension: 6, trust: -3 },
};

/** The four horsemen and their cousins: moves that escalate a conflict. */
export const ESCALATING_MOVES: readonly MoveId[] = [
  'blame',
  'contempt',
  'defensiveness',
  'stonewalling',
  'pressure',
  'minimizing',
];

/** Moves that calm a conflict down. */
export const DE_ESCALATING_MOVES: readonly MoveId[] = [
  'i_statement',
  'repair',
  'validation',
  'reflection',
  'owns_feeling',
  'respects_pace',
  'appreciation_specific',
];

/** The partner's mood in words, by state. */
export const CONFLICT_REPAIR_MOODS = {
  tense: 'hurt and on edge',
  escalating: 'getting heated',
  flooded: 'flooded',
  on_break: 'taking a breather',
  softening: 'softening',
  resolved: 'reconnected',
} as const;

const BREAK_WORDS =
  /\b(?:break|pause|breather|time[- ]?out|step away|step back|cool (?:down|off)|breathe)\b/i;
const RETURN_TIME =
  /\b(?:\d+|a few|few|five|ten|fifteen|twenty|thirty|forty|an?|half an?)[\s-]*(?:min(?:ute)?s?|hours?|hrs?)\b|\b(?:tonight|tomorrow|this (?:evening|afternoon)|after (?:dinner|lunch|work|the kids|a walk)|later (?:today|tonight)|in the morning|at \d{1,2}(?::\d\d)?(?:\s?[ap]m)?|come back (?:to (?:this|it) )?(?:at|after|in|tonight|tomorrow))\b/i;

/**
 * Whether a reply calls a break with a time to come back ("Can we take twenty minutes and come back to this
 * after dinner?"). A break with no way back ("I'm done talking") is stonewalling, not a break.
 * @example
 * const text = 'Can we take a 20-minute break and come back at eight?';
 * callsBreakWithReturn({ type: 'reply.analyzed', analysis: analyze(text), text }); // true
 */
export function callsBreakWithReturn(event: ReplyAnalyzedEvent): boolean {
  const text = replyText(event);
  return (
    hasAny(event.analysis, ['request', 'respects_pace', 'owns_feeling', 'repair']) &&
    BREAK_WORDS.test(text) &&
    RETURN_TIME.test(text)
  );
}

type Args = { context: SkillContext; event: ReplyAnalyzedEvent };

/** A flooded partner cannot take in de-escalation: only escalation still moves the meters. */
const tensionAfter = ({ context, event }: Args): number => {
  const flooded = (context.meters.tension ?? 0) >= CONFLICT_REPAIR_THRESHOLDS.flooded;
  return (
    applyMoveEffects(context.meters, event.analysis, CONFLICT_REPAIR_EFFECTS, (_move, meter, delta) =>
      flooded && meter === 'tension' && delta < 0 ? 0 : delta,
    ).tension ?? 0
  );
};

/**
 * The conflict-repair partner. Send it `{ type: 'reply.analyzed', analysis, text }` for each learner reply
 * (`text` lets it recognise a break with a time to come back).
 * @example
 * const actor = createActor(conflictRepairMachine).start();
 * actor.send({ type: 'reply.analyzed', analysis: analyze('I feel hurt when plans change last minute.') });
 * actor.getSnapshot().value; // "tense" or "softening", depending on tension
 */
export const conflictRepairMachine = setup({
  types: {
    context: {} as SkillContext,
    events: {} as ReplyAnalyzedEvent,
    input: {} as SkillInput | undefined,
  },
  guards: {
    escalates: ({ event }) => hasAny(event.analysis, ESCALATING_MOVES),
    deEscalates: ({ event }) => hasAny(event.analysis, DE_ESCALATING_MOVES),
    requests: ({ event }) => hasAny(event.analysis, ['request']),
    callsBreak: ({ event }) => callsBreakWithReturn(event),
    floods: (args) => tensionAfter(args) >= CONFLICT_REPAIR_THRESHOLDS.flooded,
    softens: (args) => tensionAfter(args) <= CONFLICT_REPAIR_THRESHOLDS.softened,
    resolvable: (args) => tensionAfter(args) <= CONFLICT_REPAIR_THRESHOLDS.resolvable,
  },
  actions: {
    react: assign(({ context, event }) => {
      const flooded = (context.meters.tension ?? 0) >= CONFLICT_REPAIR_THRESHOLDS.flooded;
      return {
        meters: applyMoveEffects(
          context.meters,
          event.analysis,
          CONFLICT_REPAIR_EFFECTS,
          (_m, meter, delta) => (flooded && meter === 'tension' && delta < 0 ? 0 : delta),
        ),
        turn: context.turn + 1,
        lastMoves: event.analysis.moves.map((m) => m.id),
      };
    }),
    // A break with a time to come back lets the body calm down; the partner returns less flooded.
    takeBreak: assign(({ context }) => ({
      meters: {
        ...context.meters,
        tension: clampMeter(Math.min(context.meters.tension ?? 0, CONFLICT_REPAIR_THRESHOLDS.afterBreak)),
        trust: clampMeter((context.meters.trust ?? 0) + 5),
      },
    })),
    setMood: assign((_, params: { mood: string }) => ({ mood: params.mood })),
  },
}).createMachine({
  id: 'conflictRepair',
  context: ({ input }) => ({
    meters: initialMeters(CONFLICT_REPAIR_METERS, input?.meters),
    mood: CONFLICT_REPAIR_MOODS.tense,
    turn: 0,
    lastMoves: [],
  }),
  initial: 'tense',
  states: {
    tense: {
      entry: { type: 'setMood', params: { mood: CONFLICT_REPAIR_MOODS.tense } },
      on: {
        'reply.analyzed': [
          { guard: 'floods', target: 'flooded', actions: 'react' },
          { guard: 'escalates', target: 'escalating', actions: 'react' },
          { guard: and(['requests', 'resolvable', 'deEscalates']), target: 'resolved', actions: 'react' },
          { guard: and(['deEscalates', 'softens']), target: 'softening', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    escalating: {
      entry: { type: 'setMood', params: { mood: CONFLICT_REPAIR_MOODS.escalating } },
      on: {
        'reply.analyzed': [
          { guard: 'floods', target: 'flooded', actions: 'react' },
          { guard: and(['deEscalates', not('escalates'), 'softens']), target: 'softening', actions: 'react' },
          { guard: and(['deEscalates', not('escalates')]), target: 'tense', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    flooded: {
      entry: { type: 'setMood', params: { mood: CONFLICT_REPAIR_MOODS.flooded } },
      on: {
        // Flooded, nothing lands but a break with a time to come back.
        'reply.analyzed': [
          { guard: 'callsBreak', target: 'on_break', actions: ['react', 'takeBreak'] },
          { actions: 'react' },
        ],
      },
    },
    on_break: {
      entry: { type: 'setMood', params: { mood: CONFLICT_REPAIR_MOODS.on_break } },
      on: {
        'reply.analyzed': [
          { guard: 'floods', target: 'flooded', actions: 'react' },
          { guard: 'escalates', target: 'escalating', actions: 'react' },
          { guard: and(['deEscalates', 'softens']), target: 'softening', actions: 'react' },
          { target: 'tense', actions: 'react' },
        ],
      },
    },
    softening: {
      entry: { type: 'setMood', params: { mood: CONFLICT_REPAIR_MOODS.softening } },
      on: {
        'reply.analyzed': [
          { guard: 'floods', target: 'flooded', actions: 'react' },
          { guard: 'escalates', target: 'escalating', actions: 'react' },
          { guard: and(['requests', 'resolvable']), target: 'resolved', actions: 'react' },
          { guard: not('softens'), target: 'tense', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    resolved: {
      entry: { type: 'setMood', params: { mood: CONFLICT_REPAIR_MOODS.resolved } },
      on: {
        'reply.analyzed': [
          { guard: 'escalates', target: 'escalating', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
  },
});

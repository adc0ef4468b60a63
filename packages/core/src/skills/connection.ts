/**
 * Connection: the everyday moves that build closeness — naming your own feeling, specific appreciation,
 * questions that go deeper, non-sexual affection, giving the partner time. The partner starts distant,
 * warms as the learner opens up or turns toward them, and feels connected once closeness is high; blame,
 * contempt, pressure, minimizing or shutting down hurt them, and it takes a repair to come back from that.
 */
import { and, assign, not, setup } from 'xstate';
import type { MoveId } from '../analysis/types';
import {
  applyMoveEffects,
  hasAny,
  initialMeters,
  type MoveEffects,
  type ReplyAnalyzedEvent,
  type SkillContext,
  type SkillInput,
} from './shared';

/** Meters of the connection partner and where they start. */
export const CONNECTION_METERS = { closeness: 25, trust: 50 } as const;

/** `closeness` levels at which the partner warms and feels connected. */
export const CONNECTION_THRESHOLDS = { warming: 45, connected: 70 } as const;

/** How each move changes the meters, once per reply. */
export const CONNECTION_EFFECTS: MoveEffects = {
  owns_feeling: { closeness: 15, trust: 5 },
  i_statement: { closeness: 12, trust: 5 },
  appreciation_specific: { closeness: 18, trust: 5 },
  appreciation_generic: { closeness: 4 },
  affection: { closeness: 12, trust: 4 },
  open_question: { closeness: 12, trust: 3 },
  reflection: { closeness: 12, trust: 4 },
  validation: { closeness: 10, trust: 4 },
  respects_pace: { closeness: 10, trust: 6 },
  asks_need: { closeness: 8, trust: 3 },
  repair: { closeness: 10, trust: 8 },
  request: { closeness: 6, trust: 2 },
  closed_question: { closeness: 2 },
  advice: { closeness: -6, trust: -2 },
  self_focus: { closeness: -8, trust: -3 },
  defensiveness: { closeness: -10, trust: -6 },
  minimizing: { closeness: -15, trust: -8 },
  pressure: { closeness: -12, trust: -8 },
  stonewalling: { closeness: -15, trust: -10 },
  blame: { closeness: -20, trust: -12 },
  contempt: { closeness: -25, trust: -15 },
};

/** Moves that hurt a partner who is trying to get close. */
export const HURTFUL_MOVES: readonly MoveId[] = [
  'blame',
  'contempt',
  'pressure',
  'minimizing',
  'stonewalling',
  'defensiveness',
];

/** Moves that turn toward the partner. */
export const TURNING_TOWARD_MOVES: readonly MoveId[] = [
  'owns_feeling',
  'i_statement',
  'appreciation_specific',
  'affection',
  'open_question',
  'reflection',
  'validation',
  'respects_pace',
  'asks_need',
];

/** The partner's mood in words, by state. */
export const CONNECTION_MOODS = {
  distant: 'distant',
  warming: 'warming up',
  connected: 'connected',
  hurt: 'hurt',
} as const;

type Args = { context: SkillContext; event: ReplyAnalyzedEvent };
const closenessAfter = ({ context, event }: Args): number =>
  applyMoveEffects(context.meters, event.analysis, CONNECTION_EFFECTS).closeness ?? 0;

/**
 * The connection partner. Send it `{ type: 'reply.analyzed', analysis }` for each learner reply;
 * read `snapshot.value` (partner state), `context.meters` and `context.mood`.
 * @example
 * const actor = createActor(connectionMachine, { input: { meters: { closeness: 40 } } }).start();
 * actor.send({ type: 'reply.analyzed', analysis: analyze('I felt really proud of you tonight.') });
 * actor.getSnapshot().context.mood; // "warming up"
 */
export const connectionMachine = setup({
  types: {
    context: {} as SkillContext,
    events: {} as ReplyAnalyzedEvent,
    input: {} as SkillInput | undefined,
  },
  guards: {
    hurts: ({ event }) => hasAny(event.analysis, HURTFUL_MOVES),
    turnsToward: ({ event }) => hasAny(event.analysis, TURNING_TOWARD_MOVES),
    repairs: ({ event }) => hasAny(event.analysis, ['repair']),
    reachesConnected: (args) => closenessAfter(args) >= CONNECTION_THRESHOLDS.connected,
    reachesWarming: (args) => closenessAfter(args) >= CONNECTION_THRESHOLDS.warming,
  },
  actions: {
    react: assign(({ context, event }) => ({
      meters: applyMoveEffects(context.meters, event.analysis, CONNECTION_EFFECTS),
      turn: context.turn + 1,
      lastMoves: event.analysis.moves.map((m) => m.id),
    })),
    setMood: assign((_, params: { mood: string }) => ({ mood: params.mood })),
  },
}).createMachine({
  id: 'connection',
  context: ({ input }) => ({
    meters: initialMeters(CONNECTION_METERS, input?.meters),
    mood: CONNECTION_MOODS.distant,
    turn: 0,
    lastMoves: [],
  }),
  initial: 'distant',
  states: {
    distant: {
      entry: { type: 'setMood', params: { mood: CONNECTION_MOODS.distant } },
      on: {
        'reply.analyzed': [
          { guard: 'hurts', target: 'hurt', actions: 'react' },
          { guard: 'reachesConnected', target: 'connected', actions: 'react' },
          { guard: 'reachesWarming', target: 'warming', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    warming: {
      entry: { type: 'setMood', params: { mood: CONNECTION_MOODS.warming } },
      on: {
        'reply.analyzed': [
          { guard: 'hurts', target: 'hurt', actions: 'react' },
          { guard: 'reachesConnected', target: 'connected', actions: 'react' },
          { guard: not('reachesWarming'), target: 'distant', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    connected: {
      entry: { type: 'setMood', params: { mood: CONNECTION_MOODS.connected } },
      on: {
        'reply.analyzed': [
          { guard: 'hurts', target: 'hurt', actions: 'react' },
          { guard: not('reachesConnected'), target: 'warming', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    hurt: {
      entry: { type: 'setMood', params: { mood: CONNECTION_MOODS.hurt } },
      on: {
        // After a hurt, warmth alone does not undo it: it takes owning the hurt (a repair).
        'reply.analyzed': [
          { guard: and(['repairs', not('hurts'), 'reachesWarming']), target: 'warming', actions: 'react' },
          { guard: and(['repairs', not('hurts')]), target: 'distant', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
  },
});

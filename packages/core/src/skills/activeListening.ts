/**
 * Active listening: the partner shares something hard. Reflections, validation and open questions raise
 * how heard they feel and move them from guarded → opening up → feels heard; advice, minimizing and
 * self-focus leave them dismissed, and a second brush-off makes them pull back; a repair brings them back.
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

/** Meters of the active-listening partner and where they start. */
export const ACTIVE_LISTENING_METERS = { heard: 20, trust: 50 } as const;

/** `heard` levels at which the partner opens up and feels heard. */
export const ACTIVE_LISTENING_THRESHOLDS = { openingUp: 45, feelsHeard: 70 } as const;

/** How each move changes the meters, once per reply. */
export const ACTIVE_LISTENING_EFFECTS: MoveEffects = {
  reflection: { heard: 18, trust: 5 },
  validation: { heard: 14, trust: 4 },
  open_question: { heard: 10, trust: 3 },
  asks_need: { heard: 10, trust: 4 },
  respects_pace: { heard: 8, trust: 5 },
  repair: { heard: 10, trust: 8 },
  affection: { heard: 5, trust: 3 },
  appreciation_specific: { heard: 5, trust: 3 },
  closed_question: { heard: 3 },
  owns_feeling: { heard: 2 },
  advice: { heard: -12, trust: -5 },
  minimizing: { heard: -20, trust: -10 },
  self_focus: { heard: -15, trust: -5 },
  pressure: { heard: -12, trust: -8 },
  blame: { heard: -20, trust: -12 },
  contempt: { heard: -25, trust: -15 },
  defensiveness: { heard: -12, trust: -6 },
  stonewalling: { heard: -15, trust: -10 },
};

/** Moves that leave a sharing partner feeling dismissed. */
export const DISMISSIVE_MOVES: readonly MoveId[] = [
  'advice',
  'minimizing',
  'self_focus',
  'pressure',
  'blame',
  'contempt',
  'defensiveness',
  'stonewalling',
];

/** Moves that show the partner they are being listened to. */
export const ATTUNED_MOVES: readonly MoveId[] = [
  'reflection',
  'validation',
  'open_question',
  'asks_need',
  'respects_pace',
];

/** The partner's mood in words, by state. */
export const ACTIVE_LISTENING_MOODS = {
  guarded: 'guarded',
  opening_up: 'opening up',
  feels_heard: 'feels heard',
  dismissed: 'dismissed',
  pulled_back: 'pulled back',
} as const;

type Args = { context: SkillContext; event: ReplyAnalyzedEvent };
const heardAfter = ({ context, event }: Args): number =>
  applyMoveEffects(context.meters, event.analysis, ACTIVE_LISTENING_EFFECTS).heard ?? 0;

/**
 * The active-listening partner. Send it `{ type: 'reply.analyzed', analysis }` for each learner reply;
 * read `snapshot.value` (partner state), `context.meters` and `context.mood`.
 * @example
 * const actor = createActor(activeListeningMachine, { input: { meters: { heard: 30 } } }).start();
 * actor.send({ type: 'reply.analyzed', analysis: analyze("It sounds like you're exhausted.") });
 * actor.getSnapshot().context.mood; // "opening up"
 */
export const activeListeningMachine = setup({
  types: {
    context: {} as SkillContext,
    events: {} as ReplyAnalyzedEvent,
    input: {} as SkillInput | undefined,
  },
  guards: {
    dismisses: ({ event }) => hasAny(event.analysis, DISMISSIVE_MOVES),
    attunes: ({ event }) => hasAny(event.analysis, ATTUNED_MOVES),
    repairs: ({ event }) => hasAny(event.analysis, ['repair', 'respects_pace']),
    reachesFeelsHeard: (args) => heardAfter(args) >= ACTIVE_LISTENING_THRESHOLDS.feelsHeard,
    reachesOpeningUp: (args) => heardAfter(args) >= ACTIVE_LISTENING_THRESHOLDS.openingUp,
  },
  actions: {
    react: assign(({ context, event }) => ({
      meters: applyMoveEffects(context.meters, event.analysis, ACTIVE_LISTENING_EFFECTS),
      turn: context.turn + 1,
      lastMoves: event.analysis.moves.map((m) => m.id),
    })),
    setMood: assign((_, params: { mood: string }) => ({ mood: params.mood })),
  },
}).createMachine({
  id: 'activeListening',
  context: ({ input }) => ({
    meters: initialMeters(ACTIVE_LISTENING_METERS, input?.meters),
    mood: ACTIVE_LISTENING_MOODS.guarded,
    turn: 0,
    lastMoves: [],
  }),
  initial: 'guarded',
  states: {
    guarded: {
      entry: { type: 'setMood', params: { mood: ACTIVE_LISTENING_MOODS.guarded } },
      on: {
        'reply.analyzed': [
          { guard: 'dismisses', target: 'dismissed', actions: 'react' },
          { guard: 'reachesFeelsHeard', target: 'feels_heard', actions: 'react' },
          { guard: 'reachesOpeningUp', target: 'opening_up', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    opening_up: {
      entry: { type: 'setMood', params: { mood: ACTIVE_LISTENING_MOODS.opening_up } },
      on: {
        'reply.analyzed': [
          { guard: 'dismisses', target: 'dismissed', actions: 'react' },
          { guard: 'reachesFeelsHeard', target: 'feels_heard', actions: 'react' },
          { guard: not('reachesOpeningUp'), target: 'guarded', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    feels_heard: {
      entry: { type: 'setMood', params: { mood: ACTIVE_LISTENING_MOODS.feels_heard } },
      on: {
        'reply.analyzed': [
          { guard: 'dismisses', target: 'dismissed', actions: 'react' },
          { guard: not('reachesFeelsHeard'), target: 'opening_up', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    dismissed: {
      entry: { type: 'setMood', params: { mood: ACTIVE_LISTENING_MOODS.dismissed } },
      on: {
        'reply.analyzed': [
          { guard: 'dismisses', target: 'pulled_back', actions: 'react' },
          { guard: and(['attunes', 'reachesOpeningUp']), target: 'opening_up', actions: 'react' },
          { guard: 'attunes', target: 'guarded', actions: 'react' },
          { guard: 'repairs', target: 'guarded', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    pulled_back: {
      entry: { type: 'setMood', params: { mood: ACTIVE_LISTENING_MOODS.pulled_back } },
      on: {
        // Once the partner has pulled back, listening alone is not enough: it takes a repair.
        'reply.analyzed': [
          { guard: and(['repairs', not('dismisses')]), target: 'guarded', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
  },
});

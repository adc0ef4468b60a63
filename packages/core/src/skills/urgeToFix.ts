/**
 * Resisting the urge to fix: the partner vents. Advice before they ask for it lands badly (they feel
 * unheard); asking what they need lets them choose "just listen" or "help me think" (decided by the input or
 * the seed); once invited, advice is welcome.
 */
import { and, assign, not, setup } from 'xstate';
import type { MoveId } from '../analysis/types';
import {
  applyMoveEffects,
  hasAny,
  initialMeters,
  type MoveEffects,
  type PartnerWants,
  type ReplyAnalyzedEvent,
  type SkillContext,
  type SkillInput,
} from './shared';

/** Meters of the urge-to-fix partner and where they start. */
export const URGE_TO_FIX_METERS = { heard: 20, trust: 50 } as const;

/** `heard` at or above which the partner feels supported. */
export const URGE_TO_FIX_THRESHOLDS = { supported: 75 } as const;

/** How each move changes the meters, once per reply (advice: see `INVITED_ADVICE_EFFECTS`). */
export const URGE_TO_FIX_EFFECTS: MoveEffects = {
  reflection: { heard: 18, trust: 5 },
  validation: { heard: 14, trust: 4 },
  open_question: { heard: 10, trust: 3 },
  asks_need: { heard: 15, trust: 8 },
  respects_pace: { heard: 8, trust: 4 },
  repair: { heard: 10, trust: 8 },
  affection: { heard: 5, trust: 3 },
  closed_question: { heard: 2 },
  advice: { heard: -15, trust: -8 },
  minimizing: { heard: -20, trust: -10 },
  self_focus: { heard: -12, trust: -5 },
  pressure: { heard: -10, trust: -6 },
  blame: { heard: -20, trust: -12 },
  contempt: { heard: -25, trust: -15 },
  defensiveness: { heard: -10, trust: -6 },
  stonewalling: { heard: -15, trust: -10 },
};

/** Advice after the partner asked for help thinking it through. */
export const INVITED_ADVICE_EFFECTS: MoveEffects = {
  ...URGE_TO_FIX_EFFECTS,
  advice: { heard: 15, trust: 6 },
};

/** Moves that try to fix (or wave away) the problem instead of hearing it. */
export const FIXING_MOVES: readonly MoveId[] = ['advice', 'minimizing'];

/** Moves that stay with the partner's experience. */
export const LISTENING_MOVES: readonly MoveId[] = [
  'reflection',
  'validation',
  'open_question',
  'respects_pace',
];

/** Moves that hurt however the partner feels. */
const HURTFUL_MOVES: readonly MoveId[] = ['minimizing', 'blame', 'contempt', 'self_focus', 'pressure'];

/** The partner's mood in words, by state. */
export const URGE_TO_FIX_MOODS = {
  venting: 'venting',
  unheard: 'unheard',
  wants_listening: 'wants you to listen',
  wants_help: 'open to ideas',
  supported: 'supported',
} as const;

/**
 * The partner's choice when the input does not make it: even seeds listen, odd seeds want help.
 * @example
 * seededWants(7); // 'help'
 */
export function seededWants(seed: number | undefined): PartnerWants {
  return ((seed ?? 0) >>> 0) % 2 === 0 ? 'listen' : 'help';
}

type Args = { context: SkillContext; event: ReplyAnalyzedEvent };
const adviceWelcome = (context: SkillContext): boolean => context.asked === true && context.wants === 'help';
const metersAfter = ({ context, event }: Args) =>
  applyMoveEffects(
    context.meters,
    event.analysis,
    adviceWelcome(context) ? INVITED_ADVICE_EFFECTS : URGE_TO_FIX_EFFECTS,
  );

/**
 * The venting partner. Send it `{ type: 'reply.analyzed', analysis }` for each learner reply.
 * @example
 * const actor = createActor(urgeToFixMachine, { input: { partnerWants: 'help' } }).start();
 * actor.send({ type: 'reply.analyzed', analysis: analyze('Do you want advice, or should I just listen?') });
 * actor.getSnapshot().value; // "wants_help"
 */
export const urgeToFixMachine = setup({
  types: {
    context: {} as SkillContext,
    events: {} as ReplyAnalyzedEvent,
    input: {} as SkillInput | undefined,
  },
  guards: {
    asksNeed: ({ event }) => hasAny(event.analysis, ['asks_need']),
    fixes: ({ event }) => hasAny(event.analysis, FIXING_MOVES),
    hurts: ({ event }) => hasAny(event.analysis, HURTFUL_MOVES),
    listens: ({ event }) => hasAny(event.analysis, LISTENING_MOVES),
    repairs: ({ event }) => hasAny(event.analysis, ['repair']),
    wantsHelp: ({ context }) => context.wants === 'help',
    feelsSupported: (args) => (metersAfter(args).heard ?? 0) >= URGE_TO_FIX_THRESHOLDS.supported,
  },
  actions: {
    react: assign(({ context, event }) => ({
      meters: metersAfter({ context, event }),
      turn: context.turn + 1,
      lastMoves: event.analysis.moves.map((m) => m.id),
    })),
    markAsked: assign({ asked: true }),
    setMood: assign((_, params: { mood: string }) => ({ mood: params.mood })),
  },
}).createMachine({
  id: 'urgeToFix',
  context: ({ input }) => ({
    meters: initialMeters(URGE_TO_FIX_METERS, input?.meters),
    mood: URGE_TO_FIX_MOODS.venting,
    turn: 0,
    lastMoves: [],
    wants: input?.partnerWants ?? seededWants(input?.seed),
    asked: false,
  }),
  initial: 'venting',
  states: {
    venting: {
      entry: { type: 'setMood', params: { mood: URGE_TO_FIX_MOODS.venting } },
      on: {
        'reply.analyzed': [
          { guard: 'fixes', target: 'unheard', actions: 'react' },
          { guard: and(['asksNeed', 'wantsHelp']), target: 'wants_help', actions: ['markAsked', 'react'] },
          { guard: 'asksNeed', target: 'wants_listening', actions: ['markAsked', 'react'] },
          { guard: 'hurts', target: 'unheard', actions: 'react' },
          { guard: 'feelsSupported', target: 'supported', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    unheard: {
      entry: { type: 'setMood', params: { mood: URGE_TO_FIX_MOODS.unheard } },
      on: {
        'reply.analyzed': [
          // Asking what they need is itself the repair for jumping in too soon.
          {
            guard: and(['asksNeed', not('fixes'), 'wantsHelp']),
            target: 'wants_help',
            actions: ['markAsked', 'react'],
          },
          {
            guard: and(['asksNeed', not('fixes')]),
            target: 'wants_listening',
            actions: ['markAsked', 'react'],
          },
          { guard: and(['repairs', not('fixes'), not('hurts')]), target: 'venting', actions: 'react' },
          { guard: and(['listens', not('fixes'), not('hurts')]), target: 'venting', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    wants_listening: {
      entry: { type: 'setMood', params: { mood: URGE_TO_FIX_MOODS.wants_listening } },
      on: {
        'reply.analyzed': [
          { guard: 'fixes', target: 'unheard', actions: 'react' },
          { guard: 'hurts', target: 'unheard', actions: 'react' },
          { guard: 'feelsSupported', target: 'supported', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    wants_help: {
      entry: { type: 'setMood', params: { mood: URGE_TO_FIX_MOODS.wants_help } },
      on: {
        'reply.analyzed': [
          { guard: 'hurts', target: 'unheard', actions: 'react' },
          { guard: 'feelsSupported', target: 'supported', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
    supported: {
      entry: { type: 'setMood', params: { mood: URGE_TO_FIX_MOODS.supported } },
      on: {
        'reply.analyzed': [
          { guard: 'hurts', target: 'unheard', actions: 'react' },
          { guard: and(['fixes', not('wantsHelp')]), target: 'unheard', actions: 'react' },
          { actions: 'react' },
        ],
      },
    },
  },
});

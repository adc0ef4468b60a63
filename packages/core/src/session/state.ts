/** The session machine's context: what `SessionContext` promises, plus what the engine needs to continue. */
import type { Analysis } from '../analysis/types';
import type { SkillId } from '../skills/ids';
import type { SkillContext } from '../skills/shared';
import type { SessionContext } from './types';

/** The save format this version writes. Bump it when the context shape changes incompatibly. */
export const SAVE_FORMAT_VERSION = 1;
/** The oldest save format this version can still read. */
export const MIN_SAVE_FORMAT_VERSION = 1;

/** The skill machine's state, embedded as plain data so the session stays one JSON-serialisable snapshot. */
export interface SkillState {
  readonly id: SkillId;
  /** The skill machine's state, e.g. `'opening_up'` — what `partnerState` conditions match. */
  readonly value: string;
  readonly context: SkillContext;
}

/** Everything a session was before a reply, so `learner.retry` can restore it exactly. */
export type SessionCheckpoint = Omit<
  SessionState,
  'transcript' | 'replies' | 'history' | 'pending' | 'notice'
> & {
  readonly transcriptLength: number;
  readonly repliesLength: number;
};

/** A reply waiting for an asynchronous analyzer. */
export interface PendingReply {
  readonly text: string;
  /** Finds the in-flight analysis in this process; after a restore the reply is analysed again. */
  readonly key: string;
  readonly partnerLine?: string;
}

/** The full context of a session machine snapshot. */
export interface SessionState extends SessionContext {
  readonly saveFormat: number;
  /** The scenario's skills; the first drives the partner. */
  readonly skills: readonly SkillId[];
  readonly seed: number;
  /** The PRNG state (mulberry32) that picks partner variants. */
  readonly rng: number;
  readonly skill: SkillState;
  /** Checkpoints before each reply, newest last (for `learner.retry`). */
  readonly history: readonly SessionCheckpoint[];
  readonly pending: PendingReply | null;
}

/** A learner reply and what the analyzer made of it (and of the partner line it answers). */
export interface AnalyzedReply {
  readonly text: string;
  readonly analysis: Analysis;
  readonly partnerAnalysis?: Analysis;
}

/** Why an event was refused; shown to the learner as `context.notice`. */
export const NOTICES = {
  emptyReply: "Write a reply first — an empty message doesn't use a turn.",
  ended: 'The conversation has ended. Start a new session, or use retry to take back your last reply.',
  safety:
    'Role-play has stopped so you can look after yourself. Please see the message above for where to find help.',
  busy: 'Still thinking about your last reply — one moment.',
  nothingToRetry: 'There is no reply to take back yet.',
  noMoreHints: "That's every hint for this moment. Try the model reply in your own words.",
  analyzerFailed: 'Your reply could not be analysed, so it did not use a turn. Please try again.',
} as const;

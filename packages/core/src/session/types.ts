import type { Analysis, MoveId } from '../analysis/types';
import type { FeedbackItem } from '../feedback/types';
import type { SkillId } from '../skills/ids';

/** A line of the conversation. */
export interface TranscriptLine {
  readonly speaker: 'partner' | 'learner';
  readonly text: string;
}

/** How a session ended; `null` while it is still going. */
export type SessionOutcome = null | 'succeeded' | 'ended' | 'safety';

/** The partner as the learner sees them. */
export interface PartnerView {
  readonly name: string;
  /** The partner's mood in words, e.g. "guarded", "opening up", "feels heard", "flooded". */
  readonly mood: string;
}

/** The safety message shown when crisis language ends role-play. */
export interface SafetyMessage {
  readonly title: string;
  readonly message: string;
  readonly resources: readonly { readonly name: string; readonly contact: string; readonly note?: string }[];
}

/** Everything a UI needs to render a session. The snapshot is the single source of truth. */
export interface SessionContext {
  readonly scenarioId: string;
  readonly transcript: readonly TranscriptLine[];
  /** Feedback for the latest learner reply (empty before the first). */
  readonly feedback: readonly FeedbackItem[];
  readonly meters: Readonly<Record<string, number>>;
  readonly partner: PartnerView;
  readonly outcome: SessionOutcome;
  /** The current beat id (or the ending id once ended). */
  readonly beat: string;
  /** Learner replies taken so far. */
  readonly turn: number;
  /** Hints revealed on the current beat, in ladder order (nudge, skill, model). */
  readonly hints: readonly string[];
  /** Set when the session has ended: the ending's message, or the safety message's. */
  readonly endMessage: string | null;
  readonly safety: SafetyMessage | null;
  /** Why the last event was refused (e.g. "the session has ended"), or `null`. */
  readonly notice: string | null;
  /** Every learner reply with its analysis, for the summary. */
  readonly replies: readonly {
    readonly text: string;
    readonly analysis: Analysis;
    readonly beat: string;
    /** The feedback this reply received (sessions created by `createSession` always fill it). */
    readonly feedback?: readonly FeedbackItem[];
  }[];
}

/** Events a session accepts. */
export type SessionEvent =
  | { readonly type: 'learner.say'; readonly text: string }
  | { readonly type: 'learner.hint' }
  | { readonly type: 'learner.retry' };

/** End-of-session summary. */
export interface SessionSummary {
  readonly scenarioId: string;
  readonly outcome: SessionOutcome;
  /** 0..100 per skill practised. */
  readonly scores: Readonly<Partial<Record<SkillId, number>>>;
  readonly strengths: readonly { readonly move: MoveId; readonly quote: string; readonly note: string }[];
  readonly growth: readonly {
    readonly move: MoveId;
    readonly quote: string;
    readonly note: string;
    readonly tryInstead?: string;
  }[];
  /** What to practise next, as a skill and a sentence. */
  readonly next: { readonly skill: SkillId; readonly reason: string };
}

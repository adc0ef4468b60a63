import type { Span } from '../analysis/types';

/** How a piece of feedback reads to the learner. */
export type FeedbackSeverity = 'praise' | 'tip' | 'warning';

/** One piece of feedback on the learner's latest reply. */
export interface FeedbackItem {
  /** Stable code from the feedback registry, e.g. `'reflected-feeling'` or `'advice-too-soon'`. */
  readonly code: string;
  readonly severity: FeedbackSeverity;
  /** The message, with the learner's words quoted. */
  readonly message: string;
  /** Why it matters, grounded in the practice. */
  readonly why: string;
  /** The learner's own words this is about, and where they sit in the reply. */
  readonly quote?: { readonly text: string; readonly span: Span };
  /** For a weak reply: a better reply for this moment. */
  readonly tryInstead?: string;
}

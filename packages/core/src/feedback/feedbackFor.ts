import type { Analysis, FeelingHit, MoveHit } from '../analysis/types';
import type { SkillId } from '../skills/ids';
import { FEEDBACK_CODES, type FeedbackCode, renderTemplate } from './registry';
import {
  ACCEPT_INFLUENCE,
  askNeedInstead,
  BREAK_WITH_RETURN,
  iStatementFrom,
  RESPECT_PACE,
  reflectionFrom,
  SHARE_INSTEAD,
  strongestFeeling,
} from './rewrite';
import type { FeedbackItem } from './types';

/** Authored text that replaces a feedback code's default (from a scenario or a beat). */
export interface FeedbackOverride {
  readonly message?: string | undefined;
  readonly why?: string | undefined;
  readonly tryInstead?: string | undefined;
}

/** Everything `feedbackFor` looks at. Only `text` and `analysis` are required. */
export interface FeedbackInput {
  /** The learner's reply. */
  readonly text: string;
  readonly analysis: Analysis;
  /** The partner's line the reply answers, analysed: its feeling words seed the reflection to try instead. */
  readonly partnerAnalysis?: Analysis;
  readonly partnerName?: string;
  /** The skill practised; decides which moves count as weak (e.g. advice in urge-to-fix). */
  readonly skill?: SkillId;
  /** The skill machine's partner state before this reply, e.g. `'flooded'`. */
  readonly partnerState?: string;
  /** Whether the partner has asked for ideas (urge-to-fix after "help me think"). */
  readonly adviceWelcome?: boolean;
  /** Whether this reply calls a break with a time to come back. */
  readonly callsBreak?: boolean;
  /** Authored text by code; beat overrides should be spread over scenario overrides by the caller. */
  readonly overrides?: Readonly<Record<string, FeedbackOverride>>;
}

const FAUX_FEELING = /^\s*i\s+(?:feel|felt)\s+(?:like|that)\b/i;

/** The code for one move hit in this moment, or `null` when the move needs no comment. */
function codeFor(hit: MoveHit, input: FeedbackInput, moves: ReadonlySet<string>): FeedbackCode | null {
  switch (hit.id) {
    case 'reflection':
      return 'reflected-feeling';
    case 'validation':
      return 'validated';
    case 'open_question':
      return 'asked-open-question';
    case 'asks_need':
      return 'asked-what-they-need';
    case 'i_statement':
      return 'used-i-statement';
    case 'request':
      return input.callsBreak ? 'called-a-break' : 'made-specific-request';
    case 'repair':
      return 'repaired';
    case 'appreciation_specific':
      return 'specific-appreciation';
    case 'respects_pace':
      return input.callsBreak ? 'called-a-break' : 'respected-pace';
    case 'affection':
      return 'offered-closeness';
    case 'closed_question':
      return 'closed-question';
    case 'owns_feeling':
      if (moves.has('i_statement') || input.callsBreak) return null;
      // Sharing a feeling is the whole point of a connection moment; in a conflict it wants a situation too.
      return input.skill === 'connection' ? 'named-own-feeling' : 'named-feeling-add-situation';
    case 'appreciation_generic':
      return 'appreciation-too-general';
    case 'advice':
      return input.adviceWelcome ? 'invited-advice' : 'advice-too-soon';
    case 'minimizing':
      return 'minimized';
    case 'self_focus':
      return 'took-the-floor';
    case 'blame':
      return FAUX_FEELING.test(hit.cue) ? 'feeling-as-judgement' : 'blamed';
    case 'contempt':
      return 'contempt';
    case 'defensiveness':
      return 'got-defensive';
    case 'stonewalling':
      return 'stonewalled';
    case 'pressure':
      return 'pressured';
  }
}

/** A better reply for this moment, for weak replies. */
function tryInsteadFor(
  code: FeedbackCode,
  input: FeedbackInput,
  partnerFeelings: readonly FeelingHit[],
): string | undefined {
  switch (code) {
    case 'advice-too-soon':
      return askNeedInstead(partnerFeelings);
    case 'minimized':
    case 'took-the-floor':
    case 'closed-question':
      return reflectionFrom(partnerFeelings);
    case 'no-clear-move':
      return input.skill === 'conflict-repair' ? ACCEPT_INFLUENCE : reflectionFrom(partnerFeelings);
    case 'blamed':
    case 'feeling-as-judgement':
    case 'contempt':
      return iStatementFrom(input.text);
    case 'got-defensive':
      return ACCEPT_INFLUENCE;
    case 'stonewalled':
      // Shutting down needs a way back: a break in a fight, an honest feeling when someone reaches out.
      if (input.skill === 'connection') return SHARE_INSTEAD;
      if (input.skill === 'active-listening' || input.skill === 'urge-to-fix')
        return reflectionFrom(partnerFeelings);
      return BREAK_WITH_RETURN;
    case 'flooded-needs-break':
      return BREAK_WITH_RETURN;
    case 'pressured':
      return RESPECT_PACE;
    default:
      return undefined;
  }
}

/**
 * Feedback on one reply: one item per code, in the order the learner said things, each quoting the
 * learner's words; weak replies get a `tryInstead` built for this moment. Authored overrides replace the
 * default text by code.
 * @example
 * feedbackFor({ text: 'Have you tried HR?', analysis: analyze('Have you tried HR?'), skill: 'urge-to-fix' });
 * // [{ code: 'advice-too-soon', severity: 'warning', message: '"Have you tried HR?" jumps to fixing …',
 * //    tryInstead: 'That sounds like a lot. Do you want me to just listen, or help you think it through?' }]
 */
export function feedbackFor(input: FeedbackInput): FeedbackItem[] {
  const partnerFeelings = input.partnerAnalysis?.feelings ?? [];
  const feeling = strongestFeeling(partnerFeelings)?.lemma;
  const moves = new Set<string>(input.analysis.moves.map((m) => m.id));
  const items: FeedbackItem[] = [];
  const seen = new Set<string>();

  const push = (code: FeedbackCode, hit: MoveHit | null) => {
    if (seen.has(code)) return;
    seen.add(code);
    const def = FEEDBACK_CODES[code];
    const override = input.overrides?.[code];
    const values = {
      quote: hit?.cue ?? input.text.trim(),
      partner: input.partnerName ?? 'your partner',
      feeling,
    };
    const tryInstead = override?.tryInstead ?? tryInsteadFor(code, input, partnerFeelings);
    items.push({
      code,
      severity: def.severity,
      message: renderTemplate(override?.message ?? def.message, values),
      why: renderTemplate(override?.why ?? def.why, values),
      ...(hit ? { quote: { text: hit.cue, span: hit.span } } : {}),
      ...(tryInstead !== undefined ? { tryInstead: renderTemplate(tryInstead, values) } : {}),
    });
  };

  for (const hit of input.analysis.moves) {
    const code = codeFor(hit, input, moves);
    if (code) push(code, hit);
  }
  if (input.partnerState === 'flooded' && !input.callsBreak) push('flooded-needs-break', null);
  if (items.length === 0) push('no-clear-move', null);
  return items;
}

import type { MoveId } from '../analysis/types';
import { feedbackFor } from '../feedback/feedbackFor';
import { FEEDBACK_CODES, type FeedbackCodeDefinition } from '../feedback/registry';
import type { FeedbackItem } from '../feedback/types';
import { SKILL_IDS, type SkillId } from '../skills/ids';
import { SKILL_NAMES } from '../skills/names';
import type { SessionContext, SessionSummary } from './types';

const WEIGHT = { praise: 1, tip: -0.3, warning: -1 } as const;
const MAX_ITEMS = 3;

const definitionOf = (item: FeedbackItem): FeedbackCodeDefinition | undefined =>
  (FEEDBACK_CODES as Record<string, FeedbackCodeDefinition>)[item.code];

/**
 * The end-of-session summary: a 0..100 score per skill practised, strengths and growth points quoting the
 * learner, and what to practise next. Takes a session snapshot (live or persisted) or anything with a
 * session `context`.
 *
 * Scores start at 50 and move with the feedback each reply earned for that skill (praise +1, tip −0.3,
 * warning −1, averaged over the replies), plus 10 for reaching a success ending.
 * @example
 * const summary = summarizeSession(session.getSnapshot());
 * summary.scores['active-listening']; // e.g. 82
 * summary.strengths[0]; // { move: 'reflection', quote: "It sounds like you're exhausted", note: '…' }
 */
export function summarizeSession(snapshot: {
  readonly context: SessionContext & { readonly skills?: readonly SkillId[] };
}): SessionSummary {
  const { context } = snapshot;
  const perReply = context.replies.map((reply) => ({
    reply,
    items: reply.feedback ?? feedbackFor({ text: reply.text, analysis: reply.analysis }),
  }));
  const all = perReply.flatMap(({ reply, items }) => items.map((item) => ({ reply, item })));
  const skills: readonly SkillId[] =
    context.skills && context.skills.length > 0
      ? context.skills
      : SKILL_IDS.filter((s) => all.some(({ item }) => definitionOf(item)?.skills.includes(s)));

  const scores: Partial<Record<SkillId, number>> = {};
  if (perReply.length > 0) {
    for (const skill of skills) {
      let points = 0;
      for (const { item } of all)
        if (definitionOf(item)?.skills.includes(skill)) points += WEIGHT[item.severity];
      const bonus = context.outcome === 'succeeded' ? 10 : 0;
      const score = 50 + (45 * points) / Math.max(2, perReply.length) + bonus;
      scores[skill] = Math.max(0, Math.min(100, Math.round(score)));
    }
  }

  const strengths: { move: MoveId; quote: string; note: string }[] = [];
  const growth: { move: MoveId; quote: string; note: string; tryInstead?: string }[] = [];
  const seen = new Set<string>();
  for (const severity of ['praise', 'warning', 'tip'] as const) {
    for (const { reply, item } of all) {
      const move = definitionOf(item)?.move;
      if (item.severity !== severity || !move || seen.has(item.code)) continue;
      const target = severity === 'praise' ? strengths : growth;
      if (target.length >= MAX_ITEMS) continue;
      seen.add(item.code);
      const quote = item.quote?.text ?? reply.text;
      target.push({
        move,
        quote,
        note: item.message,
        ...(severity !== 'praise' && item.tryInstead !== undefined ? { tryInstead: item.tryInstead } : {}),
      });
    }
  }

  return {
    scenarioId: context.scenarioId,
    outcome: context.outcome,
    scores,
    strengths,
    growth,
    next: nextPractice(skills, scores, growth),
  };
}

function nextPractice(
  skills: readonly SkillId[],
  scores: Partial<Record<SkillId, number>>,
  growth: readonly { move: MoveId; quote: string }[],
): SessionSummary['next'] {
  const practised = skills.length > 0 ? skills : (['active-listening'] as const);
  let weakest: SkillId = practised[0] ?? 'active-listening';
  for (const skill of practised) if ((scores[skill] ?? 0) < (scores[weakest] ?? 0)) weakest = skill;
  const score = scores[weakest];
  if (score !== undefined && score >= 80 && growth.length === 0) {
    const fresh = SKILL_IDS.find((s) => !practised.includes(s));
    if (fresh) {
      return {
        skill: fresh,
        reason: `You handled ${SKILL_NAMES[weakest]} well. Try ${SKILL_NAMES[fresh]} next.`,
      };
    }
    return { skill: weakest, reason: `Strong work. Replay ${SKILL_NAMES[weakest]} at a harder difficulty.` };
  }
  const first = growth[0];
  const about = first ? ` — especially moments like "${first.quote}"` : '';
  return { skill: weakest, reason: `Keep practising ${SKILL_NAMES[weakest]}${about}.` };
}

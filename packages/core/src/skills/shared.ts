/**
 * What the three skill machines share: the event they react to, their context and input shapes, and the
 * small pure helpers their guards and actions are built from.
 */
import type { Analysis, MoveId } from '../analysis/types';

/** The event every skill machine reacts to: one learner reply, already analysed. */
export interface ReplyAnalyzedEvent {
  readonly type: 'reply.analyzed';
  readonly analysis: Analysis;
  /** The reply itself; lets a machine read details the moves do not carry (e.g. a time to come back). */
  readonly text?: string;
}

/** The event type a skill machine reacts to, kept as a constant like xstate's built-in event names. */
export const REPLY_ANALYZED = 'reply.analyzed' as const;

/** What the partner wants once the learner asks (urge-to-fix). */
export type PartnerWants = 'listen' | 'help';

/** Context shared by every skill machine. */
export interface SkillContext {
  /** Meters 0..100 by id, e.g. `{ heard: 20, trust: 50 }`. */
  readonly meters: Readonly<Record<string, number>>;
  /** The partner's mood in words, e.g. "opening up". */
  readonly mood: string;
  /** Replies reacted to so far. */
  readonly turn: number;
  /** The moves of the latest reply. */
  readonly lastMoves: readonly MoveId[];
  /** urge-to-fix: what the partner wants once asked. */
  readonly wants?: PartnerWants;
  /** urge-to-fix: whether the learner has asked what the partner needs. */
  readonly asked?: boolean;
}

/** Input shared by every skill machine. */
export interface SkillInput {
  /** Initial meter values; missing meters start at the machine's defaults. */
  readonly meters?: Readonly<Record<string, number>>;
  /** urge-to-fix: what the partner wants once asked; when absent it is chosen from `seed`. */
  readonly partnerWants?: PartnerWants;
  /** urge-to-fix: seeds the partner's choice when `partnerWants` is absent. */
  readonly seed?: number;
}

/**
 * Keeps a meter inside 0..100 (rounded).
 * @example
 * clampMeter(112); // 100
 */
export function clampMeter(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** The distinct moves of an analysis. */
export function movesOf(analysis: Analysis): ReadonlySet<MoveId> {
  return new Set(analysis.moves.map((m) => m.id));
}

/** Whether the analysis makes any of `ids`. */
export function hasAny(analysis: Analysis, ids: readonly MoveId[]): boolean {
  return analysis.moves.some((m) => ids.includes(m.id));
}

/** Per-move meter changes, e.g. `{ reflection: { heard: 18 } }`. */
export type MoveEffects = Readonly<Partial<Record<MoveId, Readonly<Record<string, number>>>>>;

/** Adds each distinct move's effects once, then clamps every meter. */
export function applyMoveEffects(
  meters: Readonly<Record<string, number>>,
  analysis: Analysis,
  effects: MoveEffects,
  scale: (move: MoveId, meter: string, delta: number) => number = (_m, _k, d) => d,
): Record<string, number> {
  const next: Record<string, number> = { ...meters };
  for (const move of movesOf(analysis)) {
    const deltas = effects[move];
    if (!deltas) continue;
    for (const [meter, delta] of Object.entries(deltas)) {
      next[meter] = (next[meter] ?? 0) + scale(move, meter, delta);
    }
  }
  for (const key of Object.keys(next)) next[key] = clampMeter(next[key] ?? 0);
  return next;
}

/** Initial meters: the machine's defaults overridden by the input's values, clamped. */
export function initialMeters(
  defaults: Readonly<Record<string, number>>,
  given: Readonly<Record<string, number>> | undefined,
): Record<string, number> {
  const meters: Record<string, number> = {};
  for (const [key, value] of Object.entries(defaults)) meters[key] = clampMeter(given?.[key] ?? value);
  return meters;
}

/** A reply's text, or its move cues when the text was not sent along. */
export function replyText(event: ReplyAnalyzedEvent): string {
  return event.text ?? event.analysis.moves.map((m) => m.cue).join(' ');
}

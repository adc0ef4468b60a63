/**
 * The session's rules as pure functions of (scenario, context, reply) → context. The session machine is a
 * thin shell around them, which keeps every turn deterministic, testable and easy to take back.
 */
import { type AnyStateMachine, initialTransition, transition } from 'xstate';
import type { MoveId } from '../analysis/types';
import { feedbackFor } from '../feedback/feedbackFor';
import { safetyMessage } from '../safety/messages';
import type { Condition, Ending, Scenario } from '../scenario/schema';
import { callsBreakWithReturn } from '../skills/conflictRepair';
import type { SkillId } from '../skills/ids';
import { skillMachines } from '../skills/index';
import { clampMeter, type PartnerWants, type SkillContext } from '../skills/shared';
import { nextRandom, pickVariant } from './random';
import {
  type AnalyzedReply,
  NOTICES,
  SAVE_FORMAT_VERSION,
  type SessionCheckpoint,
  type SessionState,
  type SkillState,
} from './state';
import type { TranscriptLine } from './types';

/** The skill whose machine drives the partner: the scenario's first. */
export function drivingSkill(scenario: Scenario): SkillId {
  return scenario.skills[0] ?? 'active-listening';
}

function machineFor(id: SkillId): AnyStateMachine {
  return skillMachines[id] as unknown as AnyStateMachine;
}

function partnerWantsFor(scenario: Scenario, rng: number): [PartnerWants | undefined, number] {
  if (scenario.partnerWants === 'listen' || scenario.partnerWants === 'help')
    return [scenario.partnerWants, rng];
  if (drivingSkill(scenario) !== 'urge-to-fix') return [undefined, rng];
  const [value, next] = nextRandom(rng);
  return [value < 0.5 ? 'listen' : 'help', next];
}

/** The last thing the partner said, if anything. */
export function lastPartnerLine(transcript: readonly TranscriptLine[]): string | undefined {
  for (let i = transcript.length - 1; i >= 0; i--) {
    const line = transcript[i];
    if (line?.speaker === 'partner') return line.text;
  }
  return undefined;
}

/**
 * A new session's context: the start beat's line (a seeded variant), meters at their initial values, the
 * skill machine in its initial state.
 */
export function initialSessionState(scenario: Scenario, seed: number): SessionState {
  const skillId = drivingSkill(scenario);
  let rng = seed | 0;
  const [wants, afterWants] = partnerWantsFor(scenario, rng);
  rng = afterWants;
  const scenarioMeters: Record<string, number> = {};
  for (const [id, meter] of Object.entries(scenario.meters)) scenarioMeters[id] = clampMeter(meter.initial);
  const [skillSnapshot] = initialTransition(machineFor(skillId), {
    meters: scenarioMeters,
    ...(wants ? { partnerWants: wants } : {}),
  });
  const skill: SkillState = {
    id: skillId,
    value: String(skillSnapshot.value),
    context: skillSnapshot.context as SkillContext,
  };
  const start = scenario.beats[scenario.start];
  const [line, afterLine] = pickVariant(start?.partner ?? [], rng);
  rng = afterLine;
  return {
    saveFormat: SAVE_FORMAT_VERSION,
    scenarioId: scenario.id,
    skills: [...scenario.skills],
    seed,
    rng,
    transcript: line ? [{ speaker: 'partner', text: line }] : [],
    feedback: [],
    meters: { ...scenarioMeters, ...skill.context.meters },
    partner: { name: scenario.persona.name, mood: skill.context.mood },
    outcome: null,
    beat: scenario.start,
    turn: 0,
    hints: [],
    endMessage: null,
    safety: null,
    notice: null,
    replies: [],
    skill,
    history: [],
    pending: null,
  };
}

function checkpointOf(state: SessionState): SessionCheckpoint {
  const { transcript, replies, history: _history, pending: _pending, notice: _notice, ...rest } = state;
  return { ...rest, transcriptLength: transcript.length, repliesLength: replies.length };
}

interface Facts {
  readonly moves: ReadonlySet<MoveId>;
  readonly meters: Readonly<Record<string, number>>;
  readonly partnerState: string;
  readonly turn: number;
}

/**
 * Whether a branch condition holds. Every field given must hold; an empty condition always holds.
 * @example
 * conditionHolds({ anyMove: ['reflection'] }, { moves: new Set(['reflection']), meters: {}, partnerState: 'guarded', turn: 1 }); // true
 */
export function conditionHolds(when: Condition, facts: Facts): boolean {
  if (when.anyMove && !when.anyMove.some((m) => facts.moves.has(m))) return false;
  if (when.allMoves && !when.allMoves.every((m) => facts.moves.has(m))) return false;
  if (when.noMove?.some((m) => facts.moves.has(m))) return false;
  if (when.partnerState && !when.partnerState.includes(facts.partnerState)) return false;
  if (when.minTurn !== undefined && facts.turn < when.minTurn) return false;
  if (when.meters) {
    for (const [id, threshold] of Object.entries(when.meters)) {
      const value = facts.meters[id] ?? 0;
      if (threshold.gte !== undefined && value < threshold.gte) return false;
      if (threshold.lte !== undefined && value > threshold.lte) return false;
    }
  }
  return true;
}

/** The ending used when `maxTurns` runs out: `timeout` if defined, else the first `other` ending. */
function timeoutEndingOf(scenario: Scenario): [id: string, ending: Ending | undefined] {
  const timeout = scenario.endings.timeout;
  if (timeout) return ['timeout', timeout];
  const other = Object.entries(scenario.endings).find(([, e]) => e.kind === 'other');
  return other ?? ['timeout', undefined];
}

function stepSkill(
  skill: SkillState,
  meters: Readonly<Record<string, number>>,
  reply: AnalyzedReply,
): SkillState {
  const machine = machineFor(skill.id);
  const own: Record<string, number> = {};
  for (const key of Object.keys(skill.context.meters))
    own[key] = meters[key] ?? skill.context.meters[key] ?? 0;
  const snapshot = machine.resolveState({ value: skill.value, context: { ...skill.context, meters: own } });
  const [next] = transition(machine, snapshot, {
    type: 'reply.analyzed',
    analysis: reply.analysis,
    text: reply.text,
  });
  return { id: skill.id, value: String(next.value), context: next.context as SkillContext };
}

/**
 * Takes one analysed learner reply: safety first, then the skill machine's reaction, the first branch that
 * holds (or the beat's `stay` line), meter effects, endings and `maxTurns`, and feedback.
 */
export function takeTurn(scenario: Scenario, state: SessionState, reply: AnalyzedReply): SessionState {
  const turn = state.turn + 1;
  const transcript: TranscriptLine[] = [...state.transcript, { speaker: 'learner', text: reply.text }];
  const history = [...state.history, checkpointOf(state)];
  const base = { ...state, turn, history, notice: null, pending: null } satisfies SessionState;

  // Crisis language pre-empts every other rule.
  if (reply.analysis.crisis) {
    const safety = safetyMessage(reply.analysis.crisis.kind);
    return {
      ...base,
      transcript,
      replies: [
        ...state.replies,
        { text: reply.text, analysis: reply.analysis, beat: state.beat, feedback: [] },
      ],
      feedback: [],
      hints: [],
      outcome: 'safety',
      safety,
      endMessage: safety.message,
    };
  }

  const beatId = state.beat;
  const beat = scenario.beats[beatId];
  const skillId = state.skill.id;
  const overrides = { ...scenario.feedback, ...beat?.feedback };
  const callsBreak =
    skillId === 'conflict-repair' && callsBreakWithReturn({ type: 'reply.analyzed', ...reply });
  const feedback = feedbackFor({
    text: reply.text,
    analysis: reply.analysis,
    ...(reply.partnerAnalysis ? { partnerAnalysis: reply.partnerAnalysis } : {}),
    partnerName: scenario.persona.name,
    skill: skillId,
    partnerState: state.skill.value,
    adviceWelcome: state.skill.context.asked === true && state.skill.context.wants === 'help',
    callsBreak,
    overrides,
  });

  const skill = stepSkill(state.skill, state.meters, reply);
  let meters: Record<string, number> = { ...state.meters, ...skill.context.meters };
  const facts: Facts = {
    moves: new Set(reply.analysis.moves.map((m) => m.id)),
    meters,
    partnerState: skill.value,
    turn,
  };
  const branch = beat?.on.find((b) => conditionHolds(b.when, facts));
  if (branch?.effects) {
    meters = { ...meters };
    for (const [id, delta] of Object.entries(branch.effects))
      meters[id] = clampMeter((meters[id] ?? 0) + delta);
  }
  // Branch effects on the skill's own meters feed back into the skill machine.
  const skillMeters: Record<string, number> = {};
  for (const key of Object.keys(skill.context.meters)) skillMeters[key] = meters[key] ?? 0;
  const syncedSkill: SkillState = { ...skill, context: { ...skill.context, meters: skillMeters } };

  let rng = state.rng;
  const say = (options: readonly string[] | undefined) => {
    if (!options || options.length === 0) return;
    const [line, next] = pickVariant(options, rng, lastPartnerLine(transcript));
    rng = next;
    transcript.push({ speaker: 'partner', text: line });
  };

  let next: SessionState = {
    ...base,
    transcript,
    replies: [...state.replies, { text: reply.text, analysis: reply.analysis, beat: beatId, feedback }],
    feedback,
    meters,
    skill: syncedSkill,
    partner: { name: scenario.persona.name, mood: syncedSkill.context.mood },
  };

  const ending = branch ? scenario.endings[branch.to] : undefined;
  if (branch && ending) {
    say(branch.say);
    say(ending.partner);
    next = {
      ...next,
      beat: branch.to,
      hints: [],
      outcome: ending.kind === 'success' ? 'succeeded' : 'ended',
    };
    return { ...next, endMessage: ending.message, rng };
  }
  if (turn >= scenario.maxTurns) {
    const [id, timeout] = timeoutEndingOf(scenario);
    say(timeout?.partner);
    return {
      ...next,
      rng,
      beat: id,
      hints: [],
      outcome: timeout?.kind === 'success' ? 'succeeded' : 'ended',
      endMessage: timeout?.message ?? `That's ${scenario.maxTurns} replies; the conversation ends here.`,
    };
  }
  if (branch && scenario.beats[branch.to]) {
    const moved = branch.to !== beatId;
    say(branch.say);
    if (moved) say(scenario.beats[branch.to]?.partner);
    else if (!branch.say) say(beat?.stay ?? beat?.partner);
    return { ...next, rng, beat: branch.to, hints: moved ? [] : state.hints };
  }
  // No branch holds: the beat repeats.
  say(beat?.stay ?? beat?.partner);
  return { ...next, rng };
}

/** Reveals the next rung of the current beat's hint ladder (nudge → skill → model). */
export function revealHint(scenario: Scenario, state: SessionState): SessionState {
  const ladder = scenario.beats[state.beat]?.hints;
  const rungs = ladder ? [ladder.nudge, ladder.skill, ladder.model] : [];
  const rung = rungs[state.hints.length];
  if (rung === undefined) return { ...state, notice: NOTICES.noMoreHints };
  return { ...state, hints: [...state.hints, rung], notice: null };
}

/** Takes back the last reply, restoring the session exactly as it was before it. */
export function retryLastReply(state: SessionState): SessionState {
  const checkpoint = state.history.at(-1);
  if (!checkpoint) return { ...state, notice: NOTICES.nothingToRetry };
  const { transcriptLength, repliesLength, ...rest } = checkpoint;
  return {
    ...rest,
    transcript: state.transcript.slice(0, transcriptLength),
    replies: state.replies.slice(0, repliesLength),
    history: state.history.slice(0, -1),
    pending: null,
    notice: null,
  };
}

/** Sets `notice` (why an event was refused) and changes nothing else. */
export function withNotice(state: SessionState, notice: string): SessionState {
  return { ...state, notice };
}

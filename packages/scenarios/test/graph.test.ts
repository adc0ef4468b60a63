/**
 * Model-based check of every scenario in the pack (a breadth-first walk of the session machine): walking the compiled session machine with
 * representative replies reaches a success ending and a non-success ending. The replies are analyses, not
 * sentences, so this checks the scenario's graph and the skill machines, not the analyzer's judgement
 * (the playthroughs check that real words get there).
 */
import {
  type Analysis,
  type Analyzer,
  compileScenario,
  MOVE_IDS,
  type MoveId,
  type Scenario,
  type SessionMachineEvent,
  type SessionState,
} from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, initialTransition, transition } from 'xstate';
import { scenarios } from '../src/index';

/** Replies are written `moves:a,b | words`; the analyzer makes exactly those moves. */
const representativeAnalyzer: Analyzer = {
  analyze(text): Analysis {
    const ids = (/^moves:([a-z_,]*)/.exec(text)?.[1] ?? '').split(',').filter(Boolean) as MoveId[];
    return {
      moves: ids.map((id, i) => ({ id, confidence: 1, span: [i, i + 1] as const, cue: id })),
      feelings: [],
      crisis: null,
      length: text.length,
      truncated: false,
      analyzedLength: text.length,
    };
  },
};
const reply = (moves: readonly MoveId[], words = ''): SessionMachineEvent => ({
  type: 'learner.say',
  text: `moves:${moves.join(',')} | ${words}`,
});

/** One reply per move, the combinations skills ask for, a reply with no move, and a break with a way back. */
const REPLIES: SessionMachineEvent[] = [
  ...MOVE_IDS.map((move) => reply([move])),
  reply(['reflection', 'open_question']),
  reply(['validation', 'reflection']),
  reply(['repair', 'validation']),
  reply(['repair', 'owns_feeling']),
  reply(['i_statement', 'request']),
  reply(['owns_feeling', 'request']),
  reply(['appreciation_specific', 'affection']),
  reply([], 'Hmm.'),
  reply(['request'], 'Can we take a twenty-minute break and come back to this at eight?'),
];

/**
 * Breadth-first walk of the compiled session machine with xstate's pure `initialTransition`/`transition`,
 * stopping once both kinds of ending are found. States are told apart by beat, partner state, outcome,
 * meters in steps of 10 and the turns that matter (`minTurn` conditions); every step is a real transition,
 * so whatever it reaches is reachable.
 */
function outcomesReached(scenario: Scenario): Set<string> {
  const machine = compileScenario(scenario, {
    analyzer: representativeAnalyzer,
  }) as unknown as AnyStateMachine;
  const minTurns = Object.values(scenario.beats).flatMap((b) =>
    b.on.map((branch) => branch.when.minTurn ?? 0),
  );
  const turnsThatMatter = Math.max(0, ...minTurns);
  const keyOf = (c: SessionState) =>
    `${c.beat}|${c.skill.value}|${c.skill.context.asked ?? ''}|${c.outcome}|${Object.values(c.meters)
      .map((v) => Math.floor(v / 10))
      .join(',')}|${Math.min(c.turn, turnsThatMatter)}`;
  const reached = new Set<string>();
  // Urge-to-fix partners decide by seed what they want once asked; walk both kinds of partner.
  for (const seed of [1, 2]) {
    const [first] = initialTransition(machine, { seed });
    const seen = new Set([keyOf(first.context as SessionState)]);
    let frontier = [first];
    while (frontier.length > 0 && !(reached.has('succeeded') && reached.has('ended'))) {
      const next: typeof frontier = [];
      for (const snapshot of frontier) {
        for (const event of REPLIES) {
          const [after] = transition(machine, snapshot, event);
          const context = after.context as SessionState;
          if (context.outcome) {
            reached.add(context.outcome);
            continue;
          }
          const key = keyOf(context);
          if (seen.has(key)) continue;
          seen.add(key);
          next.push(after);
        }
      }
      frontier = next;
    }
  }
  return reached;
}

describe.each(scenarios.map((s) => [s.id, s] as const))(
  '%s (compiled session, breadth-first walk)',
  (_id, scenario) => {
    it('can end in success and in a non-success ending', () => {
      const reached = outcomesReached(scenario);
      expect(reached).toContain('succeeded');
      expect(reached).toContain('ended');
    });
  },
);

import { compileScenario, type Scenario, type SessionMachineEvent, type SessionState } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { fakeAnalyzer } from '../helpers/fakeAnalyzer';
import { conflictScenario, listeningScenario, ventingScenario } from '../helpers/scenarios';

/** Replies a learner might give, good and bad; the graph walk tries each at every step. */
const SAY: SessionMachineEvent[] = [
  "It sounds like you're frustrated.",
  'That makes sense. Tell me more.',
  'You should quit.',
  "It's not a big deal.",
  'You never listen.',
  'What is wrong with you?',
  "I'm sorry, you're right.",
  'Could we put phones away at dinner?',
  'Can we take a twenty-minute break and come back at eight?',
  'Do you want me to just listen, or help?',
  'Hmm.',
].map((text) => ({ type: 'learner.say', text }));

function endingsReached(scenario: Scenario): Set<string> {
  const machine = compileScenario(scenario, { analyzer: fakeAnalyzer });
  const paths = getShortestPaths(
    machine as never,
    {
      events: SAY,
      input: { seed: 1 },
      // Where the conversation is, not the exact words: beat, partner state, outcome, meters in steps of 10.
      serializeState: (snapshot: unknown) => {
        const c = (snapshot as { context: SessionState }).context;
        const meters = Object.values(c.meters).map((v) => Math.floor(v / 10));
        return `${c.beat}|${c.skill.value}|${c.outcome}|${meters.join(',')}|${c.turn >= scenario.maxTurns}`;
      },
    } as never,
  ) as { state: { context: SessionState } }[];
  const reached = new Set<string>();
  for (const path of paths) {
    const { outcome, beat } = path.state.context;
    if (outcome) reached.add(`${outcome}:${beat}`);
  }
  return reached;
}

describe.each([listeningScenario, conflictScenario, ventingScenario])(
  'the $id session machine (xstate/graph)',
  (scenario) => {
    it('reaches every ending, success and non-success', () => {
      const reached = endingsReached(scenario);
      const outcomes = new Set([...reached].map((r) => r.split(':')[0]));
      expect(outcomes).toContain('succeeded');
      expect(outcomes).toContain('ended');
      for (const [id, ending] of Object.entries(scenario.endings)) {
        expect(reached).toContain(`${ending.kind === 'success' ? 'succeeded' : 'ended'}:${id}`);
      }
    });
  },
);

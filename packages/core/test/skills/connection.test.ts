import {
  CONNECTION_MOODS,
  connectionMachine,
  MOVE_IDS,
  type MoveId,
  type ReplyAnalyzedEvent,
  SKILL_PARTNER_STATES,
  skillMachines,
} from '@rapport/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { analysisOf } from '../helpers/fakeAnalyzer';

const reply = (...moves: MoveId[]): ReplyAnalyzedEvent => ({
  type: 'reply.analyzed',
  analysis: analysisOf(...moves),
});
const EVENTS: ReplyAnalyzedEvent[] = [
  ...MOVE_IDS.map((m) => reply(m)),
  reply('owns_feeling', 'open_question'),
  reply(),
];

function run(input: object, ...events: ReplyAnalyzedEvent[]) {
  const actor = createActor(connectionMachine, { input }).start();
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
}

describe('connection machine', () => {
  it('is the machine registered for the connection skill', () => {
    expect(skillMachines.connection).toBe(connectionMachine);
    expect(SKILL_PARTNER_STATES.connection).toEqual(['distant', 'warming', 'connected', 'hurt']);
  });

  it('reaches every partner state (xstate/graph shortest paths)', () => {
    const paths = getShortestPaths(connectionMachine, {
      events: EVENTS,
      input: {},
      serializeState: (snapshot) => `${String(snapshot.value)}|${snapshot.context.meters.closeness}`,
    });
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(Object.keys(connectionMachine.root.states).sort());
  });

  it('warms as the learner names a feeling and appreciates specifically, then feels connected', () => {
    expect(run({}).value).toBe('distant');
    expect(run({}, reply('owns_feeling'), reply('appreciation_specific')).value).toBe('warming');
    const connected = run(
      {},
      reply('owns_feeling'),
      reply('appreciation_specific'),
      reply('open_question', 'affection'),
    );
    expect(connected.value).toBe('connected');
    expect(connected.context.mood).toBe(CONNECTION_MOODS.connected);
  });

  it('is hurt by blame or pressure, and only a repair brings the partner back', () => {
    const hurt = run({}, reply('owns_feeling'), reply('pressure'));
    expect(hurt.value).toBe('hurt');
    expect(run({}, reply('blame'), reply('appreciation_specific')).value).toBe('hurt');
    expect(run({ meters: { closeness: 60 } }, reply('blame'), reply('repair')).value).toBe('warming');
    expect(run({}, reply('blame'), reply('repair')).value).toBe('distant');
  });

  it('keeps meters in 0..100 for any reply sequence (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENTS), { maxLength: 40 }), (events) => {
        const { context } = run({}, ...events);
        for (const v of Object.values(context.meters)) expect(v >= 0 && v <= 100).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

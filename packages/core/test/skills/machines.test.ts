import {
  type Analysis,
  activeListeningMachine,
  conflictRepairMachine,
  MOVE_IDS,
  type MoveId,
  type ReplyAnalyzedEvent,
  SKILL_IDS,
  SKILL_PARTNER_STATES,
  type SkillInput,
  type SkillMachine,
  seededWants,
  skillMachines,
  urgeToFixMachine,
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
const breakReply: ReplyAnalyzedEvent = {
  type: 'reply.analyzed',
  analysis: analysisOf('request'),
  text: "I'm too worked up. Can we take a twenty-minute break and come back to this after dinner?",
};

/** One representative reply per move, plus a few combinations and the break. */
const EVENTS: ReplyAnalyzedEvent[] = [
  ...MOVE_IDS.map((m) => reply(m)),
  reply('reflection', 'open_question'),
  reply('i_statement', 'request'),
  reply('repair', 'validation'),
  reply(),
  breakReply,
];

const CASES: readonly (readonly [string, SkillMachine, SkillInput])[] = [
  ['active-listening', activeListeningMachine, {}],
  ['conflict-repair', conflictRepairMachine, {}],
  ['urge-to-fix (listen)', urgeToFixMachine, { partnerWants: 'listen' }],
  ['urge-to-fix (help)', urgeToFixMachine, { partnerWants: 'help' }],
];

describe.each(CASES)('%s machine', (_name, machine, input) => {
  it('reaches every partner state (xstate/graph shortest paths)', () => {
    const paths = getShortestPaths(
      machine as never,
      {
        events: EVENTS,
        input,
        // Partner state + the machine's main meter: enough to tell states apart, small enough to walk fast.
        serializeState: (snapshot: unknown) => {
          const { value, context } = snapshot as unknown as {
            value: string;
            context: { meters: Record<string, number>; asked?: boolean };
          };
          return `${value}|${context.meters.heard ?? context.meters.tension}|${context.asked ?? ''}`;
        },
      } as never,
    ) as { state: { value: unknown } }[];
    const reached = new Set(paths.map((p) => String(p.state.value)));
    const expected = Object.keys(machine.root.states).filter(
      // Which of wants_listening / wants_help is reachable depends on what the partner wants.
      (s) =>
        !(s === 'wants_help' && input.partnerWants === 'listen') &&
        !(s === 'wants_listening' && input.partnerWants === 'help'),
    );
    expect([...reached].sort()).toEqual([...expected].sort());
  });

  it('keeps meters in 0..100 and a known state for any reply sequence (fast-check)', () => {
    const states = new Set(Object.keys(machine.root.states));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENTS), { maxLength: 40 }), (events) => {
        const actor = createActor(machine as never, { input } as never).start() as unknown as {
          send(e: ReplyAnalyzedEvent): void;
          getSnapshot(): { value: unknown; context: { meters: Record<string, number>; mood: string } };
        };
        for (const event of events) {
          actor.send(event);
          const { value, context } = actor.getSnapshot();
          expect(states.has(String(value))).toBe(true);
          for (const v of Object.values(context.meters)) expect(v >= 0 && v <= 100).toBe(true);
          expect(context.mood.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

function run<
  M extends typeof activeListeningMachine | typeof conflictRepairMachine | typeof urgeToFixMachine,
>(machine: M, input: object, ...events: ReplyAnalyzedEvent[]) {
  const actor = createActor(machine as typeof activeListeningMachine, { input }).start();
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
}

describe('active listening', () => {
  it('moves from guarded to opening up to feels heard as the partner is reflected and asked', () => {
    expect(run(activeListeningMachine, {}).value).toBe('guarded');
    expect(run(activeListeningMachine, {}, reply('reflection'), reply('validation')).value).toBe(
      'opening_up',
    );
    const heard = run(
      activeListeningMachine,
      {},
      reply('reflection'),
      reply('validation'),
      reply('reflection', 'open_question'),
    );
    expect(heard.value).toBe('feels_heard');
    expect(heard.context.mood).toBe('feels heard');
  });

  it('leaves the partner dismissed after advice, and pulled back after a second brush-off', () => {
    const dismissed = run(activeListeningMachine, {}, reply('advice'));
    expect(dismissed.value).toBe('dismissed');
    expect(dismissed.context.meters.heard).toBeLessThan(20);
    expect(run(activeListeningMachine, {}, reply('advice'), reply('minimizing')).value).toBe('pulled_back');
  });

  it('recovers with a repair after pulling back, but not with listening alone', () => {
    const base = [reply('advice'), reply('self_focus')];
    expect(run(activeListeningMachine, {}, ...base, reply('reflection')).value).toBe('pulled_back');
    expect(run(activeListeningMachine, {}, ...base, reply('repair')).value).toBe('guarded');
  });

  it('starts meters from its input', () => {
    expect(run(activeListeningMachine, { meters: { heard: 60 } }).context.meters).toEqual({
      heard: 60,
      trust: 50,
    });
  });
});

describe('conflict repair', () => {
  it('escalates toward flooding on blame and contempt', () => {
    expect(run(conflictRepairMachine, {}, reply('blame')).value).toBe('escalating');
    const flooded = run(conflictRepairMachine, {}, reply('blame'), reply('contempt'));
    expect(flooded.value).toBe('flooded');
    expect(flooded.context.mood).toBe('flooded');
  });

  it('lets nothing but a break with a time to come back through once flooded', () => {
    const flood = [reply('blame'), reply('contempt')];
    expect(run(conflictRepairMachine, {}, ...flood, reply('i_statement', 'repair')).value).toBe('flooded');
    expect(
      run(conflictRepairMachine, {}, ...flood, {
        type: 'reply.analyzed',
        analysis: analysisOf('stonewalling'),
        text: "I'm done talking about this.",
      }).value,
    ).toBe('flooded');
    const onBreak = run(conflictRepairMachine, {}, ...flood, breakReply);
    expect(onBreak.value).toBe('on_break');
    expect(onBreak.context.meters.tension).toBeLessThanOrEqual(50);
  });

  it('de-escalates with "I"-statements and repair, and closes the loop with a specific request', () => {
    const softened = run(conflictRepairMachine, {}, reply('repair', 'validation'));
    expect(softened.value).toBe('softening');
    expect(
      run(conflictRepairMachine, {}, reply('repair', 'validation'), reply('i_statement', 'request')).value,
    ).toBe('resolved');
  });
});

describe('urge to fix', () => {
  it('feels unheard when advice comes before it was asked for', () => {
    expect(run(urgeToFixMachine, { partnerWants: 'help' }, reply('advice')).value).toBe('unheard');
  });

  it('lets the partner choose after asks_need, and welcomes advice once invited', () => {
    const help = run(urgeToFixMachine, { partnerWants: 'help' }, reply('asks_need'));
    expect(help.value).toBe('wants_help');
    const supported = run(
      urgeToFixMachine,
      { partnerWants: 'help' },
      reply('asks_need'),
      reply('advice'),
      reply('advice', 'open_question'),
    );
    expect(supported.value).toBe('supported');
    expect(run(urgeToFixMachine, { partnerWants: 'listen' }, reply('asks_need')).value).toBe(
      'wants_listening',
    );
    expect(run(urgeToFixMachine, { partnerWants: 'listen' }, reply('asks_need'), reply('advice')).value).toBe(
      'unheard',
    );
  });

  it('recovers from unheard by asking what the partner needs', () => {
    expect(run(urgeToFixMachine, { partnerWants: 'listen' }, reply('advice'), reply('asks_need')).value).toBe(
      'wants_listening',
    );
  });

  it("takes the partner's wish from the seed when the input does not give it", () => {
    expect(seededWants(2)).toBe('listen');
    expect(seededWants(3)).toBe('help');
    expect(run(urgeToFixMachine, { seed: 3 }).context.wants).toBe('help');
  });
});

describe('skill registry', () => {
  it('has a machine and partner states for every skill id', () => {
    for (const id of SKILL_IDS) {
      expect(skillMachines[id]).toBeDefined();
      expect(SKILL_PARTNER_STATES[id].length).toBeGreaterThan(3);
    }
  });

  it('reads the reply text when given, and the cues otherwise', () => {
    const analysis: Analysis = {
      ...analysisOf(),
      moves: [{ id: 'request', confidence: 1, span: [0, 10], cue: 'Can we take a break for ten minutes?' }],
    };
    const flood = [reply('blame'), reply('contempt')];
    expect(run(conflictRepairMachine, {}, ...flood, { type: 'reply.analyzed', analysis }).value).toBe(
      'on_break',
    );
  });
});

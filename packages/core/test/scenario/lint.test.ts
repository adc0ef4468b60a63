import { lintScenario, parseScenario, type Scenario, scenarioToMermaid } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { sampleScenario } from './sample';

// biome-ignore lint/suspicious/noExplicitAny: the tests break scenario data in every way a hand-written file can
type Mutable = Record<string, any>;

function scenarioWith(change: (s: Mutable) => void = () => {}): Scenario {
  const s = sampleScenario() as Mutable;
  change(s);
  const result = parseScenario(s);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.scenario;
}

const codes = (scenario: Scenario) => lintScenario(scenario).map((d) => `${d.code} ${d.path}`);

const beat = (on: unknown[]) => ({
  partner: ['Line one.', 'Line two.'],
  hints: { nudge: 'n', skill: 's', model: 'm' },
  on,
});

describe('lintScenario', () => {
  it('finds nothing wrong with a well-formed scenario', () => {
    expect(lintScenario(scenarioWith())).toEqual([]);
  });

  it('RS001: flags a beat no branch leads to', () => {
    const s = scenarioWith((s) => (s.beats.forgotten = beat([{ to: 'felt-heard' }])));
    expect(codes(s)).toEqual(['RS001 beats.forgotten']);
  });

  it('RS002: flags a beat from which no ending can be reached', () => {
    const s = scenarioWith((s) => {
      s.beats.stuck = beat([{ when: { anyMove: ['reflection'] }, to: 'stuck' }]);
      s.beats.opening.on.push({ when: { anyMove: ['blame'] }, to: 'stuck' });
    });
    expect(codes(s)).toEqual(['RS002 beats.stuck.on']);
  });

  it('RS004: flags a scenario whose success ending cannot be reached', () => {
    const s = scenarioWith((s) => {
      s.beats.closing.on[0].to = 'pulled-away';
    });
    expect(codes(s)).toContain('RS004 start');
  });

  it('RS005: flags a beat where only hurtful replies lead toward success', () => {
    const s = scenarioWith((s) => {
      s.beats.closing.on[0].when = { anyMove: ['blame', 'contempt'] };
    });
    const diagnostics = lintScenario(s);
    expect(diagnostics.map((d) => d.code)).toEqual(['RS005']);
    expect(diagnostics[0]?.message).toContain('requires a hurtful move (blame, contempt)');
  });

  it('RS008: flags maxTurns shorter than the shortest way to success, counting minTurn', () => {
    expect(codes(scenarioWith((s) => (s.maxTurns = 1)))).toEqual(['RS008 maxTurns']);
    expect(codes(scenarioWith((s) => (s.maxTurns = 2)))).toEqual([]);
    const waits = scenarioWith((s) => {
      s.maxTurns = 5;
      s.beats.closing.on[0].when.minTurn = 5;
    });
    expect(codes(waits)).toEqual([]);
    const tooLate = scenarioWith((s) => {
      s.maxTurns = 5;
      s.beats.closing.on[0].when.minTurn = 6;
    });
    expect(codes(tooLate).sort()).toEqual(['RS004 start', 'RS016 beats.closing.on[0].when.minTurn']);
  });

  it('RS009: flags a meter nothing uses, but not the ones the skill machine drives', () => {
    const s = scenarioWith((s) => {
      s.meters.trust = { label: 'Trust', initial: 50 };
      s.meters.patience = { label: 'Patience', initial: 50 };
    });
    expect(codes(s)).toEqual(['RS009 meters.patience']);
  });

  it('RS010: flags an ending nothing leads to, except the one a timeout reaches', () => {
    const s = scenarioWith((s) => {
      s.endings.unused = { kind: 'other', partner: ['a', 'b'], message: 'm' };
    });
    expect(codes(s)).toEqual(['RS010 endings.unused']);
  });

  it('RS015: flags branches after one that always holds', () => {
    const s = scenarioWith((s) => {
      s.beats.closing.on.unshift({ to: 'felt-heard' });
    });
    expect(codes(s)).toEqual(['RS015 beats.closing.on[1]', 'RS015 beats.closing.on[2]']);
  });

  it('RS016: flags conditions that can never hold', () => {
    const s = scenarioWith((s) => {
      s.beats.closing.on.push({
        when: { allMoves: ['reflection'], noMove: ['reflection'] },
        to: 'felt-heard',
      });
      s.beats.closing.on.push({ when: { meters: { heard: { gte: 80, lte: 20 } } }, to: 'felt-heard' });
    });
    expect(codes(s)).toEqual(['RS016 beats.closing.on[2].when', 'RS016 beats.closing.on[3].when']);
  });

  it('also checks cross-references of scenarios built in code', () => {
    const s = scenarioWith();
    const broken = structuredClone(s);
    const branch = broken.beats.opening?.on[1];
    if (branch) branch.to = 'nowhere';
    expect(lintScenario(broken).map((d) => d.code)).toContain('RS003');
  });

  it('stays linear: a 20,000-beat chain lints quickly', () => {
    const s = sampleScenario() as Mutable;
    s.beats = {};
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      s.beats[`b${i}`] = beat([
        { when: { anyMove: ['reflection'] }, to: i + 1 < n ? `b${i + 1}` : 'felt-heard' },
        { when: { anyMove: ['advice'] }, to: 'pulled-away' },
      ]);
    }
    s.start = 'b0';
    s.maxTurns = 200;
    const parsed = parseScenario(s);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const started = performance.now();
    const diagnostics = lintScenario(parsed.scenario);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(diagnostics.map((d) => d.code)).toEqual(['RS008']);
  });
});

describe('scenarioToMermaid', () => {
  it('draws beats, endings and labelled branches', () => {
    expect(scenarioToMermaid(scenarioWith())).toMatchInlineSnapshot(`
      "flowchart TD
        start(( ))
        b_opening["opening"]
        b_closing["closing"]
        e_felt_heard(["felt-heard<br/><i>success</i>"])
        e_pulled_away("pulled-away<br/><i>other</i>")
        start --> b_opening
        b_opening -->|"reflection | validation | open_question"| b_closing
        b_opening -->|"advice | minimizing"| e_pulled_away
        b_closing -->|"reflection | validation, heard ≥ 30"| e_felt_heard
        b_closing -->|"advice"| e_pulled_away
        classDef success fill:#d7f5dd,stroke:#2e7d32
        class e_felt_heard success
      "
    `);
  });
});

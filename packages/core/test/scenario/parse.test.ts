import {
  assertScenario,
  formatIssue,
  formatIssues,
  formatPath,
  parseScenario,
  SCENARIO_CODES,
  ScenarioError,
  type ScenarioIssue,
} from '@rapport/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleScenario } from './sample';

// biome-ignore lint/suspicious/noExplicitAny: the tests break scenario data in every way a hand-written file can
type Mutable = Record<string, any>;

function issuesOf(input: unknown): readonly ScenarioIssue[] {
  const result = parseScenario(input);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.issues;
}

function withChange(change: (s: Mutable) => void): Mutable {
  const s = sampleScenario() as Mutable;
  change(s);
  return s;
}

describe('parseScenario', () => {
  it('accepts a valid scenario and applies defaults', () => {
    const result = parseScenario(sampleScenario());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.meters.heard?.better).toBe('up');
    expect(result.scenario.beats.opening?.on[0]?.when).toEqual({
      anyMove: ['reflection', 'validation', 'open_question'],
    });
  });

  it('names an unknown branch target with its path and the closest beat', () => {
    const issues = issuesOf(withChange((s) => (s.beats.opening.on[1].to = 'closng')));
    expect(issues).toEqual([
      {
        code: 'RS003',
        severity: 'error',
        path: 'beats.opening.on[1].to',
        segments: ['beats', 'opening', 'on', 1, 'to'],
        message: "unknown beat or ending 'closng'",
        suggestion: "did you mean 'closing'?",
      },
    ]);
    expect(formatIssue(issues[0] as ScenarioIssue)).toBe(
      "beats.opening.on[1].to: unknown beat or ending 'closng' — did you mean 'closing'?",
    );
  });

  it('reports every issue at once, schema and cross-reference alike', () => {
    const issues = issuesOf(
      withChange((s) => {
        s.tilte = 'typo';
        s.difficulty = 'easy';
        s.start = 'openin';
        s.beats.opening.on[0].when.anyMove = ['reflect'];
        s.beats.opening.on[1].to = 'closng';
        s.beats.closing.partner = ['only one'];
        delete s.beats.closing.hints.model;
        s.beats.closing.on[0].effects = { hread: 5 };
        s.maxTurns = 0;
      }),
    );
    expect(issues.map((i) => `${i.code} ${i.path} ${i.suggestion ?? ''}`.trim()).sort()).toEqual(
      [
        "RS003 beats.opening.on[1].to did you mean 'closing'?",
        'RS006 beats.closing.hints.model',
        'RS007 beats.closing.partner',
        "RS011 start did you mean 'opening'?",
        "RS012 beats.closing.on[0].effects.hread did you mean 'heard'?",
        "RS103 tilte did you mean 'title'?",
        'RS104 difficulty',
        "RS105 beats.opening.on[0].when.anyMove[0] did you mean 'reflection'?",
        'RS108 maxTurns',
      ].sort(),
    );
  });

  it('suggests the nearest known key for an unknown key, at any depth', () => {
    const issues = issuesOf(withChange((s) => (s.persona = { ...s.persona, nmae: 'x' })));
    expect(issues[0]).toMatchObject({
      code: 'RS103',
      path: 'persona.nmae',
      suggestion: "did you mean 'name'?",
    });
  });

  it('lists the known keys when no key is close', () => {
    const issues = issuesOf(withChange((s) => (s.beats.opening.hints.zzzzzzzz = 'x')));
    expect(issues[0]?.suggestion).toBe('known keys here: nudge, skill, model');
  });

  it('reports a missing field, a missing hint ladder and an empty text by their own codes', () => {
    const issues = issuesOf(
      withChange((s) => {
        delete s.goal;
        delete s.beats.opening.hints;
        s.endings['felt-heard'].message = '   ';
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['RS101', 'goal'],
      ['RS006', 'beats.opening.hints'],
      ['RS107', 'endings.felt-heard.message'],
    ]);
  });

  it('refuses another schemaVersion with the version it reads', () => {
    const issues = issuesOf(withChange((s) => (s.schemaVersion = 2)));
    expect(issues[0]).toMatchObject({ code: 'RS111', message: 'this Rapport reads schemaVersion 1, got 2' });
  });

  it('suggests a valid id for a badly formed one', () => {
    const issues = issuesOf(
      withChange((s) => {
        s.beats['Opening Up'] = s.beats.closing;
      }),
    );
    expect(issues[0]).toMatchObject({
      code: 'RS106',
      path: 'beats["Opening Up"]',
      suggestion: "did you mean 'opening-up'?",
    });
  });

  it('requires a success ending and refuses an id used by a beat and an ending', () => {
    const issues = issuesOf(
      withChange((s) => {
        s.endings['felt-heard'].kind = 'other';
        s.endings.closing = s.endings['pulled-away'];
      }),
    );
    expect(issues.map((i) => i.code).sort()).toEqual(['RS013', 'RS014']);
  });

  it('reports an empty threshold and a mistyped value', () => {
    const issues = issuesOf(
      withChange((s) => {
        s.beats.closing.on[0].when.meters = { heard: {} };
        s.maxTurns = 'ten';
      }),
    );
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['RS110', 'a meter threshold needs gte, lte or both'],
      ['RS102', 'expected a number, got text ten'],
    ]);
  });

  it('rejects what is not a scenario at all', () => {
    for (const input of [null, undefined, 42, 'text', [], 10n, Symbol('s'), () => 1]) {
      const issues = issuesOf(input);
      expect(issues[0]?.code).toBe('RS102');
      expect(issues[0]?.path).toBe('');
    }
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true }),
        (input) => {
          const result = parseScenario(input);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on near-miss scenarios', () => {
    const paths = ['beats', 'endings', 'meters', 'start', 'maxTurns', 'persona', 'skills', 'id'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (key, value) => {
        const s = sampleScenario() as Mutable;
        s[key] = value;
        const result = parseScenario(s);
        if (!result.ok)
          for (const issue of result.issues) expect(Object.keys(SCENARIO_CODES)).toContain(issue.code);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on cyclic objects or hostile proxies', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic.beats = cyclic;
    cyclic.endings = { self: cyclic };
    expect(parseScenario(cyclic).ok).toBe(false);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('no keys');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no descriptor');
        },
      },
    );
    expect(issuesOf(hostile)[0]?.message).toContain('could not be read');
    const beatsProxy = withChange((s) => {
      s.beats = new Proxy(s.beats, {
        get() {
          throw new Error('boom');
        },
      });
    });
    expect(parseScenario(beatsProxy).ok).toBe(false);
  });
});

describe('assertScenario', () => {
  it('returns the scenario when valid', () => {
    expect(assertScenario(sampleScenario()).id).toBe('rough-day');
  });

  it('throws a ScenarioError carrying every issue', () => {
    const bad = withChange((s) => {
      s.start = 'nowhere';
      s.maxTurns = -1;
    });
    let caught: unknown;
    try {
      assertScenario(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioError);
    const error = caught as ScenarioError;
    expect(error.code).toBe('RAPPORT_INVALID_SCENARIO');
    expect(error.issues.map((i) => i.code).sort()).toEqual(['RS011', 'RS108']);
    expect(error.message).toContain('2 issues');
  });
});

describe('formatting', () => {
  it('formats paths the way authors read them', () => {
    expect(formatPath(['beats', 'opening', 'on', 1, 'to'])).toBe('beats.opening.on[1].to');
    expect(formatPath(['beats', 'my beat', 'partner', 0])).toBe('beats["my beat"].partner[0]');
    expect(formatPath([])).toBe('');
  });

  it('prettifies issues like zod', () => {
    const issues = issuesOf(withChange((s) => (s.beats.opening.on[1].to = 'closng')));
    expect(formatIssues(issues)).toMatchInlineSnapshot(`
      "✖ RS003 unknown beat or ending 'closng' — did you mean 'closing'?
        → at beats.opening.on[1].to"
    `);
  });
});

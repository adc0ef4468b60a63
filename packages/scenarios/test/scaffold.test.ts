import { analyze, SKILL_IDS } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { loadScenarioText, scaffoldScenario } from '../src/index';

describe('scaffoldScenario', () => {
  it.each(SKILL_IDS.map((skill) => [skill]))('writes a valid, lint-clean %s scenario', (skill) => {
    const text = scaffoldScenario('late-again', { skill });
    const result = loadScenarioText(text, { fileName: 'late-again.yaml' });
    expect(result.ok ? result.diagnostics : result.issues).toEqual([]);
    expect(result.ok && result.scenario.id).toBe('late-again');
    expect(result.ok && result.scenario.skills).toEqual([skill]);
  });

  it.each(SKILL_IDS.map((skill) => [skill]))(
    "%s: each beat's model reply makes a move that leads toward success, as the pack's tests require",
    (skill) => {
      const result = loadScenarioText(scaffoldScenario('late-again', { skill }), {
        fileName: 'late-again.yaml',
      });
      if (!result.ok) throw new Error('scaffold does not load');
      const { scenario } = result;
      for (const [id, beat] of Object.entries(scenario.beats)) {
        const moves = new Set(analyze(beat.hints.model).moves.map((m) => m.id));
        const forward = beat.on.filter((b) => b.to !== 'shut-down');
        const taken = forward.some((b) => b.when.anyMove?.some((m) => moves.has(m)));
        expect(
          taken,
          `${skill} / ${id}: "${beat.hints.model}" makes ${[...moves].join(', ') || 'no move'}`,
        ).toBe(true);
      }
    },
  );

  it('points editors at the JSON Schema and explains itself', () => {
    const text = scaffoldScenario('late-again');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/scenario.schema.json');
    expect(text.match(/^\s*#/gm)?.length).toBeGreaterThan(10);
  });
});

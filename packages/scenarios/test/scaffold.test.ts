import { SKILL_IDS } from '@rapport/core';
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

  it('points editors at the JSON Schema and explains itself', () => {
    const text = scaffoldScenario('late-again');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/scenario.schema.json');
    expect(text.match(/^\s*#/gm)?.length).toBeGreaterThan(10);
  });
});

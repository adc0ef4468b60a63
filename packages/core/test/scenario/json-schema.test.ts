import { MOVE_IDS, SCENARIO_CODE_LIST, SCENARIO_CODES, scenarioJsonSchema } from '@rapport/core';
import { describe, expect, it } from 'vitest';

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema() as {
    $schema: string;
    title: string;
    required: string[];
    properties: Record<string, { description?: string }>;
  };

  it('describes the authored input: defaulted fields are optional', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.required).toContain('beats');
    expect(schema.required).not.toContain('meters');
    expect(schema.required).not.toContain('$schema');
  });

  it('carries titles and descriptions for editors', () => {
    expect(schema.title).toBe('Rapport scenario');
    expect(schema.properties.maxTurns?.description).toMatch(/replies/);
  });

  it('lists every move id', () => {
    const text = JSON.stringify(schema);
    for (const move of MOVE_IDS) expect(text).toContain(`"${move}"`);
  });
});

describe('SCENARIO_CODES', () => {
  it.each(SCENARIO_CODE_LIST.map((info) => [info.code, info] as const))('%s is documented', (code, info) => {
    expect(code).toMatch(/^RS\d{3}$/);
    expect(info.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(info.title.length).toBeGreaterThan(3);
    expect(info.example.length).toBeGreaterThan(3);
    expect(info.fix).toMatch(/\.$/);
  });

  it('never gives two codes the same name', () => {
    const names = SCENARIO_CODE_LIST.map((info) => info.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(SCENARIO_CODES)).toEqual(SCENARIO_CODE_LIST.map((info) => info.code));
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_CODE_LIST } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../src/index';

const fixtures = join(import.meta.dirname, 'fixtures');

function codesOf(fileName: string): string[] {
  const text = readFileSync(join(fixtures, fileName), 'utf8');
  const result = loadScenarioText(text, { fileName });
  const found = result.ok ? result.diagnostics : result.issues;
  return [...new Set(found.map((issue) => issue.code))];
}

describe('the valid fixture', () => {
  it('loads with no issues and lints clean', () => {
    expect(codesOf('valid/rough-day.yaml')).toEqual([]);
  });
});

// Derived from the registry: adding a code without adding its fixture fails here.
describe.each(SCENARIO_CODE_LIST.map((info) => [info.code, info.title] as const))('%s %s', (code) => {
  it(`invalid/${code}.yaml raises exactly ${code}`, () => {
    expect(codesOf(`invalid/${code}.yaml`)).toEqual([code]);
  });

  it('names its code in its second line', () => {
    const text = readFileSync(join(fixtures, 'invalid', `${code}.yaml`), 'utf8');
    expect(text.split('\n')[1]).toMatch(new RegExp(`^# ${code}: must raise exactly this code`));
  });
});

describe('the invalid/ folder', () => {
  it('holds a fixture for registered codes only', () => {
    const known = new Set(SCENARIO_CODE_LIST.map((info) => `${info.code}.yaml`));
    expect(readdirSync(join(fixtures, 'invalid')).filter((name) => !known.has(name))).toEqual([]);
  });
});

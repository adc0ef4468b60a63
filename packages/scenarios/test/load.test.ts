import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocatedIssue, loadScenarioText } from '../src/index';

const valid = readFileSync(join(import.meta.dirname, 'fixtures/valid/rough-day.yaml'), 'utf8');

function issues(text: string) {
  const result = loadScenarioText(text, { fileName: 'rough-day.yaml' });
  return (result.ok ? result.diagnostics : result.issues).map(formatLocatedIssue);
}

/** 1-based line and column of the first occurrence of `needle`. */
function where(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}

describe('loadScenarioText', () => {
  it('returns the typed scenario of a valid file, with no diagnostics', () => {
    const result = loadScenarioText(valid, { fileName: 'rough-day.yaml' });
    expect(result.ok && result.scenario.id).toBe('rough-day');
    expect(result.ok && result.diagnostics).toEqual([]);
  });

  it('places a schema issue at the value it is about', () => {
    const text = valid.replace('        to: closing', '        to: closng');
    expect(issues(text)).toEqual([
      `rough-day.yaml:${where(text, 'closng')} error RS003 beats.opening.on[0].to: unknown beat or ending 'closng' — did you mean 'closing'?`,
    ]);
  });

  it('places an unknown key at the key, and a missing field at the map it belongs in', () => {
    const text = valid.replace('  age: 34\n', '  agee: 34\n').replace('  pronouns: she/her\n', '');
    expect(issues(text)).toEqual([
      `rough-day.yaml:${where(text, 'persona:')} error RS101 persona.pronouns: missing required field 'pronouns'`,
      `rough-day.yaml:${where(text, 'agee')} error RS103 persona.agee: unknown key 'agee' — did you mean 'age'?`,
    ]);
  });

  it('reports every issue in file order', () => {
    const text = valid
      .replace('difficulty: beginner', 'difficulty: easy')
      .replace('maxTurns: 8', 'maxTurns: 0')
      .replace('[advice]', '[advise]');
    expect(issues(text).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      `rough-day.yaml:${where(text, 'easy')} error RS104`,
      `rough-day.yaml:${where(text, '0\n')} error RS108`,
      `rough-day.yaml:${where(text, 'advise')} error RS105`,
    ]);
  });

  it('reports YAML syntax errors with their position, and every one of them', () => {
    const text = valid
      .replace('title: A rough day', 'title: "A rough day')
      .replace('goal: Help', 'goal: [Help');
    const found = issues(text);
    expect(found.length).toBeGreaterThanOrEqual(1);
    for (const line of found) expect(line).toMatch(/^rough-day\.yaml:\d+:\d+ error RS100 /);
  });

  it('reports a duplicated key by name', () => {
    const text = valid.replace('  closing:\n', '  opening:\n');
    expect(issues(text)).toEqual([
      `rough-day.yaml:${where(text.slice(text.indexOf('  opening:') + 5), '  opening:')
        .split(':')
        .map((n, i) =>
          i === 0
            ? Number(n) + text.slice(0, text.indexOf('  opening:') + 5).split('\n').length - 1
            : Number(n) + 2,
        )
        .join(
          ':',
        )} error RS112 key 'opening' appears twice in the same map; the second would silently replace the first`,
    ]);
  });

  it('places lint diagnostics in the file too', () => {
    const text = valid.replace('maxTurns: 8', 'maxTurns: 1');
    expect(issues(text)).toEqual([
      `rough-day.yaml:${where(text, '1\nbeats')} error RS008 maxTurns: the shortest way to a success ending takes 2 replies, but maxTurns is 1`,
    ]);
  });

  it('reads JSON too', () => {
    const result = loadScenarioText(JSON.stringify({ schemaVersion: 1, id: 'X' }), { fileName: 'x.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toContain('RS106');
  });

  it('treats an empty file as not a scenario', () => {
    expect(issues('')).toEqual([
      'rough-day.yaml:1:1 error RS102 expected a scenario (a map of fields), got null',
    ]);
  });

  it('can skip linting', () => {
    const result = loadScenarioText(valid.replace('maxTurns: 8', 'maxTurns: 1'), { lint: false });
    expect(result.ok && result.diagnostics).toEqual([]);
  });
});

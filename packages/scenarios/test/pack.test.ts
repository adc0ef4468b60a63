import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFiles } from '../scripts/build-pack';
import { buildPack, renderDiagnosticsDoc } from '../scripts/pack';
import { getScenario, renderScenarioSchemaFile, SCHEMA_FILE, scenarios } from '../src/index';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const files = readScenarioFiles();
const regenerate = 'run `pnpm --filter @rapport/scenarios gen`';

describe('the scenario files', () => {
  it.each(files.map((file) => [file.fileName, file] as const))(
    '%s references the JSON Schema first',
    (_, file) => {
      expect(file.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/scenario.schema.json');
    },
  );

  it('all load and lint without errors', () => {
    const build = buildPack(files);
    expect(build.errors).toEqual([]);
  });
});

describe('generated files', () => {
  it(`src/pack.generated.ts matches the scenario files (else ${regenerate})`, () => {
    const build = buildPack(files);
    expect(build.errors).toEqual([]);
    expect(read('src/pack.generated.ts') === build.source, regenerate).toBe(true);
  });

  it(`docs/diagnostics.md lists every code (else ${regenerate})`, () => {
    expect(read('docs/diagnostics.md') === renderDiagnosticsDoc(), regenerate).toBe(true);
  });

  it('schema/scenario.schema.json matches the zod schema (else run `pnpm rapport schema`)', () => {
    expect(read(SCHEMA_FILE) === renderScenarioSchemaFile(), 'run `pnpm rapport schema`').toBe(true);
  });
});

describe('the pack', () => {
  it('exports every scenario file, typed, and finds each by id', () => {
    expect(scenarios.map((s) => s.id)).toEqual(files.map((f) => f.fileName.replace(/^.*\/|\.ya?ml$/g, '')));
    for (const scenario of scenarios) expect(getScenario(scenario.id)).toBe(scenario);
    expect(getScenario('no-such-scenario')).toBeUndefined();
  });
});

describe('buildPack', () => {
  const valid = read('test/fixtures/valid/rough-day.yaml');

  it('refuses a file whose name is not its id, and a duplicate id', () => {
    const build = buildPack([
      { fileName: 'scenarios/rough-day.yaml', text: valid },
      { fileName: 'scenarios/other-name.yaml', text: valid },
    ]);
    expect(build.errors).toEqual([
      'scenarios/other-name.yaml:1:1 error: the file name must be the scenario id: rename it to rough-day.yaml',
      "scenarios/rough-day.yaml:1:1 error: scenario id 'rough-day' is also used by scenarios/other-name.yaml",
    ]);
  });

  it('reports every issue of every file', () => {
    const build = buildPack([
      { fileName: 'scenarios/a.yaml', text: read('test/fixtures/invalid/RS003.yaml') },
      { fileName: 'scenarios/b.yaml', text: read('test/fixtures/invalid/RS100.yaml') },
    ]);
    expect(build.errors.map((e) => e.split(' ').slice(0, 3).join(' '))).toEqual([
      'scenarios/a.yaml:32:13 error RS003',
      'scenarios/b.yaml:5:8 error RS100',
    ]);
  });
});

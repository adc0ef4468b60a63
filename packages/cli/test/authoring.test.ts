import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/run';

const scenariosDir = join(import.meta.dirname, '../../scenarios');
const fixtures = join(scenariosDir, 'test/fixtures');
const valid = join(fixtures, 'valid/rough-day.yaml');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: (async function* () {})(),
  });
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'rapport-cli-'));

describe('rapport lint', () => {
  it('passes a clean file', async () => {
    const { code, stdout } = await cli('lint', valid);
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 1 file checked, no issues\n');
  });

  it('prints every issue as file:line:col code message — suggestion and exits 1 on errors', async () => {
    const dir = tmp();
    const file = join(dir, 'broken.yaml');
    const text = readFileSync(valid, 'utf8')
      .replace('        to: closing', '        to: closng')
      .replace('difficulty: beginner', 'difficulty: beginer');
    writeFileSync(file, text);
    const { code, stdout } = await cli('lint', file);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      `${file}:9:13 error RS104 difficulty: 'beginer' is not one of 'beginner', 'intermediate' or 'advanced' — did you mean 'beginner'?`,
      `${file}:33:13 error RS003 beats.opening.on[0].to: unknown beat or ending 'closng' — did you mean 'closing'?`,
      '✖ 2 errors, 0 warnings in 1 file',
      '',
    ]);
  });

  it('lints every file of a directory; warnings alone pass unless --strict', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.yaml'), readFileSync(join(fixtures, 'invalid/RS009.yaml'), 'utf8'));
    writeFileSync(join(dir, 'b.yaml'), readFileSync(valid, 'utf8'));
    const lenient = await cli('lint', dir);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('warning RS009 meters.patience');
    expect(lenient.stdout).toContain('⚠ 0 errors, 1 warning in 2 files');
    expect((await cli('lint', '--strict', dir)).code).toBe(1);
  });

  it('prints JSON with --json', async () => {
    const { stdout } = await cli('lint', '--json', join(fixtures, 'invalid/RS003.yaml'));
    expect(JSON.parse(stdout)).toMatchObject([{ code: 'RS003', line: 32, column: 13 }]);
  });

  it('reports a missing file and a missing argument', async () => {
    const missing = await cli('lint', '/no/such/file.yaml');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('/no/such/file.yaml: cannot read: no such file');
    expect((await cli('lint')).code).toBe(2);
  });

  it('fails every invalid fixture', async () => {
    const { code, stdout } = await cli('lint', join(fixtures, 'invalid'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/✖ \d+ errors, \d+ warnings in 30 files/);
  });
});

describe('rapport graph', () => {
  it('prints a Mermaid flowchart', async () => {
    const { code, stdout } = await cli('graph', valid);
    expect(code).toBe(0);
    expect(stdout).toContain('flowchart TD');
    expect(stdout).toContain('b_closing -->|"reflection | validation, heard ≥ 30"| e_felt_heard');
  });

  it('wraps it for Markdown and writes it to a file', async () => {
    const out = join(tmp(), 'graph.md');
    expect((await cli('graph', valid, '--markdown', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^```mermaid\nflowchart TD\n[\s\S]*```\n$/);
  });

  it('refuses an invalid scenario, with its issues', async () => {
    const { code, stderr } = await cli('graph', join(fixtures, 'invalid/RS003.yaml'));
    expect(code).toBe(1);
    expect(stderr).toContain('RS003');
  });
});

describe('rapport new', () => {
  it('prints a scaffold that lints clean', async () => {
    const { code, stdout } = await cli('new', 'late-again', '--skill', 'conflict-repair');
    expect(code).toBe(0);
    const file = join(tmp(), 'late-again.yaml');
    writeFileSync(file, stdout);
    expect(await cli('lint', '--strict', file)).toMatchObject({ code: 0 });
  });

  it('writes a file, pointing at the schema, and will not overwrite it without --force', async () => {
    const file = join(tmp(), 'scenarios', 'late-again.yaml');
    expect((await cli('new', 'late-again', '--out', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*scenario\.schema\.json$/,
    );
    expect((await cli('lint', '--strict', file)).code).toBe(0);
    expect((await cli('new', 'late-again', '--out', file)).code).toBe(1);
    expect((await cli('new', 'late-again', '--out', file, '--force')).code).toBe(0);
  });

  it('refuses a bad id or skill', async () => {
    expect((await cli('new', 'Late Again')).code).toBe(2);
    expect((await cli('new', 'late-again', '--skill', 'mind-reading')).stderr).toContain(
      "unknown skill 'mind-reading'",
    );
  });
});

describe('rapport schema', () => {
  it('writes the JSON Schema where asked, and to stdout with --out -', async () => {
    const out = join(tmp(), 'scenario.schema.json');
    expect((await cli('schema', '--out', out)).code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(JSON.parse(written).title).toBe('Rapport scenario');
    expect((await cli('schema', '--out', '-')).stdout).toBe(written);
  });

  it('writes the same text as the committed copy', async () => {
    const { stdout } = await cli('schema', '--out', '-');
    expect(stdout).toBe(readFileSync(join(scenariosDir, 'schema/scenario.schema.json'), 'utf8'));
  });
});

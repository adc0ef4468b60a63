import type { Analysis } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { highlightSpans } from '../src/highlight';
import { runCli } from '../src/run';

async function cli(args: string[], stdinLines: string[] = [], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: (async function* () {
      for (const line of stdinLines) yield `${line}\n`;
    })(),
    isTTY,
  });
  return { code, stdout, stderr };
}

describe('rapport analyze', () => {
  it('prints each move with the quoted words marked in the reply', async () => {
    const { code, stdout } = await cli(['analyze', 'Have you tried talking to HR?']);
    expect(code).toBe(0);
    expect(stdout).toContain('«Have you tried»');
    expect(stdout).toMatch(/^advice\s+\d\.\d\d {2}"Have you tried"/m);
  });

  it('passes --partner as the context of the reply', async () => {
    const { stdout } = await cli([
      'analyze',
      '--partner',
      'My manager moved the deadline again.',
      '--json',
      'So your manager moved the deadline again.',
    ]);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.moves.map((m) => m.id)).toContain('reflection');
  });

  it('says what is missing when no reply is given', async () => {
    const { code, stderr } = await cli(['analyze']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/give the reply to analyse/);
  });

  it('writes one analysis per JSON line and one error line per bad line, keeping the order', async () => {
    const { code, stdout, stderr } = await cli(
      ['analyze', '--jsonl'],
      [
        '{"text":"You never listen.","context":{"partnerLine":"Can I finish?"}}',
        'not json',
        '',
        '{"text":42}',
        '{"text":"Take your time."}',
      ],
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Partial<Analysis> & { error?: string; line?: number });
    expect(lines).toHaveLength(4);
    expect(lines[0]?.moves?.map((m) => m.id)).toEqual(['blame']);
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(lines[2]).toMatchObject({ line: 4, error: 'expected an object with a string "text"' });
    expect(lines[3]?.moves?.map((m) => m.id)).toEqual(['respects_pace']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 2/);
  });
});

describe('highlightSpans', () => {
  it('merges overlapping spans so marks never nest', () => {
    expect(
      highlightSpans(
        'abcdef',
        [
          [1, 3],
          [2, 4],
        ],
        false,
      ),
    ).toBe('a«bcd»ef');
  });

  it('uses ANSI bold-underline on a terminal', () => {
    expect(highlightSpans('hi there', [[3, 8]], true)).toBe('hi \u001b[1;4mthere\u001b[0m');
  });
});

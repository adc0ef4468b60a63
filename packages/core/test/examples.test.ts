import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const here = import.meta.dirname;

describe('the README example', () => {
  it('is the quickstart file, verbatim', () => {
    const readme = readFileSync(join(here, '../README.md'), 'utf8');
    const example = readFileSync(join(here, '../examples/quickstart.ts'), 'utf8');
    expect(readme).toContain(example.trimEnd());
  });

  it('runs and prints what its comments say', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await import('../examples/quickstart');
      const lines = log.mock.calls.map((args) => args.map(String).join(' '));
      expect(lines[0]).toBe('validation "sounds exhausting"');
      expect(lines[1]).toBe('advice "Have you tried"');
      expect(lines[2]).toMatch(/^succeeded /);
    } finally {
      log.mockRestore();
    }
  });
});

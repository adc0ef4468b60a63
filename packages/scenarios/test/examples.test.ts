import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const here = import.meta.dirname;

describe('the README example', () => {
  it('is the example file, verbatim', () => {
    const readme = readFileSync(join(here, '../README.md'), 'utf8');
    const example = readFileSync(join(here, '../examples/load-and-play.ts'), 'utf8');
    expect(readme).toContain(example.trimEnd());
  });

  it('runs: reports the typo with its position and suggestion, then plays the fixed file', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await import('../examples/load-and-play');
      const lines = log.mock.calls.map((args) => args.map(String).join(' '));
      expect(lines).toContain(
        "tiny.yaml:17:60 error RS003 beats.opening.on[0].to: unknown beat or ending 'closng' — did you mean 'closing'?",
      );
      expect(lines.at(-1)).toBe('succeeded');
    } finally {
      log.mockRestore();
    }
  });
});

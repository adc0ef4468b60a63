import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ANALYZER_REGEXES } from '../../src/analysis/regexRegistry';

// recheck ships a native binary and a pure-JS (Scala.js) backend; the pure one runs everywhere. The
// automaton checker decides safety exactly for regexes without back-references, and is fast.
process.env.RECHECK_SYNC_BACKEND ??= 'pure';
const require = createRequire(import.meta.url);
const { checkSync } = require('recheck') as typeof import('recheck');

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'analysis');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// A regex literal right after `=`, `(` or `,` (where a division cannot be).
const LITERAL = /[=(,]\s*\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuvy]*)/g;

describe('ReDoS safety', () => {
  it('registers every regex literal in the analyzer source, and builds none at run time', () => {
    const registered = new Set(ANALYZER_REGEXES.map((r) => `/${r.regex.source}/${r.regex.flags}`));
    const missing: string[] = [];
    for (const file of sourceFiles(srcDir)) {
      if (file.endsWith('regexRegistry.ts')) continue;
      // Comments may hold text that looks like a regex literal.
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      expect(code.includes('new RegExp'), `${file} builds a RegExp at run time`).toBe(false);
      for (const m of code.matchAll(LITERAL)) {
        const literal = `/${m[1]}/${m[2]}`;
        if (!registered.has(literal)) missing.push(`${file}: ${literal}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds every registered regex safe with recheck', { timeout: 30_000 }, () => {
    const problems: string[] = [];
    for (const { name, regex } of ANALYZER_REGEXES) {
      const result = checkSync(regex.source, regex.flags.replace(/[gy]/g, ''), {
        checker: 'automaton',
        timeout: 10_000,
      });
      if (result.status !== 'safe') problems.push(`${name}: ${result.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('rejects a known-vulnerable pattern, so the check is live', () => {
    expect(checkSync('^(a+)+$', '', { checker: 'automaton' }).status).toBe('vulnerable');
  });
});

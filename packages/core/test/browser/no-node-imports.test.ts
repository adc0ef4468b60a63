/**
 * The engine and the scenario pack run in browsers: nothing under packages/core/src or
 * packages/scenarios/src may import a `node:` module (the CLI and the tests may).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const packages = join(import.meta.dirname, '../../..');
const NODE_IMPORT = /\b(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"]node:[^'"]*['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|js|mjs|cjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('browser safety', () => {
  it.each(['core/src', 'scenarios/src'])('packages/%s imports no node: module', (dir) => {
    const files = sourceFiles(join(packages, dir));
    expect(files.length).toBeGreaterThan(3);
    const offenders = files
      .filter((file) => NODE_IMPORT.test(readFileSync(file, 'utf8')))
      .map((file) => relative(packages, file));
    expect(offenders).toEqual([]);
  });

  it('recognises every way of importing a node: module', () => {
    for (const line of [
      "import { readFile } from 'node:fs';",
      'import fs from "node:fs/promises";',
      "import 'node:process';",
      "const fs = await import('node:fs');",
      "const path = require('node:path');",
      "export { join } from 'node:path';",
    ]) {
      expect(NODE_IMPORT.test(line), line).toBe(true);
    }
    expect(NODE_IMPORT.test("const note = 'node: a comment';")).toBe(false);
  });
});

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { renderScenarioSchemaFile, SCHEMA_FILE } from '@rapport/scenarios';
import type { Command } from '../io';
import { resolvePath, workingDirectory } from './files';

/** `rapport schema`: writes the scenario JSON Schema (in the repository: the committed copy editors use). */
export const schemaCommand: Command = {
  name: 'schema',
  usage: 'schema [--out path|-]   write the scenario JSON Schema (default: the committed copy, or stdout)',
  async run(args, io) {
    let parsed: { values: { out?: string }; positionals: string[] };
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: false, options: { out: { type: 'string' } } });
    } catch (error) {
      io.stderr.write(`rapport schema: ${(error as Error).message}\n`);
      return 2;
    }
    const text = renderScenarioSchemaFile();
    // Inside the repository the default is the committed copy that the YAML files point at.
    const packageDir = join(workingDirectory(), 'packages/scenarios');
    const out = parsed.values.out ?? (existsSync(packageDir) ? join(packageDir, SCHEMA_FILE) : '-');
    if (out === '-') {
      io.stdout.write(text);
      return 0;
    }
    const target = resolvePath(out);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    io.stdout.write(`Wrote ${relative(workingDirectory(), target) || target}\n`);
    return 0;
  },
};

import { parseArgs } from 'node:util';
import { formatLocatedIssue, type LocatedIssue, loadScenarioText } from '@rapport/scenarios';
import type { Command } from '../io';
import { expandScenarioPaths, readText } from './files';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `rapport lint <files…>`: every issue of every file as `file:line:col severity CODE path: message — fix`. */
export const lintCommand: Command = {
  name: 'lint',
  usage: 'lint <files or dirs…> [--strict] [--json]   check scenario files; exit 1 on errors',
  async run(args, io) {
    let parsed: { values: { strict?: boolean; json?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { strict: { type: 'boolean' }, json: { type: 'boolean' } },
      });
    } catch (error) {
      io.stderr.write(`rapport lint: ${(error as Error).message}\n`);
      return 2;
    }
    if (parsed.positionals.length === 0) {
      io.stderr.write(
        'rapport lint: name at least one scenario file or directory, e.g. rapport lint scenarios/\n',
      );
      return 2;
    }
    const files = await expandScenarioPaths(parsed.positionals);
    const all: LocatedIssue[] = [];
    let unreadable = 0;
    for (const file of files) {
      const read = await readText(file);
      if ('error' in read) {
        unreadable++;
        io.stderr.write(`${file}: cannot read: ${read.error}\n`);
        continue;
      }
      const result = loadScenarioText(read.text, { fileName: file });
      all.push(...(result.ok ? result.diagnostics : result.issues));
    }
    const errors = all.filter((issue) => issue.severity === 'error').length + unreadable;
    const warnings = all.length - (errors - unreadable);
    if (parsed.values.json) {
      io.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    } else {
      for (const issue of all) io.stdout.write(`${formatLocatedIssue(issue)}\n`);
      const summary =
        all.length + unreadable === 0
          ? `✔ ${plural(files.length, 'file')} checked, no issues`
          : `${errors > 0 ? '✖' : '⚠'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files.length, 'file')}`;
      io.stdout.write(`${summary}\n`);
    }
    return errors > 0 || (parsed.values.strict && warnings > 0) ? 1 : 0;
  },
};

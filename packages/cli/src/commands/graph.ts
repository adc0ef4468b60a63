import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { scenarioToMermaid } from '@rapport/core';
import { formatLocatedIssue, loadScenarioText } from '@rapport/scenarios';
import type { Command } from '../io';
import { readText, resolvePath } from './files';

/** `rapport graph <file>`: the scenario's beats and endings as a Mermaid flowchart. */
export const graphCommand: Command = {
  name: 'graph',
  usage: 'graph <file> [--markdown] [--out path]   draw a scenario as a Mermaid flowchart',
  async run(args, io) {
    let parsed: { values: { markdown?: boolean; out?: string }; positionals: string[] };
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { markdown: { type: 'boolean' }, out: { type: 'string' } },
      });
    } catch (error) {
      io.stderr.write(`rapport graph: ${(error as Error).message}\n`);
      return 2;
    }
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0) {
      io.stderr.write(
        'rapport graph: name one scenario file, e.g. rapport graph scenarios/whats-going-on.yaml\n',
      );
      return 2;
    }
    const read = await readText(file);
    if ('error' in read) {
      io.stderr.write(`${file}: cannot read: ${read.error}\n`);
      return 1;
    }
    const result = loadScenarioText(read.text, { fileName: file, lint: false });
    if (!result.ok) {
      for (const issue of result.issues) io.stderr.write(`${formatLocatedIssue(issue)}\n`);
      io.stderr.write(`rapport graph: ${file} is not a valid scenario; fix the issues above first.\n`);
      return 1;
    }
    const chart = scenarioToMermaid(result.scenario);
    const text = parsed.values.markdown ? `\`\`\`mermaid\n${chart}\`\`\`\n` : chart;
    if (parsed.values.out === undefined) {
      io.stdout.write(text);
    } else {
      await writeFile(resolvePath(parsed.values.out), text);
      io.stdout.write(`Wrote ${parsed.values.out}\n`);
    }
    return 0;
  },
};

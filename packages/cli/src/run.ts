import { commands } from './commands/index';
import type { CliIo } from './io';

export type { CliIo, Command } from './io';

function usage(): string {
  const lines = commands.map((c) => `  rapport ${c.usage}`);
  return `Usage: rapport <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

/** Runs the CLI with the given arguments; resolves to the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage());
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const known = commands.map((c) => c.name).join(', ');
    io.stderr.write(`rapport: unknown command '${name}'. Known commands: ${known}.\n`);
    return 2;
  }
  return command.run(rest, io);
}

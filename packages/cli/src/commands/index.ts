import type { Command } from '../io';
import { analyzeCommand } from './analyze';
import { graphCommand } from './graph';
import { lintCommand } from './lint';
import { newCommand } from './new';
import { playCommand } from './play';
import { schemaCommand } from './schema';

/** Every command, in the order the usage text lists them. Add a command by adding its module here. */
export const commands: readonly Command[] = [
  analyzeCommand,
  lintCommand,
  graphCommand,
  newCommand,
  playCommand,
  schemaCommand,
];

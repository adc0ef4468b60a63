import type { Command } from '../io';
import { graphCommand } from './graph';
import { lintCommand } from './lint';
import { newCommand } from './new';
import { playCommand } from './play';
import { schemaCommand } from './schema';

/** Every command, in the order the usage text lists them. Add a command by adding its module here. */
export const commands: readonly Command[] = [
  lintCommand,
  graphCommand,
  newCommand,
  playCommand,
  schemaCommand,
];

import type { Command } from '../io';

/** Every command, in the order the usage text lists them. Add a command by adding its module here. */
export const commands: readonly Command[] = [];

/** The streams a command writes to and reads from; injected so tests can run commands in-process. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  stdin: AsyncIterable<string | Uint8Array>;
  /** Whether stdout is a terminal (colours and prompts). */
  isTTY?: boolean;
}

/** A `rapport <name>` command. Resolves to the process exit code. */
export interface Command {
  readonly name: string;
  /** One line for the usage text, e.g. `analyze "text" [--partner "line"]   name the moves in a reply`. */
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

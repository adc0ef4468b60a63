import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';

/** Where relative paths start: the directory `pnpm rapport` was run from, not the repository root. */
export function workingDirectory(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** A path as the user wrote it, resolved against the working directory. */
export function resolvePath(path: string): string {
  return isAbsolute(path) ? path : resolve(workingDirectory(), path);
}

const SCENARIO_FILE = /\.(ya?ml|json)$/;

/** The scenario files named by the arguments: files as given, directories expanded to their YAML/JSON files. */
export async function expandScenarioPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(resolvePath(path)).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(resolvePath(path))).filter((name) => SCENARIO_FILE.test(name)).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** A file's text, or the reason it could not be read. */
export async function readText(path: string): Promise<{ text: string } | { error: string }> {
  try {
    return { text: await readFile(resolvePath(path), 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(error),
    };
  }
}

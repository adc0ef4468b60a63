import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SCENARIO_ID_PATTERN, SKILL_IDS, type SkillId } from '@rapport/core';
import { scaffoldScenario } from '@rapport/scenarios';
import type { Command } from '../io';
import { resolvePath } from './files';

/** The JSON Schema of the installed @rapport/scenarios, if it can be found on disk. */
function schemaLocation(): string | undefined {
  try {
    const path = fileURLToPath(import.meta.resolve('@rapport/scenarios/schema/scenario.schema.json'));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** `rapport new <id>`: a valid, lint-clean, commented scenario to start from. */
export const newCommand: Command = {
  name: 'new',
  usage: `new <id> [--skill ${SKILL_IDS.join('|')}] [--out file] [--force]   scaffold a scenario`,
  async run(args, io) {
    let parsed: { values: { skill?: string; out?: string; force?: boolean }; positionals: string[] };
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { skill: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
      });
    } catch (error) {
      io.stderr.write(`rapport new: ${(error as Error).message}\n`);
      return 2;
    }
    const [id, ...extra] = parsed.positionals;
    if (id === undefined || extra.length > 0) {
      io.stderr.write('rapport new: give the new scenario an id, e.g. rapport new late-again\n');
      return 2;
    }
    if (!SCENARIO_ID_PATTERN.test(id)) {
      io.stderr.write(
        `rapport new: '${id}' is not a valid id: use lowercase letters, digits and single - or _ (e.g. late-again)\n`,
      );
      return 2;
    }
    const skill = parsed.values.skill ?? 'active-listening';
    if (!(SKILL_IDS as readonly string[]).includes(skill)) {
      io.stderr.write(`rapport new: unknown skill '${skill}'; use one of ${SKILL_IDS.join(', ')}\n`);
      return 2;
    }
    const out = parsed.values.out;
    if (out === undefined) {
      io.stdout.write(scaffoldScenario(id, { skill: skill as SkillId }));
      return 0;
    }
    const target = resolvePath(out);
    if (existsSync(target) && !parsed.values.force) {
      io.stderr.write(`rapport new: ${out} already exists; pass --force to overwrite it\n`);
      return 1;
    }
    const schema = schemaLocation();
    const schemaPath =
      schema === undefined ? undefined : relative(dirname(target), schema).split('\\').join('/');
    await mkdir(dirname(target), { recursive: true });
    await writeFile(
      target,
      scaffoldScenario(
        id,
        schemaPath === undefined ? { skill: skill as SkillId } : { skill: skill as SkillId, schemaPath },
      ),
    );
    io.stdout.write(`Wrote ${out}. Next: edit it, then run rapport lint ${out}\n`);
    return 0;
  },
};

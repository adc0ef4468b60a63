/**
 * `pnpm --filter @rapport/scenarios gen`: validates every scenario file and writes the generated pack
 * module, the diagnostics reference and the JSON Schema. Fails, listing every issue, when any file is invalid.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderScenarioSchemaFile, SCHEMA_FILE } from '../src/schema-file';
import { buildPack, renderDiagnosticsDoc, type SourceFile } from './pack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every scenario file of the pack, relative to the package root. */
export function readScenarioFiles(dir = join(root, 'scenarios')): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => ({
      fileName: relative(root, join(dir, name)),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}

function main(): number {
  const build = buildPack(readScenarioFiles());
  for (const warning of build.warnings) console.warn(warning);
  if (build.errors.length > 0) {
    for (const error of build.errors) console.error(error);
    console.error(`\n${build.errors.length} error(s): src/pack.generated.ts was not written.`);
    return 1;
  }
  writeFileSync(join(root, 'src/pack.generated.ts'), build.source);
  writeFileSync(join(root, 'docs/diagnostics.md'), renderDiagnosticsDoc());
  writeFileSync(join(root, SCHEMA_FILE), renderScenarioSchemaFile());
  console.log(
    `Wrote src/pack.generated.ts (${build.scenarios.length} scenarios), docs/diagnostics.md, ${SCHEMA_FILE}.`,
  );
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main();

import { z } from 'zod';
import { SCENARIO_SCHEMA_VERSION, scenarioSchema } from './schema';

/**
 * The scenario format as JSON Schema (draft-07, which YAML and JSON editors understand best), describing
 * what an author writes: fields with defaults are optional. Titles and descriptions come from the zod
 * schema's `.meta()`, so editors show them on hover.
 * @example
 * writeFileSync('scenario.schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-07', unrepresentable: 'any' });
  return {
    ...schema,
    $comment: `Generated from the zod schema in @rapport/core (schemaVersion ${SCENARIO_SCHEMA_VERSION}) by \`pnpm rapport schema\`; do not edit.`,
  };
}

import { scenarioJsonSchema } from '@rapport/core';

/** Where the committed JSON Schema lives, relative to the package root. */
export const SCHEMA_FILE = 'schema/scenario.schema.json';

/**
 * The JSON Schema file's text, formatted the way the repository's formatter (Biome) writes JSON, so a
 * freshly written file passes `pnpm lint` and the staleness test can compare text.
 * @example
 * writeFileSync('packages/scenarios/schema/scenario.schema.json', renderScenarioSchemaFile());
 */
export function renderScenarioSchemaFile(): string {
  return `${formatJson(scenarioJsonSchema())}\n`;
}

/**
 * JSON as Biome formats it with a 110-column line: objects expanded one key per line, arrays of plain
 * values on one line when they fit, otherwise one item per line.
 */
export function formatJson(value: unknown, lineWidth = 110): string {
  const write = (node: unknown, indent: string, used: number): string => {
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]';
      const inner = `${indent}  `;
      if (node.every((item) => item === null || typeof item !== 'object')) {
        const flat = `[${node.map((item) => JSON.stringify(item)).join(', ')}]`;
        if (used + flat.length <= lineWidth) return flat;
      }
      const items = node.map((item) => `${inner}${write(item, inner, inner.length)}`);
      return `[\n${items.join(',\n')}\n${indent}]`;
    }
    if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node).filter(([, v]) => v !== undefined);
      if (entries.length === 0) return '{}';
      const inner = `${indent}  `;
      const lines = entries.map(([key, v], i) => {
        const prefix = `${inner}${JSON.stringify(key)}: `;
        const comma = i < entries.length - 1 ? 1 : 0;
        return `${prefix}${write(v, inner, prefix.length + comma)}`;
      });
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    return JSON.stringify(node) ?? 'null';
  };
  return write(value, '', 0);
}
